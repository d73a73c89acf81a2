#include "core/document.h"

#include <algorithm>

#include "core/stable_hash.h"

namespace herald {

std::string article_content_hash(const Article& a) {
  StableHash h;
  h.field(a.date ? a.date->iso() : "");
  h.field(a.url);
  h.field(a.title);
  h.field(a.text);
  return h.hex();
}

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

int cameo_root(std::string_view code) {
  if (code.size() < 2 || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9') return 0;
  return (code[0] - '0') * 10 + (code[1] - '0');
}

int event_root(const Event& e) {
  if (e.root.empty()) return cameo_root(e.code);
  return e.root.size() == 2 ? cameo_root(e.root) : 0;
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
