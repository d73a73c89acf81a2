#include "events/event_words.h"

namespace herald {

Result<EventWords> EventWords::load(const DataPaths& paths) {
  EventWords w;
  struct Entry {
    WordList* list;
    const char* file;
  };
  const Entry entries[] = {
      {&w.pair_nouns, "words/pair_nouns.txt"},         {&w.message_nouns, "words/message_nouns.txt"},
      {&w.speech_verbs, "words/speech_verbs.txt"},     {&w.clause_verbs, "words/clause_verbs.txt"},
      {&w.factual_matrix, "words/factual_matrix.txt"}, {&w.yield_verbs, "words/yield_verbs.txt"},
      {&w.event_anaphors, "words/event_anaphors.txt"}, {&w.non_agent_causes, "words/non_agent_causes.txt"},
      {&w.nonfactual_modifiers, "words/nonfactual_modifiers.txt"},
      {&w.commitment_verbs, "words/commitment_verbs.txt"},
      {&w.refusal_verbs, "words/refusal_verbs.txt"},
      {&w.commitment_nouns, "words/commitment_nouns.txt"},
      {&w.report_nouns, "words/report_nouns.txt"},
      {&w.cessation_verbs, "words/cessation_verbs.txt"},
      {&w.discussion_verbs, "words/discussion_verbs.txt"},
      {&w.performing_verbs, "words/performing_verbs.txt"},
      {&w.conviction_verbs, "words/conviction_verbs.txt"},
      {&w.holding_verbs, "words/holding_verbs.txt"},
      {&w.verbal_attack_verbs, "words/verbal_attack_verbs.txt"},
      {&w.manner_blockers, "words/manner_blockers.txt"},
      {&w.joining_verbs, "words/joining_verbs.txt"},
      {&w.response_verbs, "words/response_verbs.txt"},
      {&w.instrument_verbs, "words/instrument_verbs.txt"},
      {&w.denial_verbs, "words/denial_verbs.txt"},
      {&w.threat_words, "words/threat_words.txt"},
      {&w.enactment_words, "words/enactment_words.txt"},
      {&w.purpose_verbs, "words/purpose_verbs.txt"},
      {&w.speaker_act_verbs, "words/speaker_act_verbs.txt"},
  };
  for (const Entry& e : entries) {
    auto list = WordList::load(paths, e.file);
    if (!list.ok()) return list.error();
    *e.list = std::move(list.value());
  }
  if (Error e = w.commitment_nouns.expect_values({"noun", "verb", "adjective", "glad"}); e.code != ErrorCode::kOk) return e;
  if (Error e = w.enactment_words.expect_values({"noun", "verb"}); e.code != ErrorCode::kOk) return e;
  return w;
}

const EventWords& EventWords::defaults() {
  static const EventWords words = [] {
    auto w = load(DataPaths::defaults());
    return w.ok() ? std::move(w.value()) : EventWords{};
  }();
  return words;
}

}  // namespace herald
