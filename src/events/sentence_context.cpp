#include "events/sentence_context.h"

#include <algorithm>
#include <array>

#include "core/str_eq.h"

namespace herald {
namespace {

bool starts_with(std::string_view s, std::string_view p) { return str_starts(s, p); }

constexpr std::array<std::string_view, 24> kPrepositions = {
    "of", "in", "at", "from", "with", "for", "on", "against", "into", "onto", "near", "by",
    "to", "over", "under", "across", "toward", "towards", "within", "between", "among", "about",
    "inside", "upon"};

constexpr std::array<std::string_view, 20> kClauseWords = {
    "who", "which", "whom", "whose", "because", "while", "whereas", "although", "though", "if",
    "unless", "when", "where", "but", "since", "whether", "that", "as", "after", "before"};

}  // namespace

void SentenceContext::build(const Document& doc, uint32_t s) {
  doc_ = &doc;
  sentence_ = &doc.sentences[s];
  index_ = s;
  const uint32_t n = size();
  actor_of_token_.assign(n, -1);
  place_of_token_.assign(n, -1);
  group_of_token_.assign(n, -1);
  groups_.clear();
  companion_.clear();

  // Actors are ordered by (sentence, first): find this sentence's run.
  auto it = std::lower_bound(doc.actors.begin(), doc.actors.end(), s,
                             [](const ActorMention& a, uint32_t v) { return a.sentence < v; });
  first_actor_ = static_cast<size_t>(it - doc.actors.begin());
  for (; it != doc.actors.end() && it->sentence == s; ++it) {
    int32_t idx = static_cast<int32_t>(it - doc.actors.begin());
    companion_.push_back(-1);
    if (it->first < n && actor_of_token_[it->first] >= 0) {
      // Same tokens as an earlier mention: chain it as a companion.
      int32_t prev = actor_of_token_[it->first];
      const ActorMention& p = doc.actors[static_cast<size_t>(prev)];
      if (p.first == it->first && p.last == it->last && p.code != it->code) {
        while (companion(prev) >= 0) prev = companion(prev);
        companion_[static_cast<size_t>(prev) - first_actor_] = idx;
      }
    }
    for (uint32_t t = it->first; t < it->last && t < n; ++t)
      if (actor_of_token_[t] < 0) actor_of_token_[t] = idx;
  }
  auto pl = std::lower_bound(doc.places.begin(), doc.places.end(), s,
                             [](const PlaceMention& p, uint32_t v) { return p.sentence < v; });
  for (; pl != doc.places.end() && pl->sentence == s; ++pl)
    for (uint32_t t = pl->first; t < pl->last && t < n; ++t)
      if (place_of_token_[t] < 0) place_of_token_[t] = static_cast<int32_t>(pl - doc.places.begin());

  if (s < doc.phrases.size()) {
    for (const Phrase& p : doc.phrases[s])
      if (p.kind == PhraseKind::kVerb) groups_.push_back(p);
  }
  if (groups_.empty()) {
    for (uint32_t t = 0; t < n; ++t) {
      if (starts_with(tag(t), "VB") || tag(t) == "MD") {
        Phrase p;
        p.kind = PhraseKind::kVerb;
        p.first = t;
        p.last = t + 1;
        p.head = t;
        p.modal = tag(t) == "MD";
        groups_.push_back(p);
      }
    }
  }
  for (size_t g = 0; g < groups_.size(); ++g)
    for (uint32_t t = groups_[g].first; t < groups_[g].last && t < n; ++t)
      group_of_token_[t] = static_cast<int32_t>(g);
}

bool SentenceContext::is_verb(uint32_t i) const {
  return starts_with(tag(i), "VB") || (group_of_token_[i] >= 0 && !starts_with(tag(i), "NN"));
}

bool SentenceContext::is_noun(uint32_t i) const { return starts_with(tag(i), "NN"); }

bool SentenceContext::is_modifier(uint32_t i) const {
  std::string_view t = tag(i);
  if (str_eq(t, "DT") || str_eq(t, "PDT") || str_eq(t, "CD") || str_eq(t, "PRP$") || str_eq(t, "POS") ||
      str_eq(t, "HYPH"))
    return true;
  if (starts_with(t, "JJ") || starts_with(t, "RB")) return true;
  std::string_view w = lower(i);
  return str_eq(w, "first") || str_eq(w, "then") || str_eq(w, "also") || str_eq(w, "\"") || str_eq(w, "“") ||
         str_eq(w, "”") || str_eq(w, "‘") || str_eq(w, "’") || str_eq(w, "'");
}

bool SentenceContext::is_preposition(uint32_t i) const {
  std::string_view t = tag(i);
  if (!t.empty() && t != "IN" && t != "TO") return false;
  return str_in(lower(i), kPrepositions);
}

bool SentenceContext::is_clause_break(uint32_t i) const {
  std::string_view w = lower(i);
  if (w == ";" || w == ":" || w == "\"" || w == "“" || w == "”" || w == "—" ||
      w == "–" || w == "." || w == "?" || w == "!")
    return true;
  return str_in(w, kClauseWords);
}

bool SentenceContext::after_according_to(uint32_t first) const {
  return first >= 2 && lower(first - 1) == "to" && lower(first - 2) == "according";
}

int32_t SentenceContext::quote_speaker(const Quote& q) const {
  if (q.speaker_sentence < 0) return -1;
  for (const ActorMention& m : of_sentence(doc_->actors, static_cast<uint32_t>(q.speaker_sentence)))
    if (m.first == q.speaker_token) return static_cast<int32_t>(&m - doc_->actors.data());
  return -1;
}

}  // namespace herald
