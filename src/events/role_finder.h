// Finds the actors that fill an event's roles around a matched verb or noun,
// using token positions, verb groups and actor mentions (no parse tree).
//
//   herald::RoleFinder roles(ctx);
//   std::vector<int32_t> src, tgt;             // doc.actors indices
//   roles.subject_before(group.first, src);    // "Israel and Egypt attacked" -> both
//   roles.object_after(match.last, false, tgt);  // "visited Israel, Jordan and Qatar"
//
// All scans are bounded (kWindow tokens), so role finding is linear per sentence.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "events/sentence_context.h"

namespace herald {

class RoleFinder {
 public:
  static constexpr uint32_t kWindow = 25;      // furthest a subject or object may lie
  static constexpr uint32_t kCoordGap = 8;     // furthest between coordinated actors

  explicit RoleFinder(const SentenceContext& ctx) : ctx_(ctx) {}

  // The subject of a verb group starting at token `verb_first`: the nearest
  // actor before it in the same clause, preferring one not inside a
  // prepositional phrase, with actors coordinated to it ("A and B").
  void subject_before(uint32_t verb_first, std::vector<int32_t>& out) const;
  // The subject of the clause a prepositional adjunct holding the noun at
  // `noun_first` belongs to: "made the pledge during talks with Moi",
  // "Putin said this in a call with Erdogan" (the verb before the adjunct),
  // "After talks with Moi, Camdessus said" (the verb after its comma).
  void adjunct_subject(uint32_t noun_first, std::vector<int32_t>& out) const;
  // The object from token `from` on: the first actor in the clause (or, when
  // `directly`, one right after `from` past modifiers), plus coordinated ones.
  // A bare mention of `own_country` (the subject's own country, "Washington
  // blocked US chips to China"), or an agent word the actor stage gave that
  // country ("Russia hit military bases"), is passed over; the agent only
  // when `own_agents` (the subject is institutional) and the agent is
  // institutional too ("police beat protesters" keeps its target).
  void object_after(uint32_t from, bool directly, std::vector<int32_t>& out,
                    const std::string& own_country = {}, bool own_agents = true) const;
  // The first actor in tokens [first, last) of a pattern's own words ("named X
  // as terrorists"), with those coordinated to it, into `out`; not one of
  // `sources` or of their code, not "his", not a generic word the pattern
  // names itself ("sent troops", "hit military bases").
  void object_inside(uint32_t first, uint32_t last, const std::vector<int32_t>& sources, std::vector<int32_t>& out) const;
  // The object past a parenthetical right after `from`: "alleged, by way of
  // example, Mahan had ..." (object_after from after its closing comma).
  void object_after_aside(uint32_t from, std::vector<int32_t>& out, const std::string& own_country, bool own_agents) const;
  // The place (doc.places index) that is the direct object from token `from`
  // ("shelled Kharkiv", "advanced into the city of Kostyantynivka"), where no
  // actor comes first; -1 when none.
  int32_t place_after(uint32_t from, bool directly) const;
  // A bare country that locates the object from token `from`: "airstrikes on
  // several locations in Afghanistan", "positions near Syria" (an actor, not
  // a place, to the actor stage); the actor index or -1. At most three object
  // words before the locating preposition; nothing when an actor comes first.
  int32_t located_country_after(uint32_t from) const;
  // The aim of a passive or reduced relative, after its agent: "fired by the
  // Houthis at Israel" (an actor into `out`), "at the Nevatim Airbase in
  // southern Israel" (a place, returned; -1 when none). Looks for at, on,
  // against, into, toward(s) within the clause after token `from`.
  int32_t aim_after(uint32_t from, std::vector<int32_t>& out) const;
  // The source named by "from" right after an event noun ending at `from`:
  // "attacks from Iran", "rocket fire from Gaza"; -1 when none.
  int32_t origin_after(uint32_t from) const;
  // The "by X" agent within a few tokens after `from` (passives, noun forms).
  void by_agent(uint32_t from, std::vector<int32_t>& out) const;
  // The role an apposition gives a name no list holds, starting at token
  // `name` ("Irma Tchkadua, his lawyer": the lawyer mention), or -1.
  int32_t apposition_after_name(uint32_t name) const;
  // The owner of a noun event whose phrase starts at `noun_first`: possessive
  // or adjectival actors inside the noun phrase ("Tehran's ... strike",
  // "Israeli and American airstrikes").
  void noun_owner(uint32_t noun_first, std::vector<int32_t>& out) const;
  // The actors inside the noun phrase that opens the clause of token `verb_first`
  // ("A failed government scheme ... has been branded": the government), when
  // that phrase's head is no actor itself; the head noun's token in *head.
  void clause_subject_owner(uint32_t verb_first, std::vector<int32_t>& out, uint32_t* head = nullptr) const;
  // The actor nearest to token `at` whose country differs from `country`, or -1.
  int32_t nearest_other_country(uint32_t at, const std::string& country) const;
  // The nearest finite verb group before token `before` in the clause
  // (stopping at ; : and quotes), or -1.
  int32_t previous_finite_group(uint32_t before) const;
  // The subject of the main clause a sentence-opening participle clause
  // hangs on: "Offering his condolences, the speaker of parliament wrote",
  // "After meeting Erdogan, the minister flew home" (the actor right after
  // the clause's comma, before a finite verb).
  void fronted_subject(uint32_t verb_first, std::vector<int32_t>& out) const;
  // The main clause's finite verb group that a participle clause starting at
  // `verb_first` hangs on: "X denounced ..., saying ...", and a participle
  // coordinated with such a one ("..., each saying ... and blaming Iran");
  // -1 when the participle opens no such clause.
  int32_t participle_main(uint32_t verb_first) const;
  // The finite verb group whose manner a gerund after "by" or "in" at
  // `verb_first` tells, the nearest verb group before it in the clause:
  // "Israel responded by bombing Gaza", "the US was forceful in blaming
  // Iran", "France joined Germany in condemning"; -1 when the nearest group
  // is no finite one ("accused X of escalating by arming", "threatened to
  // respond by striking") or a word of the manner_blockers list stands before
  // the preposition ("interested in visiting").
  int32_t manner_main(uint32_t verb_first) const;
  // The subject of a verb of answering whose "with" introduces the event
  // noun starting at `noun_first` (past its modifiers): "the IRGC responded
  // to those strikes with wide-ranging attacks on US bases" (the IRGC).
  void response_subject(uint32_t noun_first, std::vector<int32_t>& out) const;
  // Adds to `out` the actors coordinated after actor `a` ("Jordan and Qatar").
  void coordinate_forward(int32_t a, std::vector<int32_t>& out) const;
  // Adds to `out` the actors coordinated before actor `a` ("Israel and Egypt").
  void coordinate_backward(int32_t a, std::vector<int32_t>& out) const;

