#include "coref/quote_speakers.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace herald {
namespace {

constexpr std::array<std::string_view, 11> kSayVerbs = {"say", "tell", "add", "write", "state", "insist",
                                                        "stress", "declare", "warn", "tweet", "post"};
constexpr std::array<std::string_view, 6> kFirstPerson = {"i", "me", "my", "we", "us", "our"};

bool quote_mark(const Token& t) { return t.lower == "\"" || t.tag == "``" || t.tag == "''"; }

bool say_verb(const Token& t) {
  std::string_view l = t.lemma.empty() ? std::string_view(t.lower) : std::string_view(t.lemma);
  return std::find(kSayVerbs.begin(), kSayVerbs.end(), l) != kSayVerbs.end();
}

bool pronoun(const Token& t) { return t.tag == "PRP"; }

}  // namespace

void QuoteSpeakers::find(const Document& doc, uint32_t s, const std::vector<ActorMention>& mentions) {
  quotes_.clear();
  tokens_ = &doc.sentences[s].tokens;
  const std::vector<Token>& tok = *tokens_;
  const uint32_t n = static_cast<uint32_t>(tok.size());
  auto mention_at = [&](uint32_t t) -> const ActorMention* {
    for (const ActorMention& m : mentions)
      if (m.first == t) return &m;
    return nullptr;
  };
  for (uint32_t t = 0; t < n; ++t) {
    if (!quote_mark(tok[t])) continue;
    Quote q;
    q.open = t;
    q.close = n;
    for (uint32_t u = t + 1; u < n; ++u)
      if (quote_mark(tok[u])) {
        q.close = u;
        break;
      }
    // After: ""...," he said" / ""...," said Bob Fu" / ""...," Bob Fu said".
    uint32_t k = q.close + 1;
    if (k < n && tok[k].lower == ",") ++k;
    if (k < n) {
      if (say_verb(tok[k]) && k + 1 < n && (mention_at(k + 1) || pronoun(tok[k + 1]))) {
        q.speaker = k + 1;
      } else if (const ActorMention* m = mention_at(k); m && m->last < n && say_verb(tok[m->last])) {
        q.speaker = k;
      } else if (pronoun(tok[k]) && k + 1 < n && say_verb(tok[k + 1])) {
        q.speaker = k;
      }
    }
    // Before: "X said, "..."": the leftmost actor before the say-verb.
    if (q.speaker == kNone && q.open > 0) {
      uint32_t b = q.open - 1;
      if (b > 0 && (tok[b].lower == "," || tok[b].lower == ":")) --b;
      if (say_verb(tok[b])) {
        for (const ActorMention& m : mentions) {
          if (m.first >= b) break;
          if (m.first >= 2 && tok[m.first - 1].lower == "to" && tok[m.first - 2].lower == "according") continue;
          q.speaker = m.first;
          break;
        }
        if (q.speaker == kNone && b > 0 && pronoun(tok[b - 1])) q.speaker = b - 1;
      }
    }
    quotes_.push_back(q);
    t = q.close;
  }
}

uint32_t QuoteSpeakers::speaker_token(uint32_t t) const {
  if (!tokens_ || t >= tokens_->size()) return kNone;
  std::string_view w = (*tokens_)[t].lower;
  if (std::find(kFirstPerson.begin(), kFirstPerson.end(), w) == kFirstPerson.end()) return kNone;
  for (const Quote& q : quotes_)
    if (q.open < t && t < q.close) return q.speaker;
  return kNone;
}

}  // namespace herald
