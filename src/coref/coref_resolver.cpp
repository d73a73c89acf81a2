#include "coref/coref_resolver.h"

#include <algorithm>
#include <cctype>
#include <array>
#include <fstream>
#include <optional>
#include <string_view>
#include <utility>

#include "core/str_eq.h"

#include "coref/adversary.h"
#include "coref/gender.h"
#include "coref/titled_person.h"
#include "coref/quote_speakers.h"

namespace herald {
namespace {

enum class Want : uint8_t { kPerson, kCollective, kPlural, kOrganisation, kCountry, kSameRole, kMedia, kBusiness };

constexpr std::array<std::string_view, 5> kPersonPronouns = {"he", "she", "him", "his", "her"};
constexpr std::array<std::string_view, 2> kItPronouns = {"it", "its"};
constexpr std::array<std::string_view, 15> kSubordinators = {"as", "after", "before", "because", "since", "while", "when", "if",
                                                             "although", "though", "until", "that", "whether", "once", "whereas"};
constexpr std::array<std::string_view, 3> kTheyPronouns = {"they", "them", "their"};
constexpr std::array<std::string_view, 8> kGroupNouns = {"group", "movement", "organisation", "organization",
                                                         "militia", "faction", "alliance", "party"};
// "accusing the network of", "the company said": the nearest outlet or business.
constexpr std::array<std::string_view, 7> kMediaNouns = {"network", "broadcaster", "channel", "newspaper",
                                                         "outlet", "paper", "station"};
constexpr std::array<std::string_view, 13> kBusinessNouns = {"company", "firm",     "carrier",  "airline", "corporation",
                                                             "manufacturer", "conglomerate", "platform", "app",
                                                             "website",  "messenger", "retailer", "lender"};
constexpr std::array<std::string_view, 4> kCountryNouns = {"country", "nation", "kingdom", "republic"};
// Verbs reporting what their subject says: "Monsanto said it ...".
constexpr std::array<std::string_view, 8> kReportVerbs = {"say", "add", "state", "claim", "insist", "argue", "announce", "confirm"};
constexpr std::array<std::string_view, 10> kPairNouns = {"leaders", "presidents", "ministers", "sides", "interlocutors", "countries",
                                                        "nations", "governments", "heads", "parties"};
// Singular titles the actor stage codes with the article's main country when
// they stand alone: "the president", "the minister".
// ("The Head of State noted": "head", of the agent "head of state".)
constexpr std::array<std::string_view, 11> kTitleWords = {"president", "minister", "prime", "premier", "chancellor", "secretary",
                                                          "foreign",   "defence",  "defense", "leader", "head"};
// The canonical names of agent lines that name one person (data/actors/agents.txt
// "title" lines): an agent mention named "<country> president" is a person.
constexpr std::array<std::string_view, 15> kPersonAgents = {
    "president", "ambassador", "leader", "commander", "general", "police chief", "judge", "senator",
    "opposition leader", "rebel leader", "spy chief", "businessman", "editor", "pastor", "union leader"};
// Roles whose singular agents are one person ("a man", "the suspect").
constexpr std::array<std::string_view, 7> kPersonRoles = {"CVL", "CRM", "REF", "EDU", "MED", "LAB", "HLH"};
// Singular nouns of those roles that name a body, not a person.
constexpr std::array<std::string_view, 22> kBodyNouns = {
    "crowd", "mob", "family", "congregation", "church", "charity", "ngo", "group", "media", "newspaper",
    "broadcaster", "agency", "outlet", "union", "gang", "network", "cartel", "clergy", "university", "school",
    "hospital", "company"};
// "it seems", "it emerged": an "it" that refers to nothing.
constexpr std::array<std::string_view, 8> kExpletiveVerbs = {"seem", "appear", "emerge", "remain", "take",
                                                             "rain", "matter", "follow"};
// Roles of the state: "its army" of a country is the country's army; "its
// leaders" of a church are the church's.
constexpr std::array<std::string_view, 6> kStateRoles = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"};

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix &&
         (s.size() == suffix.size() || s[s.size() - suffix.size() - 1] == ' ');
}

bool plural_pronoun(std::string_view w) { return w == "they" || w == "them" || w == "their"; }

class Resolver {
 public:
  Resolver(const Document& doc, std::vector<std::vector<ActorMention>>& by_sentence, const FirstNames& names,
           const Adversary& adversary)
      : doc_(doc), sent_(by_sentence), names_(names), adversary_words_(adversary),
        adversary_(adversary.find(doc, by_sentence)) {
    speakers_.index(doc, by_sentence);
  }
  const std::vector<Quote>& quotes() const { return speakers_.quotes(); }

