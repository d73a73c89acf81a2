// Codes CAMEO events (source actor, event code, target actor) from the verb
// patterns, verb groups and actor mentions of each sentence.
//
//   auto verbs = herald::VerbDictionary::load(paths);   // data/verbs/*.txt
//   auto cameo = herald::CameoTable::load(paths);       // data/cameo/cameo_codes.tsv
//   herald::EventCoder coder(verbs.value(), cameo.value());
//   coder.annotate(doc);   // appends doc.events (needs sentences, tags, phrases, actors)
//   herald::EventTrace trace;
//   coder.annotate(doc, &trace);   // the same, and records why (herald explain)
//
// Rules (shared/gold/GUIDE.md): negated, modal, future, conditional and
// intended ("is expected to visit") verbs give no event; passives take the
// "by" agent as source and the subject as target; coordinated actors give one
// event each; "X said Y attacked Z" codes Y 19x Z; noun forms ("Tehran's
// missile strike") give events with the possessive or adjective as source.
// Each (source, code, target, verb span) is emitted once.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/document.h"
#include "events/cameo_table.h"
#include "events/event_trace.h"
#include "events/event_words.h"
#include "events/reported_act.h"
#include "events/role_finder.h"
#include "events/statement_coder.h"
#include "events/verb_dictionary.h"

namespace herald {

class EventCoder {
 public:
  // All must outlive the coder. With keep_negated, events of negated verbs
  // ("did not attack") are appended too, with Event::negated set. With
  // statements, what speakers' words do to the actors they are about is
  // coded too ("X called Y's plan a disgrace": X 111 Y).
  // With words, the rules that consult data/words lists run too (pair nouns,
  // message nouns); without, they are off.
  EventCoder(const VerbDictionary& verbs, const CameoTable& cameo, bool keep_negated = false,
             const StatementCoder* statements = nullptr, const EventWords* words = nullptr)
      : verbs_(verbs), cameo_(cameo), keep_negated_(keep_negated), statements_(statements), words_(words) {}
  // True for actors of the state or the political arena (GOV MIL COP JUD LEG
  // OPP REB SPY roles, IGOs): the only ones coded in sport and business stories.
  static bool political_actor(const std::string& code);
  // Appends the events of every sentence of doc to doc.events; with a trace,
  // also records per sentence the patterns that matched and what became of them.
  void annotate(Document& doc, EventTrace* trace = nullptr) const;

 private:
  struct Scratch {
    SentenceContext ctx;
    std::vector<PatternMatch> matches;
    std::vector<SpeechStart> speech;             // where speech starts in the current sentence
    std::vector<ReportedAct> reported_acts;      // the appeals and threats told in it
    std::vector<StatementCoder::Found> statements;
    std::vector<size_t> reported;               // doc.events coded in the current sentence
    int32_t pair_source = -1, pair_target = -1; // the sides of the last meeting coded (doc.actors)
    uint32_t pair_sentence = 0;
    // The last acts coded, which "the move", "the operation", "the
    // allegations" and a claim of responsibility refer back to.
    struct RecentAct {
      int32_t source = -1;                      // doc.actors index, -1 when none yet
      int32_t target = -1;                      // its first target, -1 when none
      uint32_t sentence = 0;
    };
    RecentAct recent_act;                       // of any kind
    RecentAct recent_force;                     // a use of force (roots 15-20)
    RecentAct recent_accusation;                // a disapproval or rejection (roots 11-12)
    RecentAct recent_charge;                    // ... or coercion (root 17): "denied the charges
    std::vector<int32_t> sources, targets;
    int32_t place_target = -1;
    ArticleTopic topic = ArticleTopic::kNone;   // sport or business articles keep only state actors                  // doc.places index standing in for a target actor
    std::unordered_set<std::string> seen;       // (source, code, target, verb span) emitted
    std::unordered_set<std::string> nominal;    // (source country, root, target country) of noun-form events
    uint32_t told_noun = UINT32_MAX;            // the current sentence's attack noun a passive verb's agent came from
    SentenceTrace* trace = nullptr;             // the sentence's record, when tracing
    MatchTrace* match = nullptr;                // the current match's record, when tracing
    int emitted = 0;                            // events coded by the current match
  };

