#include "counts/attribution_finder.h"

#include <algorithm>
#include <string_view>

#include "core/str_eq.h"
#include "counts/count_lexicon.h"

namespace herald {
namespace {

constexpr uint32_t kMaxAgentDistance = 10;  // "reported ... by X"

// A time word never starts or stands in a source's name: "during the weekend".
bool is_time_word(const CountLexicon& lex, std::string_view w) {
  return lex.is_temporal(w) || lex.is_month(w) || lex.time_nouns.has(w);
}

bool lower_at_is(const std::vector<Token>& toks, uint32_t k, std::string_view w) {
  return k < toks.size() && toks[k].lower == w;
}

bool is_noun_tag(const Token& t) {
  return t.tag.rfind("NN", 0) == 0 || (t.tag.empty() && !t.text.empty() && t.text[0] >= 'A' &&
                                       t.text[0] <= 'Z');
}

bool is_punct(const Token& t) {
  unsigned char c = t.text.empty() ? 0 : static_cast<unsigned char>(t.text[0]);
  return t.text.size() == 1 && !(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z') &&
         !(c >= 'a' && c <= 'z') && c < 0x80;
}

// May stand inside a source's name: "the Palestinian Ministry of Health",
// "their clubs and the Venezuelan Football Federation".
bool is_name_word(const CountLexicon& lex, const Token& t) {
  const std::string& g = t.tag;
  std::string_view w = t.lower;
  if (is_punct(t)) return false;
  if (is_time_word(lex, w)) return false;
  if (str_eq(w, "of") || str_eq(w, "for") || str_eq(w, "and") || str_eq(w, "'s") || str_eq(w, "at") ||
      str_eq(w, "in") || str_eq(w, "by"))
    return true;
  if (str_eq(w, "on")) return false;    // only between capitalised words (see name_after)
  if (str_eq(w, "state")) return true;  // "state media", whatever its tag
  if (g.empty() || (t.text[0] >= 'A' && t.text[0] <= 'Z')) return true;  // "WHO" is no pronoun
  return str_eq(g, "DT") || str_eq(g, "PRP$") || str_eq(g, "POS") || str_eq(g, "CD") || str_eq(g, "NNP") ||
         str_eq(g, "NNPS") || str_eq(g, "NN") || str_eq(g, "NNS") || g.rfind("JJ", 0) == 0;
}

std::string text_of(const Document& doc, const std::vector<Token>& toks, uint32_t first,
                    uint32_t last) {
  // Trim words that cannot start or end a name.
  auto edge = [&](uint32_t k) {
    std::string_view w = toks[k].lower;
    return str_eq(w, "and") || str_eq(w, "of") || str_eq(w, "for") || str_eq(w, "at") || str_eq(w, "in") ||
           str_eq(w, "by") || str_eq(w, "'s") || str_eq(w, "the") || str_eq(w, "a") || str_eq(w, "an") ||
           str_eq(toks[k].tag, "POS");
  };
  while (first < last && edge(first)) ++first;
  while (last > first && edge(last - 1)) --last;
  bool noun = false;
  // "the Israeli military" (tagged JJ JJ) names a source too.
  for (uint32_t k = first; k < last; ++k) noun = noun || is_noun_tag(toks[k]) || str_eq(toks[k].lower, "military");
  if (first >= last || !noun) return "";
  return std::string(doc.text(Span{toks[first].span.begin, toks[last - 1].span.end}));
}

// The name that starts at token k: "the Palestinian Ministry of Health".
std::string name_after(const CountLexicon& lex, const Document& doc, const std::vector<Token>& toks, uint32_t k) {
  uint32_t j = k;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  auto capital = [&](uint32_t i) {
    return i < n && !toks[i].text.empty() && toks[i].text[0] >= 'A' && toks[i].text[0] <= 'Z' &&
           !is_time_word(lex, toks[i].lower);
  };
  // "National Commission on Human Rights": "on" between capitalised words.
  while (j < n && j - k < AttributionFinder::kMaxWords &&
         (is_name_word(lex, toks[j]) || (str_eq(toks[j].lower, "on") && j > k && capital(j - 1) && capital(j + 1))))
    ++j;
  return text_of(doc, toks, k, j);
}

// The subject that ends just before token v: "local officials" in "local officials said".
std::string name_before(const CountLexicon& lex, const Document& doc, const std::vector<Token>& toks, uint32_t v) {
  uint32_t j = v;
  if (j > 0 && toks[j - 1].tag.rfind("RB", 0) == 0) --j;  // "officials also said"
  // "the government during the weekend said": skip the time phrase.
  if (j >= 2 && is_time_word(lex, toks[j - 1].lower)) {
    uint32_t t = j - 1;
    while (t > 0 && j - t < 4 &&
           (str_eq(toks[t - 1].tag, "DT") || str_eq(toks[t - 1].tag, "IN") || str_eq(toks[t - 1].tag, "JJ") ||
            is_time_word(lex, toks[t - 1].lower)))
      --t;
    if (t < j - 1 && (str_eq(toks[t].tag, "IN") || str_eq(toks[t].lower, "last") || str_eq(toks[t].lower, "this")))
      j = t;
  }
  uint32_t end = j;
  while (j > 0 && end - j < AttributionFinder::kMaxWords && is_name_word(lex, toks[j - 1])) --j;
  if (j > 0) {
    // A subject follows a clause boundary or starts the sentence; "... that
    // officials said" and "reported 36 infections, officials said" both do.
    const Token& before = toks[j - 1];
    if (!is_punct(before) && !str_eq(before.lower, "that") && !str_eq(before.lower, "which") &&
        !str_eq(before.tag, "IN") && !str_eq(before.tag, "RB") && !str_eq(before.tag, "CC"))
      return "";
  }
  return text_of(doc, toks, j, end);
}

// "claim(s)/claimed" as a verb of saying: not "claimed responsibility", "claimed 50 lives".
bool is_claim(const CountLexicon& lex, const std::vector<Token>& toks, uint32_t k) {
  std::string_view w = toks[k].lower;
  if (!str_eq(w, "claim") && !str_eq(w, "claims") && !str_eq(w, "claimed")) return false;
  if (!toks[k].tag.empty() && toks[k].tag.rfind("VB", 0) != 0 && !str_eq(toks[k].tag, "NN") &&
      !str_eq(toks[k].tag, "NNS"))
    return false;
  // "the military claims to have killed", "the group claims that": a verb.
  bool clause = lower_at_is(toks, k + 1, "that") ||
                (lower_at_is(toks, k + 1, "to") && lower_at_is(toks, k + 2, "have"));
  if (k == 0 || str_eq(toks[k - 1].tag, "DT") || str_eq(toks[k - 1].tag, "PRP$") ||
      (toks[k - 1].tag.rfind("JJ", 0) == 0 && !clause))
    return false;  // "the claim", "his claims": a noun
  for (uint32_t j = k + 1; j < toks.size() && j < k + 4; ++j) {
    std::string_view x = toks[j].lower;
    if (lex.claim_objects.has(x) || (str_eq(x, "to") && !lower_at_is(toks, j + 1, "have")))
      return false;  // "claims to have killed 40" is a claim
  }
  return true;
}

// The agent of a passive verb of saying: "reported to have died ... by X".
std::string agent_after(const CountLexicon& lex, const Document& doc, const std::vector<Token>& toks, uint32_t k) {
  const uint32_t n = static_cast<uint32_t>(toks.size());
  for (uint32_t j = k; j < n && j < k + kMaxAgentDistance; ++j) {
    const Token& t = toks[j];
    if (is_punct(t)) return "";
    if (str_eq(t.lower, "by")) return name_after(lex, doc, toks, j + 1);
    // "is reported to have been killed by a missile": the agent of the killing.
    bool verb = str_eq(t.tag, "VBN") || str_eq(t.tag, "VBD");
    if (verb && !str_eq(t.lower, "died") && !str_eq(t.lower, "been") && !str_eq(t.lower, "perished") &&
        !str_eq(t.lower, "had"))
      return "";
  }
  return "";
}

}  // namespace

std::string AttributionFinder::find(const Document& doc, uint32_t sentence) const {
  const CountLexicon& lex = *lex_;
  const auto& toks = doc.sentences.at(sentence).tokens;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  std::string according, said, citing;
  for (uint32_t k = 0; k < n; ++k) {
    std::string_view w = toks[k].lower;
    if (according.empty() && str_eq(w, "according") && k + 1 < n && str_eq(toks[k + 1].lower, "to")) {
      according = name_after(lex, doc, toks, k + 2);
    } else if (citing.empty() && str_eq(w, "citing")) {
      citing = name_after(lex, doc, toks, k + 1);
    } else if (said.empty() && is_claim(lex, toks, k)) {
      said = name_before(lex, doc, toks, k);  // "The Houthis claim at least 68 people are killed"
    } else if (str_eq(w, "confirmed") && k + 1 < n && toks[k + 1].tag.rfind("NN", 0) == 0 &&
               toks[k + 1].text[0] >= 'a') {
      continue;  // "the number of confirmed deaths": an adjective
    } else if (said.empty() && lex.is_say_verb(w) &&
               (toks[k].tag.empty() || toks[k].tag.rfind("VB", 0) == 0 ||
                (lower_at_is(toks, k + 1, "that") &&
                 toks[k].text[0] >= 'a') ||  // "Interpol reports that", not "United States"
                (k > 0 && toks[k].text[0] >= 'a' && toks[k - 1].tag.rfind("NNP", 0) == 0 && k + 1 < n &&
                 str_eq(toks[k + 1].tag, "CD")))) {  // "the Committee reports sixteen deaths"
      std::string_view prev = k > 0 ? std::string_view(toks[k - 1].lower) : std::string_view();
      if (str_eq(prev, "was") || str_eq(prev, "were") || str_eq(prev, "is") || str_eq(prev, "are") ||
          str_eq(prev, "been") || str_eq(prev, "be") || str_eq(prev, "being")) {
        said = agent_after(lex, doc, toks, k + 1);  // "is reported ... by the health directorate"
        continue;  // "was reported": passive, no source unless a "by" names it
      }
      if (str_eq(prev, "has") || str_eq(prev, "have") || str_eq(prev, "had")) {
        said = name_before(lex, doc, toks, k - 1);  // "the ministry has said"
        continue;
      }
      said = name_before(lex, doc, toks, k);
    }
  }
  std::string out = !according.empty() ? according : said;
  if (!citing.empty()) out = out.empty() ? citing : out + ", citing " + citing;
  return out;
}

std::string AttributionFinder::find_before(const Document& doc, uint32_t sentence, uint32_t token) const {
  const CountLexicon& lex = *lex_;
  const auto& toks = doc.sentences.at(sentence).tokens;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  for (uint32_t k = std::min(token, n); k-- > 0;) {
    std::string_view w = toks[k].lower;
    if (str_eq(w, "according") && lower_at_is(toks, k + 1, "to")) return "";  // "according to" wins: find()
    bool say = is_claim(lex, toks, k) ||
               (lex.is_say_verb(w) && !toks[k].tag.empty() && toks[k].tag.rfind("VB", 0) == 0);
    if (!say || (str_eq(w, "confirmed") && k + 1 < n && toks[k + 1].tag.rfind("NN", 0) == 0)) continue;
    std::string_view prev = k > 0 ? std::string_view(toks[k - 1].lower) : std::string_view();
    if (str_eq(prev, "was") || str_eq(prev, "were") || str_eq(prev, "is") || str_eq(prev, "are") ||
        str_eq(prev, "been") || str_eq(prev, "be") || str_eq(prev, "being"))
      continue;
    if (str_eq(prev, "has") || str_eq(prev, "have") || str_eq(prev, "had")) return name_before(lex, doc, toks, k - 1);
    return name_before(lex, doc, toks, k);
  }
  return "";
}

}  // namespace herald
