// What the dictionaries miss, over a corpus: among the sentences that name a
// political actor and have a main verb but gave no event, the most frequent
// uncovered verb lemmas, event nouns and unrecognised actor-like phrases,
// each with a count and one example. Behind `herald coverage`.
//
//   auto lex = herald::CoverageLexicon::load(paths);           // once
//   herald::CoverageReport report(lex.value());
//   for (each article) {
//     herald::EventTrace trace;
//     auto doc = pipeline.code(std::move(article), &trace);    // the trace says why no event
//     if (doc.ok()) report.add(doc.value(), trace); else report.add_rejected();
//   }
//   report.summary().coverage();                               // events / eligible sentences
//   for (auto* i : report.verbs().top(50)) ...                 // see CappedCounter
//
// A sentence is *eligible* when one of its actor mentions has a code and one
// of its verb groups has a verb head other than "be". An eligible sentence
// with an event is covered. The others (except those the events stage
// discarded as sport or business) feed three lists, each key counted once a
// sentence:
//   verbs          the lemma of every verb-group head ("be" aside) that no
//                  verb pattern matched;
//   event nouns    the lemma of every noun-phrase head (NN, NNS) that is an
//                  event noun (CoverageLexicon) and that no pattern matched;
//   actor phrases  within `near_tokens` tokens of a main verb group:
//                  runs of proper nouns (NNP, NNPS; joined through "of",
//                  "for", "&") with a word of two letters or more that no
//                  actor or place mention covers and that not_names.txt
//                  does not list ("Rep. Smith", "Fraport Greece"), keyed by
//                  their text; and noun-phrase heads that are person or
//                  group nouns ("critics", "farmers") in a phrase with no
//                  actor mention, keyed by the lower-case word.
// Examples are sampled, not first seen (see CappedCounter).
// Not thread-safe: one report per thread, or one behind a lock.
#pragma once

#include <cstdint>

#include "core/document.h"
#include "coverage/capped_counter.h"
#include "coverage/coverage_lexicon.h"
#include "events/event_trace.h"

namespace herald {

struct CoverageOptions {
  size_t max_keys = 50000;       // per list: the memory bound (see CappedCounter)
  size_t example_bytes = 200;    // examples are trimmed to this
  uint32_t near_tokens = 3;      // how far from a verb group an actor phrase may be
};

struct CoverageSummary {
  uint64_t articles = 0;         // articles coded
  uint64_t rejected = 0;         // articles that could not be read or coded
  uint64_t sentences = 0;
  uint64_t events = 0;           // events coded, in all sentences
  uint64_t eligible = 0;         // sentences with a coded actor and a main verb
  uint64_t covered = 0;          // ... that gave at least one event
  uint64_t discarded = 0;        // ... that gave none: discarded as sport or business
  uint64_t matched = 0;          // ... that gave none: a pattern matched, its event failed
  uint64_t unmatched = 0;        // ... that gave none: no pattern matched
  // covered / eligible, 0 when nothing is eligible.
  double coverage() const { return eligible ? static_cast<double>(covered) / static_cast<double>(eligible) : 0.0; }
};

class CoverageReport {
 public:
  // The lexicon must outlive the report.
  explicit CoverageReport(const CoverageLexicon& lexicon, CoverageOptions options = {});

  // Adds one coded document; `trace` is the one EventCoder::annotate filled
  // for it (an empty trace reads as "no pattern matched" everywhere).
  void add(const Document& doc, const EventTrace& trace);
  // Counts an article that gave no document.
  void add_rejected() { ++summary_.rejected; }

  const CoverageSummary& summary() const { return summary_; }
  const CappedCounter& verbs() const { return verbs_; }
  const CappedCounter& event_nouns() const { return nouns_; }
  const CappedCounter& actor_phrases() const { return actors_; }

 private:
  void add_sentence(const Document& doc, uint32_t s, const SentenceTrace* trace);

  const CoverageLexicon& lexicon_;
  CoverageOptions options_;
  CoverageSummary summary_;
  CappedCounter verbs_;
  CappedCounter nouns_;
  CappedCounter actors_;
};

}  // namespace herald
