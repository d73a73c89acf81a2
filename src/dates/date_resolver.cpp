#include "dates/date_resolver.h"

#include <algorithm>
#include <limits>
#include <string_view>

namespace herald {

namespace {

// The verb group (tag stage) holding token i, if any.
const Phrase* verb_group(const Document& doc, uint32_t sentence, uint32_t i) {
  if (sentence >= doc.phrases.size()) return nullptr;
  for (const auto& p : doc.phrases[sentence])
    if (p.kind == PhraseKind::kVerb && p.first <= i && i < p.last) return &p;
  return nullptr;
}

bool is_separator(std::string_view t) {
  return t == "," || t == ";" || t == ":" || t == "(" || t == ")" || t == "--" ||
         t == "\xE2\x80\x94" || t == "\xE2\x80\x93";
}

bool is_verb_tag(std::string_view tag) { return tag.rfind("VB", 0) == 0 || tag == "MD"; }

}  // namespace

bool DateResolver::is_future(const Document& doc, const Event& e) {
  TokenRange v = verb_token_range(doc, e);
  if (v.empty()) return false;
  if (const Phrase* p = verb_group(doc, e.sentence, v.first); p && p->tense == Tense::kFuture) return true;
  // Words before the verb, for when the tag stage has not run or missed it.
  const auto& toks = doc.sentences[e.sentence].tokens;
  for (uint32_t back = 1; back <= 4 && back <= v.first; ++back) {
    std::string_view w = toks[v.first - back].lower;
    if (w == "will" || w == "'ll" || w == "shall" || w == "wo") return true;
    if (w == "to" && v.first - back >= 1) {
      std::string_view b = toks[v.first - back - 1].lower;
      return b == "expected" || b == "set" || b == "due" || b == "going" || b == "scheduled" ||
             b == "planning" || b == "plans" || b == "plan" || b == "intends" || b == "poised" ||
             b == "about";
    }
    if (is_separator(w) || w == "." || w == "would" || w == "did" || w == "had") return false;
  }
  return false;
}

int DateResolver::choose(const Document& doc, const Event& e, const std::vector<DateMention>& mentions) {
  if (mentions.empty()) return -1;
  TokenRange v = verb_token_range(doc, e);
  if (v.empty()) {
    for (size_t k = 0; k < mentions.size(); ++k)
      if (mentions[k].sentence == e.sentence) return static_cast<int>(k);
    return -1;
  }
  const auto& toks = doc.sentences[e.sentence].tokens;
  const Phrase* group = verb_group(doc, e.sentence, v.first);
  uint32_t group_first = group ? group->first : v.first, group_last = group ? group->last : v.last;
  int best = -1;
  int best_cost = std::numeric_limits<int>::max();
  for (size_t k = 0; k < mentions.size(); ++k) {
    const DateMention& m = mentions[k];
    if (m.sentence != e.sentence) continue;
    uint32_t from = 0, to = 0;  // the tokens between mention and verb
    if (m.last <= v.first) from = m.last, to = v.first;
    else if (m.first >= v.last) from = v.last, to = m.first;
    int seps = 0, semis = 0;
    bool verb_between = false, subordinate = false;
    for (uint32_t i = from; i < to; ++i) {
      std::string_view t = toks[i].lower;
      if (is_separator(t)) ++seps;
      if (t == "after" || t == "before" || t == "when" || t == "while" || t == "because" || t == "since" ||
          t == "until" || t == "although" || t == "though" || t == "whereas")
        subordinate = true;
      if (t == ";") ++semis;
      if ((i < group_first || i >= group_last) && is_verb_tag(toks[i].tag)) verb_between = true;
    }
    const int dist = static_cast<int>(to - from);
    int cost = dist + 4 * seps + 30 * semis;
    bool other_clause = verb_between && (seps > 0 || subordinate);
    if (other_clause) cost += 25;
    // A date with no day in another clause is background to that clause.
    if (other_clause && m.kind == DateKind::kNoDay) continue;
    // "Tehran's October 1 ballistic missile strike": the date modifies the event noun.
    if (m.last <= v.first && dist <= 4 && seps == 0 && !verb_between) cost = std::min(cost, 1);
    // "Late on Sunday, the SDF announced ...": a fronted date scopes the main clause.
    if (m.last < v.first && m.first <= 2 && toks[m.last].lower == "," && m.kind != DateKind::kNoDay &&
        !subordinate)
      cost = std::min(cost, 2);
    if (cost < best_cost) best_cost = cost, best = static_cast<int>(k);
  }
  return best;
}

namespace {

// The two-digit root of an event's code ("190" -> "19").
std::string_view root_of(const Event& e) {
  if (!e.root.empty()) return e.root;
  return std::string_view(e.code).substr(0, std::min<size_t>(2, e.code.size()));
}

// The country part of an actor code ("DEUGOV" -> "DEU"); the whole code when shorter.
std::string_view country_part(const std::string& code) { return std::string_view(code).substr(0, 3); }

// The same incident: the same root, and sides of the same countries
// ("Germany banned the airline" and "Germany's aviation office suspended its permit").
bool same_incident(const Event& a, const Event& b) {
  return !root_of(a).empty() && root_of(a) == root_of(b) && !a.source.code.empty() &&
         country_part(a.source.code) == country_part(b.source.code) &&
         country_part(a.target.code) == country_part(b.target.code);
}

}  // namespace

void DateResolver::annotate(Document& doc) const {
  std::vector<DateMention> mentions;
  uint32_t cached = std::numeric_limits<uint32_t>::max();
  const std::optional<CivilDate> anchor = doc.article.date;
  std::vector<uint8_t> dated(doc.events.size(), 0);  // 1: the sentence gave a day
  for (size_t i = 0; i < doc.events.size(); ++i) {
    Event& e = doc.events[i];
    if (e.sentence != cached) {
      mentions.clear();
      finder_.find(doc, e.sentence, mentions);
      cached = e.sentence;
    }
    int k = choose(doc, e, mentions);
    if (k < 0 || mentions[k].kind == DateKind::kVague) {
      e.date = anchor;
      e.date_from_text = false;
      continue;
    }
    e.date = DateFinder::resolve(mentions[k], anchor, is_future(doc, e));
    e.date_from_text = true;
    dated[i] = e.date.has_value();
  }
  // No date in the sentence: the day the article gives for the same incident
  // elsewhere, the nearest earlier mention first, else the nearest later one.
  for (size_t i = 0; i < doc.events.size(); ++i) {
    Event& e = doc.events[i];
    if (e.date_from_text) continue;
    const Event* from = nullptr;
    for (size_t j = i; j-- > 0 && !from;)
      if (dated[j] && same_incident(doc.events[j], e)) from = &doc.events[j];
    for (size_t j = i + 1; j < doc.events.size() && !from; ++j)
      if (dated[j] && same_incident(doc.events[j], e)) from = &doc.events[j];
    if (from) {
      e.date = from->date;
      e.date_from_text = true;
    }
  }
}

}  // namespace herald
