#include "geo/event_locator.h"

#include <algorithm>
#include <limits>

#include "core/str_eq.h"

namespace herald {

namespace {

// The tokens overlapping the event's verb span, widened to its verb group.
TokenRange verb_tokens(const Document& doc, const Event& e, TokenRange* group) {
  TokenRange r = verb_token_range(doc, e);
  *group = r;
  if (!r.empty() && e.sentence < doc.phrases.size())
    for (const auto& p : doc.phrases[e.sentence])
      if (p.kind == PhraseKind::kVerb && p.first <= r.first && r.first < p.last) *group = {p.first, p.last};
  return r;
}

bool is_separator(std::string_view t) {
  return str_eq(t, ",") || str_eq(t, ";") || str_eq(t, ":") || str_eq(t, "(") || str_eq(t, ")") || str_eq(t, "--") ||
         str_eq(t, "\xE2\x80\x94") || str_eq(t, "\xE2\x80\x93");
}

bool is_verb_tag(std::string_view tag) { return tag.rfind("VB", 0) == 0 || str_eq(tag, "MD"); }

// What lies between a place and the verb.
struct Between {
  int dist = 0, seps = 0, semis = 0;
  bool verb = false;  // a verb other than the event's
  bool sub = false;   // a subordinating word: "after Turkey began ..."
  int cost() const { return dist + 4 * seps + 30 * semis + (verb && seps ? 25 : 0); }
};

Between between(const std::vector<Token>& toks, const PlaceMention& p, TokenRange v, TokenRange group) {
  Between b;
  uint32_t from = 0, to = 0;
  if (p.last <= v.first) from = p.last, to = v.first;
  else if (p.first >= v.last) from = v.last, to = p.first;
  // "the airstrike that killed the general at the airport": a relative
  // clause on the event's noun goes on telling the same event.
  const bool relative = from == v.last && from < to && group.last == v.last &&
                        (str_eq(toks[from].lower, "that") || str_eq(toks[from].lower, "which"));
  b.dist = static_cast<int>(to - from);
  for (uint32_t i = from; i < to; ++i) {
    if (is_separator(toks[i].lower)) ++b.seps;
    if (str_eq(toks[i].lower, ";")) ++b.semis;
    for (std::string_view w : {"after", "before", "when", "while", "because", "since", "until", "although"})
      if (toks[i].lower == w) b.sub = true;
    if ((i < group.first || i >= group.last) && is_verb_tag(toks[i].tag) && !relative) b.verb = true;
  }
  return b;
}

enum class Prep { kNone, kStrong, kWeak, kFronted };

// The preposition that introduces the place, skipping "the", "city of",
// "north-eastern", a demonym ("the southern Iraqi town of Amarah") and the
// like: "in the city of Kostyantynivka", "east of ... Amarah".
Prep locative(const std::vector<Token>& toks, const PlaceMention& p, const PlaceFinder& places) {
  for (uint32_t back = 1; back <= 7 && back <= p.first; ++back) {
    const Token& t = toks[p.first - back];
    std::string_view w = t.lower;
    for (std::string_view s : {"in", "near", "at", "into", "across", "inside", "outside", "around",
                               "throughout", "within", "outskirts"})
      if (w == s) return p.first == back ? Prep::kFronted : Prep::kStrong;  // "In Gaza, troops ..."
    if (str_eq(w, "of") && back < p.first && places.words().direction_words.has(toks[p.first - back - 1].lower))
      return Prep::kStrong;  // "30 km north of Kyiv"
    for (std::string_view s : {"on", "from"})
      if (w == s) return Prep::kWeak;
    bool lower_word = !w.empty() && w[0] >= 'a' && w[0] <= 'z' && !t.text.empty() && t.text[0] == w[0];
    if (!lower_word && places.is_demonym(w)) continue;
    if (!lower_word || is_verb_tag(t.tag)) return Prep::kNone;
    for (std::string_view s : {"by", "with", "against", "for", "than", "that", "which", "who", "and", "to"})
      if (w == s && !(str_eq(w, "and") && back > 1)) return Prep::kNone;
  }
  return Prep::kNone;
}

// True when the place lies in the text of an event side.
bool in_span(const EventActor& a, const PlaceMention& p) {
  return a.span && a.span->begin <= p.span.begin && p.span.end <= a.span->end;
}

// True when the place is the text of one of the event's sides ("the US accused Turkey").
bool is_actor_text(const Event& e, const PlaceMention& p) { return in_span(e.source, p) || in_span(e.target, p); }

Geo to_geo(const PlaceMention& p) {
  Geo g;
  g.name = p.name;
  g.country = p.country;
  g.adm1 = p.adm1;
  g.lat = p.lat;
  g.lon = p.lon;
  g.precision = p.precision;
  return g;
}

}  // namespace

Geo EventLocator::locate(const Document& doc, const Event& e) const { return locate(doc, e, article_geo(doc)); }

Geo EventLocator::article_geo(const Document& doc) const {
  if (const PlaceMention* d = PlaceFinder::dateline(doc)) return to_geo(*d);
  // A headline naming one country says where the story is; a category path
  // ("Armed conflicts > Iran war > ...") or a headline of two sides does not.
  std::vector<std::string> title;
  if (doc.article.title.find(" > ") == std::string::npos) title = places_->title_countries(doc.article.title);
  if (title.size() > 1) title.clear();
  std::string main = PlaceFinder::main_country(doc, title);
  return main.empty() ? Geo{} : places_->country_geo(main);
}

Geo EventLocator::locate(const Document& doc, const Event& e, const Geo& article) const {
  if (e.sentence >= doc.sentences.size()) return {};
  const auto& toks = doc.sentences[e.sentence].tokens;
  TokenRange group;
  TokenRange v = verb_tokens(doc, e, &group);
  const std::span<const PlaceMention> here = of_sentence(doc.places, e.sentence);
  const auto lo = here.begin(), hi = here.end();
  const int root = event_root(e);
  const bool material = root >= 14 && root <= 20;
  const bool force = root >= 17 && root <= 20;  // coerce, assault, fight, mass violence
  std::string target = places_->actor_country(e.target);
  // A target whose words are a place's ("Masisi Territory", "Bandar Abbas")
  // is in that place's country, whatever person the name also fits.
  if (e.target.span)
    for (auto p = lo; p != hi; ++p)
      if (p->precision != "country" && p->span.begin < e.target.span->end && e.target.span->begin < p->span.end)
        target = p->country;
  const std::string source = places_->actor_country(e.source);

  // 1. Visits happen in the visited country.
  const bool visit = e.code.rfind("042", 0) == 0, host = e.code.rfind("043", 0) == 0;
  if (visit || host) {
    const std::string& want = visit ? target : source;
    if (!want.empty()) {
      const PlaceMention* best = nullptr;
      int best_cost = std::numeric_limits<int>::max();
      for (auto p = lo; p != hi; ++p)
        if (p->country == want && p->precision != "country") {
          int c = v.empty() ? 0 : between(toks, *p, v, group).cost();
          if (c < best_cost) best_cost = c, best = &*p;
        }
      return best ? to_geo(*best) : places_->country_geo(want);
    }
  }
  if (!v.empty()) {
    // 2. "Lebanon, where the IDF have been targeting ...".
    for (uint32_t back = 1; back <= 20 && back <= v.first; ++back) {
      uint32_t k = v.first - back;
      std::string_view w = toks[k].lower;
      if (str_eq(w, ";") || str_eq(w, ".")) break;
      if (!str_eq(w, "where")) continue;
      uint32_t j = k;
      if (j > 0 && str_eq(toks[j - 1].lower, ",")) --j;
      for (auto p = lo; p != hi; ++p)
        if (p->last == j) return to_geo(*p);
      break;
    }
    // 3. A place introduced by a locative preposition in the event's clause.
    const PlaceMention* best = nullptr;
    int best_cost = 25;
    for (auto p = lo; p != hi; ++p) {
      // "in a U.S. airstrike on ...": a place right before the event's noun
      // tells who acted, not where.
      if (p->last == v.first) continue;
      Prep prep = locative(toks, *p, *places_);
      if (prep == Prep::kNone || (force && prep == Prep::kWeak)) continue;  // "response to Iran's strike"
      Between b = between(toks, *p, v, group);
      if (!material && b.verb) continue;  // "accuses X of committing genocide in Sudan"
      int c = b.cost() + (prep == Prep::kWeak ? 8 : 0);
      if (prep == Prep::kFronted && p->last < v.first) c = std::min(c, 2);  // scopes the whole clause
      if (c < best_cost) best_cost = c, best = &*p;
    }
    if (best) return to_geo(*best);
  }
  // 3b. Force told in a sentence of its own: the scene of the same incident
  //     next to it ("... killed the general in an airstrike. The United
  //     States carried out the airstrike at Baghdad International Airport").
  if (force)
    if (const PlaceMention* p = scenes_.find(doc, e)) return to_geo(*p);
  // 4. Force is used where its target is: a place of the target's country.
  if (force && !target.empty()) {
    const PlaceMention* best = nullptr;
    int best_cost = std::numeric_limits<int>::max();
    for (auto p = lo; p != hi; ++p)
      if (p->country == target) {
        int c = v.empty() ? 0 : between(toks, *p, v, group).cost();
        if (c < best_cost) best_cost = c, best = &*p;
      }
    return best ? to_geo(*best) : places_->country_geo(target);
  }
  // 5. Any place in the sentence, nearest the verb; for verbal events not
  //    a place that is itself one of the event's sides.
  if (material || options_.verbal_sentence_places) {
    const PlaceMention* best = nullptr;
    int best_cost = std::numeric_limits<int>::max();
    for (auto p = lo; p != hi; ++p) {
      if (!material && is_actor_text(e, *p)) continue;
      Between b = v.empty() ? Between{} : between(toks, *p, v, group);
      if (!material && (b.verb || b.sub)) continue;  // "met X to talk about Turkey"
      int c = b.cost();
      if (c < best_cost) best_cost = c, best = &*p;
    }
    if (best) return to_geo(*best);
  }
  if (!material && !options_.article_fallback) return {};
  // 5b. Words said where the speaker was, as a sentence nearby sets it.
  if (!material)
    if (const PlaceMention* p = scenes_.find(doc, e)) return to_geo(*p);
  // 6. The article's dateline, else its main country.
  if (!article.country.empty()) return article;
  // 7. The target's country for material events, else the source's, else the target's.
  if (material && !target.empty()) return places_->country_geo(target);
  if (!source.empty()) return places_->country_geo(source);
  if (!target.empty()) return places_->country_geo(target);
  return {};
}

void EventLocator::annotate(Document& doc) const {
  if (doc.events.empty()) return;
  const Geo article = article_geo(doc);
  for (Event& e : doc.events) e.geo = locate(doc, e, article);
}

}  // namespace herald
