#include "coref/quote_speakers.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "core/str_eq.h"

namespace herald {
namespace {

constexpr std::array<std::string_view, 11> kSayVerbs = {"say", "tell", "add", "write", "state", "insist",
                                                        "stress", "declare", "warn", "tweet", "post"};
constexpr std::array<std::string_view, 6> kFirstPerson = {"i", "me", "my", "we", "us", "our"};

bool quote_mark(const Token& t) { return str_eq(t.lower, "\"") || str_eq(t.tag, "``") || str_eq(t.tag, "''"); }

bool say_verb(const Token& t) {
  std::string_view l = t.lemma.empty() ? std::string_view(t.lower) : std::string_view(t.lemma);
  return std::find(kSayVerbs.begin(), kSayVerbs.end(), l) != kSayVerbs.end();
}

bool pronoun(const Token& t) { return t.tag == "PRP"; }

const ActorMention* mention_at(const std::vector<ActorMention>& mentions, uint32_t t) {
  for (const ActorMention& m : mentions)
    if (m.first == t) return &m;
  return nullptr;
}

// True when a blank line lies between the two sentences (a new paragraph).
bool new_paragraph(const Document& doc, uint32_t prev, uint32_t next) {
  const uint32_t from = doc.sentences[prev].span.end, to = doc.sentences[next].span.begin;
  return to > from && doc.body.find("\n\n", from) < to;
}

}  // namespace

void QuoteSpeakers::index(const Document& doc, const std::vector<std::vector<ActorMention>>& mentions) {
  quotes_.clear();
  doc_ = &doc;
  const uint32_t ns = static_cast<uint32_t>(doc.sentences.size());
  bool open = false;
  Quote q;
  auto close = [&](uint32_t s, uint32_t t) {
    q.last_sentence = s;
    q.last_token = t;
    quotes_.push_back(q);
    open = false;
  };
  for (uint32_t s = 0; s < ns; ++s) {
    const std::vector<Token>& tok = doc.sentences[s].tokens;
    const uint32_t n = static_cast<uint32_t>(tok.size());
    if (open && s > 0 && new_paragraph(doc, s - 1, s)) close(s - 1, static_cast<uint32_t>(doc.sentences[s - 1].tokens.size()));
    for (uint32_t t = 0; t < n; ++t) {
      if (!quote_mark(tok[t])) continue;
      if (open) {
        close(s, t);
      } else {
        q = Quote{};
        q.first_sentence = s;
        q.first_token = t + 1;
        open = true;
      }
    }
  }
  if (open && ns > 0) close(ns - 1, static_cast<uint32_t>(doc.sentences[ns - 1].tokens.size()));
  index_turns(doc, mentions);

  for (Quote& x : quotes_) {
    // After: ""...," he said" / ""...," said Bob Fu" / ""...," Bob Fu said".
    const std::vector<Token>& tok = doc.sentences[x.last_sentence].tokens;
    const std::vector<ActorMention>& ms = mentions[x.last_sentence];
    const uint32_t n = static_cast<uint32_t>(tok.size());
    uint32_t k = x.last_token + 1;
    if (k < n && tok[k].lower == ",") ++k;
    if (k < n) {
      if (say_verb(tok[k]) && k + 1 < n) {
        uint32_t w = k + 1;
        if (w + 1 < n && tok[w].tag == "DT" && mention_at(ms, w + 1)) ++w;   // "said the minister"
        if (mention_at(ms, w) || pronoun(tok[w])) x.speaker_sentence = static_cast<int32_t>(x.last_sentence), x.speaker_token = w;
      } else if (const ActorMention* m = mention_at(ms, k); m && m->last < n && say_verb(tok[m->last])) {
        x.speaker_sentence = static_cast<int32_t>(x.last_sentence), x.speaker_token = k;
      } else if (k + 1 < n && tok[k].tag == "DT" && (m = mention_at(ms, k + 1)) && m->last < n && say_verb(tok[m->last])) {
        x.speaker_sentence = static_cast<int32_t>(x.last_sentence), x.speaker_token = k + 1;
      } else if (pronoun(tok[k]) && k + 1 < n && say_verb(tok[k + 1])) {
        x.speaker_sentence = static_cast<int32_t>(x.last_sentence), x.speaker_token = k;
      }
    }
    // Before: "X said, "..."": the leftmost actor before the reporting verb.
    if (x.speaker_sentence < 0 && x.first_token >= 2) {
      const std::vector<Token>& ft = doc.sentences[x.first_sentence].tokens;
      const std::vector<ActorMention>& fm = mentions[x.first_sentence];
      uint32_t b = x.first_token - 2;   // the token before the opening mark
      if (b > 0 && (ft[b].lower == "," || ft[b].lower == ":")) --b;
      // "said on Friday "..."", "told reporters in Kyiv "...": past a short
      // adjunct of time, place or audience.
      for (int k = 0; k < 5 && b > 1 && !say_verb(ft[b]); ++k) {
        const std::string& tg = ft[b].tag;
        const bool adjunct = tg == "IN" || tg == "NNP" || tg == "NNPS" || tg == "CD" || tg == "DT" || tg == "NN" ||
                             tg == "NNS" || tg.rfind("RB", 0) == 0 || tg.rfind("JJ", 0) == 0;
        if (!adjunct) break;
        --b;
      }
      if (say_verb(ft[b])) {
        for (const ActorMention& m : fm) {
          if (m.first >= b) break;
          if (m.first >= 2 && ft[m.first - 1].lower == "to" && ft[m.first - 2].lower == "according") continue;
          x.speaker_sentence = static_cast<int32_t>(x.first_sentence), x.speaker_token = m.first;
          break;
        }
        if (x.speaker_sentence < 0 && b > 0 && pronoun(ft[b - 1]))
          x.speaker_sentence = static_cast<int32_t>(x.first_sentence), x.speaker_token = b - 1;
      }
    }
  }
}

namespace {

// Words a speaker's label may hold besides capitalised ones: "President of
// the Russian Federation", "CEO of the Fund (RDIF)".
bool label_word(const Token& t) {
  const std::string_view w = t.lower;
  if (w == "of" || w == "the" || w == "for" || w == "and" || w == "(" || w == ")" || w == "-" || w == ",") return true;
  return !t.text.empty() && t.text[0] >= 'A' && t.text[0] <= 'Z';
}

constexpr uint32_t kMaxLabel = 20;   // tokens before the colon

}  // namespace

void QuoteSpeakers::index_turns(const Document& doc, const std::vector<std::vector<ActorMention>>& mentions) {
  turns_.clear();
  const uint32_t ns = static_cast<uint32_t>(doc.sentences.size());
  bool open = false;
  Quote turn;
  for (uint32_t s = 0; s < ns; ++s) {
    const std::vector<Token>& tok = doc.sentences[s].tokens;
    const uint32_t n = static_cast<uint32_t>(tok.size());
    uint32_t colon = 0;
    for (uint32_t t = 0; t < n && t <= kMaxLabel; ++t) {
      if (tok[t].lower == ":") {
        colon = t;
        break;
      }
      if (!label_word(tok[t])) break;
    }
    // A label: two words at least, then the colon, then the turn's words.
    if (colon < 2 || colon + 1 >= n || quote_mark(tok[colon + 1])) continue;
    if (open) {
      turn.last_sentence = s;
      turn.last_token = 0;
      turns_.push_back(turn);
      open = false;
    }
    // The speaker: the last person or body with a role in the label (a bare
    // country is no speaker).
    const ActorMention* who = nullptr;
    for (const ActorMention& m : mentions[s])
      if (m.last <= colon && m.code.size() > 3 && m.code.rfind("---", 0) != 0) who = &m;
    if (!who) continue;   // an unknown speaker: the turn before has ended
    turn = Quote{};
    turn.first_sentence = s;
    turn.first_token = colon + 1;
    turn.speaker_sentence = static_cast<int32_t>(s);
    turn.speaker_token = who->first;
    open = true;
  }
  if (open && ns > 0) {
    turn.last_sentence = ns - 1;
    turn.last_token = static_cast<uint32_t>(doc.sentences[ns - 1].tokens.size());
    turns_.push_back(turn);
  }
}

std::pair<int32_t, uint32_t> QuoteSpeakers::speaker(uint32_t s, uint32_t t) const {
  for (const Quote& q : quotes_) {
    if (q.first_sentence > s) break;
    if (q.contains(s, t)) return {q.speaker_sentence, q.speaker_token};
  }
  for (const Quote& q : turns_) {
    if (q.first_sentence > s) break;
    if (q.contains(s, t)) return {q.speaker_sentence, q.speaker_token};
  }
  return {-1, 0};
}

bool QuoteSpeakers::first_person(uint32_t s, uint32_t t) const {
  if (!doc_ || s >= doc_->sentences.size() || t >= doc_->sentences[s].tokens.size()) return false;
  std::string_view w = doc_->sentences[s].tokens[t].lower;
  if (std::find(kFirstPerson.begin(), kFirstPerson.end(), w) == kFirstPerson.end()) return false;
  return speaker(s, t).first >= 0;
}

}  // namespace herald
