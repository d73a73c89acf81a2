#include "events/event_coder.h"

#include "core/str_eq.h"
#include "events/clause_rules.h"
#include "events/factuality.h"
#include "events/governing_verb.h"
#include "events/object_rules.h"
#include "events/rule_patterns.h"
#include "events/speaker_intent.h"

#include <algorithm>
#include <array>

namespace herald {
namespace {

// A pattern that failed only for want of an actor still marks the incident.
bool lacks_actor(std::string_view why) {
  return why.starts_with("no source actor") || why.starts_with("no target actor") ||
         why.starts_with("noun form with no owner");
}

// Codes whose object may be a place standing for its country: force, coercion,
// protest and posture (roots 14-20), and visits ("travelled to Kharkiv").
bool place_targets(const std::string& code) {
  return code.rfind("042", 0) == 0 || (code.size() >= 2 && code.substr(0, 2) >= "14");
}

}  // namespace

bool EventCoder::political_actor(const std::string& code) {
  if (code.rfind("IGO", 0) == 0) return true;
  if (code.size() != 6) return false;
  static constexpr std::array<std::string_view, 8> kRoles = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "SPY"};
  return str_in(std::string_view(code).substr(3), kRoles);
}

void EventCoder::annotate(Document& doc, EventTrace* trace) const {
  Scratch sc;
  const TopicCounts topics = verbs_.topics().count(doc);
  sc.topic = topics.topic();
  if (trace) {
    trace->sentences.assign(doc.sentences.size(), SentenceTrace{});
    trace->topic = sc.topic == ArticleTopic::kSport ? "sport" : sc.topic == ArticleTopic::kBusiness ? "business" : "";
    trace->topic_counts = "sport " + std::to_string(topics.sport) + ", business " + std::to_string(topics.business) +
                          ", politics " + std::to_string(topics.politics) + " words";
  }
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    if (trace) {
      sc.trace = &trace->sentences[s];
      sc.trace->sentence = s;
    }
    code_sentence(doc, s, sc);
  }
}

void EventCoder::trace_match(Scratch& sc, const PatternMatch& m, std::string_view code, uint32_t first,
                             uint32_t last, std::string words, bool noun_form) {
  MatchTrace& t = sc.trace->matches.emplace_back();
  t.where = m.pattern->where;
  t.code = std::string(code);
  t.first = first;
  t.last = last;
  t.noun_form = noun_form;
  t.words = std::move(words);
  sc.match = &t;
}

void EventCoder::code_sentence(Document& doc, uint32_t s, Scratch& sc) const {
  if (doc.sentences[s].tokens.empty()) return;
  sc.told_noun = UINT32_MAX;
  sc.ctx.set_words(words_);
  sc.ctx.build(doc, s);
  if (std::string_view w = verbs_.discard_word(sc.ctx); !w.empty()) {
    if (sc.trace) sc.trace->discarded_by = std::string(w);
    return;
  }
  const size_t first_event = doc.events.size();
  sc.matches.clear();
  verbs_.match(sc.ctx, sc.matches);
  for (const PatternMatch& m : sc.matches) {
    const uint32_t a = m.anchor;
    bool verb_like = sc.ctx.tag(a).rfind("VB", 0) == 0 || (sc.ctx.tag(a).empty() && sc.ctx.group_at(a) >= 0) ||
                     (sc.ctx.tag(a).rfind("JJ", 0) == 0 && Factuality::group_of(sc.ctx, a).first < a);
    bool noun_like = !verb_like && sc.ctx.is_noun(a);
    if (sc.trace)
      trace_match(sc, m, m.pattern->code, m.first, m.last,
                  std::string(doc.text(sc.ctx.sentence().tokens_span(m.first, m.last))), noun_like);
    sc.emitted = 0;
    const char* why = verb_like ? code_verbal(doc, m, sc)
                      : noun_like ? code_nominal(doc, m, sc)
                                  : "event word is neither verb nor noun";
    if (sc.match) {
      sc.match->events = sc.emitted;
      sc.match->outcome = why ? why : "coded";
      sc.match = nullptr;
    }
    if (why && sc.emitted == 0 && lacks_actor(why))
      doc.cues.push_back(EventCue{s, sc.ctx.sentence().tokens_span(m.first, m.last), m.pattern->code});
  }
  code_reported_acts(doc, sc);
  code_statements(doc, first_event, sc);
  code_discussion(doc, first_event, sc);
}

