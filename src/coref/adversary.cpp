#include "coref/adversary.h"

#include <algorithm>
#include <utility>

namespace herald {

std::optional<ActorMention> Adversary::find(const Document& doc,
                                            const std::vector<std::vector<ActorMention>>& by_sentence) const {
  if (nouns_.size() == 0 || cues_.size() == 0) return std::nullopt;
  std::vector<std::pair<const ActorMention*, int>> counts;
  for (uint32_t s = 0; s < by_sentence.size() && s < doc.sentences.size(); ++s) {
    const std::vector<Token>& tok = doc.sentences[s].tokens;
    for (const ActorMention& m : by_sentence[s]) {
      if (m.kind != ActorKind::kCountry || m.code.size() != 3) continue;
      uint32_t u = m.last;   // ("Russia's invasion": past the possessive)
      if (u < tok.size() && (tok[u].lower == "'s" || tok[u].tag == "POS")) ++u;
      if (u >= tok.size() || !cues_.has(tok[u].lemma)) continue;
      auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first->code == m.code; });
      if (it == counts.end()) counts.emplace_back(&m, 1);
      else ++it->second;
    }
  }
  const ActorMention* best = nullptr;
  int top = 0, second = 0;
  for (const auto& [m, c] : counts) {
    if (c > top) second = top, top = c, best = m;
    else if (c > second) second = c;
  }
  if (!best || top < 2 || top == second) return std::nullopt;
  return *best;
}

bool Adversary::noun_at(const std::vector<Token>& tok, uint32_t u, std::string* role, uint32_t* end) const {
  if (u >= tok.size()) return false;
  std::string key = tok[u].lemma;
  uint32_t e = u + 1;
  if (u + 1 < tok.size() && nouns_.has(key + " " + tok[u + 1].lower)) key += " " + tok[u + 1].lower, e = u + 2;
  // (A modifier of another noun is none: "enemy lines", "enemy territory".)
  if (!nouns_.has(key) || (e < tok.size() && tok[e].tag.rfind("NN", 0) == 0)) return false;
  *role = std::string(nouns_.value(key));
  *end = e;
  return true;
}

}  // namespace herald
