// The one-word patterns behind rule-made events: an Event's `pattern` names
// the rule ("rule:statement", "rule:speaker-intent") the way a dictionary
// event names its file and line, and its code comes from the rule.
//
//   PatternMatch im = m;
//   im.pattern = &herald::RulePatterns::intent("036");   // "agreed to resume talks"
#pragma once

#include <string_view>

#include "events/verb_dictionary.h"

namespace herald {

class RulePatterns {
 public:
  // "The Tories attacked Labour's plans": a verbal attack (111).
  static const VerbPattern& verbal_attack();
  // A ban a state lays on its own people: a restriction (172), not a sanction.
  static const VerbPattern& domestic_ban();
  // A speaker's judgement of a named actor: 111, 112 or 051 (StatementCoder).
  static const VerbPattern& statement(std::string_view code);
  // Promises and threats, one per intent code (036, 0333, 138 ...): SpeakerIntent.
  static const VerbPattern& intent(std::string_view code);
  // "refused to meet the envoy": a rejection, one per code (120, 125, 1243 ...).
  static const VerbPattern& refusal(std::string_view code);
  // "The interlocutors paid attention to ...": the talks go on (040).
  static const VerbPattern& discussion();
  // "X said Y should": an appeal (020) or an appeal to yield (025).
  static const VerbPattern& appeal(std::string_view code);
  // "X said Y will face consequences": a threat (130), ReportedThreat.
  static const VerbPattern& threat();
};

}  // namespace herald
