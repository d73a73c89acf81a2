// What a speaker's words do to the actor they are about. "X said Y's plan
// was a disgraceful waste" is X criticising Y (111); "X called Y a good ally"
// is X praising Y (051); "X described Y's strike as a violation" and "X said
// Y had attacked Z" are X accusing Y (112). The verb patterns code the acts
// a sentence reports; this codes the speaker's own act, which GUIDE.md asks
// for when the statement is itself the news (a comment, an accusation).
//
//   auto sc = herald::StatementCoder::load(paths);    // data/words/*.txt
//   std::vector<herald::StatementCoder::Found> found;
//   sc.value().find(ctx, reported, found);            // per sentence
//   for (auto& f : found) ...   // f.speakers, f.targets, f.code, f.verb_first
//
// Speech: a reporting verb (data/words/speech_verbs.txt, read through
// EventWords: say, tell, add, stress...) with its subject, or after a closing quote with the speaker
// after it ("..., said the minister"), or a quote that runs on from an
// earlier sentence of the same paragraph. Naming: a verb that names its
// object (data/words/naming_verbs.txt: call, brand, describe... as) with the
// object as target. The content (the clause or quote, the naming's
// complement) is scored by word valence (AFINN-165, with herald's own
// political overrides in data/words/valence.txt) and accusation cues
// (data/words/accusation_cues.txt). A negated, modal or conditional reporting
// verb says nothing.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/data_paths.h"
#include "core/error.h"
#include "core/word_list.h"
#include "events/sentence_context.h"

namespace herald {

class StatementCoder {
 public:
  // Valence at or below -kThreshold reads as criticism, at or above kPraise
  // as praise. Only strongly worded statements: on the blind held-out set
  // (gold/blind-2026-12) every statement coded at -2/+3 was a false alarm
  // (0 of 6), on dev 5 of 13; an explicit accusation (112) needs no valence.
  static constexpr int kThreshold = 5;
  static constexpr int kPraise = 8;             // praise needs more than politeness
  static constexpr int kNamingThreshold = 2;    // "called X a Y": -2 criticism, +3 praise
  static constexpr uint32_t kBefore = 6;        // words before the target that judge it
  static constexpr uint32_t kAfter = 14;        // words after it
  static constexpr uint32_t kMaxContent = 60;   // tokens of content scored

  struct Found {
    std::vector<int32_t> speakers;   // doc.actors indices (coordinated speakers)
    std::vector<int32_t> targets;    // doc.actors indices
    std::string code;                // "111", "112", "051"
    uint32_t verb_first = 0;         // the reporting verb's tokens (or the quote's, run on)
    uint32_t verb_last = 0;
    uint32_t content_first = 0;      // the content scored
    uint32_t content_last = 0;
    int valence = 0;
    std::string cue;                 // the word that decided the code, for the trace
    bool naming = false;             // a naming verb: the whole complement judges the target
    // Where the target is named in this sentence: its mention's first token,
    // or the event noun that refers back to it ("called the move a breach").
    uint32_t target_at = 0;
  };
  // The actor an event noun at token t of the sentence refers back to ("the
  // move", "the strikes": EventCoder's reference to the acts told before), or -1.
  using Referent = std::function<int32_t(uint32_t)>;

  static Result<StatementCoder> load(const DataPaths& paths);

  // Appends the statements of ctx's sentence that have a speaker, a target
  // and a code. `reported` lists doc.events indices coded in this sentence
  // so far: a conflict they report by the target makes the statement an
  // accusation.
  void find(const SentenceContext& ctx, const std::vector<size_t>& reported, std::vector<Found>& out,
            const Referent& referent = nullptr) const;

  // The valence of one word form or lemma (0 when unrated).
  int valence(std::string_view lower, std::string_view lemma) const;

 private:
  // Scores [first, last) of the sentence: summed valence (negations flip the
  // next few words), the strongest cue, whether an accusation cue occurs.
  void score(const SentenceContext& ctx, uint32_t first, uint32_t last, Found& f, bool& accusation) const;
  // Scores the words about the first target (all the complement of a naming verb).
  void score_near_target(const SentenceContext& ctx, Found& f, bool& accusation) const;
  // The target: the first actor in [first, last) that is not a speaker.
  void targets_in(const SentenceContext& ctx, uint32_t first, uint32_t last, Found& f,
                  const Referent& referent = nullptr) const;
  // Fills f.code from its valence and cues; false when the content is neutral.
  // (in_quote: the sentence's tokens inside a quotation.)
  bool decide(const SentenceContext& ctx, const std::vector<size_t>& reported, const std::vector<bool>& in_quote,
              bool accusation, Found& f) const;

  WordList naming_, afinn_, valence_, accusation_;
};

}  // namespace herald
