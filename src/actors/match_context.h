// Internal to herald_actors: one sentence's tokens and dictionary matches,
// and the composition of matches into ActorMentions (mention_builder.cpp).
//
//   SentenceMatches m = scan_sentence(dict, tokens, date);
//   MentionBuilder b(dict, tokens, m, date, main_country, sentence_index);
//   b.build(doc.actors);
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "actors/actor_dictionary.h"
#include "core/document.h"
#include "core/str_eq.h"

namespace herald {

// One dictionary match: tokens [first, last) of a sentence.
struct Piece {
  uint32_t first = 0, last = 0;
  PhraseSource source = PhraseSource::kAgent;
  uint32_t index = 0;        // country, agent or entry index
};

// How a hyphen prefix bends a country word: "anti-Iraqi rebels", "pro-Russian separatists".
enum class Stance : uint8_t { kNone, kAnti, kPro };

struct TokenKey {
  std::string_view key;      // normalised lower-case form: the token's own lower form, or in SentenceMatches::owned_keys
  bool ex_prefix = false;    // "ex-minister", "anti-Iraqi": the word after the prefix was looked up
  Stance stance = Stance::kNone;
};

// One token naming two countries: "Israeli-Palestinian", "US-China".
struct Compound {
  uint32_t token = 0;
  uint32_t a = 0, b = 0;     // country indexes
  uint32_t split = 0;        // byte offset of the hyphen within the token
};

// Move-only: keys view the tokens and owned_keys (reserved once, so a move
// keeps the views valid; a copy would not).
struct SentenceMatches {
  SentenceMatches() = default;
  SentenceMatches(SentenceMatches&&) = default;
  SentenceMatches& operator=(SentenceMatches&&) = default;
  SentenceMatches(const SentenceMatches&) = delete;
  SentenceMatches& operator=(const SentenceMatches&) = delete;

  std::vector<TokenKey> keys;
  std::vector<std::string> owned_keys;   // keys no token holds: normalised or prefix-stripped forms
  std::vector<Piece> pieces;
  std::vector<int32_t> piece_at;   // per token: the piece starting there, or -1
  std::vector<Compound> compounds;
  std::vector<std::string_view> surnames;   // capitals read as a person's surname ("Sudesh Amman"): keys
};

// Finds the longest dictionary matches, left to right, case rules and guards applied.
SentenceMatches scan_sentence(const ActorDictionary& dict, const std::vector<Token>& tokens,
                              const std::optional<CivilDate>& date);

// A person's code on a date: the covering role, else the bare country.
struct ResolvedEntry {
  std::string code;          // "" when neither role nor country
  std::string country;       // alpha-3 or ""
  bool active = false;       // a role covers the date
};
ResolvedEntry resolve_entry(const ActorEntry& e, const std::optional<CivilDate>& date);

// Turns one sentence's pieces into mentions.
class MentionBuilder {
 public:
  MentionBuilder(const ActorDictionary& dict, const std::vector<Token>& tokens, const SentenceMatches& m,
                 const std::optional<CivilDate>& date, const std::string& main_country, uint32_t sentence)
      : dict_(dict), tok_(tokens), m_(m), date_(date), main_(main_country), sentence_(sentence) {}
  void build(std::vector<ActorMention>& out);
  // Adds the names that appositions describe: "Rami Tarsh, the foreign minister
  // of Jordan," and "Jordan's foreign minister, Rami Tarsh," (mention_appositive.cpp).
  void appositions(std::vector<ActorMention>& out, size_t from) const;
  // Where "head of (the)" / "a spokeswoman for" before token k starts (k when none).
  uint32_t titled_body(uint32_t k) const;
  // Two mentions for "Israeli-Palestinian" (mention_appositive.cpp).
  void compound(const Compound& c, std::vector<ActorMention>& out) const;

 private:
  struct AgentChain {
    uint32_t end = 0;
    const Agent* first = nullptr;   // the first agent of the row
    const Agent* last = nullptr;    // gives the flags
    const Agent* role = nullptr;    // gives the role (the first, or the title after a sector)
  };
  size_t from_head(size_t i, const Piece& p, std::vector<ActorMention>& out);
  size_t from_agent(size_t i, const Piece& p, std::vector<ActorMention>& out);
  AgentChain chain(size_t k) const;
  uint32_t tail(uint32_t end, const AgentChain& c, uint32_t agent_first) const;
  uint32_t name_run(uint32_t k) const;
  const Piece* piece(size_t k) const;
  bool is_cap(size_t k) const;
  std::string_view key(size_t k) const { return m_.keys[k].key; }
  bool former_before(uint32_t first) const;
  // Returns the mention's end token (past an absorbed "(ACRONYM)"), or `last` when it is dropped.
  uint32_t finish(ActorMention& a, uint32_t first, uint32_t last, std::vector<ActorMention>& out) const;
  std::string piece_code(const Piece& p) const;
  std::string country_of_code(const std::string& code) const;
  // "anti-Iraqi rebels" keeps Iraq; "pro-Russian separatists" and "anti-Israel
  // protesters" take another country of the sentence, else the main country.
  std::string stance_country(uint32_t first, const std::string& country, const std::string& role) const;
  uint32_t name_before(uint32_t comma) const;
  void title_person(ActorMention& a, const ActorEntry& e, const std::string& explicit_country,
                    const AgentChain& c) const;

  const ActorDictionary& dict_;
  const std::vector<Token>& tok_;
  const SentenceMatches& m_;
  const std::optional<CivilDate>& date_;
  const std::string& main_;
  uint32_t sentence_;
};

// A word after which a capital or a country is the place, not its
// government or a namesake: "in Kyiv", "visited Muscat", "talks in Muscat".
inline bool place_preposition(std::string_view k) {
  return str_in(k, {"in", "at", "to", "from", "into", "near", "outside", "across", "toward", "towards", "via",
                    "visit", "visited", "visiting", "around", "through"});
}

}  // namespace herald
