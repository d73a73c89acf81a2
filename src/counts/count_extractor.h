// Finds counts of people stated in the text ("at least 26 people were
// killed", "injuring 13 others", "the death toll rose to 787") and attaches
// them to the events of their sentence.
//
//   auto counts = herald::CountExtractor::load(paths);   // the lists of data/words/counts/
//   if (!counts.ok()) die(counts.error());
//   counts.value().annotate(doc);           // after text and tag (and events, if any)
//   for (const herald::Count& c : doc.counts) use(c.type, c.number, c.who, c.according_to);
//
// A count is a number (QuantityParser) of people (a noun for people, or no
// noun at all: "289 captured") with a cue that says what happened to them
// (CountPatterns; word lists in CountLexicon, read from data/words/counts/),
// looked for in this order:
//   1. a verb before it that takes them as object: "killing at least 10 people";
//   2. a participle, adjective or intransitive verb after them, past
//      auxiliaries, adverbs, "among the", a prepositional phrase and a comma
//      aside: "five police officers are killed", "42,600 people, including
//      ..., dead", "two players were among those killed", "30 leaders of X,
//      ..., were rounded up"; "killed or wounded" is type other;
//   3. "death toll ... rose to / stands at / of N";
//   4. "including N children" inside a count takes that count's type;
//   5. the noun itself: "3,000 casualties" (other), "N deaths", "N protesters";
//      "the deaths of 29 miners".
// Partitives: "32 of the 543 passengers were confirmed dead" is 32; "seven of
// the 10 people injured were ..." is 10 (the cue tells of the 10).
// Coordination: "One Portuguese national and two Brazilian citizens were
// killed" gives 1 and 2; "Eleven skydivers and a pilot were killed" and "the
// pilot and all 10 passengers were killed" add the unnumbered person (12, 11).
// Sub-counts after "including" that add up exactly to their total ("10
// passengers, including five instructors and five others") are a breakdown
// and are dropped.
// Speculation is no count: a modal ("may cause 32,000 deaths"; not "may have
// killed"), "feared", "if", "almost killed", "to find and arrest a person".
// Recaps: a figure already counted in the article (same type and number) is
// not counted again unless another source tells of other people; "with ten
// critically injured" after a wounded count is a subset. "He was later
// pronounced dead" turns the recent wounded person into killed. Each count's
// source is the nearest "X said/reported/claims" before it, else the sentence's.
// Not counts: years, dates ("October 7", "7 October"), ages ("14-year-old"),
// money, percentages, times, ordinals, labels ("Article 5"), numbers of things
// ("3 aircraft"), "no one", and hypothetical cues ("could kill 500 people").
// Vague plurals ("dozens", "thousands of protesters") are no count unless
// CountOptions::vague_quantities is set: the gold coding records only stated
// numbers (the dev set codes "dozens of congregants were rounded up" as no count).
// Events: a count goes to the event of its sentence whose verb is nearest
// (Event::counts); every count stays in Document::counts. Each count's
// according_to, and each event's empty attribution, comes from its sentence
// ("according to X", "X said", "officials say", "citing X"; AttributionFinder).
// Speed: one pass over the tokens with windows of bounded width.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "core/data_paths.h"
#include "core/document.h"
#include "core/error.h"

namespace herald {

struct CountOptions {
  // Read "dozens" as 24, "hundreds" 200, "thousands" 2000 ("tens of
  // thousands" 20000); off: vague plurals are no count.
  bool vague_quantities = false;
};

class CountLexicon;

class CountExtractor {
 public:
  // Reads the count stage's word lists (CountLexicon::load); an error names
  // the file and line of a bad entry.
  static Result<CountExtractor> load(const DataPaths& paths, CountOptions options = {});
  CountExtractor(std::shared_ptr<const CountLexicon> lexicon, CountOptions options)
      : lex_(std::move(lexicon)), options_(options) {}
  // Replaces doc.counts with the counts of every sentence, sets their
  // according_to, and appends each to the nearest event of its sentence.
  // Thread-safe (const).
  void annotate(Document& doc) const;
  // The counts of one sentence (appended to out, according_to left empty).
  void extract_sentence(const Document& doc, uint32_t sentence, std::vector<Count>& out) const;
  const CountLexicon& lexicon() const { return *lex_; }

 private:
  std::shared_ptr<const CountLexicon> lex_;  // shared by copies
  CountOptions options_;
};

}  // namespace herald
