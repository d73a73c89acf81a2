#include "coverage/coverage_report.h"

#include <algorithm>
#include <string_view>
#include <vector>

namespace herald {

namespace {

bool is_verb_tag(std::string_view tag) { return tag.size() >= 2 && tag[0] == 'V' && tag[1] == 'B'; }
bool is_common_noun_tag(std::string_view tag) { return tag == "NN" || tag == "NNS"; }
bool is_proper_tag(std::string_view tag) { return tag == "NNP" || tag == "NNPS"; }
// Words that join the parts of one name: "Bank of England", "Centre for Policy Studies", "AT & T".
bool is_joiner(const Token& t) { return t.lower == "of" || t.lower == "for" || t.text == "&"; }

// A verb group whose head is a verb other than "be": a main verb.
bool is_main_verb(const Sentence& s, const Phrase& p) {
  if (p.kind != PhraseKind::kVerb || p.head >= s.tokens.size()) return false;
  const Token& t = s.tokens[p.head];
  return is_verb_tag(t.tag) && t.lemma != "be";
}

// Marks tokens [first, last) of a sentence of n tokens.
void mark(std::vector<bool>& mask, uint32_t first, uint32_t last) {
  for (uint32_t t = first; t < last && t < mask.size(); ++t) mask[t] = true;
}

bool any_marked(const std::vector<bool>& mask, uint32_t first, uint32_t last) {
  for (uint32_t t = first; t < last && t < mask.size(); ++t)
    if (mask[t]) return true;
  return false;
}

// Keys already counted in the current sentence (a sentence counts a key once).
class SeenKeys {
 public:
  bool insert(std::string_view key) {
    if (std::find(keys_.begin(), keys_.end(), key) != keys_.end()) return false;
    keys_.emplace_back(key);
    return true;
  }

 private:
  std::vector<std::string> keys_;
};

}  // namespace

CoverageReport::CoverageReport(const CoverageLexicon& lexicon, CoverageOptions options)
    : lexicon_(lexicon),
      options_(options),
      verbs_(options.max_keys, options.example_bytes),
      nouns_(options.max_keys, options.example_bytes),
      actors_(options.max_keys, options.example_bytes) {}

void CoverageReport::add(const Document& doc, const EventTrace& trace) {
  ++summary_.articles;
  summary_.events += doc.events.size();
  std::vector<bool> has_event(doc.sentences.size(), false);
  for (const Event& e : doc.events)
    if (e.sentence < has_event.size()) has_event[e.sentence] = true;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    ++summary_.sentences;
    const Sentence& sent = doc.sentences[s];
    const bool has_actor = std::ranges::any_of(of_sentence(doc.actors, s),
                                               [](const ActorMention& m) { return !m.code.empty(); });
    if (!has_actor || s >= doc.phrases.size()) continue;
    if (std::ranges::none_of(doc.phrases[s], [&](const Phrase& p) { return is_main_verb(sent, p); })) continue;
    ++summary_.eligible;
    if (has_event[s]) {
      ++summary_.covered;
      continue;
    }
    const SentenceTrace* st = s < trace.sentences.size() ? &trace.sentences[s] : nullptr;
    if (st && !st->discarded_by.empty()) {
      ++summary_.discarded;
      continue;
    }
    ++(st && !st->matches.empty() ? summary_.matched : summary_.unmatched);
    add_sentence(doc, s, st);
  }
}

