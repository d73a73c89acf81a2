// The event stage's word lists (data/words/*.txt), loaded once: vocabulary
// the coder's rules consult, kept as data so it can grow and be reviewed.
//
//   auto words = herald::EventWords::load(paths);
//   if (!words.ok()) die(words.error());
//   herald::EventCoder coder(verbs, cameo, false, &statements, &words.value());
//   words.value().pair_nouns.has("interlocutors");   // true
//
// Lists (format in data/words/README.md):
//   pair_nouns.txt      nouns that name both sides of a meeting just told:
//                       "the interlocutors", "the parties", "the two leaders"
//   message_nouns.txt   nouns that carry their author's words: "a letter urging"
//   speech_verbs.txt    reporting verbs ("said", "stressed"): appeals and
//                       statements follow them (shared with StatementCoder)
//   clause_verbs.txt    verbs whose object may be a clause's subject: "said
//                       Israel attacked" keeps Israel as the subject
//   factual_matrix.txt  verbs whose infinitive still reports a fact: "began to shell"
//   event_anaphors.txt  nouns that refer back to an act just told ("the move",
//                       "the operation"): their actor is a judgement's target
//   non_agent_causes.txt  subjects that kill without an actor: "a collapse",
//                       "floods", "the fire"
//   yield_verbs.txt     what an appeal asks when it asks to give way (025):
//                       "should release", "must withdraw"
//   discussion_verbs.txt  "The parties stressed ...": what a meeting's two
//                         sides say their talks covered
//   cessation_verbs.txt   "halted the offensive": verbs whose event-noun
//                         object is no event
//   report_nouns.txt      "condemned reports that Iran ...": nouns whose
//                         clause's subject is the target
//   commitment_nouns.txt  "reaffirmed their intention to": nouns of intent
//                         (= noun) and the verbs declaring them (= verb)
//   commitment_verbs.txt  verbs whose infinitive is a commitment or threat:
//                       "agreed to resume talks", "vowed to retaliate"
//   refusal_verbs.txt     verbs whose infinitive is refused: "refused to
//                         meet the envoy" (125)
//   nonfactual_modifiers.txt  adjectives that make an event noun not yet
//                       done: "planned trip", "possible strike"
//   threat_words.txt    a threat told in speech: "will face consequences"
//                       (= suffer), "we will respond" (= respond)
//   denial_verbs.txt    verbs whose "that" clause is denied: "denied that
//                       its troops had crossed" reports no crossing
//   enactment_words.txt "approved a law to ban X": nouns of legislation
//                       (= noun) and the verbs that adopt them (= verb)
//   purpose_verbs.txt   "pledged $10m to help Venezuela": the infinitive
//                       that names whom a pledge or aid is for
//   speaker_act_verbs.txt  "said that Kiev was to blame and urged ...": acts
//                       of a speaker that go with the verb of saying
#pragma once

#include "core/data_paths.h"
#include "core/error.h"
#include "core/word_list.h"

namespace herald {

struct EventWords {
  WordList pair_nouns;
  WordList message_nouns;
  WordList speech_verbs;
  WordList clause_verbs;
  WordList factual_matrix;
  WordList yield_verbs;
  WordList event_anaphors;
  WordList non_agent_causes;
  WordList nonfactual_modifiers;
  WordList commitment_verbs;
  WordList refusal_verbs;      // "refused to meet the envoy": a rejection (12x)
  WordList commitment_nouns;   // "reaffirmed their intention to": noun or verb
  WordList report_nouns;       // "condemned reports that X ...": X is the target
  WordList cessation_verbs;    // "will stop its airstrikes": no attack
  WordList performing_verbs;   // "the strikes were carried out by X": X did them
  WordList discussion_verbs;   // "The interlocutors paid attention to": talks
  WordList conviction_verbs;   // "sentenced X": X is CRM
  WordList holding_verbs;      // "held Iran responsible": the object is accused
  WordList threat_words;       // "will face consequences", "will take measures"
  WordList denial_verbs;       // "denied (reports) that X attacked": no attack
  WordList enactment_words;    // "approved a law to ban X": the ban is done
  WordList purpose_verbs;      // "pledged $10m to help Venezuela": Venezuela is the target
  WordList speaker_act_verbs;  // "said that X was to blame and urged ...": the sayer urged
  WordList verbal_attack_verbs;   // "the Tories attacked Labour": 111 between unarmed actors of one country
  WordList manner_blockers;    // "interested in visiting": no manner gerund of the main verb
  WordList joining_verbs;      // "joined Germany in condemning": the object is a second source
  WordList response_verbs;     // "responded with attacks on X": the subject's attacks
  WordList instrument_verbs;   // "used drones to attack Kyiv": the infinitive is done

  static Result<EventWords> load(const DataPaths& paths);
  // The lists of the default data folders, loaded once (empty lists when
  // they cannot be read): for coders built without explicit lists (tests).
  static const EventWords& defaults();
};

}  // namespace herald
