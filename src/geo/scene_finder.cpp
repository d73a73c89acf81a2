#include "geo/scene_finder.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>

#include "core/str_eq.h"

namespace herald {

namespace {

bool strong_preposition(std::string_view w) {
  return str_in(w, {"in", "at", "near", "inside", "outside", "around", "within"});
}

// The token that introduces place p: the nearest in / at / near ... within
// five tokens before it, across "the", lower-case words and capitalised
// modifiers ("at the think tank's Washington headquarters"); -1 when none or
// when a clause break comes first.
int preposition_before(const std::vector<Token>& toks, const PlaceMention& p) {
  for (uint32_t back = 1; back <= 6 && back <= p.first; ++back) {
    std::string_view w = toks[p.first - back].lower;
    if (strong_preposition(w)) return static_cast<int>(p.first - back);
    if (str_eq(w, ",") || str_eq(w, ";") || str_eq(w, ":") || str_eq(w, ".") || str_eq(w, "(") || str_eq(w, ")"))
      return -1;
    // "in a joint statement by Egypt": the place is an agent, not the scene.
    if (str_in(w, {"by", "with", "from", "for", "to", "against", "than", "between", "and", "of"})) return -1;
  }
  return -1;
}

}  // namespace

const PlaceMention* SceneFinder::find(const Document& doc, const Event& e) const {
  const int root = event_root(e);
  const bool verbal = root >= 1 && root <= 13, force = root >= 18 && root <= 20;
  if (!verbal && !force) return nullptr;
  for (uint32_t d = 1; d <= kReach; ++d)
    for (int sign : {-1, 1}) {
      int64_t s = static_cast<int64_t>(e.sentence) + sign * static_cast<int64_t>(d);
      if (s < 0 || s >= static_cast<int64_t>(doc.sentences.size())) continue;
      const PlaceMention* p = verbal ? speech_scene(doc, static_cast<uint32_t>(s), e)
                                     : incident_scene(doc, static_cast<uint32_t>(s), e);
      if (p) return p;
    }
  return nullptr;
}

const PlaceMention* SceneFinder::speech_scene(const Document& doc, uint32_t s, const Event& e) const {
  if (e.source.code.empty()) return nullptr;
  const auto actors = of_sentence(doc.actors, s);
  if (std::none_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
        return a.code == e.source.code && a.kind != ActorKind::kPronoun;
      }))
    return nullptr;
  const auto& toks = doc.sentences[s].tokens;
  const auto places = of_sentence(doc.places, s);
  for (auto p = places.begin(); p != places.end(); ++p) {
    int prep = preposition_before(toks, *p);
    if (prep < 0) continue;
    // A word of speaking in the same clause: from the clause's start to its end.
    uint32_t a = static_cast<uint32_t>(prep), b = p->last;
    while (a > 0 && !str_eq(toks[a - 1].lower, ";") && p->first - a < 12) --a;
    while (b < toks.size() && !str_eq(toks[b].lower, ";") && !str_eq(toks[b].lower, ".") && b - p->last < 12) ++b;
    for (uint32_t i = a; i < b; ++i)
      if (places_->words().speech_words.has(toks[i].lower)) return &*p;
  }
  return nullptr;
}

const PlaceMention* SceneFinder::incident_scene(const Document& doc, uint32_t s, const Event& e) const {
  const std::string source = places_->actor_country(e.source), target = places_->actor_country(e.target);
  const auto actors = of_sentence(doc.actors, s);
  if (std::none_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
        return !a.country.empty() && (a.country == source || a.country == target);
      }))
    return nullptr;
  const auto& toks = doc.sentences[s].tokens;
  const auto places = of_sentence(doc.places, s);
  for (auto p = places.begin(); p != places.end(); ++p) {
    int prep = preposition_before(toks, *p);
    if (prep < 2) continue;
    // "the airstrike at ...", "the Israeli strike in ...": a definite incident noun just before.
    uint32_t n = static_cast<uint32_t>(prep) - 1;
    if (!places_->words().incident_nouns.has(toks[n].lower)) continue;
    for (uint32_t back = 1; back <= 2 && back <= n; ++back) {
      std::string_view w = toks[n - back].lower;
      if (str_eq(w, "the") || str_eq(w, "this") || str_eq(w, "that")) return &*p;
      if (!places_->is_demonym(w) && !places_->words().incident_modifiers.has(w)) break;
    }
  }
  return nullptr;
}

}  // namespace herald
