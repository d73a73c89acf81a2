// The verb-pattern dictionary: lemma patterns -> CAMEO event codes.
//
//   auto dict = herald::VerbDictionary::load(herald::DataPaths::defaults());
//   if (!dict.ok()) die(dict.error());               // file:line of a bad entry
//   herald::SentenceContext ctx;
//   ctx.build(doc, sentence_index);
//   std::vector<herald::PatternMatch> found;
//   dict.value().match(ctx, found);                  // best match per start token
//
// Files: every data/verbs/*.txt, read in name order. One pattern a line:
//   042   visit                        verb (lemma), target = first actor after it
//   042   travel to                    target after the preposition
//   042   *take $SOURCE to $TARGET     * marks the event word; slots name roles
//   195   air strike on                noun form (the matched word is a noun)
//   190   launch ... offensive into    "..." skips up to 6 tokens
//   040   meet  [mutual]               "A and B met" gives A 040 B
//   141   demonstrate against  [solo]  the event may have no target
//   154   deploy  [solo] [notarget]    never look for a target
//   discard  goalkeeper                sentences with this word are not coded
//   topic sport  match goal striker    article-topic words (TopicLexicon)
// See data/verbs/README.md for the full format.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/data_paths.h"
#include "core/error.h"
#include "events/sentence_context.h"
#include "events/topic_lexicon.h"

namespace herald {

// One element of a pattern.
struct PatternElement {
  enum class Kind : uint8_t { kWord, kSource, kTarget, kGap };
  Kind kind = Kind::kWord;
  std::string word;  // kWord: the lemma (lower case)
};

struct VerbPattern {
  std::string code;                       // CAMEO event code "042"
  std::vector<PatternElement> elements;   // first is always a word
  uint32_t anchor = 0;                    // element index of the event word
  uint32_t words = 0;                     // number of literal words (specificity)
  bool mutual = false;                    // coordinated subjects act on each other
  bool solo = false;                      // valid without a target actor
  bool no_target = false;                 // never look for a target (only a $TARGET slot gives one)
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

  // Loads every verbs/*.txt from the first data folder that has a verbs/ folder.
  static Result<VerbDictionary> load(const DataPaths& paths);
  // Loads the given files, in order.
  static Result<VerbDictionary> load_files(const std::vector<std::string>& paths);
  // Parses dictionary text; name is used in errors and in VerbPattern::where.
  Error add_text(std::string_view text, const std::string& name, const std::string& path);

  // Appends the matches in one sentence: per start token the most specific
  // pattern, then overlapping matches dropped (longer patterns win).
  void match(const SentenceContext& ctx, std::vector<PatternMatch>& out) const;
  // True when the sentence holds a discard word (sports, business...).
  bool discarded(const SentenceContext& ctx) const { return !discard_word(ctx).empty(); }
  // The discard word found in the sentence, or "" when none.
  std::string_view discard_word(const SentenceContext& ctx) const;

  // The sport / business / politics words of "topic" lines.
  const TopicLexicon& topics() const { return topics_; }
  const std::vector<VerbPattern>& patterns() const { return patterns_; }
  size_t size() const { return patterns_.size(); }

 private:
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Index = std::unordered_map<std::string, std::vector<uint32_t>, StringHash, std::equal_to<>>;

  Error parse_line(std::string_view line, const std::string& where, const std::string& path, uint64_t n);
  bool match_at(const SentenceContext& ctx, const VerbPattern& p, uint32_t start, PatternMatch& m) const;
  // The pattern lists whose first word the token may be: its lemma, its
  // text, and repairs of the tagger's misses ("sentenc", "Talks", "encouraging"/JJ).
  void candidates(const SentenceContext& ctx, uint32_t t, const std::vector<uint32_t>* (&out)[3]) const;
  const std::vector<uint32_t>* lookup(std::string_view word) const;
  void build_index();

  std::vector<VerbPattern> patterns_;
  Index by_first_word_;
  std::unordered_map<std::string, bool, StringHash, std::equal_to<>> discards_;
  TopicLexicon topics_;
};

}  // namespace herald
