// Codes CAMEO events (source actor, event code, target actor) from the verb
// patterns, verb groups and actor mentions of each sentence.
//
//   auto verbs = herald::VerbDictionary::load(paths);   // data/verbs/*.txt
//   auto cameo = herald::CameoTable::load(paths);       // data/cameo/cameo_codes.tsv
//   herald::EventCoder coder(verbs.value(), cameo.value());
//   coder.annotate(doc);   // appends doc.events (needs sentences, tags, phrases, actors)
//
// Rules (shared/gold/GUIDE.md): negated, modal, future, conditional and
// intended ("is expected to visit") verbs give no event; passives take the
// "by" agent as source and the subject as target; coordinated actors give one
// event each; "X said Y attacked Z" codes Y 19x Z; noun forms ("Tehran's
// missile strike") give events with the possessive or adjective as source.
// Each (source, code, target, verb span) is emitted once.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "core/document.h"
#include "events/cameo_table.h"
#include "events/role_finder.h"
#include "events/verb_dictionary.h"

namespace herald {

class EventCoder {
 public:
  // Both must outlive the coder. With keep_negated, events of negated verbs
  // ("did not attack") are appended too, with Event::negated set.
  EventCoder(const VerbDictionary& verbs, const CameoTable& cameo, bool keep_negated = false)
      : verbs_(verbs), cameo_(cameo), keep_negated_(keep_negated) {}
  // Appends the events of every sentence of doc to doc.events.
  void annotate(Document& doc) const;

 private:
  struct Scratch {
    SentenceContext ctx;
    std::vector<PatternMatch> matches;
    std::vector<int32_t> sources, targets;
    std::unordered_set<std::string> seen;       // (source, code, target, verb span) emitted
    std::unordered_set<std::string> nominal;    // (source country, root, target country) of noun-form events
  };

  void code_sentence(Document& doc, uint32_t s, Scratch& sc) const;
  void code_verbal(Document& doc, const PatternMatch& m, Scratch& sc) const;
  void code_nominal(Document& doc, const PatternMatch& m, Scratch& sc) const;
  // False for modal, future, conditional or intended verb groups (and negated
  // ones unless allow_negated).
  bool factual(const SentenceContext& ctx, const Phrase& g, bool allow_negated) const;
  static bool negated(const SentenceContext& ctx, const Phrase& g);
  void emit(Document& doc, const PatternMatch& m, Scratch& sc, bool nominal, bool negated,
            const std::string& implicit_source) const;

  const VerbDictionary& verbs_;
  const CameoTable& cameo_;
  bool keep_negated_ = false;
};

}  // namespace herald
