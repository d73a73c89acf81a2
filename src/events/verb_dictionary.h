// The verb-pattern dictionary: lemma patterns -> CAMEO event codes.
//
//   auto dict = herald::VerbDictionary::load(herald::DataPaths::defaults());
//   if (!dict.ok()) die(dict.error());               // file:line of a bad entry
//   herald::SentenceContext ctx;
//   ctx.build(doc, sentence_index);
//   std::vector<herald::PatternMatch> found;
//   dict.value().match(ctx, found);                  // best match per start token
//
// Files: every data/verbs/*.txt, read in name order, then every
// data/verbs/*/*.txt (generated dictionaries, e.g. verbs/petrarch/). One pattern a line:
//   042   visit                        verb (lemma), target = first actor after it
//   042   travel to                    target after the preposition
//   042   *take $SOURCE to $TARGET     * marks the event word; slots name roles
//   195   air strike on                noun form (the matched word is a noun)
//   190   launch ... offensive into    "..." skips up to 6 tokens
//   163   impose ~ embargo             "~" skips up to 4 noun-phrase tokens (modifiers, nouns)
//   040   meet  [mutual]               "A and B met" gives A 040 B
//   141   demonstrate against  [solo]  the event may have no target
//   154   deploy  [solo] [notarget]    never look for a target
//   018   sadden by ... death  [feeling]  the participle is the subject's feeling, no passive
//   195   &v_strike ... warplane  [verb]  a set element; [verb]: the event word is no noun
//   163   sanction on  [noun]          [noun]: the event word is a noun
//   ---   &v_abandon ... plan          a blocking pattern: covers shorter ones, gives nothing
//   set &weapon gun rocket car_bomb    a word set ('_' joins consecutive words)
//   discard  goalkeeper                sentences with this word are not coded
//   topic sport  match goal striker    article-topic words (TopicLexicon)
// See data/verbs/README.md for the full format.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/data_paths.h"
#include "core/error.h"
#include "core/string_index.h"
#include "events/sentence_context.h"
#include "events/topic_lexicon.h"

namespace herald {

// Hash for string-keyed tables looked up by string_view.
struct TransparentStringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// One element of a pattern.
struct PatternElement {
  enum class Kind : uint8_t { kWord, kSource, kTarget, kGap, kPhraseGap, kSet };
  Kind kind = Kind::kWord;
  std::string word;  // kWord: the lemma (lower case); kSet: the set's name ("&weapon")
  uint32_t set = 0;  // kSet: index of the word set
};

// A named set of words and phrases ("set &weapon gun rocket car_bomb"): a set
// element matches any member; a phrase member matches consecutive tokens.
struct WordSet {
  std::string name;
  StringIndex words;                                  // one-word members (value 1)
  std::vector<std::vector<std::string>> phrases;      // members of two or more words
  // First words of the members (one-word members and phrases' first words).
  StringIndex firsts;
  size_t size() const { return words.size() + phrases.size(); }
};

struct VerbPattern {
  std::string code;                       // CAMEO event code "042"
  std::vector<PatternElement> elements;   // first is always a word
  uint32_t anchor = 0;                    // element index of the event word
  uint32_t words = 0;                     // number of literal words and sets
  uint32_t rank = 0;                      // specificity: words, sets and slots (gaps add none)
  uint32_t literals = 0;                  // of which words and sets
  bool generated = false;                 // from a subfolder (verbs/petrarch/): hand-written lines win ties
  bool mutual = false;                    // coordinated subjects act on each other
  bool solo = false;                      // valid without a target actor
  bool no_target = false;                 // never look for a target (only a $TARGET slot gives one)
  bool feeling = false;                   // [feeling]: a participle of the subject's feeling, never a passive
                                          // ("was saddened by the death of X": the subject is the source)
  std::string default_role;               // [default=CVL]: no target actor -> that role of the place's country
                                          // ([default=country]: "" role, the country itself)
  bool default_country = false;           // [default=country]
  bool has_default() const { return !default_role.empty() || default_country; }
  bool verb_only = false;                 // [verb]: the event word must not be tagged as a noun
  bool noun_only = false;                 // [noun]: the event word must be tagged as a noun
  bool blocking = false;                  // code "---": covers shorter matches, gives no event
  std::vector<uint16_t> required;         // bloom bits of the word elements after the first (see SentenceWords)
  std::string where;                      // "19_fight.txt:12"
};

// One pattern found in a sentence (token indices into the sentence).
struct PatternMatch {
  const VerbPattern* pattern = nullptr;
  uint32_t first = 0;          // first matched token
  uint32_t last = 0;           // one past the last matched token
  uint32_t anchor = 0;         // token of the event word
  int32_t source_actor = -1;   // doc.actors index filling $SOURCE, or -1
  int32_t target_actor = -1;   // doc.actors index filling $TARGET, or -1
  bool ends_in_preposition = false;  // the target must follow directly ("attack on X")
};

class VerbDictionary {
 public:
  static constexpr size_t kMaxElements = 10;   // longer patterns are a load error
  static constexpr uint32_t kMaxGap = 6;       // tokens a "..." may skip
  static constexpr uint32_t kMaxSkip = 3;      // modifiers skipped between words ("held lengthy talks with")
  static constexpr uint32_t kMaxPhraseGap = 4; // tokens a "~" may skip inside a noun phrase

