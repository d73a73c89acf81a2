// An optional record of why the event coder did what it did, sentence by
// sentence: which verb patterns matched, and for each the event it coded or
// the reason it gave none. Filled only when a trace is passed, so the normal
// path pays nothing.
//
//   herald::EventTrace trace;
//   coder.annotate(doc, &trace);
//   for (const auto& s : trace.sentences)
//     for (const auto& m : s.matches) std::cout << m.where << ' ' << m.outcome << '\n';
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace herald {

// One verb pattern that matched in a sentence.
struct MatchTrace {
  std::string where;       // the dictionary entry: "19_fight.txt:12"
  std::string code;        // its CAMEO event code
  std::string words;       // the matched words of the sentence
  uint32_t first = 0;      // token range of the match
  uint32_t last = 0;
  bool noun_form = false;  // coded as a noun form ("air strike on")
  int events = 0;          // events it coded
  std::string outcome;     // "coded", or why not: "negated", "modal or future", "no source"...
};

// One sentence's record.
struct SentenceTrace {
  uint32_t sentence = 0;
  std::string discarded_by;          // the discard word that stopped the sentence, if any
  std::vector<MatchTrace> matches;   // in sentence order
  std::vector<std::string> notes;    // other decisions (reported speech, implicit actors...)
};

struct EventTrace {
  std::string topic;                      // "sport" or "business" when the article reads so, else ""
  std::string topic_counts;               // the word counts behind it
  std::vector<SentenceTrace> sentences;   // one per sentence of the document, in order
};

}  // namespace herald
