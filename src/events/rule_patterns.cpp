#include "events/rule_patterns.h"

#include <initializer_list>
#include <vector>

namespace herald {
namespace {

// A one-word pattern behind a rule-made event (it names the rule in Event::pattern).
VerbPattern rule_made(const char* code, const char* where, const char* word) {
  VerbPattern p;
  p.code = code;
  p.where = where;
  PatternElement e;
  e.word = word;
  p.elements.push_back(e);
  p.words = 1;
  return p;
}

// One rule's patterns, one per code it gives; `code`'s, else the first.
const VerbPattern& of_family(const std::vector<VerbPattern>& family, std::string_view code) {
  for (const VerbPattern& p : family)
    if (p.code == code) return p;
  return family.front();
}

std::vector<VerbPattern> family(std::initializer_list<const char*> codes, const char* where, const char* word) {
  std::vector<VerbPattern> v;
  for (const char* c : codes) v.push_back(rule_made(c, where, word));
  return v;
}

}  // namespace

const VerbPattern& RulePatterns::verbal_attack() {
  static const VerbPattern p = rule_made("111", "rule:verbal-attack", "attack");
  return p;
}

const VerbPattern& RulePatterns::domestic_ban() {
  static const VerbPattern p = rule_made("172", "rule:domestic-ban", "ban");
  return p;
}

const VerbPattern& RulePatterns::statement(std::string_view code) {
  static const VerbPattern criticise = rule_made("111", "rule:statement", "say"),
                           accuse = rule_made("112", "rule:statement", "say"),
                           praise = rule_made("051", "rule:statement", "say");
  return code == "112" ? accuse : code == "051" ? praise : criticise;
}

const VerbPattern& RulePatterns::intent(std::string_view code) {
  static const std::vector<VerbPattern> patterns =
      family({"036", "032", "031", "0311", "0312", "0313", "0314", "033", "0331", "0332", "0333", "0334", "035",
              "0351", "0353", "0354", "0355", "0356", "131", "1311", "1312", "1313", "137", "138"},
             "rule:speaker-intent", "will");
  return of_family(patterns, code);
}

const VerbPattern& RulePatterns::refusal(std::string_view code) {
  static const std::vector<VerbPattern> patterns =
      family({"120", "121", "122", "124", "1243", "1246", "125"}, "rule:refusal", "refuse");
  return of_family(patterns, code);
}

const VerbPattern& RulePatterns::discussion() {
  static const VerbPattern p = rule_made("040", "rule:discussion", "discuss");
  return p;
}

const VerbPattern& RulePatterns::threat() {
  static const VerbPattern p = rule_made("130", "rule:reported-threat", "will");
  return p;
}

const VerbPattern& RulePatterns::appeal(std::string_view code) {
  static const VerbPattern appeal = rule_made("020", "rule:reported-appeal", "should"),
                           yield = rule_made("025", "rule:reported-appeal", "should");
  return code == "025" ? yield : appeal;
}

}  // namespace herald