  void sentence(uint32_t s) {
    added_.clear();
    replaced_.clear();
    const std::vector<Token>& tok = tokens(s);
    const uint32_t n = static_cast<uint32_t>(tok.size());
    const uint32_t unknown = unknown_reporter(s);
    speaker_label(s);
    for (uint32_t t = 0; t < n; ++t) {
      const std::string& w = tok[t].lower;
      const bool prp = tok[t].tag.rfind("PRP", 0) == 0 || tok[t].tag.empty();
      // "Monsanto said it accepted ...": the pronouns after a speaker no actor
      // names are that speaker, not the last actor before.
      if (prp && t > unknown && (str_in(std::string_view(w), kPersonPronouns) || str_in(std::string_view(w), kItPronouns)) &&
          w != "they" && w != "them" && w != "their")
        continue;
      if (prp && speakers_.first_person(s, t)) {
        if (covering(s, t) < 0) speaker(s, t);
      } else if (prp && first_person_word(w) && !(label_ ? *label_ : doc_.title_speaker).code.empty() &&
                 covering(s, t) < 0 && !quoted(s, t)) {
        // "I am grateful to our defenders" in an "address by the President of
        // Ukraine": the article's own speaker; in a transcript, the speaker
        // the paragraph's label names ("Vladimir Putin: I spoke with ...").
        // (A copy at the pronoun itself: the title has no tokens of the body.
        // "We", "us", "our" of a state's speaker are the country: "Russia
        // blocked our ports", "the war against us".)
        ActorMention title = at_pronoun(label_ ? *label_ : doc_.title_speaker, s, t);
        if ((w == "we" || w == "us" || w == "our") && title.country.size() == 3 && title.code.size() == 6 &&
            str_in(std::string_view(title.code).substr(3), kStateRoles)) {
          title.code = title.country;
          title.kind = ActorKind::kCountry;
        }
        possessed_or_self(s, t, title);
      } else if (prp && (w == "you" || w == "your") && !label_ && !doc_.title_audience.code.empty() &&
                 covering(s, t) < 0 && !quoted(s, t)) {
        // "I am grateful to you" in a speech "to the Saeima of Latvia": its audience.
        possessed_or_self(s, t, at_pronoun(doc_.title_audience, s, t));
      } else if (prp && str_in(std::string_view(w), kPersonPronouns)) {
        if (covering(s, t) >= 0) continue;
        gender_ = w == "she" || w == "her" ? 'F' : 'M';
        pron_s_ = s, pron_t_ = t;
        const ActorMention* a = thanked_for(s, t);
        if (!a) a = cataphor(s, t);
        if (!a) a = find(s, t, Want::kPerson, CorefResolver::kPronounReach);
        gender_ = 0;
        pron_s_ = UINT32_MAX;
        if (a) possessed_or_self(s, t, *a);
      } else if (prp && str_in(std::string_view(w), kItPronouns)) {
        if (covering(s, t) >= 0 || expletive(s, t)) continue;
        // ("the IRGC said it had struck": the body reporting, not a fronted "US strikes".)
        const ActorMention* a = w == "it" ? reporting_body(s, t) : nullptr;
        // (A named body only: "the official said it was encouraging".)
        if (a && a->kind != ActorKind::kOrganisation) a = nullptr;
        if (!a) a = find(s, t, Want::kCollective, CorefResolver::kPronounReach);
        if (a) possessed_or_self(s, t, *a);
      } else if (prp && str_in(std::string_view(w), kTheyPronouns)) {
        if (covering(s, t) >= 0) continue;
        const ActorMention *a = nullptr, *b = nullptr;
        if ((a = reporting_body(s, t))) {
          add(s, t, t + 1, *a, ActorKind::kPronoun);
        } else if (find_pair(s, t, 1, a, b)) {
          add(s, t, t + 1, *a, ActorKind::kPronoun);
          add(s, t, t + 1, *b, ActorKind::kPronoun);
        } else if ((a = find(s, t, Want::kPlural, 1))) {
          possessed_or_self(s, t, *a);
        }
      } else if ((str_eq(w, "the") || str_eq(w, "both")) && t + 1 < n) {
        description(s, t);
      }
    }
    // Merge this sentence's new mentions: an added mention goes before any
    // actor-stage mention starting at the same token.
    if (added_.empty()) return;
    std::vector<ActorMention>& v = sent_[s];
    // A bare title resolved to the person it names is that person only: the
    // actor stage's guess of the article's country goes ("The President
    // called on Russia" is not also the German president).
    std::erase_if(v, [&](const ActorMention& x) {
      return x.kind == ActorKind::kAgent &&
             std::find(replaced_.begin(), replaced_.end(), std::make_pair(x.first, x.last)) != replaced_.end();
    });
    for (ActorMention& m : added_) {
      auto pos = std::find_if(v.begin(), v.end(), [&](const ActorMention& x) {
        return x.first > m.first || (x.first == m.first && x.kind != ActorKind::kPronoun && x.kind != ActorKind::kDescription);
      });
      v.insert(pos, std::move(m));
    }
  }

 private:
  const std::vector<Token>& tokens(uint32_t s) const { return doc_.sentences[s].tokens; }

  // "Sheriff Lee said (that) they arrested ...", "the IRGC said it had
  // struck": "they" or "it" right after an institution's person or body
  // reporting is that institution (its code).
  const ActorMention* reporting_body(uint32_t s, uint32_t t) const {
    const std::vector<Token>& tok = tokens(s);
    uint32_t u = t;
    if (u > 0 && tok[u - 1].lower == "that") --u;
    if (u == 0 || (tok[u - 1].tag != "VBD" && tok[u - 1].tag != "VBZ") || !str_in(std::string_view(tok[u - 1].lemma), kReportVerbs))
      return nullptr;
    for (const ActorMention& m : sent_[s]) {
      if (m.last != u - 1 || m.code.size() != 6 || m.kind == ActorKind::kPronoun) continue;
      const std::string_view role = std::string_view(m.code).substr(3);
      if (role == "COP" || role == "MIL" || role == "GOV" || role == "JUD" || role == "LEG" || role == "SPY" || role == "REB")
        return &m;
    }
    return nullptr;
  }

