#include "core/document.h"

#include <algorithm>

namespace herald {

std::string_view actor_kind_name(ActorKind k) {
  switch (k) {
    case ActorKind::kCountry: return "country";
    case ActorKind::kAgent: return "agent";
    case ActorKind::kPerson: return "person";
    case ActorKind::kOrganisation: return "organisation";
    case ActorKind::kPronoun: return "pronoun";
    case ActorKind::kDescription: return "description";
  }
  return "";
}

std::string_view count_type_name(CountType t) {
  switch (t) {
    case CountType::kKilled: return "killed";
    case CountType::kWounded: return "wounded";
    case CountType::kArrested: return "arrested";
    case CountType::kDisplaced: return "displaced";
    case CountType::kKidnapped: return "kidnapped";
    case CountType::kProtesters: return "protesters";
    case CountType::kOther: return "other";
  }
  return "other";
}

int event_root(const Event& e) {
  std::string_view r = e.root.empty() ? std::string_view(e.code).substr(0, std::min<size_t>(2, e.code.size()))
                                      : std::string_view(e.root);
  if (r.size() != 2 || r[0] < '0' || r[0] > '9' || r[1] < '0' || r[1] > '9') return 0;
  return (r[0] - '0') * 10 + (r[1] - '0');
}

TokenRange verb_token_range(const Document& doc, const Event& e) {
  TokenRange r;
  if (!e.verb_span || e.sentence >= doc.sentences.size()) return r;
  const auto& toks = doc.sentences[e.sentence].tokens;
  for (uint32_t i = 0; i < toks.size(); ++i) {
    if (toks[i].span.end <= e.verb_span->begin || toks[i].span.begin >= e.verb_span->end) continue;
    if (r.empty()) r.first = i;
    r.last = i + 1;
  }
  return r;
}

}  // namespace herald
