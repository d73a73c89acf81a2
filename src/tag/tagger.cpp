#include "tag/tagger.h"

#include <limits>
#include <vector>

#include "core/str_eq.h"
#include "tag/chunker.h"
#include "tag/lemmatizer.h"
#include "tag/lexicon.h"
#include "tag/tag_set.h"
#include "tag/word_candidates.h"

namespace herald {

namespace {

using namespace tags;

bool be_form(std::string_view w) {
  return str_eq(w, "be") || str_eq(w, "is") || str_eq(w, "are") || str_eq(w, "was") || str_eq(w, "were") ||
         str_eq(w, "been") || str_eq(w, "being") || str_eq(w, "am") || str_eq(w, "'re") || str_eq(w, "'m");
}
bool have_form(std::string_view w) { return str_eq(w, "have") || str_eq(w, "has") || str_eq(w, "had") || str_eq(w, "'ve"); }
bool do_form(std::string_view w) { return str_eq(w, "do") || str_eq(w, "does") || str_eq(w, "did"); }

bool has(const CandidateList& c, int tag) {
  for (int k = 0; k < c.size; ++k)
    if (c.items[k].tag == tag) return true;
  return false;
}

// A reading the word seldom has (under 5% of its uses: the VBZ WordNet gave
// "soldiers", "sentences"), which context must make plain.
bool rare(const CandidateList& c, int tag) {
  for (int k = 0; k < c.size; ++k)
    if (c.items[k].tag == tag) return c.items[k].logp < -3.0f;   // ln 0.05
  return true;
}

// Local fixes after decoding, for contexts the bigram model gets wrong.
// An -ing word whose stem the lexicon knows as a verb ("bombing": bomb,
// "shelling": shell, "using": use, "stopping": stop): a gerund it can be,
// though the lexicon lists the word as a noun only.
bool verb_stem(const Lexicon& lex, std::string_view w) {
  if (w.size() < 6 || !w.ends_with("ing")) return false;
  const std::string_view stem = w.substr(0, w.size() - 3);
  const auto verb = [&](std::string_view x) {
    for (const TagScore& c : lex.find(x))
      if (c.tag == kVB) return true;
    return false;
  };
  if (verb(stem) || verb(std::string(stem) + "e")) return true;
  return stem.size() > 3 && stem.back() == stem[stem.size() - 2] && verb(stem.substr(0, stem.size() - 1));
}

void fix_in_context(const Lexicon& lex, const Sentence& s, const std::vector<CandidateList>& cands,
                    std::vector<uint8_t>& t) {
  const size_t n = t.size();
  for (size_t i = 1; i < n; ++i) {
    size_t p = i - 1;   // previous word, adverbs skipped
    while (p > 0 && (is_adverb(t[p]) || str_eq(s.tokens[p].lower, "not"))) --p;
    std::string_view pw = s.tokens[p].lower;
    const int pt = t[p];
    const CandidateList& c = cands[i];
    const bool verbish = is_verb(t[i]) || is_noun(t[i]) || is_adj(t[i]);
    // "could strike", "did not attack": a base verb.
    if (verbish && t[i] != kVB && has(c, kVB) && (pt == kMD || do_form(pw))) {
      t[i] = kVB;
      continue;
    }
    // "to hoist workers": an infinitive when an object follows (not a
    // capitalised title: "a letter to President-elect Joe Biden", which is
    // part of the name after it).
    const char first_char = s.tokens[i].text.empty() ? 0 : s.tokens[i].text[0];
    if (t[i - 1] == kTO && t[i] == kVB && first_char >= 'A' && first_char <= 'Z' && i + 1 < n && t[i + 1] == kNNP) {
      t[i] = kNNP;
      continue;
    }
    if (t[i - 1] == kTO && is_noun(t[i]) && t[i] != kNNP && !(first_char >= 'A' && first_char <= 'Z') && has(c, kVB) &&
        i + 1 < n &&
        (t[i + 1] == kDT || t[i + 1] == kPRP || t[i + 1] == kPRPS || t[i + 1] == kNNS ||
         t[i + 1] == kNNP || t[i + 1] == kCD)) {
      t[i] = kVB;
      continue;
    }
    // "to shell Kharkiv and attack Odesa": after "and"/"or", a noun that can
    // be a base verb, with an object after it, is one when a base verb opens
    // the first conjunct (no other verb between).
    if (t[i] == kNN && has(c, kVB) && (str_eq(s.tokens[i - 1].lower, "and") || str_eq(s.tokens[i - 1].lower, "or")) &&
        i + 1 < n &&
        (t[i + 1] == kDT || t[i + 1] == kNNP || t[i + 1] == kPRP || t[i + 1] == kPRPS || t[i + 1] == kCD ||
         (!s.tokens[i + 1].text.empty() && s.tokens[i + 1].text[0] >= 'A' && s.tokens[i + 1].text[0] <= 'Z'))) {
      for (size_t k = i - 1; k > 0 && k + 7 > i; --k) {
        if (t[k - 1] == kVB) {
          t[i] = kVB;
          break;
        }
        if (is_verb(t[k - 1]) || t[k - 1] == kMD || str_eq(s.tokens[k - 1].lower, ",")) break;
      }
      if (t[i] == kVB) continue;
    }
    // "the court which judges him", "a party that opposes the plan": after a
    // relative pronoun, a plural noun that could be a verb, before an object,
    // is the relative clause's verb.
    if (t[i] == kNNS && has(c, kVBZ) && i + 1 < n &&
        (str_eq(s.tokens[i - 1].lower, "which") || str_eq(s.tokens[i - 1].lower, "who") ||
         (str_eq(s.tokens[i - 1].lower, "that") && i >= 2 && is_noun(t[i - 2]))) &&
        (t[i + 1] == kPRP || t[i + 1] == kDT || t[i + 1] == kPRPS || t[i + 1] == kNNP)) {
      t[i] = kVBZ;
      continue;
    }
    // "called the US attacks a violation", "branded the Israeli strikes an
    // outrage": after a past verb's object noun phrase, a plural noun that
    // could be a present verb, before "a"/"an", heads that object (a past
    // verb's clause has no present verb there).
    if (t[i] == kVBZ && has(c, kNNS) && i + 1 < n &&
        (str_eq(s.tokens[i + 1].lower, "a") || str_eq(s.tokens[i + 1].lower, "an"))) {
      size_t k = i;
      while (k > 0 && i - k < 4 && (t[k - 1] == kNNP || t[k - 1] == kNN || is_adj(t[k - 1]))) --k;
      if (k < i && k >= 2 && t[k - 1] == kDT && t[k - 2] == kVBD) {
        t[i] = kNNS;
        continue;
      }
    }
    // "no trace": a determiner before a noun.
    if (str_eq(s.tokens[i - 1].lower, "no") && (is_noun(t[i]) || t[i] == kVB || t[i] == kVBP)) {
      t[i - 1] = kDT;
      if (t[i] == kVB || t[i] == kVBP) t[i] = has(c, kNNS) && !has(c, kNN) ? kNNS : kNN;
      continue;
    }
    // "The group, which is linked to X, subsequently claimed responsibility":
    // after a closing comma (and an adverb), a participle taking an object is
    // the past tense of the main clause.
    if (t[i] == kVBN && i + 1 < n && has(c, kVBD) && str_eq(s.tokens[p].lower, ",") &&
        (t[i + 1] == kDT || t[i + 1] == kNN || t[i + 1] == kNNS || t[i + 1] == kPRPS || t[i + 1] == kCD)) {
      bool aux = false;
      for (size_t k = i; k > 0 && k + 4 > i; --k) aux |= have_form(s.tokens[k - 1].lower) || be_form(s.tokens[k - 1].lower);
      if (!aux) t[i] = kVBD;
    }
    // "They subsequently released him", "British police arrested a man on
    // Saturday": a participle after a subject pronoun, or after a noun and
    // before its object with no finite verb before it or in its clause, is
    // the main clause's past tense (not "the men arrested Tuesday were charged").
    if (t[i] == kVBN && (has(c, kVBD) || s.tokens[i].lower.ends_with("ed")) && !have_form(pw) && !be_form(pw) && i + 1 < n) {
      const bool pronoun = pw == "he" || pw == "she" || pw == "they" || pw == "we" || pw == "i" || pw == "who";
      const int nt = t[i + 1];
      // ("officials held talks": a bare plural object too.)
      bool object = (nt == kDT || nt == kPRPS || nt == kCD || nt == kNNS || (nt == kPRP && s.tokens[i + 1].lower != "it")) &&
                    (pt == kNN || pt == kNNS || pt == kNNP || pt == kNNPS);
      // (A relative clause after the object has its own verb: "revoked a
      // waiver that had lifted sanctions".)
      for (size_t k = 0; object && k < n; ++k) {
        const std::string_view w = s.tokens[k].lower;
        if (k > i && (w == "," || w == ";" || w == ":" || w == "and" || w == "that" || w == "which" || w == "who")) break;
        if (k != i && (t[k] == kVBD || t[k] == kVBZ || t[k] == kVBP || t[k] == kMD)) object = false;
      }
      if (pronoun || object) {
        t[i] = kVBD;
        continue;
      }
    }
    // "after a blaze ripped through the tower": a participle right after the
    // noun phrase that a subordinator opens is that clause's past tense, when
    // no "by" follows and no finite verb comes later in the clause ("after a
    // man killed in the raid was buried" keeps its reduced relative).
    // (So is a present form: "after al-Shabaab recaptures these towns".)
    const bool present_after_noun = t[i] == kNNS && has(c, kVBZ) && (pt == kNN || pt == kNNP) && i + 1 < n &&
                                    (t[i + 1] == kDT || t[i + 1] == kPRPS || t[i + 1] == kNNP || t[i + 1] == kCD);
    if ((present_after_noun || (t[i] == kVBN && has(c, kVBD) && is_noun(pt))) && p == i - 1 && i + 1 < n &&
        !str_eq(s.tokens[i + 1].lower, "by")) {
      size_t k = i - 1;
      while (k > 0 && i - k < 6 && (is_noun(t[k - 1]) || is_adj(t[k - 1]) || t[k - 1] == kDT || t[k - 1] == kPRPS ||
                                    t[k - 1] == kCD || t[k - 1] == kPOS))
        --k;
      const std::string_view sub = k > 0 ? s.tokens[k - 1].lower : std::string_view();
      bool clause = k > 0 && (sub == "after" || sub == "before" || sub == "when" || sub == "because" || sub == "since" ||
                              sub == "while" || sub == "although" || sub == "though" || sub == "until" || sub == "once" ||
                              sub == "whereas");
      for (size_t q = i + 1; clause && q < n; ++q) {
        const std::string_view w = s.tokens[q].lower;
        if (w == "," || w == ";" || w == ":" || w == "and" || w == "but") break;
        if (t[q] == kVBD || t[q] == kVBZ || t[q] == kVBP || t[q] == kMD) clause = false;
      }
      if (clause) {
        t[i] = t[i] == kNNS ? kVBZ : kVBD;
        continue;
      }
    }
    // "a man detained by police died in custody": a past form between a noun
    // and a "by" agent, with a finite verb later in the clause, is a reduced
    // relative's participle.
    if (t[i] == kVBD && (has(c, kVBN) || s.tokens[i].lower.ends_with("ed")) && is_noun(pt) && p == i - 1 && i + 2 < n &&
        str_eq(s.tokens[i + 1].lower, "by")) {
      bool later = false;
      for (size_t q = i + 2; q < n && !later; ++q) {
        const std::string_view w = s.tokens[q].lower;
        if (w == "," || w == ";" || w == ":" || w == "and" || w == "but" || w == "that" || w == "who" || w == "which") break;
        later = t[q] == kVBD || t[q] == kVBZ || t[q] == kVBP || t[q] == kMD;
      }
      if (later) {
        t[i] = kVBN;
        continue;
      }
    }
    // "a violation of the memorandum signed last month", "in the raid
    // launched on Monday": a past form right after a preposition's noun
    // phrase, with a finite verb before it in the clause and no object after
    // it, is a reduced relative's participle (the object of "of" is no subject; "after the
    // army killed ten" opens a clause and keeps its past tense).
    if (t[i] == kVBD && (has(c, kVBN) || s.tokens[i].lower.ends_with("ed")) && is_noun(pt) && p == i - 1) {
      size_t k = i - 1;
      while (k > 0 && i - k < 6 && (is_noun(t[k - 1]) || is_adj(t[k - 1]) || t[k - 1] == kDT || t[k - 1] == kPRPS ||
                                    t[k - 1] == kCD || t[k - 1] == kPOS))
        --k;
      // ("tariffs President Reagan slapped on ...": a common noun, then a
      // name, is where a relative clause with no "that" begins.)
      bool zero_relative = false;
      for (size_t q = k; q + 1 < i; ++q)
        zero_relative |= (t[q] == kNN || t[q] == kNNS) && (t[q + 1] == kNNP || t[q + 1] == kNNPS || t[q + 1] == kPRP);
      const std::string_view prep = k > 0 && !zero_relative ? s.tokens[k - 1].lower : std::string_view();
      const bool pp = prep == "of" || prep == "in" || prep == "on" || prep == "at" || prep == "for" || prep == "with" ||
                      prep == "from" || prep == "into" || prep == "under" || prep == "against" || prep == "during" ||
                      prep == "about" || prep == "over";
      bool finite_before = false;
      for (size_t q = k - 1; pp && q > 0 && !finite_before; --q) {
        const std::string_view w = s.tokens[q - 1].lower;
        if (w == "," || w == ";" || w == ":" || w == "and" || w == "but" || w == "that" || w == "who" || w == "which" ||
            w == "after" || w == "before" || w == "when" || w == "while" || w == "because" || w == "since" || w == "if")
          break;
        finite_before = t[q - 1] == kVBD || t[q - 1] == kVBZ || t[q - 1] == kVBP || t[q - 1] == kMD;
      }
      // (With an object after it, it is a clause's verb: "officials say a
      // strike on a school in Gaza killed 20 people".)
      const int nt = i + 1 < n ? t[i + 1] : kDT;
      const bool object = nt == kDT || nt == kCD || nt == kPRP || nt == kPRPS || is_noun(nt);
      if (pp && finite_before && !object) {
        t[i] = kVBN;
        continue;
      }
    }
    // "which killed 20 and injured over 120": a participle after "and" whose
    // first conjunct, a few words back, is a past tense is one too.
    if (t[i] == kVBN && has(c, kVBD) && str_eq(pw, "and") && i >= 3) {
      for (size_t k = i - 2; k + 5 > i && k > 0; --k) {
        if (str_eq(s.tokens[k].lower, ",") || is_verb(t[k]) || t[k] == kMD) {
          if (t[k] == kVBD && !have_form(s.tokens[k - 1].lower) && !be_form(s.tokens[k - 1].lower)) t[i] = kVBD;
          break;
        }
      }
      if (t[i] == kVBD) continue;
    }
    // "a man approached and attacked": a participle right after a noun and
    // coordinated with a past tense is a past tense too.
    if (t[i] == kVBN && i + 2 < n && str_eq(s.tokens[i + 1].lower, "and") && t[i + 2] == kVBD && is_noun(pt) &&
        !have_form(pw) && !be_form(pw) && has(c, kVBD))
      t[i] = kVBD;
    // "has embarked", "were arrested": VBD after have/be is a participle.
    if (t[i] == kVBD && (have_form(pw) || be_form(pw) || str_eq(s.tokens[p].lower, "'s")) &&
        (has(c, kVBN) || s.tokens[i].lower.ends_with("ed")))
      t[i] = kVBN;
    // "has been branded a waste", "was widely condemned": an -ed adjective
    // right after a form of be that could be a participle is one, when an
    // object, a "by" agent or an "as" follows (not "was pleased", "is related").
    if (t[i] == kJJ && be_form(pw) && s.tokens[i].lower.ends_with("ed") && s.tokens[i].lower.size() > 4 &&
        i + 1 < n && (t[i + 1] == kDT || str_eq(s.tokens[i + 1].lower, "by") || str_eq(s.tokens[i + 1].lower, "as") ||
                      t[i + 1] == kOpenQuote))
      t[i] = kVBN;
    // "very charged", "highly controversial", "politically motivated": a
    // past form after a degree adverb is an adjective.
    if ((t[i] == kVBN || t[i] == kVBD) && i > 0 && is_adverb(t[i - 1])) {
      std::string_view a = s.tokens[i - 1].lower;
      if (str_eq(a, "very") || str_eq(a, "so") || str_eq(a, "too") || str_eq(a, "highly") || str_eq(a, "extremely") || str_eq(a, "increasingly") ||
          str_eq(a, "politically") || str_eq(a, "deeply") || str_eq(a, "quite") || str_eq(a, "rather") || str_eq(a, "somewhat")) {
        t[i] = kJJ;
        continue;
      }
    }
    // "Israeli shelling intensified", "the bombing of": a gerund after a
    // determiner, possessive or adjective, followed by a verb or "of", is a noun.
    if (t[i] == kVBG && p == i - 1 && (pt == kDT || pt == kPRPS || pt == kPOS || is_adj(pt)) && i + 1 < n &&
        (is_verb(t[i + 1]) || t[i + 1] == kMD || str_eq(s.tokens[i + 1].lower, "of"))) {
      t[i] = kNN;
      continue;
    }
    // "used tear gas", "fired rubber bullets": a base verb right after a
    // finite or participle verb (not an auxiliary, nor a verb of making,
    // letting, helping or perceiving, which take one: "helped build") and
    // before a noun is the noun's modifier.
    if (t[i] == kVB && p == i - 1 && (pt == kVBD || pt == kVBZ || pt == kVBP || pt == kVBN) && i + 1 < n &&
        (t[i + 1] == kNN || t[i + 1] == kNNS) && !have_form(pw) && !be_form(pw) && !do_form(pw)) {
      static constexpr std::string_view kTakeBase[] = {"make", "made", "makes", "let", "lets", "help", "helped", "helps",
                                                       "see", "saw", "sees", "hear", "heard", "hears", "watch", "watched",
                                                       "bid", "bade", "go", "come", "got"};
      bool base = false;
      for (std::string_view v : kTakeBase) base = base || str_eq(pw, v);
      if (!base) {
        t[i] = kNN;
        continue;
      }
    }
    // "responded by bombing Gaza", "joined France in shelling the port": an
    // -ing noun after "by" or "in" with an object of its own (a determiner, a
    // name, a pronoun, a number) is a gerund.
    if (t[i] == kNN && p == i - 1 && pt == kIN && (str_eq(pw, "by") || str_eq(pw, "in")) &&
        (has(c, kVBG) || verb_stem(lex, s.tokens[i].lower)) && s.tokens[i].lower.ends_with("ing") && i + 1 < n &&
        (t[i + 1] == kDT || t[i + 1] == kNNP || t[i + 1] == kPRP || t[i + 1] == kPRPS || t[i + 1] == kCD)) {
      t[i] = kVBG;
      continue;
    }
    // "Rebel shelling killed five", "Army firing wounded two": a gerund after
    // a singular noun, right before a finite verb, heads a compound noun.
    if (t[i] == kVBG && p == i - 1 && (pt == kNN || pt == kNNP) && i + 1 < n &&
        (t[i + 1] == kVBD || t[i + 1] == kVBN || t[i + 1] == kVBZ || t[i + 1] == kVBP || t[i + 1] == kMD)) {
      t[i] = kNN;
      continue;
    }
    // "Kenyan protests continued", "Army threats worried": two finite verbs do
    // not stand side by side; a plural noun that could be a verb, after a name
    // or noun and before a past tense, is the subject's noun.
    // (Over an adverb: "Russian strikes also injured two people".)
    const size_t v = i + 1 < n && is_adverb(t[i + 1]) ? i + 2 : i + 1;
    if (t[i] == kVBZ && p == i - 1 && (pt == kNNP || pt == kNN || is_adj(pt)) && has(c, kNNS) && v < n &&
        !be_form(s.tokens[i].lower) && !have_form(s.tokens[i].lower) && !do_form(s.tokens[i].lower) &&
        (t[v] == kVBD || t[v] == kVBN) && has(cands[v], kVBD)) {
      t[i] = kNNS;
      t[v] = kVBD;
      continue;
    }
    // "the attack", "Israel's strike", "a visit": a noun after a determiner.
    if ((t[i] == kVB || t[i] == kVBP || t[i] == kVBZ) && p == i - 1 &&
        (pt == kDT || pt == kPRPS || pt == kPOS || is_adj(pt))) {
      if (t[i] == kVBZ && has(c, kNNS)) t[i] = kNNS;
      else if (t[i] != kVBZ && has(c, kNN)) t[i] = kNN;
    }
  }
  // "The Israeli military intercepts a missile", "Kenya's president signs the
  // bill": in a sentence with no finite verb, a plural noun that could be a
  // verb, right after the subject's noun and before an object, is the verb.
  // (Headline-style summaries are written in the present tense.)
  // (Verbs of a relative clause do not count: "Police arrest eleven people
  // linked to a network that smuggled workers ... and placed them".)
  size_t main_end = n;   // the main clause: up to a relative pronoun
  for (size_t i = 0; i < n; ++i) {
    const std::string_view w = s.tokens[i].lower;
    if (w == "that" || w == "which" || w == "who") {
      main_end = i;
      break;
    }
    if (t[i] == kVBZ || t[i] == kVBP || t[i] == kVBD || t[i] == kMD) {
      // ("... Rwanda sign a treaty and are set to begin talks": a finite verb
      // coordinated later leaves the line's first verb to find.)
      if (i >= 2 && str_eq(s.tokens[i - 1].lower, "and")) {
        main_end = i - 1;
        break;
      }
      return;
    }
  }
  // "Spanish police arrest eleven people": after a plural subject, a singular
  // noun that could be a base verb is the present tense.
  for (size_t i = 1; i + 1 < main_end; ++i) {
    const int pt = t[i - 1], nt = t[i + 1];
    const bool object_follows = nt == kDT || nt == kPRPS || nt == kCD || nt == kNNP || nt == kNNPS || is_adj(nt);
    // "A tower collapses in Rome": a place right after, in a verbless line.
    const std::string_view nw = s.tokens[i + 1].lower;
    const bool place_follows =
        (str_eq(nw, "in") || str_eq(nw, "near") || str_eq(nw, "at") || str_eq(nw, "along")) && i + 2 < n && (t[i + 2] == kNNP || t[i + 2] == kDT);
    // ("Kenyan police arrest protesters": a bare plural object, after a plural subject.)
    const bool plural_object = nt == kNNS;
    if (!object_follows && !place_follows && !plural_object) continue;
    // ("Torrential rains in Punjab, Pakistan, kill 63 people": a present verb
    // later in the line is the verb, not the noun before the place.)
    // ("Israeli forces in Gaza recover the bodies": that base form is the
    // line's present tense.)
    for (size_t k = i + 1; !object_follows && k < main_end; ++k) {
      if ((t[k] == kVB || t[k] == kVBP) && t[k - 1] != kTO && t[k - 1] != kMD && !str_eq(s.tokens[k - 1].lower, "to")) {
        t[k] = kVBP;
        return;
      }
    }
    // (A rare verb reading takes a plain object: "A Dutch court sentences
    // three men", not "Ghanian soldiers open fire".)
    // (An adjective that could itself be the verb, "open", is no plain object.)
    const bool plain_object = nt == kDT || nt == kPRPS || nt == kCD || nt == kNNP || nt == kNNPS ||
                              (is_adj(nt) && !has(cands[i + 1], kVB) && !has(cands[i + 1], kVBP));
    if (t[i] == kNNS && has(cands[i], kVBZ) && (is_noun(pt) || is_adj(pt)) && pt != kNNS &&
        (plain_object || ((object_follows || place_follows) && !rare(cands[i], kVBZ)))) {
      t[i] = kVBZ;
      return;
    }
    // ("Russia and Ukraine swap prisoners": two coordinated names are plural.)
    const bool plural_subject = pt == kNNS || pt == kNNPS || str_eq(s.tokens[i - 1].lower, "police") ||
                                (pt == kNNP && i >= 3 && str_eq(s.tokens[i - 2].lower, "and") && t[i - 3] == kNNP);
    if (t[i] == kNN && plural_subject && (has(cands[i], kVBP) || has(cands[i], kVB))) {
      t[i] = kVBP;
      return;
    }
  }
}

}  // namespace

Result<Tagger> Tagger::load(const DataPaths& paths) {
  std::string lex_path = paths.find("lexicon.tsv");
  if (lex_path.empty())
    return Error{ErrorCode::kFileNotFound, "lexicon.tsv", 0,
                 "tagger lexicon not found in the data folders (build the herald_data target: "
                 "tools/gen_lexicon.py needs liblingua-en-tagger-perl)", ""};
  std::string lemma_path = paths.find("lemmas.tsv");
  if (lemma_path.empty())
    return Error{ErrorCode::kFileNotFound, "lemmas.tsv", 0,
                 "lemma exceptions not found in the data folders (build the herald_data target: "
                 "tools/gen_lexicon.py needs wordnet-base)", ""};
  auto lex = Lexicon::load(lex_path);
  if (!lex.ok()) return lex.error();
  auto lem = Lemmatizer::load(lemma_path, lex.value());
  if (!lem.ok()) return lem.error();
  Tagger t;
  t.lexicon_ = lex.value();
  t.lemmatizer_ = lem.value();
  return t;
}

struct Tagger::Scratch {
  std::vector<uint8_t> tags;
  std::vector<CandidateList> cands;
  std::vector<float> score;
  std::vector<uint8_t> back;
};

void Tagger::annotate(Document& doc) const {
  doc.phrases.assign(doc.sentences.size(), {});
  Scratch scratch;
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    Sentence& s = doc.sentences[i];
    tag_sentence(doc, s, scratch);
    doc.phrases[i] = chunk(s, scratch.tags);
  }
}

