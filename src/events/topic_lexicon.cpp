#include "events/topic_lexicon.h"

namespace herald {

ArticleTopic TopicCounts::topic() const {
  if (sport >= kMinSport && sport >= 3 * politics) return ArticleTopic::kSport;
  if (business >= kMinBusiness && 2 * business >= 3 * politics) return ArticleTopic::kBusiness;
  return ArticleTopic::kNone;
}

TopicCounts TopicLexicon::count(const Document& doc) const {
  TopicCounts c;
  if (words_.empty()) return c;
  for (const Sentence& s : doc.sentences)
    for (const Token& t : s.tokens) {
      const uint32_t topic = words_.find(t.lower);
      if (topic == StringIndex::kAbsent) continue;
      switch (static_cast<ArticleTopic>(topic)) {
        case ArticleTopic::kSport: ++c.sport; break;
        case ArticleTopic::kBusiness: ++c.business; break;
        case ArticleTopic::kPolitics: ++c.politics; break;
        case ArticleTopic::kNone: break;
      }
    }
  return c;
}

ArticleTopic TopicLexicon::parse(std::string_view name) {
  if (name == "sport") return ArticleTopic::kSport;
  if (name == "business") return ArticleTopic::kBusiness;
  if (name == "politics") return ArticleTopic::kPolitics;
  return ArticleTopic::kNone;
}

}  // namespace herald