  // "thanked the Prime Minister for his visit", "congratulated her on her
  // election": a possessive right after "for"/"on" that follows a person
  // object is that object's.
  const ActorMention* thanked_for(uint32_t s, uint32_t t) const {
    const std::vector<Token>& tok = tokens(s);
    if (t < 2 || tok[t].tag != "PRP$" || (tok[t - 1].lower != "for" && tok[t - 1].lower != "on")) return nullptr;
    for (const ActorMention& m : sent_[s])
      if (m.last == t - 1 && person_like(m) && m.code.rfind("---", 0) != 0 &&
          (gender_ == 0 || gender_ != opposite(gender(m))))
        return &m;
    return nullptr;
  }

  // "During his visit to Iraq, the German chancellor said": a possessive in a
  // fronted adjunct is the person the main clause opens with.
  const ActorMention* cataphor(uint32_t s, uint32_t t) const {
    const std::vector<Token>& tok = tokens(s);
    const uint32_t n = static_cast<uint32_t>(tok.size());
    if (t > 3 || tok[0].tag != "IN" || tok[t].tag != "PRP$") return nullptr;
    uint32_t c = t + 1;
    while (c < n && c < t + 12 && tok[c].lower != "," && tok[c].tag.rfind("VB", 0) != 0) ++c;
    if (c >= n || tok[c].lower != ",") return nullptr;
    for (const ActorMention& m : sent_[s]) {
      if (m.first <= c) continue;
      if (m.first > c + 3) break;
      if (m.kind != ActorKind::kPronoun && person_like(m) && (!gender_ || !gender(m) || gender(m) == gender_)) return &m;
    }
    return nullptr;
  }

  const ActorMention* covering_mention(uint32_t s, uint32_t t) const {
    for (const ActorMention& m : sent_[s])
      if (m.first <= t && t < m.last) return &m;
    for (const ActorMention& m : added_)
      if (m.first <= t && t < m.last) return &m;
    return nullptr;
  }
  int covering(uint32_t s, uint32_t t) const { return covering_mention(s, t) ? 1 : -1; }

  bool person_like(const ActorMention& m) const {
    if (m.kind == ActorKind::kPerson) return true;
    const Token& head = tokens(m.sentence)[m.last - 1];
    if (m.kind == ActorKind::kPronoun) {
      // "he", "his", "his government" (a person's); never "it", "its forces", "their".
      const std::string& w = tokens(m.sentence)[m.first].lower;
      return !plural_pronoun(w) && w != "it" && w != "its" && m.last == m.first + 1;
    }
    if (m.kind != ActorKind::kAgent || head.tag == "NNS" || head.tag == "NNPS") return false;
    // A title with a personal name ("District Attorney Nathan Hochman"), or a title alone.
    if (m.last - m.first >= 3 && head.tag == "NNP" && tokens(m.sentence)[m.last - 2].tag == "NNP") return true;
    // A title with a one-word name ("president Moi"): the mention is named after its last word.
    if (m.last - m.first >= 2 && head.tag == "NNP" && m.name == head.text) return true;
    for (std::string_view a : kPersonAgents)
      if (ends_with(m.name, a)) return true;
    // "a 66-year-old man", "the suspect", "a journalist": one person of a
    // non-state role (not a body: "the crowd", "the gang", "the newspaper").
    const std::string_view role = m.code.size() == 6 ? std::string_view(m.code).substr(3) : std::string_view();
    return head.tag == "NN" && str_in(role, kPersonRoles) && !str_in(std::string_view(head.lower), kBodyNouns);
  }
  bool collective(const ActorMention& m) const {
    if (m.kind == ActorKind::kCountry || m.kind == ActorKind::kOrganisation) return true;
    const Token& head = tokens(m.sentence)[m.last - 1];
    if (m.kind == ActorKind::kPronoun) return head.lower == "it" || head.lower == "its";
    return m.kind == ActorKind::kAgent && head.tag != "NNS" && head.tag != "NNPS" && !person_like(m);
  }
  bool plural(const ActorMention& m) const {
    // An outlet is the audience of "told Reuters", seldom the "they" of a quote.
    if (m.kind == ActorKind::kOrganisation) return !m.code.ends_with("MED");
    const Token& head = tokens(m.sentence)[m.last - 1];
    if (m.kind == ActorKind::kPronoun) return plural_pronoun(tokens(m.sentence)[m.first].lower);
    // "Police said they had arrested": police, staff and the like take "they".
    return m.kind == ActorKind::kAgent &&
           (head.tag == "NNS" || head.tag == "NNPS" || head.lower == "police" || head.lower == "staff" ||
            head.lower == "personnel" || head.lower == "military");
  }

  static char opposite(char g) { return g == 'M' ? 'F' : g == 'F' ? 'M' : 0; }

  char gender(const ActorMention& m) const { return mention_gender(doc_, m, names_); }

