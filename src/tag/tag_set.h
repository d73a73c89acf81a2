// The Penn Treebank tag set as small integers (internal to src/tag).
//
//   int t = herald::tags::from_name("VBD");    // -1 when unknown
//   herald::tags::name(t);                       // "VBD"
//   herald::tags::is_verb(t);                    // VB VBD VBG VBN VBP VBZ
#pragma once

#include <cstdint>
#include <string_view>

namespace herald::tags {

enum : uint8_t {
  kCC, kCD, kDT, kEX, kFW, kIN, kJJ, kJJR, kJJS, kLS, kMD, kNN, kNNS, kNNP, kNNPS, kPDT,
  kPOS, kPRP, kPRPS, kRB, kRBR, kRBS, kRP, kSYM, kTO, kUH, kVB, kVBD, kVBG, kVBN, kVBP,
  kVBZ, kWDT, kWP, kWPS, kWRB, kComma, kStop, kColon, kOpenQuote, kCloseQuote, kDollar,
  kLRB, kRRB, kCount
};
inline constexpr int kNumTags = kCount;

inline constexpr std::string_view kNames[kNumTags] = {
    "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP",
    "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB",
    "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", ",", ".", ":", "``", "''",
    "$", "-LRB-", "-RRB-"};

inline std::string_view name(int t) { return t >= 0 && t < kNumTags ? kNames[t] : ""; }
inline int from_name(std::string_view s) {
  for (int t = 0; t < kNumTags; ++t)
    if (kNames[t] == s) return t;
  return -1;
}
inline bool is_verb(int t) { return t >= kVB && t <= kVBZ; }
inline bool is_noun(int t) { return t >= kNN && t <= kNNPS; }
inline bool is_adj(int t) { return t >= kJJ && t <= kJJS; }
inline bool is_adverb(int t) { return t >= kRB && t <= kRBS; }

}  // namespace herald::tags
