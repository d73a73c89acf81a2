// Word -> tag probabilities and tag bigram transitions for the HMM tagger.
//
//   auto lex = herald::Lexicon::load("build/data/lexicon.tsv");   // Result<shared_ptr>
//   for (auto c : lex.value()->find("strike")) ...   // {tag, log P(tag|word)}
//   lex.value()->transition(tags::kMD, tags::kVB);    // log P(VB | MD)
//
// File format (written by tools/gen_lexicon.py): "word\tTAG:count,..." lines
// and "@T\tPREV\tNEXT:prob,..." transition lines; '#' starts a comment.
// Lookups go through a StringIndex (a flat hash index); the Lexicon is handed
// out behind a shared_ptr and never copied.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/string_index.h"
#include "tag/tag_set.h"

namespace herald {

// One candidate tag of a word: tag id and log P(tag | word).
struct TagScore {
  uint8_t tag = 0;
  float logp = 0.0f;
};

class Lexicon {
 public:
  static Result<std::shared_ptr<const Lexicon>> load(const std::string& path);
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // Candidates of an exact (case-sensitive) word form; empty when unknown.
  std::span<const TagScore> find(std::string_view word) const;
  // exp(logp) of each candidate of an entry find() returned (computed once at load).
  const float* probs(std::span<const TagScore> entry) const { return probs_.data() + (entry.data() - scores_.data()); }
  // The entry's candidates renormalised as normalise_logs() does, when its
  // tags are distinct and at most kMaxFinished; nullptr otherwise.
  const float* finished(std::span<const TagScore> entry) const {
    const size_t at = static_cast<size_t>(entry.data() - scores_.data());
    return finished_ok_[at] ? finished_.data() + at : nullptr;
  }
  static constexpr size_t kMaxFinished = 12;
  // In place: probabilities p[0..n) (summed in order, in float) to
  // log(max(p / total, 1e-9)); the tagger's CandidateList::finish.
  static void normalise_logs(float* p, int n);
  // True when the word form is listed with that tag.
  bool has_tag(std::string_view word, int tag) const;
  // How often the word form was seen with that tag (0 when never).
  uint32_t count(std::string_view word, int tag) const;
  // log P(next | prev); the sentence start uses prev = tags::kStop.
  float transition(int prev, int next) const { return trans_[prev * tags::kNumTags + next]; }
  // log P(tag) over the whole lexicon.
  float log_prior(int tag) const { return prior_[tag]; }
  size_t size() const { return entries_.size(); }

 private:
  Lexicon() = default;
  struct Entry {
    uint32_t first = 0;   // into scores_ / counts_
    uint32_t size = 0;
  };
  StringIndex index_;             // word -> entries_ index
  std::vector<Entry> entries_;
  std::vector<TagScore> scores_;
  std::vector<float> probs_;        // exp(logp), beside scores_
  std::vector<float> finished_;     // normalise_logs(probs) per entry, beside scores_
  std::vector<uint8_t> finished_ok_;  // at an entry's first score: 1 when finished_ holds it
  std::vector<uint32_t> counts_;
  std::vector<float> trans_;
  std::vector<float> prior_;
};

}  // namespace herald