  // "I spoke with him": a first-person pronoun earlier in the same quote
  // (no quote mark between, in this sentence or the ones before) as the
  // person pronoun is another person.
  // ("we are consulting ...," he added": past a quote mark, the speaker.)
  bool same_voice_first_person(const ActorMention& m) const {
    if (m.kind != ActorKind::kPronoun || m.last != m.first + 1 || pron_s_ == UINT32_MAX || m.sentence > pron_s_ ||
        (m.sentence == pron_s_ && m.first >= pron_t_))
      return false;
    const std::string& w = tokens(m.sentence)[m.first].lower;
    if (!first_person_word(w)) return false;
    for (uint32_t u = m.sentence; u <= pron_s_; ++u) {
      const std::vector<Token>& tok = tokens(u);
      const uint32_t from = u == m.sentence ? m.last : 0;
      const uint32_t to = u == pron_s_ ? pron_t_ : static_cast<uint32_t>(tok.size());
      for (uint32_t t = from; t < to; ++t)
        if (tok[t].lower == "\"" || tok[t].tag == "``" || tok[t].tag == "''") return false;
    }
    return true;
  }

  bool accepts(Want want, const ActorMention& m, const ActorMention* like) const {
    if (m.code.empty() || m.code.rfind("---", 0) == 0) return false;
    switch (want) {
      // (Not a first-person pronoun: "I spoke with him" are two people.)
      case Want::kPerson:
        return person_like(m) && (gender_ == 0 || gender_ != opposite(gender(m))) && !same_voice_first_person(m);
      case Want::kCollective: return collective(m);
      case Want::kPlural: return plural(m);
      // "the group", "the movement": no state body ("the IDF ... where the group has fired" is Hezbollah).
      case Want::kOrganisation:
        return m.kind == ActorKind::kOrganisation &&
               !(m.code.size() == 6 && (m.code.ends_with("MIL") || m.code.ends_with("GOV") || m.code.ends_with("COP") ||
                                        m.code.ends_with("JUD") || m.code.ends_with("LEG") || m.code.ends_with("SPY")));
      case Want::kCountry: return m.kind == ActorKind::kCountry && m.code.size() == 3;
      case Want::kMedia: return m.kind != ActorKind::kAgent && m.code.size() == 6 && m.code.ends_with("MED");
      case Want::kBusiness: return m.kind != ActorKind::kAgent && m.code.size() == 6 && m.code.ends_with("BUS");
      case Want::kSameRole:
        // "the President of Lithuania" names its own country: a person of another is not it.
        return m.kind == ActorKind::kPerson && like && m.code.size() > 3 && like->code.size() > 3 &&
               m.code.substr(3) == like->code.substr(3) && (like->implicit_country || like->country == m.country);
    }
    return false;
  }

  // An object pronoun ("him", "them") is not its own clause's subject:
  // "X filed charges against him". True when a clause boundary lies between.
  bool clause_between(uint32_t s, uint32_t from, uint32_t to) const {
    for (uint32_t t = from; t < to; ++t) {
      std::string_view w = tokens(s)[t].lower;
      if (w == "," || w == "that" || w == "who" || w == "which" || w == "after" || w == "because" || w == "when" ||
          w == "\"" || w == "said" || w == "says")
        return true;
    }
    return false;
  }

  // The leftmost acceptable actor of sentence s before token `before` (subjects come first), or nullptr.
  // With `blocked`, the search stops when a thing no actor names is the
  // subject before the first acceptable actor ("A fire broke out in a Dhaka
  // slum. Officials said it killed nine": "it" is the fire, not Dhaka).
  const ActorMention* leftmost(uint32_t s, uint32_t before, Want want, const ActorMention* like, bool object,
                               bool* blocked = nullptr) const {
    for (const ActorMention& m : sent_[s]) {
      if (m.first >= before) break;
      if (m.first >= 2 && tokens(s)[m.first - 1].lower == "to" && tokens(s)[m.first - 2].lower == "according")
        continue;
      if (object && before != UINT32_MAX && !clause_between(s, m.last, before)) continue;
      if (accepts(want, m, like)) {
        if (blocked && thing_subject_before(s, m)) {
          *blocked = true;
          return nullptr;
        }
        return &m;
      }
    }
    return nullptr;
  }

  // The name of whoever speaks at token t of sentence s: a quote's speaker,
  // a transcript's labelled speaker, the speaker of an address the title
  // names; "" for the narrator.
  std::string voice_name(uint32_t s, uint32_t t) const {
    const auto [ss, at] = speakers_.speaker(s, t);
    if (ss >= 0) {
      for (const ActorMention& m : sent_[static_cast<uint32_t>(ss)])
        if (m.first == at) return m.name;
      return {};
    }
    if (label_) return label_->name;
    return doc_.title_speaker.name;
  }

  // True when actor m is no subject (it follows a preposition or a verb: "in
  // a Dhaka slum") and a singular common noun no actor covers is the subject
  // of a verb before it ("A fire broke out"): "it" is more likely that thing.
  bool thing_subject_before(uint32_t s, const ActorMention& m) const {
    const std::vector<Token>& tok = tokens(s);
    uint32_t b = m.first;
    while (b > 0 && (tok[b - 1].tag == "DT" || tok[b - 1].tag.rfind("JJ", 0) == 0 || tok[b - 1].tag == "CD")) --b;
    if (b == 0) return false;
    const std::string& pt = tok[b - 1].tag;
    if (pt != "IN" && pt != "TO" && pt.rfind("VB", 0) != 0) return false;
    // ("as Iran said it would": a subordinator opens a clause whose subject m is.)
    if (str_in(std::string_view(tok[b - 1].lower), kSubordinators)) return false;
    for (uint32_t t = 0; t + 1 < b; ++t) {
      if (tok[t].tag != "NN" || covering_mention(s, t)) continue;
      uint32_t v = t + 1;
      while (v < b && tok[v].tag.rfind("NN", 0) == 0 && tok[v].tag.rfind("NNP", 0) != 0) ++v;
      if (v < b && (tok[v].tag == "VBD" || tok[v].tag == "VBZ" || tok[v].tag == "VBP" || tok[v].tag == "MD") &&
          tok[v - 1].tag == "NN" && !covering_mention(s, v - 1))
        return true;
    }
    return false;
  }

