// The document model: plain data that flows through every stage.
//
//   herald::Document doc;
//   doc.article = ...;                 // filled by a reader (src/read)
//   cleaner.annotate(doc);             // fills doc.body       (src/clean)
//   splitter.annotate(doc);            // fills doc.sentences  (src/text)
//   tagger.annotate(doc);              // fills Token::tag/lemma (src/tag)
//   actor_matcher.annotate(doc);       // fills doc.actors     (src/actors)
//   event_coder.annotate(doc);         // fills doc.events     (src/events)
//   date_resolver.annotate(doc);       // fills Event::date    (src/dates)
//
// Every offset is a byte offset into Document::body (the cleaned body text),
// half-open [begin, end). Stages add their layer and never rewrite another's.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/civil_date.h"

namespace herald {

// A half-open byte range [begin, end) into Document::body.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool operator==(const Span&) const = default;
};

// One article as read from the input, before cleaning.
struct Article {
  std::string doc_id;               // JSON id, else file stem, else hash of URL, else of text
  std::string input;                // where it came from: a path, or "-" for standard input
  uint64_t line = 0;                // 1-based line in a JSON-lines input; 0 for whole-file formats
  std::optional<CivilDate> date;    // the article's publication date, if known
  std::string url;
  std::string title;
  std::string text;                 // the body exactly as read (after UTF-8 validation)
  // Hash of date, url, title and text as read (article_content_hash), set
  // before any stage rewrites them: the store's resume key with doc_id.
  std::string content_hash;
};

// FNV-1a of the article's date, URL, title and text, 16 hex digits.
std::string article_content_hash(const Article& article);

// One token of a sentence.
struct Token {
  Span span;              // into Document::body
  std::string text;       // surface form, as in the body
  std::string lower;      // lower-cased surface form (ASCII and Unicode)
  std::string lemma;      // base form (filled by the tag stage; defaults to lower)
  std::string tag;        // Penn Treebank tag (filled by the tag stage)
};

// One sentence of the body.
struct Sentence {
  Span span;
  std::vector<Token> tokens;
  // The text span of tokens [first, last) (last exclusive, first < last).
  Span tokens_span(uint32_t first, uint32_t last) const {
    return Span{tokens[first].span.begin, tokens[last - 1].span.end};
  }
};

// A phrase found by the tag stage: a chunk of tokens with a type.
enum class PhraseKind : uint8_t { kNoun, kVerb, kPrep };
// Tense of a verb group, as far as the words show it.
enum class Tense : uint8_t { kNone, kPast, kPresent, kFuture };
struct Phrase {
  PhraseKind kind = PhraseKind::kNoun;
  uint32_t first = 0;     // token index in the sentence, inclusive
  uint32_t last = 0;      // token index in the sentence, exclusive
  uint32_t head = 0;      // head token index (the main verb of a verb group)
  // Verb groups only:
  Tense tense = Tense::kNone;
  bool negated = false;   // "did not attack", "never visited"
  bool passive = false;   // "was struck", "were arrested"
  bool modal = false;     // could / would / may / might / should / must
  bool progressive = false;  // "have been targeting"
  bool perfect = false;      // "has embarked"
};

// What kind of dictionary entry an actor mention came from.
enum class ActorKind : uint8_t { kCountry, kAgent, kPerson, kOrganisation, kPronoun, kDescription };

// A short stable name for a kind: "country", "person", ... (store, explain).
std::string_view actor_kind_name(ActorKind k);

// An actor found in a sentence, already resolved to a CAMEO code for the
// article's date.
struct ActorMention {
  uint32_t sentence = 0;  // index into Document::sentences
  uint32_t first = 0;     // token index in the sentence, inclusive
  uint32_t last = 0;      // token index in the sentence, exclusive
  Span span;              // into Document::body
  std::string code;       // CAMEO actor code: "USAGOV", "ISRMIL", "IRN", "IGOUNO"
  std::string name;       // canonical name: "Antony Blinken", "Israel"
  std::string country;    // ISO 3166-1 alpha-3 of the actor, or empty
  ActorKind kind = ActorKind::kCountry;
  std::string entry;      // the dictionary entry that matched: "actors/people.txt:12"
  bool implicit_country = false;  // the words name no country: it is the article's main one ("police")
  // A pronoun's or description's antecedent (coreference): the mention that
  // starts at token antecedent_first of sentence antecedent_sentence.
  static constexpr uint32_t kNoAntecedent = 0xFFFFFFFFu;
  uint32_t antecedent_sentence = kNoAntecedent;
  uint32_t antecedent_first = 0;
};

// A place named in a sentence (country level in the foundation).
struct PlaceMention {
  uint32_t sentence = 0;
  uint32_t first = 0;
  uint32_t last = 0;
  Span span;
  std::string name;       // "Israel", "Gaza"
  std::string country;    // ISO 3166-1 alpha-3
  std::string adm1;
  std::optional<double> lat, lon;
  std::string precision;  // "country", "adm1", "city"
};