void CoverageReport::add_sentence(const Document& doc, uint32_t s, const SentenceTrace* st) {
  const Sentence& sent = doc.sentences[s];
  const std::vector<Phrase>& phrases = doc.phrases[s];
  const std::string_view text = doc.text(sent.span);
  const std::string_view doc_id = doc.article.doc_id;
  const size_t n = sent.tokens.size();

  std::vector<bool> matched(n, false), actor(n, false), place(n, false);
  if (st)
    for (const MatchTrace& m : st->matches) mark(matched, m.first, m.last);
  for (const ActorMention& m : of_sentence(doc.actors, s)) mark(actor, m.first, m.last);
  for (const PlaceMention& m : of_sentence(doc.places, s)) mark(place, m.first, m.last);

  // Verb lemmas no pattern matched.
  SeenKeys seen_verbs;
  for (const Phrase& p : phrases) {
    if (!is_main_verb(sent, p) || matched[p.head]) continue;
    const std::string& lemma = sent.tokens[p.head].lemma;
    if (seen_verbs.insert(lemma)) verbs_.add(lemma, doc_id, text);
  }

  // Event nouns heading a noun phrase, unmatched and no actor.
  SeenKeys seen_nouns;
  auto classify = [&](const Token& t, std::string_view& key) {
    NounClass c = lexicon_.noun_class(t.lower);   // forms WordNet lists as such: "talks", "troops"
    key = t.lower;
    if (c == NounClass::kNone && t.lemma != t.lower) {
      c = lexicon_.noun_class(t.lemma);
      key = t.lemma;
    }
    return c;
  };
  for (const Phrase& p : phrases) {
    if (p.kind != PhraseKind::kNoun || p.head >= n) continue;
    const Token& h = sent.tokens[p.head];
    if (!is_common_noun_tag(h.tag) || matched[p.head] || actor[p.head]) continue;
    std::string_view key;
    if (classify(h, key) == NounClass::kEvent && seen_nouns.insert(key)) nouns_.add(key, doc_id, text);
  }

  // Actor-like phrases near a main verb that the actor stage left unresolved.
  auto near_verb = [&](uint32_t first, uint32_t last) {
    const uint32_t d = options_.near_tokens;
    return std::ranges::any_of(phrases, [&](const Phrase& v) {
      if (!is_main_verb(sent, v)) return false;
      return (last <= v.first && v.first - last <= d) || (first >= v.last && first - v.last <= d);
    });
  };
  auto is_proper = [&](uint32_t t) { return t < n && is_proper_tag(sent.tokens[t].tag); };
  SeenKeys seen_actors;
  // Runs of proper nouns, joined through "of", "for" and "&" ("Bank of
  // England"), with a word of two letters or more that no actor or place
  // mention covers and that not_names.txt does not list (a lone letter is an
  // initial or a currency prefix: "S$60").
  for (uint32_t t = 0; t < n;) {
    if (!is_proper(t)) {
      ++t;
      continue;
    }
    uint32_t end = t + 1;
    for (;;) {
      if (is_proper(end)) ++end;
      else if (end + 1 < n && is_joiner(sent.tokens[end]) && is_proper(end + 1)) end += 2;
      else break;
    }
    bool unresolved_name = false;
    for (uint32_t k = t; k < end; ++k)
      unresolved_name |=
          is_proper(k) && !actor[k] && !place[k] && sent.tokens[k].text.size() > 1 &&
          lexicon_.is_name_word(sent.tokens[k].text);
    if (unresolved_name && near_verb(t, end)) {
      std::string_view key = doc.text(Span{sent.tokens[t].span.begin, sent.tokens[end - 1].span.end});
      if (seen_actors.insert(key)) actors_.add(key, doc_id, text);
    }
    t = end;
  }
  // Person and group nouns heading a noun phrase that holds no actor mention.
  for (const Phrase& p : phrases) {
    if (p.kind != PhraseKind::kNoun || p.head >= n) continue;
    const Token& h = sent.tokens[p.head];
    if (!is_common_noun_tag(h.tag) || any_marked(actor, p.first, p.last) || !near_verb(p.first, p.last)) continue;
    std::string_view key;
    NounClass c = classify(h, key);
    if ((c == NounClass::kPerson || c == NounClass::kGroup) && seen_actors.insert(h.lower))
      actors_.add(h.lower, doc_id, text);
  }
}

}  // namespace herald