  // Loads every verbs/*.txt, then verbs/*/*.txt (generated), from the first
  // data folder that has a verbs/ folder.
  static Result<VerbDictionary> load(const DataPaths& paths);
  // Loads the given files, in order.
  static Result<VerbDictionary> load_files(const std::vector<std::string>& paths);
  // Parses dictionary text; name is used in errors and in VerbPattern::where.
  Error add_text(std::string_view text, const std::string& name, const std::string& path);

  // Appends the matches in one sentence: per start token the most specific
  // pattern (most words, sets and slots; the earlier line among equals), then
  // overlapping matches dropped (more specific patterns win).
  void match(const SentenceContext& ctx, std::vector<PatternMatch>& out) const;
  // True when the sentence holds a discard word (sports, business...).
  bool discarded(const SentenceContext& ctx) const { return !discard_word(ctx).empty(); }
  // The discard word found in the sentence, or "" when none.
  std::string_view discard_word(const SentenceContext& ctx) const;

  // The sport / business / politics words of "topic" lines.
  const TopicLexicon& topics() const { return topics_; }
  const std::vector<VerbPattern>& patterns() const { return patterns_; }
  const std::vector<WordSet>& sets() const { return sets_; }
  size_t size() const { return patterns_.size(); }

 private:
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  Error parse_line(std::string_view line, const std::string& where, const std::string& path, uint64_t n);
  Error parse_set(const std::vector<std::string_view>& parts, std::string_view raw, const std::string& path, uint64_t n);
  // key: the word the pattern was looked up by (its first element matched it).
  bool match_at(const SentenceContext& ctx, const VerbPattern& p, uint32_t start, std::string_view key,
                PatternMatch& m) const;
  // Tokens an element matches at t (0: none); a set takes its longest member.
  uint32_t element_length(const SentenceContext& ctx, const PatternElement& e, uint32_t t) const;
  bool in_set(const WordSet& s, const SentenceContext& ctx, uint32_t t) const;
  // The longest phrase member of s at t, or best when none is longer.
  uint32_t phrase_length(const SentenceContext& ctx, const WordSet& s, uint32_t t, uint32_t best) const;
  // A bloom filter of the forms a word element can match in the sentence
  // (SentenceContext::is: lemmas, texts, plurals left as they are, lemmas that
  // lost their e): a pattern whose words are not all in it cannot match.
  struct SentenceWords {
    static constexpr uint32_t kBits = 1024;
    uint64_t bits[kBits / 64] = {};
    bool built = false;
    // A bloom bit from the word's length and its first and last 8 bytes (two
    // overlapping loads, or three single bytes for 1 to 3): a few instructions
    // where a byte loop took some for every letter. Words alike at both ends
    // share a bit; that only costs a pattern tried in vain.
    static uint16_t bit(std::string_view w) {
      const char* p = w.data();
      const size_t n = w.size();
      uint64_t a = 0, b = 0;
      if (n >= 8) {
        std::memcpy(&a, p, 8);
        std::memcpy(&b, p + n - 8, 8);
      } else if (n >= 4) {
        uint32_t x, y;
        std::memcpy(&x, p, 4);
        std::memcpy(&y, p + n - 4, 4);
        a = x, b = y;
      } else if (n > 0) {
        const auto* u = reinterpret_cast<const unsigned char*>(p);
        a = uint64_t{u[0]} | uint64_t{u[n >> 1]} << 8 | uint64_t{u[n - 1]} << 16;
      }
      const uint64_t h = (a + n) * 0x9E3779B97F4A7C15ull ^ b * 0xC2B2AE3D27D4EB4Full;
      return static_cast<uint16_t>((h ^ h >> 29) * 0xFF51AFD7ED558CCDull >> 54);
    }
    void add(std::string_view w) { const uint16_t b = bit(w); bits[b / 64] |= uint64_t{1} << (b % 64); }
    bool may_have(uint16_t b) const { return (bits[b / 64] >> (b % 64)) & 1u; }
    void build(const SentenceContext& ctx);
  };
  // The pattern lists whose first word the token may be: its lemma, its
  // text, and repairs of the tagger's misses ("sentenc", "Talks", "encouraging"/JJ).
  struct Candidates {
    const std::vector<uint32_t>* list[3] = {nullptr, nullptr, nullptr};
    std::string_view key[3];
    char buf[48];
    char alt[48];   // the lemma's other -ise/-ize spelling
  };
  void candidates(const SentenceContext& ctx, uint32_t t, Candidates& out) const;
  const std::vector<uint32_t>* lookup(std::string_view word) const;
  void build_index();
  // Specificity order: rank, then hand-written before generated, then more
  // literal words ("take $TARGET to court" before "take $SOURCE to $TARGET"),
  // then more elements.
  static bool before(const VerbPattern& a, const VerbPattern& b) {
    if (a.rank != b.rank) return a.rank > b.rank;
    if (a.generated != b.generated) return !a.generated;
    if (a.literals != b.literals) return a.literals > b.literals;
    return a.elements.size() > b.elements.size();
  }

  std::vector<VerbPattern> patterns_;
  bool loading_ = false;   // load_files: build the index once at the end
  std::vector<WordSet> sets_;
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> set_index_;
  // Per first word, the patterns most specific first (see before()): the
  // word's index in first_lists_.
  StringIndex by_first_word_;
  std::vector<std::vector<uint32_t>> first_lists_;
  StringIndex discards_;
  TopicLexicon topics_;
};

}  // namespace herald
