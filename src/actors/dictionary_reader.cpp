#include "actors/dictionary_reader.h"

#include <fstream>
#include <unordered_map>

namespace herald {

namespace {

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

// Drops a comment: '#' at the start or after whitespace.
std::string strip_comment(const std::string& line) {
  for (size_t i = 0; i < line.size(); ++i)
    if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) return line.substr(0, i);
  return line;
}

std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

Error bad(const std::string& path, uint64_t line, const std::string& message, const std::string& text) {
  return Error{ErrorCode::kDictionary, path, line, message, text.substr(0, 80)};
}

bool valid_code(const std::string& code) {
  if (code.size() < 3 || code.size() > 12) return false;
  for (char c : code)
    if (!((c >= 'A' && c <= 'Z') || c == '-')) return false;
  return true;
}

}  // namespace

bool DictionaryReader::split_names(const std::string& s, std::vector<std::string>& out) {
  out.clear();
  size_t start = 0;
  for (;;) {
    size_t bar = s.find('|', start);
    std::string part = trim(s.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
    if (part.empty()) return false;
    out.push_back(part);
    if (bar == std::string::npos) return true;
    start = bar + 1;
  }
}

std::optional<Error> DictionaryReader::read_agents(const std::string& path, const std::string& label) {
  std::ifstream in(path);
  if (!in) return Error{ErrorCode::kFileNotFound, path, 0, "cannot open", ""};
  std::unordered_map<std::string, uint64_t> seen;   // phrase -> line
  std::string raw;
  uint64_t lineno = 0;
  while (std::getline(in, raw)) {
    ++lineno;
    std::string line = trim(strip_comment(raw));
    if (line.empty()) continue;
    size_t arrow = line.find("=>");
    if (arrow == std::string::npos) return bad(path, lineno, "expected 'phrase | phrase => ROLE [flags]'", raw);
    std::vector<std::string> phrases;
    if (!split_names(line.substr(0, arrow), phrases)) return bad(path, lineno, "empty phrase", raw);
    std::vector<std::string> rhs = words(line.substr(arrow + 2));
    if (rhs.empty()) return bad(path, lineno, "missing role after '=>'", raw);
    Agent a;
    a.role = rhs[0];
    if (!ActorDictionary::valid_role(a.role)) return bad(path, lineno, "unknown role '" + a.role + "'", raw);
    for (size_t i = 1; i < rhs.size(); ++i) {
      if (rhs[i] == "title") a.title = true;
      else if (rhs[i] == "generic") a.generic = a.title = true;
      else if (rhs[i] == "envoy") a.envoy = true;
      else if (rhs[i] == "capitalised") a.capitalised = true;
      else return bad(path, lineno, "unknown flag '" + rhs[i] + "' (title, generic, envoy, capitalised)", raw);
    }
    for (const auto& p : phrases) {
      for (char c : p)
        if (c >= 'A' && c <= 'Z') return bad(path, lineno, "agent phrase '" + p + "' must be lower case", raw);
      auto [it, fresh] = seen.emplace(p, lineno);
      if (!fresh)
        return bad(path, lineno, "phrase '" + p + "' already on line " + std::to_string(it->second), raw);
    }
    a.name = phrases[0];
    a.entry = label + ":" + std::to_string(lineno);
    dict_.agents_.push_back(std::move(a));
    dict_.agent_phrases_.push_back(std::move(phrases));
  }
  if (dict_.agents_.empty()) return bad(path, 0, "no agents", "");
  return std::nullopt;
}

std::optional<Error> DictionaryReader::read_entries(const std::string& path, const std::string& label,
                                                    PhraseSource source) {
  std::ifstream in(path);
  if (!in) return Error{ErrorCode::kFileNotFound, path, 0, "cannot open", ""};
  std::string raw;
  uint64_t lineno = 0, open_line = 0;
  bool open = false;        // the last entry takes indented role lines
  size_t first_new = dict_.entries_.size();
  auto finish = [&]() -> std::optional<Error> {
    if (!open) return std::nullopt;
    open = false;
    ActorEntry& e = dict_.entries_.back();
    if (e.roles.empty()) return bad(path, open_line, "entry '" + e.name + "' has no role lines", e.name);
    return std::nullopt;
  };
  while (std::getline(in, raw)) {
    ++lineno;
    std::string body = strip_comment(raw);
    std::string line = trim(body);
    if (line.empty()) continue;
    bool indented = body[0] == ' ' || body[0] == '\t';
    if (indented) {
      if (!open) return bad(path, lineno, "indented role line without a names line above it", raw);
      ActorEntry& e = dict_.entries_.back();
      std::vector<std::string> w = words(line);
      if (w.size() == 2 && w[0] == "country") {
        if (!dict_.countries_.by_alpha3(w[1])) return bad(path, lineno, "unknown country '" + w[1] + "'", raw);
        e.country = w[1];
        continue;
      }
      if (w.size() != 3) return bad(path, lineno, "expected 'CODE FROM TO' (dates YYYY-MM-DD or '-')", raw);
      DatedRole r;
      r.code = w[0];
      if (!valid_code(r.code)) return bad(path, lineno, "bad CAMEO code '" + r.code + "'", raw);
      for (int k = 1; k <= 2; ++k) {
        if (w[k] == "-") continue;
        auto d = CivilDate::parse(w[k]);
        if (!d || w[k].size() != 10) return bad(path, lineno, "bad date '" + w[k] + "'", raw);
        (k == 1 ? r.from : r.to) = d;
      }
      if (r.from && r.to && *r.to < *r.from) return bad(path, lineno, "role ends before it starts", raw);
      e.roles.push_back(std::move(r));
      continue;
    }
    if (auto err = finish()) return err;
    ActorEntry e;
    e.source = source;
    e.entry = label + ":" + std::to_string(lineno);
    size_t arrow = line.find("=>");
    if (!split_names(line.substr(0, arrow), e.aliases)) return bad(path, lineno, "empty name", raw);
    e.name = e.aliases[0];
    if (arrow != std::string::npos) {
      std::vector<std::string> w = words(line.substr(arrow + 2));
      if (w.size() != 1 || !valid_code(w[0])) return bad(path, lineno, "expected one CAMEO code after '=>'", raw);
      e.roles.push_back(DatedRole{w[0], std::nullopt, std::nullopt});
      dict_.entries_.push_back(std::move(e));
    } else {
      dict_.entries_.push_back(std::move(e));
      open = true;
      open_line = lineno;
    }
  }
  if (auto err = finish()) return err;
  if (dict_.entries_.size() == first_new) return bad(path, 0, "no entries", "");
  // Country of each new entry: explicit, else the first role with a country prefix.
  for (size_t i = first_new; i < dict_.entries_.size(); ++i) {
    ActorEntry& e = dict_.entries_[i];
    if (!e.country.empty()) continue;
    for (const auto& r : e.roles)
      if (dict_.countries_.by_alpha3(r.code.substr(0, 3))) { e.country = r.code.substr(0, 3); break; }
  }
  return std::nullopt;
}

std::optional<Error> DictionaryReader::read_guards(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Error{ErrorCode::kFileNotFound, path, 0, "cannot open", ""};
  std::string raw;
  uint64_t lineno = 0;
  while (std::getline(in, raw)) {
    ++lineno;
    std::string line = trim(strip_comment(raw));
    if (line.empty()) continue;
    if (line.find(' ') != std::string::npos) return bad(path, lineno, "a guard is one word", raw);
    dict_.guards_.insert(PhraseTrie::normalise(line));
  }
  return std::nullopt;
}

}  // namespace herald