void Tagger::tag_sentence(const Document& doc, Sentence& s, Scratch& scratch) const {
  const size_t n = s.tokens.size();
  std::vector<uint8_t>& out = scratch.tags;
  out.assign(n, kNN);
  if (n == 0) return;
  const Lexicon& lex = *lexicon_;
  // Every entry read below is written first for this sentence (word_candidates
  // fills each list; Viterbi writes score and back before reading them).
  std::vector<CandidateList>& cands = scratch.cands;
  if (cands.size() < n) cands.resize(n);
  bool start = true;
  for (size_t i = 0; i < n; ++i) {
    word_candidates(lex, s.tokens[i], start, doc.body, &cands[i]);
    const std::string_view w = s.tokens[i].text;
    start = str_eq(w, "\"") || str_eq(w, "(") || str_eq(w, ":") || str_eq(w, "-") || str_eq(w, "--") || str_eq(w, "'");
  }
  // Viterbi over each word's candidates: score[i][k] = best log probability
  // of a path ending in candidate k of word i.
  constexpr int kMax = CandidateList::kMax;
  std::vector<float>& score = scratch.score;
  std::vector<uint8_t>& back = scratch.back;
  if (score.size() < n * kMax) score.resize(n * kMax), back.resize(n * kMax);
  for (int k = 0; k < cands[0].size; ++k) {
    const TagScore& c = cands[0].items[k];
    score[k] = lex.transition(kStop, c.tag) + c.logp - lex.log_prior(c.tag);
  }
  for (size_t i = 1; i < n; ++i) {
    const CandidateList& prev = cands[i - 1];
    for (int k = 0; k < cands[i].size; ++k) {
      const TagScore& c = cands[i].items[k];
      float best = -std::numeric_limits<float>::infinity();
      int arg = 0;
      for (int j = 0; j < prev.size; ++j) {
        float v = score[(i - 1) * kMax + j] + lex.transition(prev.items[j].tag, c.tag);
        if (v > best) { best = v; arg = j; }
      }
      score[i * kMax + k] = best + c.logp - lex.log_prior(c.tag);
      back[i * kMax + k] = static_cast<uint8_t>(arg);
    }
  }
  int k = 0;
  for (int j = 1; j < cands[n - 1].size; ++j)
    if (score[(n - 1) * kMax + j] > score[(n - 1) * kMax + k]) k = j;
  for (size_t i = n; i-- > 0;) {
    out[i] = cands[i].items[k].tag;
    k = back[i * kMax + k];
  }
  fix_in_context(lex, s, cands, out);
  for (size_t i = 0; i < n; ++i) {
    Token& t = s.tokens[i];
    t.tag.assign(name(out[i]));
    lemmatizer_->lemma_into(t.lower, out[i], t.lemma);
  }
}

}  // namespace herald