  const ActorMention* find(uint32_t s, uint32_t t, Want want, uint32_t reach, const ActorMention* like = nullptr) const {
    std::string_view w = tokens(s)[t].lower;
    // A subject pronoun right after a common noun opens a reduced relative
    // clause ("stormed the room they were in"): like an object, it is not the
    // subject of the clause that holds the noun.
    const bool relative = t > 0 && (w == "they" || w == "he" || w == "she") &&
                          tokens(s)[t - 1].tag.rfind("NN", 0) == 0 && tokens(s)[t - 1].tag.rfind("NNP", 0) != 0;
    const bool object = w == "him" || w == "them" || w == "her" || relative;
    bool blocked = false;
    bool* block = want == Want::kCollective ? &blocked : nullptr;
    const ActorMention* a = leftmost(s, t, want, like, object, block);
    for (uint32_t back = 1; !a && !blocked && back <= reach && back <= s; ++back)
      a = leftmost(s - back, UINT32_MAX, want, like, false, block);
    return a;
  }

  // Where the article first names an actor of this code (sentence, token):
  // the two sides of a pair keep the order the article introduced them in
  // ("Zelensky spoke with Sandu. Sandu thanked the President of Ukraine. The
  // leaders discussed ..." is Zelensky's side first).
  std::pair<uint32_t, uint32_t> first_seen(const std::string& code, uint32_t s) const {
    for (uint32_t u = 0; u <= s && u < sent_.size(); ++u)
      for (const ActorMention& m : sent_[u])
        if (m.code == code) return {u, m.first};
    return {s, UINT32_MAX};
  }
  void in_article_order(uint32_t s, const ActorMention*& a, const ActorMention*& b) const {
    if (first_seen(b->code, s) < first_seen(a->code, s)) std::swap(a, b);
  }

  // The nearest pair: a coordinated "A and B" of two codes, or two mentions
  // sharing tokens ("the presidents" resolved earlier), same sentence first.
  bool find_pair(uint32_t s, uint32_t t, uint32_t reach, const ActorMention*& a, const ActorMention*& b) const {
    for (uint32_t back = 0; back <= reach && back <= s; ++back) {
      const uint32_t u = s - back;
      const uint32_t limit = back == 0 ? t : UINT32_MAX;
      const std::vector<ActorMention>& v = sent_[u];
      for (size_t i = 0; i + 1 < v.size(); ++i) {
        const ActorMention& x = v[i];
        const ActorMention& y = v[i + 1];
        if (y.first >= limit) break;
        if (x.code.empty() || y.code.empty() || x.code == y.code || x.code.rfind("---", 0) == 0) continue;
        const bool same_span = x.first == y.first && x.last == y.last;
        const bool coordinated = y.first == x.last + 1 && tokens(u)[x.last].lower == "and";
        if (!same_span && !coordinated) continue;
        a = &x;
        b = &y;
        return true;
      }
    }
    return false;
  }

  // "President of Russia Vladimir Putin: Yes, we are seeing ...": a sentence
  // that opens with a name and a colon starts that speaker's turn in a
  // transcript; the turn lasts until the next label. A label no actor names
  // ("Pavel Zarubin:") is a speaker of unknown code.
  void speaker_label(uint32_t s) {
    const std::vector<Token>& tok = tokens(s);
    uint32_t colon = 0;
    // (A name of two words at least, proper nouns: "Namely:", "Look:" are no label.)
    while (colon < tok.size() && colon < 8 && tok[colon].lower != ":") {
      const std::string& x = tok[colon].text;
      const bool name = !x.empty() && std::isupper(static_cast<unsigned char>(x[0])) && tok[colon].tag.rfind("NNP", 0) == 0;
      if (!name && x != "of" && x != "the") return;
      ++colon;
    }
    if (colon < 2 || colon + 1 >= tok.size() || tok[colon].lower != ":") return;
    label_ = ActorMention{};
    for (const ActorMention& m : sent_[s])
      if (m.last == colon && m.kind != ActorKind::kPronoun && m.code.size() >= 3 && m.code.rfind("---", 0) != 0)
        label_ = m;
  }

  // A copy of a speaker or audience the body has no tokens of (the title's,
  // a label's), placed at the pronoun that stands for it.
  ActorMention at_pronoun(ActorMention a, uint32_t s, uint32_t t) const {
    a.sentence = s, a.first = t, a.last = t + 1, a.span = tokens(s)[t].span;
    return a;
  }

  static bool first_person_word(std::string_view w) {
    return w == "i" || w == "me" || w == "my" || w == "we" || w == "us" || w == "our";
  }
  bool quoted(uint32_t s, uint32_t t) const {
    for (const Quote& q : doc_.quotes)
      if (q.contains(s, t)) return true;
    return false;
  }

