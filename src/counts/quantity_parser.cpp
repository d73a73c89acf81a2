#include "counts/quantity_parser.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <utility>

#include "core/str_eq.h"
#include "core/string_index.h"

namespace herald {
namespace {

constexpr std::array<std::string_view, 20> kUnits = {
    "zero",    "one",     "two",       "three",    "four",     "five",    "six",
    "seven",   "eight",   "nine",      "ten",      "eleven",   "twelve",  "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 8> kTens = {"twenty", "thirty",  "forty",  "fifty",
                                                   "sixty",  "seventy", "eighty", "ninety"};

int64_t unit_value(std::string_view w) {
  for (size_t i = 1; i < kUnits.size(); ++i)
    if (kUnits[i] == w) return static_cast<int64_t>(i);
  return -1;
}

int64_t tens_value(std::string_view w) {
  for (size_t i = 0; i < kTens.size(); ++i)
    if (kTens[i] == w) return static_cast<int64_t>(20 + 10 * i);
  return -1;
}

int64_t scale_value(std::string_view w) {
  if (str_eq(w, "hundred")) return 100;
  if (str_eq(w, "thousand")) return 1000;
  if (str_eq(w, "million")) return 1000000;
  if (str_eq(w, "billion")) return 1000000000;
  return -1;
}

// The floor a vague plural implies: "dozens" 24, "hundreds" 200.
int64_t vague_value(std::string_view w) {
  if (str_eq(w, "dozens")) return 24;
  if (str_eq(w, "scores")) return 40;
  if (str_eq(w, "hundreds")) return 200;
  if (str_eq(w, "thousands")) return 2000;
  if (str_eq(w, "millions")) return 2000000;
  return -1;
}

// "42,600" 42600, "6606", "1.2" (as tenths etc. in `scaled_by`); -1 when not a plain number.
// Returns value * 10^decimals in `mantissa` and the number of decimals.
bool digits_value(std::string_view t, int64_t& mantissa, int& decimals) {
  mantissa = 0;
  decimals = -1;
  int group = 0, digits = 0;
  bool comma = false;
  for (size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (c >= '0' && c <= '9') {
      if (++digits > 15) return false;
      mantissa = mantissa * 10 + (c - '0');
      ++group;
      if (decimals >= 0) ++decimals;
    } else if (c == ',' && decimals < 0) {
      if (group == 0 || (comma ? group != 3 : group > 3)) return false;
      comma = true;
      group = 0;
    } else if (c == '.' && decimals < 0 && !comma && group > 0) {
      decimals = 0;
    } else {
      return false;
    }
  }
  if (digits == 0 || group == 0 || (comma && group != 3 && decimals < 0)) return false;
  if (decimals == 0) return false;  // "5." is not a number token we read
  if (decimals < 0) decimals = 0;
  return true;
}

bool is_word(const Token& t, std::string_view w) { return t.lower == w; }

// The value of a spelled-out number word ("seven", "forty", "twenty-three"), or -1.
int64_t spelled_value(std::string_view w) {
  int64_t v = unit_value(w);
  if (v > 0) return v;
  v = tens_value(w);
  if (v > 0) return v;
  size_t dash = w.find('-');
  if (dash == std::string_view::npos) return -1;
  int64_t tens = tens_value(w.substr(0, dash));
  int64_t unit = unit_value(w.substr(dash + 1));
  return tens > 0 && unit > 0 && unit < 10 ? tens + unit : -1;
}

// True when a quantity may start with w, a word (not digits): a number,
// scale or vague word, "tens", "a", "an", "dozen". Any other word is no
// quantity's first token (parse() below gives nullopt for it).
bool may_lead(std::string_view w) {
  static const StringIndex kLeads = [] {
    StringIndex index;
    for (std::string_view u : kUnits) index.insert(u, 1);
    for (std::string_view t : kTens) {
      index.insert(t, 1);
      for (std::string_view u : kUnits) index.insert(std::string(t) + "-" + std::string(u), 1);
    }
    for (std::string_view x : {"dozens", "scores", "hundreds", "thousands", "millions", "tens", "a", "an", "hundred",
                               "thousand", "million", "billion", "dozen"})
      index.insert(x, 1);
    return index;
  }();
  return kLeads.contains(w);
}

}  // namespace

int64_t QuantityParser::word_value(std::string_view w) {
  // Every word spelled_value gives a value, in one index: most tokens are no
  // number word, and are turned away without comparing them to 27 words.
  static const StringIndex kValues = [] {
    StringIndex index;
    auto add = [&](const std::string& word) {
      if (const int64_t v = spelled_value(word); v > 0) index.insert(word, static_cast<uint32_t>(v));
    };
    for (std::string_view u : kUnits) add(std::string(u));
    for (std::string_view t : kTens) {
      add(std::string(t));
      for (std::string_view u : kUnits) add(std::string(t) + "-" + std::string(u));
    }
    return index;
  }();
  const uint32_t v = kValues.find(w);
  return v == StringIndex::kAbsent ? -1 : static_cast<int64_t>(v);
}

std::optional<Quantity> QuantityParser::parse(const std::vector<Token>& toks, uint32_t i) {
  const uint32_t n = static_cast<uint32_t>(toks.size());
  if (i >= n) return std::nullopt;
  const std::string_view w = toks[i].lower;
  if (w.empty()) return std::nullopt;
  if (!(w[0] >= '0' && w[0] <= '9') && !may_lead(w)) return std::nullopt;
  Quantity q;
  q.first = q.number_first = i;

  // Digits, then an optional scale word: "42,600", "1.2 million".
  if (w[0] >= '0' && w[0] <= '9') {
    int64_t mantissa = 0;
    int decimals = 0;
    if (!digits_value(w, mantissa, decimals)) return std::nullopt;
    uint32_t j = i + 1;
    int64_t scale = 1;
    if (j < n) {
      if (int64_t s = scale_value(toks[j].lower); s > 0) scale = s, ++j;
    }
    int64_t div = 1;
    for (int d = 0; d < decimals; ++d) div *= 10;
    if (decimals > 0 && scale == 1) return std::nullopt;  // "3.5": not a count of people
    if (scale % div != 0 && decimals > 0) return std::nullopt;
    q.value = mantissa * (scale / div);
    q.last = j;
    return q;
  }

  // Vague plurals: "dozens", "hundreds of thousands", "tens of thousands".
  if (int64_t v = vague_value(w); v > 0 || str_eq(w, "tens")) {
    uint32_t j = i + 1;
    if (j + 1 < n && is_word(toks[j], "of")) {
      if (int64_t v2 = vague_value(toks[j + 1].lower); v2 > 0 && v2 >= 200) {
        v = (str_eq(w, "tens") ? 10 : v) * v2;
        j += 2;
      }
    }
    if (v <= 0) return std::nullopt;  // bare "tens"
    if (j < n && is_word(toks[j], "of")) ++j;  // "thousands of protesters": the noun follows
    q.value = v;
    q.vague = true;
    q.last = j;
    return q;
  }

  // Number words: "twenty-three", "one hundred and five", "a dozen", "two thousand".
  int64_t total = 0, cur = 0;
  bool any = false, after_scale = false;
  uint32_t j = i;
  if ((str_eq(w, "a") || str_eq(w, "an")) && i + 1 < n) {
    std::string_view next = toks[i + 1].lower;
    if (scale_value(next) > 0 || str_eq(next, "dozen")) {
      cur = 1;
      ++j;
    } else {
      q.value = 1;
      q.article = true;
      q.last = i + 1;
      return q;
    }
  }
  for (; j < n; ++j) {
    std::string_view t = toks[j].lower;
    if (int64_t v = word_value(t); v > 0) {
      if (cur % 100 != 0 && !(cur % 10 == 0 && cur % 100 >= 20 && v < 10)) break;
      cur += v;
      any = true;
      after_scale = false;
    } else if (str_eq(t, "hundred")) {
      if (cur >= 100) break;
      cur = (cur == 0 ? 1 : cur) * 100;
      any = after_scale = true;
    } else if (int64_t s = scale_value(t); s > 0) {
      if (s <= total && total > 0) break;
      total += (cur == 0 ? 1 : cur) * s;
      cur = 0;
      any = after_scale = true;
    } else if (str_eq(t, "dozen")) {
      cur = (cur == 0 ? 1 : cur) * 12;
      any = true;
      after_scale = false;
    } else if (str_eq(t, "and") && after_scale && j + 1 < n && word_value(toks[j + 1].lower) > 0) {
      after_scale = false;
    } else {
      break;
    }
  }
  if (!any) return std::nullopt;
  // "several thousand", "hundred": a scale word with no number before it.
  const std::string_view lead = toks[i].lower;
  q.vague = scale_value(lead) > 0 || str_eq(lead, "dozen");
  q.value = total + cur;
  q.last = j;
  return q;
}

uint32_t QuantityParser::modifier_start(const std::vector<Token>& toks, uint32_t i, const WordList& modifiers) {
  // Up to three stacked modifiers ("an estimated more than"), each the
  // longest entry of the list that ends just before `start`.
  uint32_t start = i;
  std::string phrase;
  for (int round = 0; round < 3; ++round) {
    bool matched = false;
    for (uint32_t len = std::min<uint32_t>(static_cast<uint32_t>(modifiers.max_words()), start); len > 0 && !matched;
         --len) {
      phrase.clear();
      for (uint32_t k = start - len; k < start; ++k) {
        if (k > start - len) phrase += ' ';
        phrase += toks[k].lower;
      }
      if (modifiers.has(phrase)) start -= len, matched = true;
    }
    if (!matched) break;
  }
  return start;
}

}  // namespace herald
