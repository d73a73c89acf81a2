#include "coref/titled_person.h"

namespace herald {

const ActorMention* first_titled(const Document& doc, const std::vector<std::vector<ActorMention>>& by_sentence, uint32_t s,
                                 uint32_t t, std::string_view noun, const ActorMention& like, const std::string& voice) {
  if (like.code.size() <= 3) return nullptr;
  const std::string_view role = std::string_view(like.code).substr(3);
  for (uint32_t u = 0; u <= s; ++u)
    for (const ActorMention& m : by_sentence[u]) {
      if (u == s && m.first >= t) break;
      // ("the President of Russia" names its country: a person of another is not it.)
      if (m.name.empty() || m.code.size() <= 3 || std::string_view(m.code).substr(3) != role ||
          (!like.implicit_country && m.country != like.country) ||
          (m.kind != ActorKind::kPerson && m.kind != ActorKind::kDescription) || (!voice.empty() && m.name == voice))
        continue;
      for (uint32_t w = m.first; w < m.last; ++w)
        if (doc.sentences[u].tokens[w].lower == noun) return &m;
    }
  return nullptr;
}

}  // namespace herald