// Where an event took place; country empty where unknown.
struct Geo {
  std::string name;
  std::string country;    // ISO 3166-1 alpha-3, or empty
  std::string adm1;
  std::optional<double> lat, lon;
  std::string precision;  // "country", "adm1", "city" or empty
};

// A count of people stated in the text.
enum class CountType : uint8_t { kKilled, kWounded, kArrested, kDisplaced, kKidnapped, kProtesters, kOther };
std::string_view count_type_name(CountType t);

struct Count {
  CountType type = CountType::kOther;
  int64_t number = 0;
  std::string who;           // "people", "children"
  std::string according_to;  // "Palestinian Ministry of Health"
  uint32_t sentence = 0;
  Span span;
};

// One side of an event.
struct EventActor {
  std::string code;       // "" where the event has no target
  std::string name;
  std::string country;
  std::string text;       // the words in the sentence
  std::optional<Span> span;
  bool implicit_country = false;  // the country is the article's default (ActorMention::implicit_country)
};

// One coded event.
struct Event {
  uint32_t sentence = 0;
  EventActor source;
  EventActor target;
  std::string code;          // CAMEO event code "042"
  std::string root;          // "04"
  int quad_class = 0;        // 1..4
  double goldstein = 0.0;
  std::optional<CivilDate> date;
  bool date_from_text = false;
  Geo geo;
  std::vector<Count> counts;
  std::string attribution;
  std::string verb;          // the words that gave the event
  std::optional<Span> verb_span;
  bool negated = false;
  std::string pattern;       // the verb-dictionary entry that fired: "verbs.txt:88"
  double confidence = 1.0;
};

// A verb pattern that matched but gave no event for want of an actor ("those
// taken away were released on Sunday", no one named): a trace of the
// incident that later stages may use (the dates stage dates the same
// incident's undated events from it).
struct EventCue {
  uint32_t sentence = 0;
  Span span;                 // the pattern's words
  std::string code;          // CAMEO event code of the pattern
};

// A quotation, possibly running over several sentences of one paragraph,
// and where its speaker is named (coref stage). "..." marks are not part of it.
struct Quote {
  uint32_t first_sentence = 0, first_token = 0;   // the first quoted token
  uint32_t last_sentence = 0, last_token = 0;     // one past the last quoted token, in last_sentence
  int32_t speaker_sentence = -1;                  // where the speaker is named, or -1 when unknown
  uint32_t speaker_token = 0;
  // True when token t of sentence s is inside the quote.
  bool contains(uint32_t s, uint32_t t) const {
    if (s < first_sentence || s > last_sentence) return false;
    if (s == first_sentence && t < first_token) return false;
    return s != last_sentence || t < last_token;
  }
};

// A range of token indices [first, last) in one sentence.
struct TokenRange {
  uint32_t first = 0;
  uint32_t last = 0;
  bool empty() const { return last <= first; }
};

// The items of sentence s in a vector ordered by sentence (Document::actors,
// Document::places): a binary search, not a scan.
template <typename T>
std::span<const T> of_sentence(const std::vector<T>& items, uint32_t s) {
  auto lo = std::partition_point(items.begin(), items.end(), [s](const T& x) { return x.sentence < s; });
  auto hi = std::partition_point(lo, items.end(), [s](const T& x) { return x.sentence <= s; });
  return {lo, hi};
}

// The CAMEO root of an event code as a number (19 for "190"); 0 when the
// code does not start with two digits.
int cameo_root(std::string_view code);
// The same for an event, from Event::root or else its code.
int event_root(const Event& e);

struct Document;
// The tokens of an event's sentence that overlap its verb span (empty when
// the event has no verb span). Used by the stages that place and date events.
TokenRange verb_token_range(const Document& doc, const Event& e);

// An article and every layer the stages added to it.
struct Document {
  Article article;
  std::string body;                       // cleaned body text; all spans refer to it
  std::vector<Sentence> sentences;
  std::vector<std::vector<Phrase>> phrases;   // per sentence (tag stage)
  std::vector<ActorMention> actors;       // ordered by (sentence, first)
  std::vector<PlaceMention> places;       // ordered by (sentence, first)
  std::vector<Event> events;
  std::vector<EventCue> cues;             // patterns that found no actors (events stage)
  std::vector<Quote> quotes;              // quotations and their speakers (coref stage), in text order
  // The one whose words the whole article is, when its title says so
  // ("... - address by the President of Ukraine"): the unquoted "I" and
  // "we" of the body (actor stage; code empty when none; its spans are 0).
  ActorMention title_speaker;
  // Whom that speech is given to, when the title names it after the speaker
  // ("... to the European Council", "in the Saeima of Latvia"): the body's
  // unquoted "you" and "your" (actor stage; code empty when none).
  ActorMention title_audience;
  std::vector<Count> counts;              // every count found, attached or not
  std::string_view text(Span s) const { return std::string_view(body).substr(s.begin, s.size()); }
};

}  // namespace herald
