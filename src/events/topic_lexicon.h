// Tells sport and business stories from political ones by their words, so
// that "England beat Wales" or "the bank's shares fell" give no events.
//
//   herald::TopicLexicon lex;
//   lex.add(herald::ArticleTopic::kSport, "goalkeeper");   // from data/verbs "topic" lines
//   herald::TopicCounts c = lex.count(doc);
//   if (c.topic() == herald::ArticleTopic::kSport) ...
//
// An article is sport when it holds at least kMinSport sport words and three
// times as many as political words; business likewise with kMinBusiness.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include "core/document.h"
#include "core/string_index.h"

namespace herald {

enum class ArticleTopic : uint8_t { kNone, kSport, kBusiness, kPolitics };

struct TopicCounts {
  static constexpr uint32_t kMinSport = 5;
  static constexpr uint32_t kMinBusiness = 8;
  uint32_t sport = 0, business = 0, politics = 0;
  // kSport, kBusiness, or kNone for anything else.
  ArticleTopic topic() const;
};

class TopicLexicon {
 public:
  void add(ArticleTopic topic, std::string_view word) { words_.set(word, static_cast<uint32_t>(topic)); }
  bool empty() const { return words_.empty(); }
  // Counts the topic words among the document's tokens (lower-cased forms).
  TopicCounts count(const Document& doc) const;
  // "sport", "business", "politics" -> the topic; kNone for another name.
  static ArticleTopic parse(std::string_view name);

 private:
  StringIndex words_;   // word -> ArticleTopic
};

}  // namespace herald