  // A code with no role, or an institutional one: the state, an armed group
  // or business (GOV MIL COP JUD LEG SPY REB BUS).
  static bool institutional(const std::string& code);
  // A role of private people: civilians, criminals, refugees, students,
  // workers, health staff (CVL CRM REF EDU LAB HLH).
  static bool people(const std::string& code);

 private:
  // Moves to the head of a run of adjacent mentions ("Shia Hezbollah movement").
  int32_t head_of_run(int32_t a) const;
  // True when the actor is the object of a preposition ("the war in Gaza").
  bool in_prep_phrase(int32_t a) const;
  // The comma opening a relative clause between commas whose verb starts at
  // `verb_first` (", which fell to ..."): its index, or -1.
  int64_t relative_start(uint32_t verb_first) const;
  // The verb group of saying whose reported clause the verb at `verb_first`
  // heads ("said (that) Kiev was"), or -1.
  int32_t saying_verb_of(uint32_t verb_first) const;
  bool connective(uint32_t t) const;
  // Adds a and the mentions sharing its tokens ("the two leaders").
  void push_with_companions(std::vector<int32_t>& out, int32_t a) const;
  // The speaker of a trailing attribution: "..., the US alleged", "..., said the minister".
  bool inverted_speaker(const ActorMention& m) const;
  // An agent word the actor stage gave the article's country ("military bases").
  bool bare_agent(const ActorMention& m) const;

  const SentenceContext& ctx_;
};

}  // namespace herald
