#include "tag/word_candidates.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "core/str_eq.h"
#include "text/char_class.h"

namespace herald {

namespace {

// Cardinal number words the tagger's lexicon may lack: eleven to nineteen,
// the tens, and their hyphenated compounds ("forty-two").
bool cardinal_word(std::string_view w) {
  static constexpr std::array<std::string_view, 17> kWords = {
      "eleven",  "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
      "twenty",  "thirty", "forty",    "fifty",    "sixty",   "seventy", "eighty",    "ninety"};
  static constexpr std::array<std::string_view, 9> kUnits = {"one", "two",   "three", "four", "five",
                                                             "six", "seven", "eight", "nine"};
  const size_t dash = w.find('-');
  if (dash == std::string_view::npos) return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
  return std::find(kWords.begin() + 9, kWords.end(), w.substr(0, dash)) != kWords.end() &&
         std::find(kUnits.begin(), kUnits.end(), w.substr(dash + 1)) != kUnits.end();
}

using namespace tags;

void add_entry(const Lexicon& lex, std::span<const TagScore> entry, float weight, CandidateList* out) {
  const float* p = lex.probs(entry);   // std::exp(logp), computed once at load
  for (size_t k = 0; k < entry.size(); ++k) out->add(entry[k].tag, weight * p[k]);
}

static_assert(Lexicon::kMaxFinished <= CandidateList::kMax);

// The common case: a word's own lexicon entry at weight 1, finished (the
// lexicon holds the result); false when the lexicon has none for it.
bool use_finished(const Lexicon& lex, std::span<const TagScore> entry, CandidateList* out) {
  const float* f = lex.finished(entry);
  if (!f) return false;
  out->size = static_cast<int>(entry.size());
  for (size_t k = 0; k < entry.size(); ++k) out->items[k] = {entry[k].tag, f[k]};
  return true;
}

// Guesses from the shape of a lower-case word nobody listed.
void add_suffix_guess(std::string_view w, float weight, CandidateList* out) {
  auto put = [&](std::initializer_list<std::pair<int, float>> dist) {
    for (auto [t, p] : dist) out->add(t, weight * p);
  };
  if (str_ends(w, "ing") && w.size() > 4) return put({{kVBG, 0.8f}, {kJJ, 0.1f}, {kNN, 0.1f}});
  if (str_ends(w, "ed") && w.size() > 3) return put({{kVBN, 0.4f}, {kVBD, 0.35f}, {kJJ, 0.25f}});
  if (str_ends(w, "ly") && w.size() > 3) return put({{kRB, 0.9f}, {kJJ, 0.1f}});
  // (constexpr arrays: a braced list of literals measured each one with strlen per call)
  static constexpr std::string_view kNounSuffixes[] = {"tion", "sion", "ment", "ness", "ity", "ism", "ist",
                                                       "ance", "ence", "ship", "hood", "er", "or"};
  static constexpr std::string_view kAdjSuffixes[] = {"al", "ic", "ous", "ive", "ful", "less", "able",
                                                      "ible", "ian", "ese", "ish", "ary", "i"};
  for (std::string_view suf : kNounSuffixes)
    if (str_ends(w, suf)) return put({{kNN, 0.9f}, {kJJ, 0.05f}, {kNNP, 0.05f}});
  for (std::string_view suf : kAdjSuffixes)
    if (str_ends(w, suf)) return put({{kJJ, 0.75f}, {kNN, 0.2f}, {kNNP, 0.05f}});
  if (str_ends(w, "s") && !str_ends(w, "ss") && !str_ends(w, "us") && !str_ends(w, "is") &&
      w.size() > 3)
    return put({{kNNS, 0.9f}, {kVBZ, 0.05f}, {kNN, 0.05f}});
  put({{kNN, 0.75f}, {kJJ, 0.17f}, {kNNS, 0.02f}, {kVB, 0.03f}, {kVBP, 0.03f}});
}

// The American spelling of a British -ise/-isation form ("criticised" ->
// "criticized"), or "" when the word has no such suffix. The tagger's
// lexicon was counted on American text; British news spells the same words
// with an s.
std::string american_spelling(std::string_view w) {
  static constexpr std::string_view kSuffixes[] = {"ise", "ised", "ises", "ising", "isation", "isations", "iser", "isers"};
  for (std::string_view suf : kSuffixes) {
    if (w.size() > suf.size() + 3 && str_ends(w, suf)) {
      std::string out(w);
      out[w.size() - suf.size() + 1] = 'z';
      return out;
    }
  }
  return {};
}

int punctuation_tag(const Token& t, std::string_view body) {
  std::string_view w = t.text;
  if (!w.empty() && (text::ascii_alpha(w[0]) || text::ascii_digit(w[0]))) return -1;   // a word: no mark below starts so
  if (str_eq(w, "\"")) {
    const bool open = t.span.begin == 0 || text::ascii_space(body[t.span.begin - 1]) ||
                      body[t.span.begin - 1] == '(';
    return open ? kOpenQuote : kCloseQuote;
  }
  if (str_eq(w, "(") || str_eq(w, "[") || str_eq(w, "{")) return kLRB;
  if (str_eq(w, ")") || str_eq(w, "]") || str_eq(w, "}")) return kRRB;
  if (str_eq(w, ".") || str_eq(w, "?") || str_eq(w, "!")) return kStop;
  if (str_eq(w, "-") || str_eq(w, "--") || str_eq(w, "...") || str_eq(w, ";") || str_eq(w, ":") || str_eq(w, "\u2014") ||
      str_eq(w, "\u2013"))
    return kColon;
  if (str_eq(w, ",")) return kComma;
  if (str_eq(w, "$") || str_eq(w, "€") || str_eq(w, "£")) return kDollar;
  return -1;
}

}  // namespace

void CandidateList::add(int tag, float p) {
  for (int k = 0; k < size; ++k)
    if (items[k].tag == tag) { items[k].logp += p; return; }
  if (size < kMax) items[size++] = {static_cast<uint8_t>(tag), p};
}

void CandidateList::finish() {
  float p[kMax];
  for (int k = 0; k < size; ++k) p[k] = items[k].logp;
  Lexicon::normalise_logs(p, size);
  for (int k = 0; k < size; ++k) items[k].logp = p[k];
}

void word_candidates(const Lexicon& lex, const Token& token, bool sentence_start,
                     std::string_view body, CandidateList* out) {
  out->size = 0;
  std::string_view w = token.text, lw = token.lower;
  if (int p = punctuation_tag(token, body); p >= 0) {
    out->add(p, 1.0f);
    return out->finish();
  }
  auto exact = lex.find(w);
  size_t len;
  const char32_t first = text::decode(w, 0, &len);
  const bool capital = text::is_upper_cp(first);
  if (!exact.empty() && (!capital || !sentence_start)) {
    if (use_finished(lex, exact, out)) return;
    add_entry(lex, exact, 1.0f, out);
    return out->finish();
  }
  auto lower = capital ? lex.find(lw) : exact;
  if (exact.empty() && lower.empty()) {
    // "criticised", "recognises": tag them as their American spellings are.
    if (std::string us = american_spelling(lw); !us.empty()) {
      auto entry = lex.find(us);
      if (!entry.empty()) {
        if (capital && !sentence_start) out->add(kNNP, 0.5f);
        add_entry(lex, entry, 1.0f, out);
        return out->finish();
      }
    }
  }
  if (capital && sentence_start && (!exact.empty() || !lower.empty())) {
    // A capitalised gerund opening a sentence is the common word ("Fighting
    // resumed"), not a name the lexicon saw in titles.
    const bool gerund = !lower.empty() && str_ends(lw, "ing");
    add_entry(lex, exact.empty() || gerund ? lower : exact, 1.0f, out);    // "The", "Police"
    if (!exact.empty() && !lower.empty()) add_entry(lex, gerund ? exact : lower, gerund ? 0.2f : 0.5f, out);
    return out->finish();
  }
  if (text::ascii_digit(w[0]) || ((w[0] == '-' || w[0] == '.') && w.size() > 1 && text::ascii_digit(w[1]))) {
    if (str_ends(lw, "st") || str_ends(lw, "nd") || str_ends(lw, "rd") || str_ends(lw, "th"))
      out->add(kJJ, 0.8f), out->add(kCD, 0.2f);
    else if (str_ends(lw, "s") && w.size() > 2)
      out->add(kCD, 0.6f), out->add(kNNS, 0.4f);    // 1990s
    else
      out->add(kCD, 1.0f);
    return out->finish();
  }
  if (exact.empty() && lower.empty() && cardinal_word(lw)) {   // "eleven", "forty-two"
    out->add(kCD, 1.0f);
    return out->finish();
  }
  if (!text::is_word_char(first)) {   // symbols: % & @ # and others
    auto e = lex.find(w);
    if (!e.empty()) add_entry(lex, e, 1.0f, out);
    else out->add(kSYM, 1.0f);
    return out->finish();
  }
  if (token.text.find('@') != std::string::npos || token.text.find("://") != std::string::npos ||
      token.lower.starts_with("www.")) {
    out->add(kNN, 1.0f);
    return out->finish();
  }
  const size_t dash = lw.rfind('-');
  const bool hyphenated = dash != std::string_view::npos && dash > 0 && dash + 1 < lw.size();
  if (capital && !(hyphenated && text::ascii_lower(w[dash + 1]))) {   // mid-sentence capital (or unknown at the start): a name
    const bool plural = str_ends(w, "s") && !str_ends(w, "ss") && w.size() > 3;
    const float name_weight = sentence_start ? 0.8f : 0.85f;
    out->add(plural && !lower.empty() ? kNNPS : kNNP, name_weight);
    if (!lower.empty()) add_entry(lex, lower, 1.0f - name_weight, out);
    else add_suffix_guess(lw, 1.0f - name_weight, out);
    return out->finish();
  }
  if (hyphenated) {   // week-long, Iranian-backed: the last part decides
    auto last = lex.find(lw.substr(dash + 1));
    out->add(kJJ, 0.5f);
    out->add(kNN, 0.3f);
    if (!last.empty()) add_entry(lex, last, 0.2f, out);
    else add_suffix_guess(lw.substr(dash + 1), 0.2f, out);
    return out->finish();
  }
  add_suffix_guess(lw, 1.0f, out);
  out->finish();
}

}  // namespace herald