  void add(uint32_t s, uint32_t first, uint32_t last, const ActorMention& a, ActorKind kind) {
    ActorMention x;
    x.sentence = s;
    x.first = first;
    x.last = last;
    x.span = Span{tokens(s)[first].span.begin, tokens(s)[last - 1].span.end};
    x.code = a.code;
    x.name = a.name;
    x.country = a.country;
    x.implicit_country = a.implicit_country;   // placed again with its antecedent (AgentPlacer)
    x.antecedent_sentence = a.sentence;
    x.antecedent_first = a.first;
    x.kind = kind;
    std::string word = tokens(s)[first].lower;
    for (uint32_t t = first + 1; t < last; ++t) word += " " + tokens(s)[t].lower;
    // A chain ("he" -> "the minister" -> a listed person) names the first entry only.
    std::string via = a.entry;
    if (via.rfind("coref:", 0) == 0) {
      via = via.substr(via.find("->") + 2);
      via = via.substr(0, via.find(" (\""));
    }
    x.entry = "coref:" + word + "->" + via + " (\"" + std::string(doc_.text(a.span)) + "\", sentence " +
              std::to_string(a.sentence + 1) + ")";
    added_.push_back(std::move(x));
  }

  // A first-person pronoun inside a quote: the quote's speaker (itself
  // resolved when it is a pronoun: ""...," he said").
  void speaker(uint32_t s, uint32_t t) {
    const auto [ss, at] = speakers_.speaker(s, t);
    if (ss < 0) return;
    const uint32_t sp = static_cast<uint32_t>(ss);
    const ActorMention* a = nullptr;
    for (const ActorMention& m : sent_[sp])
      if (m.first == at) a = &m;
    if (!a && sp == s)
      for (const ActorMention& m : added_)
        if (m.first == at) a = &m;
    if (!a) {
      std::string_view w = tokens(sp)[at].lower;
      if (str_in(w, kPersonPronouns)) a = find(sp, at, Want::kPerson, CorefResolver::kPronounReach);
      else if (w == "it") a = find(sp, at, Want::kCollective, CorefResolver::kPronounReach);
      else if (w == "they") a = find(sp, at, Want::kPlural, 1);
    }
    if (a) {
      const ActorMention copy = *a;
      possessed_or_self(s, t, copy);
    }
  }

  // "its forces", "his government": one mention of the antecedent's country
  // with the agent's role (of the antecedent itself when it is no state
  // body: "its leaders" of a church); any other pronoun is the antecedent.
  void possessed_or_self(uint32_t s, uint32_t t, const ActorMention& a) {
    const std::vector<Token>& tok = tokens(s);
    // "congratulated his interlocutor", "thanked her counterpart": the other
    // side, the nearest person of another country.
    if (tok[t].tag == "PRP$" && t + 1 < tok.size() &&
        (tok[t + 1].lower == "counterpart" || tok[t + 1].lower == "interlocutor") && a.country.size() == 3) {
      if (const ActorMention* o = other_side(s, t, a)) {
        const ActorMention other = *o;
        add(s, t, t + 1, a, ActorKind::kPronoun);
        add(s, t + 1, t + 2, other, ActorKind::kDescription);
        return;
      }
    }
    if (tok[t].tag == "PRP$") {
      uint32_t u = t + 1;
      if (u < tok.size() && tok[u].tag.rfind("JJ", 0) == 0) ++u;
      const ActorMention* g = u < tok.size() ? covering_mention(s, u) : nullptr;
      if (g && g->kind == ActorKind::kAgent && g->first == u && g->code.size() > 3 && a.code.size() >= 3) {
        const ActorMention agent = *g;
        add(s, t, agent.last, a, ActorKind::kPronoun);
        ActorMention& x = added_.back();
        const bool state = a.code.size() == 3 || (a.code.size() == 6 && str_in(std::string_view(a.code).substr(3), kStateRoles));
        // ("his lawyer", "her supporters": other people, of the person's country.)
        const bool own_people = person_like(a) && agent.code.size() == 6 &&
                                str_in(std::string_view(agent.code).substr(3), kPersonRoles);
        if ((state || own_people) && a.code.rfind("IGO", 0) != 0) {
          x.code = a.code.substr(0, 3) + agent.code.substr(3);
          x.name = agent.name;
        }
        x.entry += " + " + agent.entry;
        // The title is its owner's too where the actor stage read it alone
        // ("its leaders" of a church are no state leaders when "they" later
        // refers back to them).
        if (agent.implicit_country)
          for (ActorMention& m : sent_[s])
            if (m.kind == ActorKind::kAgent && m.first == agent.first && m.last == agent.last) {
              m.code = x.code;
              m.country = x.country;
            }
        return;
      }
    }
    add(s, t, t + 1, a, ActorKind::kPronoun);
  }

  // The nearest person-like mention with a role, before token t of sentence
  // s, whose country is not a's; nullptr when none within reach.
  const ActorMention* other_side(uint32_t s, uint32_t t, const ActorMention& a) const {
    for (uint32_t back = 0; back <= CorefResolver::kDescriptionReach && back <= s; ++back) {
      const std::vector<ActorMention>& v = sent_[s - back];
      for (size_t i = v.size(); i-- > 0;) {
        const ActorMention& m = v[i];
        if (back == 0 && m.first >= t) continue;
        if (m.code.size() > 3 && m.code.rfind("---", 0) != 0 && m.country.size() == 3 && m.country != a.country &&
            m.code.rfind("IGO", 0) != 0 && person_like(m))
          return &m;
      }
    }
    return nullptr;
  }

