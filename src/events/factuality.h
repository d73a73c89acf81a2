// Whether a verb group reports something that happened: negation, modality,
// future, conditionals, intentions ("is expected to visit") and participles
// that only modify a noun rule an event out (shared/gold/GUIDE.md).
//
//   herald::Phrase g = herald::Factuality::group_of(ctx, match.anchor);
//   if (const char* why = herald::Factuality::check(ctx, g, false)) skip(why);
#pragma once

#include <cstdint>
#include <string_view>

#include "core/document.h"
#include "events/sentence_context.h"

namespace herald {

class Factuality {
 public:
  // nullptr for a verb group that states a fact; else why not ("modal or
  // future verb", "negated" unless allow_negated, "conditional (if/unless)",
  // "intended or planned ...", "participle modifying a noun"...).
  static const char* check(const SentenceContext& ctx, const Phrase& g, bool allow_negated);
  // "did not attack", "never visited", "no ... attacked".
  // The verb group a base verb after "and"/"or" is coordinated with ("to
  // adopt the plan and press it": "to adopt"), or -1.
  static int32_t coordinated_base(const SentenceContext& ctx, const Phrase& g);
  static bool negated(const SentenceContext& ctx, const Phrase& g);
  // The verb group governing an infinitive ("began" in "began to shell"), or
  // -1 when g is no infinitive; -2 when it is one with no governing verb.
  static int32_t matrix_of_infinitive(const SentenceContext& ctx, const Phrase& g);
  // The verb of using (words/instrument_verbs.txt) whose object the
  // infinitive group g follows: "used drones to attack Kyiv" (the group
  // "used"); -1 when none.
  static int32_t instrument_matrix(const SentenceContext& ctx, const Phrase& g);
  // The verb group of an event word. A word the tagger left as an adjective
  // after an auxiliary ("has been encouraging", "has already branded") joins
  // the auxiliary's group.
  static Phrase group_of(const SentenceContext& ctx, uint32_t anchor);
  // True for a participle whose subject follows "with" ("with Labour MPs
  // opposing the plan", "with two soldiers killed"): an absolute clause.
  static bool absolute_with(const SentenceContext& ctx, const Phrase& g);
  // True for verbs whose infinitive still reports a fact: begin, continue,
  // claim... (data/words/factual_matrix.txt). Any other ("is expected to",
  // "plans to") is intent.
  static bool factual_matrix(const SentenceContext& ctx, std::string_view lemma);
};

}  // namespace herald
