#include "events/governing_verb.h"

#include "events/factuality.h"
#include "events/object_rules.h"
#include "events/speaker_intent.h"

namespace herald {

Governed GoverningVerb::find(const SentenceContext& ctx, const Phrase& g, std::string_view code, std::string_view why,
                             const EventWords& words, bool keep_negated) {
  // "I want to congratulate you and thank you": the coordinated verb is
  // governed as the first one is.
  if (const int32_t cg = Factuality::coordinated_base(ctx, g); cg >= 0) {
    const Phrase& first = ctx.groups()[static_cast<size_t>(cg)];
    if (Factuality::check(ctx, first, keep_negated)) return find(ctx, first, code, why, words, keep_negated);
  }
  Governed out;
  const bool planned = why.starts_with("intended or planned");
  const bool commits = !SpeakerIntent::code_for(code).empty();
  // "India and China agreed to resume talks", "Hezbollah vowed to retaliate":
  // the commitment to the infinitive's event (its intent code), by the
  // committing verb's subject; "Iran refused to meet the US envoy": a
  // rejection of the infinitive's act (125), by the refusing verb's subject.
  if (planned) {
    const int32_t cg = Factuality::matrix_of_infinitive(ctx, g);
    if (cg >= 0) {
      const Phrase& p = ctx.groups()[static_cast<size_t>(cg)];
      const std::string_view lemma = ctx.lemma(p.head);
      // "I want to thank", "we would like to congratulate": saying so is the
      // thanks (praise, thanks, condolences, greetings: 017, 018, 05x).
      if (p.first != g.first && (lemma == "want" || lemma == "like" || lemma == "wish") &&
          !Factuality::negated(ctx, p) && (code.starts_with("05") || code == "017" || code == "018"))
        return {Governed::Kind::kPerformative, cg};
      if (p.first != g.first && !Factuality::check(ctx, p, keep_negated)) {
        if (commits && words.commitment_verbs.has(lemma)) return {Governed::Kind::kCommitment, cg};
        if (!SpeakerIntent::refusal_code_for(code).empty() && words.refusal_verbs.has(lemma) &&
            !Factuality::negated(ctx, p))
          return {Governed::Kind::kRefusal, cg};
      }
    }
  }
  // "I am glad to endorse him", "we are pleased to welcome": saying so is the
  // praise, thanks or greeting itself, as "I want to thank" is.
  if ((planned || why.starts_with("infinitive with no governing verb")) &&
      (code.starts_with("05") || code == "017" || code == "018")) {
    const uint32_t to = ctx.lower(g.first) == "to" ? g.first : g.first - 1;
    if (to >= 2 && ctx.lower(to) == "to" && words.commitment_nouns.value(ctx.lower(to - 1)) == "glad") {
      // ("was pleased" may be chunked as one verb group.)
      int32_t bg = ctx.group_at(to - 1);
      if (bg < 0 || ctx.lemma(ctx.groups()[static_cast<size_t>(bg)].first) != "be") bg = ctx.group_at(to - 2);
      if (bg >= 0 && ctx.lemma(ctx.groups()[static_cast<size_t>(bg)].first) == "be" &&
          !Factuality::negated(ctx, ctx.groups()[static_cast<size_t>(bg)]) && ctx.lower(to - 2) != "not" &&
          !Factuality::check(ctx, ctx.groups()[static_cast<size_t>(bg)], keep_negated))
        return {Governed::Kind::kPerformative, bg};
    }
  }
  // "France's parliament approved a law to ban social media for under-15s":
  // the act the law does, by the enacting verb's subject.
  if (why.starts_with("infinitive with no governing verb")) {
    const int32_t eg = ObjectRules::enacted(ctx, g, words.enactment_words);
    if (eg >= 0 && !Factuality::check(ctx, ctx.groups()[static_cast<size_t>(eg)], keep_negated))
      return {Governed::Kind::kPerformative, eg};
  }
  // "The presidents reaffirmed their intention to continue coordination":
  // a declared commitment, by the declaring verb's subject.
  if (commits && (planned || why.starts_with("infinitive with no governing verb"))) {
    const int32_t cg = ObjectRules::declared_intent(ctx, g, words.commitment_nouns);
    const char* cw = cg >= 0 ? Factuality::check(ctx, ctx.groups()[static_cast<size_t>(cg)], keep_negated) : "";
    // ("would be happy to meet": the modal is what makes gladness an intent.)
    const uint32_t to = ctx.lower(g.first) == "to" ? g.first : g.first - 1;
    const bool modal_glad = cw && std::string_view(cw) == "modal or future verb" && to >= 1 &&
                            words.commitment_nouns.value(ctx.lower(to - 1)) == "glad";
    if (cg >= 0 && (!cw || modal_glad)) return {Governed::Kind::kCommitment, cg};
  }
  // "Iran said it would retaliate": the speaker's threat or promise; "Iran
  // will not negotiate with the US": the speaker's refusal.
  if (commits && why == "modal or future verb" && SpeakerIntent::future(ctx, g)) out.kind = Governed::Kind::kIntent;
  if (why == "modal or future verb" && !SpeakerIntent::refusal_code_for(code).empty() &&
      SpeakerIntent::refused_future(ctx, g))
    out.kind = Governed::Kind::kRefusal;
  return out;
}

}  // namespace herald