  // "it is clear that", "it seems", "it was not immediately known".
  // The reporting verb's position when the sentence opens with a name no
  // actor covers and that verb ("Monsanto said", "Smith added"); past the
  // sentence's end otherwise.
  uint32_t unknown_reporter(uint32_t s) const {
    const std::vector<Token>& tok = tokens(s);
    const uint32_t n = static_cast<uint32_t>(tok.size());
    uint32_t t = 0;
    while (t < n && t < 4 && tok[t].tag.rfind("NNP", 0) == 0) ++t;
    if (t == 0 || t >= n || covering(s, 0) >= 0 || covering(s, t - 1) >= 0) return n;
    if ((tok[t].tag == "VBD" || tok[t].tag == "VBZ") && str_in(std::string_view(tok[t].lemma), kReportVerbs)) return t;
    return n;
  }

  bool expletive(uint32_t s, uint32_t t) const {
    const std::vector<Token>& tok = tokens(s);
    if (t + 1 >= tok.size()) return true;
    if (str_in(std::string_view(tok[t + 1].lemma), kExpletiveVerbs)) return true;
    if (tok[t + 1].lemma == "be" || tok[t + 1].lower == "'s") {
      uint32_t u = t + 2;
      while (u < tok.size() && (tok[u].tag.rfind("RB", 0) == 0 || tok[u].lower == "not")) ++u;
      if (u >= tok.size()) return true;
      const std::string& tag = tok[u].tag;
      return tag.rfind("JJ", 0) == 0 || tag == "DT" || tag == "VBN" || tag == "TO" || tok[u].lower == "time";
    }
    return false;
  }

  // "the parties", "the sides", "the interlocutors": the two sides of a talk.
  static bool meeting_noun(std::string_view w) { return w == "parties" || w == "sides" || w == "interlocutors"; }

  // "the occupiers", "the aggressor": the article's adversary (Adversary),
  // its role from adversary_nouns.txt. True when one was added at u.
  bool adversary(uint32_t s, uint32_t t, uint32_t u) {
    std::string role;
    uint32_t end = 0;
    if (!adversary_ || covering_mention(s, u) || !adversary_words_.noun_at(tokens(s), u, &role, &end)) return false;
    add(s, t, end, *adversary_, ActorKind::kDescription);
    added_.back().code = adversary_->code + role;
    return true;
  }

  void description(uint32_t s, uint32_t t) {
    const std::vector<Token>& tok = tokens(s);
    const uint32_t n = static_cast<uint32_t>(tok.size());
    uint32_t u = t + 1;
    if (u < n && (tok[u].lower == "two" || tok[u].lower == "both")) ++u;
    if (u >= n) return;
    if (u == t + 1 && adversary(s, t, u)) return;
    const std::string& noun = tok[u].lower;
    const bool ends_np = u + 1 >= n || tok[u + 1].tag.rfind("NN", 0) != 0;
    const ActorMention* covered = covering_mention(s, u);
    // "The heads of state exchanged wishes": the two of them, as "the presidents".
    const bool heads_of = noun == "heads" && u + 2 < n && tok[u + 1].lower == "of" &&
                          (tok[u + 2].lower == "state" || tok[u + 2].lower == "government");
    const uint32_t span_end = heads_of ? u + 3 : u + 1;
    if ((str_in(std::string_view(noun), kPairNouns) && ends_np &&
         (u > t + 1 || tok[t].lower == "both" || noun == "presidents" || noun == "leaders" || meeting_noun(noun))) ||
        heads_of) {
      const ActorMention *a = nullptr, *b = nullptr;
      const bool persons = noun == "presidents" || noun == "leaders" || noun == "ministers" || noun == "heads" ||
                           meeting_noun(noun);
      if (find_pair(s, t, CorefResolver::kDescriptionReach, a, b) && (!persons || (a->code.size() > 3 && b->code.size() > 3))) {
        in_article_order(s, a, b);
        add(s, t, span_end, *a, ActorKind::kDescription);
        add(s, t, span_end, *b, ActorKind::kDescription);
        return;
      }
      if (noun != "presidents" && noun != "leaders" && noun != "ministers" && !heads_of && !meeting_noun(noun)) return;
      // The two most recent persons of different countries ("Zelensky spoke
      // with Prime Minister X. The parties discussed ...").
      const ActorMention* x = find(s, t, Want::kPerson, CorefResolver::kDescriptionReach);
      if (!x) return;
      for (uint32_t back = 0; back <= CorefResolver::kDescriptionReach && back <= s; ++back)
        for (const ActorMention& m : sent_[s - back]) {
          if (m.sentence == s && m.first >= t) break;
          if (&m != x && person_like(m) && m.code.rfind("---", 0) != 0 && m.code.substr(0, 3) != x->code.substr(0, 3)) {
            const ActorMention* p = x;
            const ActorMention* q = &m;
            in_article_order(s, p, q);
            const ActorMention first = *p, second = *q;
            add(s, t, span_end, first, ActorKind::kDescription);
            add(s, t, span_end, second, ActorKind::kDescription);
            return;
          }
        }
      return;
    }
    if (tok[t].lower != "the" || u != t + 1) return;
    if (str_in(std::string_view(noun), kGroupNouns) && !covered && ends_np) {
      if (const ActorMention* a = find(s, t, Want::kOrganisation, CorefResolver::kDescriptionReach))
        add(s, t, u + 1, *a, ActorKind::kDescription);
    } else if ((str_in(std::string_view(noun), kMediaNouns) || str_in(std::string_view(noun), kBusinessNouns)) && !covered &&
               ends_np) {
      const Want want = str_in(std::string_view(noun), kMediaNouns) ? Want::kMedia : Want::kBusiness;
      if (const ActorMention* a = find(s, t, want, CorefResolver::kDescriptionReach))
        add(s, t, u + 1, *a, ActorKind::kDescription);
    } else if (str_in(std::string_view(noun), kCountryNouns) && !covered && ends_np) {
      if (const ActorMention* a = find(s, t, Want::kCountry, CorefResolver::kDescriptionReach))
        add(s, t, u + 1, *a, ActorKind::kDescription);
    } else if (noun == "state" && u == t + 1 && !covered && u + 1 < n &&
               (tok[u + 1].tag.rfind("VB", 0) == 0 || tok[u + 1].tag == "MD")) {
      // "The governor of Ohio announced the state had extended its order":
      // the state as a government, of the nearest country, when it is a
      // verb's subject (not "for the state", "the state of emergency").
      // (The country of an actor of its own sentence first: "the governor of Ohio".)
      const ActorMention* a = nullptr;
      for (const ActorMention& m : sent_[s])
        if (m.first < t && m.country.size() == 3 && m.code.rfind("---", 0) != 0) a = &m;
      if (!a) a = find(s, t, Want::kCountry, CorefResolver::kDescriptionReach);
      if (a) {
        const ActorMention copy = *a;
        add(s, t, u + 1, copy, ActorKind::kDescription);
        added_.back().code = copy.country + "GOV";
      }
    } else if (str_in(std::string_view(noun), kTitleWords) && covered) {
      // A bare title the actor stage coded with the article's main country.
      const ActorMention m = *covered;
      if (m.kind != ActorKind::kAgent || m.first != u || tok[m.last - 1].tag == "NNS") return;
      // The person the article calls by that title ("President Zelenskyy ...
      // met Pedro Sanchez ... the President said" is Zelenskyy) is that
      // person only: the actor stage's guess of the article's country goes.
      // (Never the one speaking: in Putin's "I thank the President", the guest.)
      if (const ActorMention* a = first_titled(doc_, sent_, s, t, noun, m, voice_name(s, t))) {
        add(s, m.first, m.last, *a, ActorKind::kDescription);
        replaced_.emplace_back(m.first, m.last);
      } else if ((a = find(s, t, Want::kSameRole, CorefResolver::kDescriptionReach, &m))) {
        // Else the nearest person of its role, beside the actor stage's guess
        // ("The Secretary of State thanked": whose, the words do not say).
        add(s, m.first, m.last, *a, ActorKind::kDescription);
      }
    }
  }