  void code_sentence(Document& doc, uint32_t s, Scratch& sc) const;
  // Opens the trace record of a match (pattern or rule) when tracing:
  // sc.match points at it until the match is judged.
  static void trace_match(Scratch& sc, const PatternMatch& m, std::string_view code, uint32_t first, uint32_t last,
                          std::string words, bool noun_form = false);
  // "X said Y should accept": X appeals to Y (020, or 025 to yield);
  // "X said Y will face consequences": X threatens Y (130).
  void code_reported_acts(Document& doc, Scratch& sc) const;
  // "The interlocutors paid attention to ...": in a sentence nothing else
  // coded, both sides of the meeting as subject of a discussion verb (040).
  void code_discussion(Document& doc, size_t first_event, Scratch& sc) const;
  // "X said Y's plan was a disgrace": the speaker's own act (StatementCoder).
  void code_statements(Document& doc, size_t first_event, Scratch& sc) const;
  // Each returns nullptr when it coded, else the reason it did not.
  const char* code_verbal(Document& doc, const PatternMatch& m, Scratch& sc) const;
  const char* code_nominal(Document& doc, const PatternMatch& m, Scratch& sc) const;
  const char* emit(Document& doc, const PatternMatch& m, Scratch& sc, bool nominal, bool negated,
                   const std::string& implicit_source) const;

  const VerbDictionary& verbs_;
  const CameoTable& cameo_;
  bool keep_negated_ = false;
  const StatementCoder* statements_ = nullptr;
  const EventWords* words_ = nullptr;

  // "The interlocutors discussed ...": a subject naming both sides of the
  // meeting last coded (within kPairReach sentences) takes its two actors.
  static constexpr uint32_t kPairReach = 6;
  bool pair_subject(const SentenceContext& ctx, uint32_t verb_first, Scratch& sc) const;
  // "condemned the move", "The operation was condemned": a definite event
  // noun (data/words/event_anaphors.txt) with no actor refers back to the
  // last act coded (within kAnaphorReach sentences); its source is the target.
  static constexpr uint32_t kAnaphorReach = 3;
  // "The operation was condemned": a use of force stays the article's topic
  // longer than a move of any other kind.
  static constexpr uint32_t kForceAnaphorReach = 8;
  // "denied the allegations", "the charge was denied": an accusation is
  // answered further on in an article than a move is judged.
  static constexpr uint32_t kAccusationAnaphorReach = 6;
  bool anaphor_target(const SentenceContext& ctx, uint32_t at, bool before, Scratch& sc) const;
  // The actor an event noun after `at` (or, when `before`, the subject noun
  // before it) refers back to: the source of the act it names, told within
  // reach; -1 when none. The noun's token and the act's sentence when found.
  int32_t anaphor_actor(const SentenceContext& ctx, uint32_t at, bool before, const Scratch& sc,
                        uint32_t* head_at = nullptr, uint32_t* sentence = nullptr) const;
  // A claim of responsibility (015) with no target of its own, or with "the
  // attack" read as the attacker: the target of the last use of force.
  void claimed_target(const SentenceContext& ctx, Scratch& sc) const;
  // A denial with no one named answers the last accusation or charge made
  // against the one denying ("Trump denied any wrongdoing": whoever accused
  // him in the sentences before, within kAccusationAnaphorReach).
  void answered_accuser(const SentenceContext& ctx, Scratch& sc) const;
  // An event noun that is the subject of a passive performing verb ("The
  // airstrikes on Gaza were carried out by X"): the by-agent as its source.
  void performed_by(const SentenceContext& ctx, const PatternMatch& m, Scratch& sc) const;
};

}  // namespace herald