const char* EventCoder::code_verbal(Document& doc, const PatternMatch& m, Scratch& sc) const {
  const SentenceContext& ctx = sc.ctx;
  RoleFinder roles(ctx);
  Phrase g = Factuality::group_of(ctx, m.anchor);
  // Where the subject search starts: the verb group, or the verb governing it.
  uint32_t subject_end = g.first;
  const char* why = nullptr;
  bool reduced_passive = false;   // "civilians killed by Russian forces"
  bool absolute = false;          // "with Labour MPs opposing the plan"
  bool intent = false;            // "said it would retaliate": a threat or promise
  bool committed = false;         // "agreed to resume talks": a commitment
  bool refused = false;           // "refused to meet the envoy": a rejection
  bool manner_negated = false;    // "did not respond by attacking": the main verb's negation
  int32_t joined = -1;            // "joined Germany in condemning": the verb group "joined"
  int32_t commit_group = -1;      // ...by the verb group "agreed"
  const VerbPattern* told_pattern = nullptr;   // "killed in airstrikes": the attack noun's own pattern
  const bool one_word = g.last == g.first + 1;
  // The verb's own factuality, found once: a one-word verb's is asked before
  // the participle rules below, and the other verbs' after them.
  const char* own_why = nullptr;
  bool own_checked = false;
  auto own_check = [&]() {
    if (!own_checked) own_why = Factuality::check(ctx, g, keep_negated_), own_checked = true;
    return own_why;
  };
  if (one_word && words_ && ctx.tag(g.first) == "VBG" && g.first > 0 && ctx.is_noun(g.first - 1) &&
      (words_->message_nouns.has(ctx.lemma(g.first - 1)) ||
       (words_->enactment_words.value(ctx.lemma(g.first - 1)) == "noun" && cameo_root(m.pattern->code) < 18))) {
    // "signed a letter urging X": the letter's author is the source; so is
    // the body passing a law or bill that does it ("passed a law banning X";
    // no use of force: "measures targeting Pakistan" strike no one).
    int32_t author = -1;
    for (uint32_t t = g.first - 1; t > 0 && g.first - t < 6 && author < 0; --t)
      if (ctx.group_at(t - 1) >= 0 && ctx.is_verb(t - 1)) author = ctx.group_at(t - 1);
    if (author < 0) return "participle modifying a noun";
    const Phrase& ag = ctx.groups()[static_cast<size_t>(author)];
    if ((why = Factuality::check(ctx, ag, keep_negated_))) return why;
    subject_end = ag.first;
  } else if (const int32_t mm = one_word ? roles.manner_main(g.first) : -1; mm >= 0) {
    // "Israel responded by bombing Gaza", "was forceful in blaming Iran": the
    // gerund tells how the clause's subject acted, in the main verb's mood
    // and polarity ("did not respond by attacking").
    const Phrase& main = ctx.groups()[static_cast<size_t>(mm)];
    if ((why = Factuality::check(ctx, main, keep_negated_))) return why;
    subject_end = main.first;
    manner_negated = Factuality::negated(ctx, main);
    if (words_ && words_->joining_verbs.has(ctx.lemma(main.head))) joined = mm;
  } else if (one_word && own_check() && std::string_view(own_check()).starts_with("gerund after a preposition")) {
    // "accused him of crossing, shooting and killing": a list of gerunds, no
    // participle clause of the main verb.
    return own_check();
  } else if (const int32_t pm = one_word ? roles.participle_main(g.first) : -1; pm >= 0) {
    // "X said ..., urging Y to": the participle clause shares the main subject
    // and its mood, not its negation ("is not blaming X, calling Y an ally").
    const Phrase& main = ctx.groups()[static_cast<size_t>(pm)];
    if ((why = Factuality::check(ctx, main, true))) return why;
    subject_end = main.first;
  } else if (one_word && ctx.tag(g.first) == "VBG" && g.first > 0 && ctx.group_at(g.first - 1) >= 0 &&
             Factuality::factual_matrix(ctx, ctx.lemma(ctx.groups()[static_cast<size_t>(ctx.group_at(g.first - 1))].head))) {
    // "began deploying": the aspectual verb's tense and subject.
    const Phrase& mg = ctx.groups()[static_cast<size_t>(ctx.group_at(g.first - 1))];
    if ((why = Factuality::check(ctx, mg, keep_negated_))) return why;
    subject_end = mg.first;
  } else {
    why = own_check();
    if (why && std::string_view(why) == "participle modifying a noun") {
      // "with Labour MPs opposing the plan": an absolute clause reports a fact.
      // "civilians killed by Russian forces": a reduced relative with its agent
      // is a passive.
      if (Factuality::absolute_with(ctx, g)) {
        why = nullptr;
        absolute = true;
      }
      else if (ctx.tag(g.first) == "VBN" && m.source_actor < 0) {
        std::vector<int32_t> agent;
        roles.by_agent(m.last, agent);
        if (!agent.empty()) {
          why = nullptr;
          reduced_passive = true;
        }
      }
    }
    // A commitment, refusal or promise that governs the verb ("agreed to
    // resume talks", "refused to meet", "said it would retaliate").
    if (why && words_) {
      const Governed gv = GoverningVerb::find(ctx, g, m.pattern->code, why, *words_, keep_negated_);
      if (gv.kind != Governed::Kind::kNone) {
        why = nullptr;
        committed = gv.kind == Governed::Kind::kCommitment;
        refused = gv.kind == Governed::Kind::kRefusal;   // (kPerformative: the act itself)
        intent = gv.kind == Governed::Kind::kIntent;
        if (gv.group >= 0) {
          commit_group = gv.group;
          subject_end = ctx.groups()[static_cast<size_t>(gv.group)].first;
        }
      }
    }
    // "intercepts a missile fired by the Houthis": a past form right after the
    // object of an earlier verb, with its agent, is a reduced relative.
    if (!why && one_word && ctx.tag(g.first) == "VBD" && m.source_actor < 0 && g.first > 0 &&
        ctx.is_noun(g.first - 1) && ctx.actor_at(g.first - 1) < 0 && g.first + 1 < ctx.size() &&
        ctx.lower(g.first + 1) == "by" && roles.previous_finite_group(g.first - 1) >= 0) {
      std::vector<int32_t> agent;
      roles.by_agent(m.last, agent);
      reduced_passive = !agent.empty();
    }
    if (why) return why;
    int32_t mg = Factuality::matrix_of_infinitive(ctx, g);   // "Russia began to shell": the subject of "began"
    if (mg == -2) mg = Factuality::instrument_matrix(ctx, g);   // "Russia used drones to attack": of "used"
    if (mg >= 0 && !committed) subject_end = ctx.groups()[static_cast<size_t>(mg)].first;
  }
  const bool is_negated = Factuality::negated(ctx, g) || manner_negated;
  // "has alleged ties to": "alleged" before a noun is an adjective.
  if (ctx.is(m.anchor, "allege") && m.last == m.anchor + 1 && m.last < ctx.size() && ctx.is_noun(m.last) &&
      ctx.actor_at(m.last) < 0)
    return "'alleged' before a noun is an adjective";

  sc.sources.clear();
  sc.targets.clear();
  sc.place_target = -1;
  // "Eight people were killed and 13 injured": a participle coordinated with
  // a passive shares its voice.
  const bool elliptic_passive = !g.passive && g.last == g.first + 1 &&
                                (ctx.tag(g.first) == "VBN" || ctx.tag(g.first) == "VBD") && ClauseRules::elliptical_passive(ctx, g);
  const bool passive = (g.passive || reduced_passive || elliptic_passive) && m.source_actor < 0 && !m.pattern->feeling;
  // "A school collapse killed seven students": no one acted.
  if (!passive && cameo_root(m.pattern->code) >= 18 && words_ &&
      ClauseRules::non_agent_cause(ctx, words_->non_agent_causes, subject_end, subject_end != g.first))
    return "the subject is a cause, not an actor (collapse, flood, fire...)";
  if (m.source_actor >= 0) sc.sources.push_back(m.source_actor);
  if (m.target_actor >= 0) {
    sc.targets.push_back(m.target_actor);
    roles.coordinate_forward(m.target_actor, sc.targets);
  }
  // "A and B met (in C)": coordinated subjects act on each other.
  // (So do the sides that "agreed to" something together.)
  const bool pair_sources = (m.pattern->mutual || committed || refused) && m.source_actor < 0 && m.target_actor < 0;
  if (passive) {
    roles.by_agent(m.last, sc.sources);
    // "were killed in yesterday's military operation", "killed in a mass
    // shooting by bandits": the agent of the use of force the verb happened in.
    if (sc.sources.empty() && cameo_root(m.pattern->code) >= 18 && words_) {
      const uint32_t h = ClauseRules::attack_noun(ctx, *words_, m.last);
      if (h != UINT32_MAX) {
        sc.told_noun = h;   // the noun's own event would tell this attack twice
        // ...and the noun says how: "killed in Israeli airstrikes" is 195.
        for (const PatternMatch& nm : sc.matches)
          if (nm.anchor == h && nm.pattern && cameo_root(nm.pattern->code) >= 18) told_pattern = nm.pattern;
        roles.by_agent(h + 1, sc.sources);
        if (sc.sources.empty()) roles.noun_owner(h, sc.sources);
        if (sc.trace && !sc.sources.empty())
          sc.trace->notes.push_back("the agent of the '" + std::string(ctx.lower(h)) + "' it happened in");
      }
    }
    // A reduced relative acts on the noun it follows ("civilians killed by"),
    // not on the clause's subject ("Israel intercepted a missile fired by").
    if (sc.targets.empty() && (!reduced_passive || ctx.actor_at(g.first - 1) >= 0))
      roles.subject_before(g.first, sc.targets);
    // "A failed government scheme ... has been branded a waste": the owner of
    // the subject; "The operation was condemned": the agent of the act named.
    if (sc.targets.empty() && !reduced_passive) roles.clause_subject_owner(g.first, sc.targets);
    if (sc.targets.empty() && !reduced_passive) anaphor_target(ctx, g.first, true, sc);
    // "a missile fired by the Houthis at Israel": the aim after the agent.
    if (sc.targets.empty() && place_targets(m.pattern->code)) sc.place_target = roles.aim_after(m.last, sc.targets);
  } else {
    if (absolute && sc.sources.empty()) {
      // The absolute clause's own subject, between "with" and the participle.
      for (uint32_t t = g.first; t > 0 && sc.sources.empty(); --t) {
        if (ctx.lower(t - 1) == "with") break;
        if (ctx.actor_at(t - 1) >= 0) sc.sources.push_back(ctx.actor_at(t - 1));
      }
    }
    // "Iran attacked the tanker, the US alleged": the clause before is what was said.
    if (sc.sources.empty() && sc.targets.empty()) ObjectRules::inverted_attribution(ctx, g, sc.sources, sc.targets);
    if (sc.sources.empty()) roles.subject_before(subject_end, sc.sources);
    // "France joined Germany in condemning Russia": Germany condemned too.
    // (Also when the subject is no actor: "Egyptair joins Turkish Airlines in suspending".)
    if (joined >= 0)
      for (uint32_t t = ctx.groups()[static_cast<size_t>(joined)].last; t < g.first; ++t)
        if (const int32_t a = ctx.actor_at(t); a >= 0 && std::find(sc.sources.begin(), sc.sources.end(), a) == sc.sources.end())
          sc.sources.push_back(a);
    // "Offering his condolences, the speaker wrote": the main clause's subject.
    if (sc.sources.empty() && one_word) roles.fronted_subject(g.first, sc.sources);
    // "The interlocutors discussed": the sides of the last meeting (sets both roles).
    // (Also over a bare agent the actor stage gave the article's country:
    // "the heads of state", "the leaders".)
    // (And over coreference's guess for "the parties" agreeing, meeting or
    // helping: the meeting just told names its sides better than the nearest
    // two actors of any kind; what they say is about a third party.)
    const int pair_root = cameo_root(m.pattern->code);
    // (A plural description only: "The President thanked Poland" is one person.)
    const bool described = pair_root >= 3 && pair_root <= 8 && !sc.sources.empty() && std::all_of(sc.sources.begin(), sc.sources.end(), [&](int32_t a) {
      const ActorMention& d = ctx.actor(a);
      bool plural = false;   // ("the heads of state")
      for (uint32_t u = d.first; d.sentence == ctx.index() && u < d.last; ++u) plural = plural || ctx.tag(u) == "NNS" || ctx.tag(u) == "NNPS";
      return d.kind == ActorKind::kDescription && plural;
    });
    const bool bare_subject =
        sc.sources.empty() || described ||
        (sc.sources.size() == 1 && ctx.actor(sc.sources.front()).implicit_country &&
         ctx.actor(sc.sources.front()).kind == ActorKind::kAgent);
    const bool paired = bare_subject && sc.targets.empty() && pair_subject(ctx, subject_end, sc);
    if (!paired && pair_sources && sc.sources.size() >= 2) {
      sc.targets.assign(sc.sources.begin() + 1, sc.sources.end());
      sc.sources.resize(1);
    } else if (sc.targets.empty() && !m.pattern->no_target) {
      // A bare agent of the source's own country is usually the article's
      // country standing in for an unnamed side ("Russian forces shelled the
      // army's positions"); not for coercion, which states do to their own
      // people ("Chinese police detained the pastor").
      const int root = cameo_root(m.pattern->code);
      const bool domestic = root == 17;
      // Appeals, demands, threats, protest and disapproval aimed at one's own
      // state: "Kenyans protested against the government", "we made a plea
      // to the president" keep their target (a bare "Belgrade" after
      // "demonstrated in" is still none); so do praise and thanks ("the
      // mayor thanked \"the police ...\"", 051).
      const bool against_own_state = root == 2 || m.pattern->code == "051" || root == 10 || root == 11 ||
                                     root == 12 || root == 13 || root == 14;
      // Only an institutional source (state, armed group, business) has an
      // unnamed other side: campaigners accusing "the government" name their own.
      const bool sided = !sc.sources.empty() && RoleFinder::institutional(ctx.actor(sc.sources.front()).code) &&
                         !against_own_state;
      std::string own = sc.sources.empty() || domestic ? std::string() : ctx.actor(sc.sources.front()).country;
      // The object inside the pattern first: "suspended Mahan's permit", "named X
      // as terrorists", "received the Hungarian prime minister (in the Kremlin)".
      // Aid given or promised names its recipient after the preposition that
      // ends the pattern, whoever the words between name ("approved a British
      // government aid package to Rover": Rover, the aid's owner is no target).
      const int given_root = cameo_root(m.pattern->code);
      const bool recipient_first = m.ends_in_preposition && (given_root == 3 || given_root == 7);
      if (sc.targets.empty() && recipient_first) roles.object_after(m.last, true, sc.targets, own, sided);
      if (sc.targets.empty() && m.last > m.anchor + 1) roles.object_inside(m.anchor + 1, m.last, sc.sources, sc.targets);
      if (sc.targets.empty() && !recipient_first) roles.object_after(m.last, m.ends_in_preposition, sc.targets, own, sided);
      // Support and aid for one's own businesses and people are domestic
      // policy, not an unnamed side ("the state will fully support the IT
      // industry", "help farmers"); an own state body stays skipped.
      if (sc.targets.empty() && sided && (cameo_root(m.pattern->code) == 5 || cameo_root(m.pattern->code) == 7)) {
        std::vector<int32_t> own_people;
        roles.object_after(m.last, m.ends_in_preposition, own_people, own, false);
        if (own_people.size() == 1) {
          const std::string& c = ctx.actor(own_people.front()).code;
          const std::string_view role = c.size() == 6 ? std::string_view(c).substr(3) : std::string_view();
          if (role == "BUS" || role == "CVL" || role == "EDU" || role == "LAB" || role == "HLH" || role == "MED" || role == "REF")
            sc.targets = own_people;
        }
      }
      // The source's own body or place named first is no target: the next
      // actor is ("alleging unfair access for EU companies to China's
      // tenders", "held talks in the Kremlin with the President of Brazil").
      // (Another person of the same code is: "Blair praised his chancellor".)
      const auto own_body = [&](const ActorMention& t) {
        const ActorMention& src = ctx.actor(sc.sources.front());
        return t.code == src.code &&
               (t.kind == ActorKind::kCountry || t.kind == ActorKind::kOrganisation ||
                (t.kind == ActorKind::kPerson && src.kind == ActorKind::kPerson && t.name == src.name));
      };
      if (sc.targets.size() == 1 && !sc.sources.empty() && m.last <= ctx.actor(sc.targets.front()).first &&
          own_body(ctx.actor(sc.targets.front()))) {
        const uint32_t past = ctx.actor(sc.targets.front()).last;
        sc.targets.clear();
        roles.object_after(past, false, sc.targets, own, sided);
      }
      // "alleged, by way of example, Mahan had ...": past a parenthetical.
      if (sc.targets.empty()) roles.object_after_aside(m.last, sc.targets, own, sided);
      // "condemned reports that Iran ...", "demanded that Iran cease", "sanctions
      // against networks linked to Iran": an actor the object's clause names.
      // (Also over a generic object: "companies linked to Iran".)
      const bool generic = sc.targets.size() == 1 && ctx.actor(sc.targets.front()).implicit_country;
      if ((sc.targets.empty() || generic) && words_) {
        const std::string own_code = sc.sources.empty() ? std::string() : ctx.actor(sc.sources.front()).code;
        if (const int32_t a = ObjectRules::clause_target(ctx, m.anchor, m.last, cameo_root(m.pattern->code), own_code,
                                                         words_->report_nouns);
            a >= 0)
          sc.targets.assign(1, a);
      }
      // A default-target pattern's object that is the source itself ("Jordan
      // extended the curfew in Amman"): the population, not the state.
      if (m.pattern->has_default() && !sc.sources.empty()) {
        const std::string& own = ctx.actor(sc.sources.front()).country;
        std::erase_if(sc.targets, [&](int32_t t) { return ctx.actor(t).code.substr(0, 3) == own && ctx.actor(t).code.size() == 3; });
      }
      // "pledged $10m to help Venezuela": whom the purpose infinitive names.
      if (const int pr = cameo_root(m.pattern->code); sc.targets.empty() && words_ && (pr == 3 || pr == 7))
        if (const int32_t a = ObjectRules::purpose_target(ctx, m.last, words_->purpose_verbs); a >= 0) sc.targets.assign(1, a);
      // "condemned the move": the actor of the act the noun refers back to.
      if (sc.targets.empty()) anaphor_target(ctx, m.last, false, sc);
      // (The noun inside a pattern answering or judging it: "reject these allegations".)
      if (const int jr = cameo_root(m.pattern->code);
          sc.targets.empty() && m.last > m.anchor + 1 && (jr == 1 || jr == 5 || jr == 11 || jr == 12))
        anaphor_target(ctx, m.last - 1, false, sc);
      // "claimed responsibility (for the bombing)": whom the last use of force hit.
      if (m.pattern->code == "015") claimed_target(ctx, sc);
      if (m.pattern->code == "016") answered_accuser(ctx, sc);
      // A place as the object: "shelled Kharkiv" targets Ukraine.
      if (sc.targets.empty() && place_targets(m.pattern->code)) sc.place_target = roles.place_after(m.last, m.ends_in_preposition);
      // "launched airstrikes on several locations in Afghanistan"
      if (sc.targets.empty() && sc.place_target < 0 && place_targets(m.pattern->code)) {
        int32_t a = roles.located_country_after(m.last);
        if (a >= 0 && (sc.sources.empty() || ctx.actor(a).country != ctx.actor(sc.sources.front()).country))
          sc.targets.push_back(a);
      }
      // "Ukraine had struck an oil depot ... of the Russian shadow fleet": the other country named.
      if (sc.targets.empty() && sc.place_target < 0 && !sc.sources.empty() && cameo_root(m.pattern->code) >= 18 &&
          RoleFinder::institutional(ctx.actor(sc.sources.front()).code))
        if (int32_t o = roles.nearest_other_country(m.anchor, ctx.actor(sc.sources.front()).country); o >= 0 && !ctx.actor(o).implicit_country)
          sc.targets.push_back(o);
      // (The one joined is a source, no target.)
      if (joined >= 0)
        std::erase_if(sc.targets, [&](int32_t t) { return std::find(sc.sources.begin(), sc.sources.end(), t) != sc.sources.end(); });
    }
  }
  // Arrests, charges, verdicts and releases with no named agent: the state
  // (police, or courts for verdicts), where the one acted on is known.
  // Arrests, charges, verdicts and releases with no named agent: the state;
  // protests with none: the target's people.
  // ("Bryan Kohberger is sentenced to life in prison in Idaho": a person no
  // dictionary knows, by the state where it happened.)
  const std::string implicit =
      !sc.sources.empty()    ? std::string()
      : !sc.targets.empty() ? ObjectRules::implicit_source(ctx, m.pattern->code, m.anchor, m.last, passive, sc.targets.front())
                             : ObjectRules::unnamed_person_source(ctx, m.pattern->code, m.anchor, m.first, m.last, passive);
  if (committed) {
    PatternMatch im = m;
    im.pattern = &RulePatterns::intent(SpeakerIntent::code_for(m.pattern->code));
    // "agreed to expand cooperation": once, when "agreed" coded the intent's root already.
    const Phrase& commit = ctx.groups()[static_cast<size_t>(commit_group)];
    const Span cv = ctx.sentence().tokens[commit.head].span;
    for (Event& e : doc.events)
      if (e.sentence == ctx.index() && e.verb_span && e.verb_span->begin == cv.begin &&
          e.root == im.pattern->code.substr(0, 2)) {
        // "agreed to hold consultations": the infinitive names which agreement (030 -> 036).
        // (Not to 031/032: "agreed to expand cooperation" stays the bare 030.)
        const std::string& specific = im.pattern->code;
        if (e.code == e.root + "0" && specific.size() >= 3 && specific[2] >= '3') {
          e.code = im.pattern->code;
          if (sc.trace) sc.trace->notes.push_back("the commitment made specific: " + e.code + " for " + m.pattern->code);
        }
        return "the committing verb coded it already";
      }
    if (sc.trace) sc.trace->notes.push_back("a commitment to it: " + im.pattern->code + " for " + m.pattern->code);
    return emit(doc, im, sc, false, false, implicit);
  }
  if (refused) {
    // ("Iran will not negotiate": the speaker's own refusal, as for promises.)
    if (commit_group < 0 && (sc.sources.empty() || !SpeakerIntent::spoken_by(ctx, g, sc.sources.front())))
      return "modal or future verb";
    PatternMatch rm = m;
    rm.pattern = &RulePatterns::refusal(SpeakerIntent::refusal_code_for(m.pattern->code));
    if (sc.trace) sc.trace->notes.push_back("refused: " + rm.pattern->code + " for " + m.pattern->code);
    return emit(doc, rm, sc, false, false, implicit);
  }
  if (intent) {
    if (sc.sources.empty() || !SpeakerIntent::spoken_by(ctx, g, sc.sources.front())) return "modal or future verb";
    PatternMatch im = m;
    im.pattern = &RulePatterns::intent(SpeakerIntent::code_for(m.pattern->code));
    if (sc.trace) sc.trace->notes.push_back("the speaker says it will: " + im.pattern->code + " for " + m.pattern->code);
    return emit(doc, im, sc, false, false, implicit);
  }
  if (told_pattern && !sc.sources.empty()) {
    PatternMatch tm = m;
    tm.pattern = told_pattern;
    return emit(doc, tm, sc, false, is_negated, implicit);
  }
  return emit(doc, m, sc, false, is_negated, implicit);
}