  const Document& doc_;
  std::vector<std::vector<ActorMention>>& sent_;
  const FirstNames& names_;
  std::optional<ActorMention> label_;   // the transcript's current speaker, once a label was seen (speaker_label)
  uint32_t pron_s_ = UINT32_MAX, pron_t_ = 0;   // the person pronoun being resolved (sentence, token)
  char gender_ = 0;   // of the person pronoun being resolved, while it is
  std::vector<ActorMention> added_;
  std::vector<std::pair<uint32_t, uint32_t>> replaced_;   // agent spans a description replaces (this sentence)
  const Adversary& adversary_words_;
  std::optional<ActorMention> adversary_;   // the country the article names with "aggression" (Adversary::find)   // agent spans a description replaces (this sentence)
  QuoteSpeakers speakers_;
};

}  // namespace

Result<CorefResolver> CorefResolver::load(const DataPaths& paths) {
  CorefResolver r;
  for (auto [list, file] : {std::pair{&r.adversary_nouns_, "words/adversary_nouns.txt"}, std::pair{&r.aggression_cues_, "words/aggression_cues.txt"}}) {
    Result<WordList> w = WordList::load(paths, file, true);
    if (!w.ok()) return w.error();
    *list = std::move(w.value());
  }
  const std::string path = paths.find("first_names.tsv");
  if (path.empty()) return r;   // no genders: person pronouns take the nearest person
  std::ifstream in(path);
  if (!in) return Error{ErrorCode::kFileNotFound, path, 0, "cannot open", ""};
  std::string line;
  uint64_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string::npos || tab + 2 != line.size() || (line[tab + 1] != 'M' && line[tab + 1] != 'F'))
      return Error{ErrorCode::kDictionary, path, n, "expected 'Name<TAB>M|F'", line.substr(0, 80)};
    r.names_.emplace(line.substr(0, tab), line[tab + 1]);
  }
  return r;
}

void CorefResolver::annotate(Document& doc) const {
  if (doc.sentences.empty()) return;
  std::vector<std::vector<ActorMention>> by_sentence(doc.sentences.size());
  for (ActorMention& m : doc.actors)
    if (m.sentence < by_sentence.size()) by_sentence[m.sentence].push_back(std::move(m));
  const Adversary adversary(adversary_nouns_, aggression_cues_);
  Resolver r(doc, by_sentence, names_, adversary);
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) r.sentence(s);
  doc.quotes = r.quotes();
  doc.actors.clear();
  for (auto& v : by_sentence)
    for (ActorMention& m : v) doc.actors.push_back(std::move(m));
}

}  // namespace herald
