#include "core/word_list.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace herald {
namespace {

std::string_view trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

// Collapses runs of blanks to one space ("point   out" -> "point out").
std::string normalise(std::string_view s, size_t& words) {
  std::string out;
  words = 0;
  bool blank = true;
  for (char c : s) {
    if (c == ' ' || c == '\t') {
      blank = true;
      continue;
    }
    if (blank) {
      if (!out.empty()) out += ' ';
      ++words;
      blank = false;
    }
    out += c;
  }
  return out;
}

}  // namespace

Result<WordList> WordList::load(const DataPaths& paths, const std::string& relative, bool optional) {
  WordList list;
  const std::string path = paths.find(relative);
  if (path.empty()) {
    if (optional) return list;
    return Error{ErrorCode::kFileNotFound, relative, 0, "no word list " + relative + " in the data folders", ""};
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::kFileNotFound, path, 0, "cannot open word list", ""};
  std::stringstream buf;
  buf << in.rdbuf();
  Error e = list.add_text(buf.str(), path);
  if (e.code != ErrorCode::kOk) return e;
  return list;
}

Error WordList::add_text(std::string_view text, const std::string& name) {
  const auto file = static_cast<uint32_t>(files_.size());
  files_.push_back(name);
  uint64_t n = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    std::string_view raw = text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    start = nl == std::string_view::npos ? text.size() : nl + 1;
    ++n;
    std::string_view line = raw;
    if (line.substr(0, 1) == "#") continue;
    if (size_t hash = line.find(" #"); hash != std::string_view::npos) line = line.substr(0, hash);
    if (size_t hash = line.find("\t#"); hash != std::string_view::npos) line = line.substr(0, hash);
    line = trim(line);
    if (line.empty()) continue;
    std::string_view key = line, value;
    if (size_t eq = line.find('='); eq != std::string_view::npos) {
      key = trim(line.substr(0, eq));
      value = trim(line.substr(eq + 1));
      if (value.empty() || value.find('=') != std::string_view::npos)
        return Error{ErrorCode::kDictionary, name, n, "expected 'word = value'", std::string(raw.substr(0, 80))};
    }
    if (key.empty()) return Error{ErrorCode::kDictionary, name, n, "an entry without a word", std::string(raw.substr(0, 80))};
    for (unsigned char c : key)
      if (c >= 'A' && c <= 'Z')
        return Error{ErrorCode::kDictionary, name, n, "entries are lower case: '" + std::string(key) + "'",
                     std::string(raw.substr(0, 80))};
    size_t words = 0;
    std::string k = normalise(key, words);
    if (words > max_words_) max_words_ = words;
    auto [slot, added] = index_.insert(k, static_cast<uint32_t>(values_.size()));
    if (added) values_.emplace_back(value);
    else values_[slot] = std::string(value);
    entries_[std::move(k)] = Entry{std::string(value), file, static_cast<uint32_t>(n)};
  }
  return Error{};
}

std::string_view WordList::value(std::string_view key) const {
  const uint32_t slot = index_.find(key);
  return slot == StringIndex::kAbsent ? std::string_view() : std::string_view(values_[slot]);
}

namespace {

// The value as an integer ("-3", "+2", "12"), or false.
bool parse_int(std::string_view v, int& out) {
  if (!v.empty() && v[0] == '+') v.remove_prefix(1);
  if (v.empty()) return false;
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
  return ec == std::errc() && p == v.data() + v.size();
}

}  // namespace

int WordList::number(std::string_view key) const {
  int out = 0;
  return parse_int(value(key), out) ? out : 0;
}

std::vector<std::string_view> WordList::keys() const {
  std::vector<std::string_view> out;
  out.reserve(entries_.size());
  for (const auto& [k, v] : entries_) out.push_back(k);
  return out;
}

WordList::Origin WordList::origin(std::string_view key) const {
  auto it = entries_.find(key);
  if (it == entries_.end()) return {};
  return Origin{files_[it->second.file], it->second.line};
}

const WordList::Entries::value_type* WordList::first_where(
    const std::function<bool(std::string_view value)>& bad) const {
  const Entries::value_type* first = nullptr;
  for (const auto& kv : entries_) {
    if (!bad(kv.second.value)) continue;
    if (!first || kv.second.file < first->second.file ||
        (kv.second.file == first->second.file && kv.second.line < first->second.line))
      first = &kv;
  }
  return first;
}

Error WordList::expect_values(std::initializer_list<std::string_view> allowed) const {
  auto bad = [&](std::string_view v) { return std::find(allowed.begin(), allowed.end(), v) == allowed.end(); };
  const auto* e = first_where(bad);
  if (!e) return Error{};
  std::string names;
  for (std::string_view a : allowed) names += (names.empty() ? "" : ", ") + (a.empty() ? "none" : std::string(a));
  return bad_value(e->first, "the value must be one of: " + names);
}

Error WordList::expect_numbers(int lo, int hi) const {
  auto bad = [&](std::string_view v) {
    int n = 0;
    return !parse_int(v, n) || n < lo || n > hi;
  };
  const auto* e = first_where(bad);
  if (!e) return Error{};
  return bad_value(e->first, "the value must be a number from " + std::to_string(lo) + " to " + std::to_string(hi));
}

Error WordList::bad_value(std::string_view key, const std::string& message) const {
  const Origin o = origin(key);
  std::string entry(key);
  if (std::string_view v = value(key); !v.empty()) entry += " = " + std::string(v);
  return Error{ErrorCode::kDictionary, std::string(o.file), o.line, message, entry};
}

}  // namespace herald
