#include "tag/lexicon.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <fstream>

namespace herald {

namespace {

constexpr float kFloor = -14.0f;   // log of an unseen transition (about 1e-6)

Error bad(const std::string& path, uint64_t line, const std::string& msg, std::string_view text) {
  return Error{ErrorCode::kDictionary, path, line, msg, std::string(text.substr(0, 80))};
}

// The id of a tag name, or -1: tags::from_name through a hash index (a
// lexicon names a tag about 100,000 times).
int tag_of(std::string_view name) {
  static const StringIndex index = [] {
    StringIndex ix;
    for (int t = 0; t < tags::kNumTags; ++t) ix.insert(tags::kNames[t], static_cast<uint32_t>(t));
    return ix;
  }();
  const uint32_t t = index.find(name);
  return t == StringIndex::kAbsent ? -1 : static_cast<int>(t);
}

// A number as strtod reads it (the whole of s), false when it is not one.
// Counts ("12", most numbers of a lexicon) are read as integers: the same
// double, without strtod's cost.
bool parse_number(std::string_view s, double* v) {
  if (!s.empty() && s.size() <= 15 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    uint64_t n = 0;
    std::from_chars(s.data(), s.data() + s.size(), n);
    *v = static_cast<double>(n);
    return true;
  }
  const std::string num(s);
  char* stop = nullptr;
  *v = std::strtod(num.c_str(), &stop);
  return stop != num.c_str() && *stop == '\0';
}

// Splits "A:1,B:2" into (tag, number) pairs; false on a malformed item. The
// tag is everything before the first ':' that is followed by a digit, so the
// punctuation tags "," and ":" need no quoting (",:12,::3").
template <typename F>
bool for_each_pair(std::string_view list, F&& f) {
  while (!list.empty()) {
    size_t colon = 1;
    while (colon + 1 < list.size() && !(list[colon] == ':' && list[colon + 1] >= '0' &&
                                        list[colon + 1] <= '9'))
      ++colon;
    if (colon + 1 >= list.size()) return false;
    size_t end = list.find(',', colon + 1);
    if (end == std::string_view::npos) end = list.size();
    int tag = tag_of(list.substr(0, colon));
    const std::string_view num = list.substr(colon + 1, end - colon - 1);
    list = end == list.size() ? std::string_view() : list.substr(end + 1);
    double v = 0;
    if (tag < 0 || !parse_number(num, &v) || v < 0) return false;
    f(tag, v);
  }
  return true;
}

}  // namespace

Result<std::shared_ptr<const Lexicon>> Lexicon::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return Error{ErrorCode::kFileNotFound, path, 0, "cannot open the tagger lexicon", ""};
  std::string text(static_cast<size_t>(std::max<std::streamoff>(in.tellg(), 0)), '\0');
  in.seekg(0);
  if (!in.read(text.data(), static_cast<std::streamsize>(text.size())))
    return Error{ErrorCode::kFileNotFound, path, 0, "cannot read the tagger lexicon", ""};
  std::shared_ptr<Lexicon> lex(new Lexicon());
  // A word a line: room for them all at once.
  lex->index_.reserve(static_cast<size_t>(std::count(text.begin(), text.end(), '\n')), text.size() / 2);
  lex->trans_.assign(tags::kNumTags * tags::kNumTags, kFloor);
  std::vector<double> tag_total(tags::kNumTags, 1.0);
  const std::string_view all(text);
  uint64_t lineno = 0;
  bool has_transitions = false;
  for (size_t pos = 0; pos < all.size();) {
    size_t nl = all.find('\n', pos);
    if (nl == std::string_view::npos) nl = all.size();
    std::string_view line = all.substr(pos, nl - pos);
    pos = nl + 1;
    ++lineno;
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0)
      return bad(path, lineno, "expected word<TAB>TAG:count,...", line);
    std::string_view key = line.substr(0, tab), rest = line.substr(tab + 1);
    if (key == "@T") {
      size_t tab2 = rest.find('\t');
      int prev = tab2 == std::string_view::npos ? -1 : tags::from_name(rest.substr(0, tab2));
      if (prev < 0) return bad(path, lineno, "bad transition line", line);
      Lexicon* l = lex.get();
      if (!for_each_pair(rest.substr(tab2 + 1), [&](int next, double p) {
            if (p > 0) l->trans_[prev * tags::kNumTags + next] = static_cast<float>(std::log(p));
          }))
        return bad(path, lineno, "bad transition list", line);
      has_transitions = true;
      continue;
    }
    Entry e{static_cast<uint32_t>(lex->scores_.size()), 0};
    double total = 0;
    bool in_range = true;   // a count a uint32_t can hold (found by fuzz_lexicon: 8e95 overflowed the cast)
    Lexicon* l = lex.get();
    if (!for_each_pair(rest, [&](int tag, double c) {
          if (!(c >= 0 && c <= 4294967295.0)) {
            in_range = false;
            return;
          }
          l->scores_.push_back({static_cast<uint8_t>(tag), static_cast<float>(c)});
          l->counts_.push_back(static_cast<uint32_t>(c));
          total += c;
          tag_total[tag] += c;
        }) || !in_range || total <= 0)
      return bad(path, lineno, "bad tag list", line);
    e.size = static_cast<uint32_t>(lex->scores_.size() - e.first);
    for (uint32_t i = e.first; i < e.first + e.size; ++i)
      lex->scores_[i].logp = static_cast<float>(std::log(lex->scores_[i].logp / total));
    if (lex->index_.insert(key, static_cast<uint32_t>(lex->entries_.size())).second) lex->entries_.push_back(e);
  }
  // Per entry: the probabilities, and the candidates a word gets from its
  // entry alone (weight 1), renormalised: the tagger's common case, once.
  lex->probs_.resize(lex->scores_.size());
  for (size_t i = 0; i < lex->scores_.size(); ++i) lex->probs_[i] = std::exp(lex->scores_[i].logp);
  lex->finished_ = lex->probs_;
  lex->finished_ok_.assign(lex->scores_.size(), 0);
  for (const Entry& e : lex->entries_) {
    bool distinct = e.size <= kMaxFinished;
    for (uint32_t i = e.first; i < e.first + e.size && distinct; ++i)
      for (uint32_t j = e.first; j < i && distinct; ++j) distinct = lex->scores_[i].tag != lex->scores_[j].tag;
    if (!distinct) continue;
    normalise_logs(lex->finished_.data() + e.first, static_cast<int>(e.size));
    lex->finished_ok_[e.first] = 1;
  }
  if (!has_transitions || lex->entries_.size() < 100)
    return bad(path, 0, "lexicon has no transitions or too few words (regenerate it)", "");
  double sum = 0;
  for (double c : tag_total) sum += c;
  lex->prior_.resize(tags::kNumTags);
  for (int t = 0; t < tags::kNumTags; ++t)
    lex->prior_[t] = static_cast<float>(std::log(tag_total[t] / sum));
  return std::shared_ptr<const Lexicon>(std::move(lex));
}

void Lexicon::normalise_logs(float* p, int n) {
  float total = 0;
  for (int k = 0; k < n; ++k) total += p[k];
  for (int k = 0; k < n; ++k) p[k] = std::log(std::max(p[k] / total, 1e-9f));
}

std::span<const TagScore> Lexicon::find(std::string_view word) const {
  const uint32_t at = index_.find(word);
  if (at == StringIndex::kAbsent) return {};
  return {scores_.data() + entries_[at].first, entries_[at].size};
}

uint32_t Lexicon::count(std::string_view word, int tag) const {
  const uint32_t at = index_.find(word);
  if (at == StringIndex::kAbsent) return 0;
  const Entry& e = entries_[at];
  for (uint32_t i = e.first; i < e.first + e.size; ++i)
    if (scores_[i].tag == tag) return counts_[i];
  return 0;
}

bool Lexicon::has_tag(std::string_view word, int tag) const { return count(word, tag) > 0; }

}  // namespace herald