const char* EventCoder::code_nominal(Document& doc, const PatternMatch& m, Scratch& sc) const {
  const SentenceContext& ctx = sc.ctx;
  RoleFinder roles(ctx);
  // "Six people were killed in Israeli airstrikes": the verb coded this attack.
  if (sc.told_noun >= m.first && sc.told_noun < m.last) return "the attack a passive verb of the sentence told";
  // "heavy fighting vehicles", "F-16 Fighting Falcons", "Strike Eagle": a
  // noun in -ing that modifies the next noun, or a capitalised word of a
  // name, names no event.
  const std::string_view last_word = ctx.lower(m.last - 1);
  if (m.last < ctx.size() && last_word.ends_with("ing") && ctx.tag(m.last - 1) == "NN" && ctx.is_noun(m.last) &&
      ctx.actor_at(m.last) < 0)
    return "a noun modifying the next noun";
  if (m.last == m.first + 1 && m.first > 0 && ctx.tag(m.first).rfind("NNP", 0) == 0 && m.last < ctx.size() &&
      ctx.tag(m.last).rfind("NNP", 0) == 0)
    return "a word of a name";
  // "Trump's planned trip to Warsaw", "no talks are scheduled": the noun's
  // own phrase says it did not happen (yet).
  for (uint32_t t = m.first, k = 0; t > 0 && k < 6; --t, ++k) {
    const uint32_t b = t - 1;
    std::string_view w = ctx.lower(b);
    if (w == "no" || w == "without") return "negated (no, without)";
    if (words_ && words_->nonfactual_modifiers.has(w)) return "planned or possible (a noun modified by 'planned', 'possible'...)";
    if (!(ctx.is_noun(b) || ctx.is_modifier(b) || ctx.actor_at(b) >= 0 || ctx.tag(b) == "POS" || w == "," ||
          w == "and" || w == "or")) {
      if (words_ && ctx.is_verb(b) && words_->cessation_verbs.has(ctx.lemma(b)))
        return "stopped or called off (the object of 'stop', 'halt', 'cancel')";
      break;
    }
  }
  sc.sources.clear();
  sc.targets.clear();
  sc.place_target = -1;
  const PatternElement& tail = m.pattern->elements.back();
  const bool by_form = tail.kind == PatternElement::Kind::kWord && tail.word == "by";
  if (m.source_actor >= 0) sc.sources.push_back(m.source_actor);
  else if (by_form) roles.object_after(m.last, true, sc.sources);   // "offensive by Iran's forces"
  else roles.noun_owner(m.first, sc.sources);
  if (sc.sources.empty()) roles.by_agent(m.last, sc.sources);
  if (sc.sources.empty()) performed_by(ctx, m, sc);
  // "attacks from Iran", "criticism from Beijing": where a hostile act comes from.
  if (const int root = cameo_root(m.pattern->code); sc.sources.empty() && ((root >= 11 && root <= 13) || root >= 18))
    if (int32_t o = roles.origin_after(m.last); o >= 0) sc.sources.push_back(o);
  // "Clashes broke out on the border between Afghanistan and Pakistan": the
  // two sides of fighting or talks, told after the noun.
  if (const int root = cameo_root(m.pattern->code); sc.sources.empty() && (root == 4 || root == 19)) {
    int32_t a = -1, b = -1;
    if (ObjectRules::between_pair(ctx, m.last, a, b)) {
      sc.sources.push_back(a);
      sc.targets.push_back(b);
      return emit(doc, m, sc, true, false, "");
    }
  }
  // "Mass protests against the Serbian government": by its people. (Also
  // "Protests took place in Kyiv against ...": the aim past the verb.)
  const int32_t against = cameo_root(m.pattern->code) == 14 && !m.ends_in_preposition && m.target_actor < 0
                              ? ObjectRules::against_later(ctx, m.last) : -1;
  if (sc.sources.empty() && cameo_root(m.pattern->code) == 14 && (m.ends_in_preposition || against >= 0)) {
    roles.object_after(against >= 0 ? static_cast<uint32_t>(against) : m.last, true, sc.targets);
    const std::string by = sc.targets.empty() ? "" : ObjectRules::implicit_source(ctx, m.pattern->code, m.anchor, m.last, false, sc.targets.front());
    if (!by.empty()) return emit(doc, m, sc, true, false, by);
    sc.targets.clear();
  }
  // "made the pledge during talks with Moi": the meeting of the clause's subject.
  if (sc.sources.empty() && cameo_root(m.pattern->code) == 4) {
    roles.adjunct_subject(m.first, sc.sources);
    // "discussed the drought in a phone call with X": the verb told this meeting
    // already; the noun may only say which kind (040 -> 041).
    for (Event& e : doc.events)
      if (!sc.sources.empty() && e.sentence == ctx.index() && e.root == "04" &&
          e.source.code == ctx.actor(sc.sources.front()).code) {
        if (e.code == "040" && m.pattern->code != e.code) e.code = m.pattern->code;
        return "the clause's verb coded this meeting already";
      }
  }
  // "responded to those strikes with attacks on US bases": the one answering.
  if (sc.sources.empty()) roles.response_subject(m.first, sc.sources);
  if (sc.sources.empty()) return "noun form with no owner (possessive, adjective or by-agent)";
  if (m.target_actor >= 0) {
    sc.targets.push_back(m.target_actor);
    roles.coordinate_forward(m.target_actor, sc.targets);
  } else if (against >= 0) {
    roles.object_after(static_cast<uint32_t>(against), true, sc.targets);
  } else if (m.ends_in_preposition && !by_form) {
    roles.object_after(m.last, true, sc.targets);
    if (sc.targets.empty() && place_targets(m.pattern->code))
      sc.place_target = roles.place_after(m.last, true);   // "air strikes on Kharkiv"
    if (sc.targets.empty() && sc.place_target < 0 && place_targets(m.pattern->code))
      if (int32_t a = roles.located_country_after(m.last); a >= 0 && ctx.actor(a).country != ctx.actor(sc.sources.front()).country)
        sc.targets.push_back(a);   // "strikes on targets in Syria"
  }
  // "attacks in Darfur left 89 civilians dead": the toll's people are the target.
  if (sc.targets.empty() && sc.place_target < 0 && cameo_root(m.pattern->code) >= 18)
    if (const int32_t hit = ObjectRules::left_casualties(ctx, m.last); hit >= 0 && std::find(sc.sources.begin(), sc.sources.end(), hit) == sc.sources.end())
      sc.targets.push_back(hit);
  // Attacks named by a noun with no target ("Tehran's missile strike"): the
  // sentence's other country is the side attacked.
  const std::string& code = m.pattern->code;
  if (sc.targets.empty() && sc.place_target < 0 && (code.rfind("18", 0) == 0 || code.rfind("19", 0) == 0 || code.rfind("20", 0) == 0)) {
    int32_t other = roles.nearest_other_country(m.anchor, ctx.actor(sc.sources.front()).country);
    if (other >= 0 && std::find(sc.sources.begin(), sc.sources.end(), other) == sc.sources.end())
      sc.targets.push_back(other);
  }
  return emit(doc, m, sc, true, false, "");
}

}  // namespace herald
