#include "events/speaker_intent.h"

#include <string>
#include <utility>

#include "events/factuality.h"
#include "events/role_finder.h"

namespace herald {

std::string_view SpeakerIntent::code_for(std::string_view code) {
  if (code.size() < 2) return {};
  const std::string_view root = code.substr(0, 2);
  // Specific codes first (CAMEO 031x, 033x, 035x, 131x), then by root.
  static constexpr std::pair<std::string_view, std::string_view> kSpecific[] = {
      {"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"}, {"071", "0331"}, {"072", "0332"},
      {"073", "0333"}, {"074", "0334"}, {"081", "0351"}, {"0841", "0353"}, {"085", "0354"}, {"086", "0355"},
      {"087", "0356"}, {"161", "1313"}, {"162", "1311"}, {"163", "1312"}, {"164", "1313"}};
  for (auto [from, to] : kSpecific)
    if (code.substr(0, from.size()) == from) return to;
  if (root == "04") return "036";
  if (root == "05") return "032";
  if (root == "06") return "031";
  if (root == "07") return "033";
  if (root == "08") return "035";
  if (root == "16") return "131";
  if (root == "17") return "137";
  if (root == "18" || root == "19" || root == "20") return "138";
  return {};
}

std::string_view SpeakerIntent::refusal_code_for(std::string_view code) {
  if (code.size() < 2) return {};
  if (code.starts_with("0841")) return "1243";
  if (code.starts_with("0874")) return "1246";
  if (code.starts_with("083")) return {};   // not resigning is no rejection of anyone
  const std::string_view root = code.substr(0, 2);
  if (root == "04") return "125";
  if (root == "06") return "121";
  if (root == "07") return "122";
  if (root == "08") return "124";
  if (root == "03" || root == "05") return "120";
  return {};
}

namespace {
// A plain future or conditional ("will", "would", "'ll", "won't"), not a
// possibility ("could", "may", "must"), negated or not.
bool plain_future(const SentenceContext& ctx, const Phrase& g) {
  bool will = g.tense == Tense::kFuture;
  for (uint32_t t = g.first; t < g.last; ++t) {
    const std::string_view w = ctx.lower(t);
    if (w == "could" || w == "may" || w == "might" || w == "should" || w == "must" || w == "can") return false;
    if (w == "will" || w == "would" || w == "shall" || w == "'ll" || w == "'d" || w == "wo" || w == "won't") will = true;
  }
  return will;
}
}  // namespace

bool SpeakerIntent::refused_future(const SentenceContext& ctx, const Phrase& g) {
  return Factuality::negated(ctx, g) && plain_future(ctx, g);
}

bool SpeakerIntent::future(const SentenceContext& ctx, const Phrase& g) {
  return !Factuality::negated(ctx, g) && plain_future(ctx, g);
}

bool SpeakerIntent::spoken_by(const SentenceContext& ctx, const Phrase& g, int32_t source) {
  if (source < 0) return false;
  const ActorMention& s = ctx.actor(source);
  const std::string_view w = ctx.lower(s.first);
  if (s.last == s.first + 1 && (w == "i" || w == "we" || w == "us" || w == "our")) return true;
  RoleFinder roles(ctx);
  for (const Phrase& say : ctx.groups()) {
    if (say.first >= g.first) break;
    if (!ctx.words().speech_verbs.has(ctx.lemma(say.head)) || Factuality::negated(ctx, say)) continue;
    std::vector<int32_t> speakers;
    roles.subject_before(say.first, speakers);
    // The same actor, or a state and its country ("Iran's foreign minister
    // said Iran would ..."): a government speaks for its country.
    for (int32_t sp : speakers) {
      const ActorMention& a = ctx.actor(sp);
      if (a.code == s.code) return true;
      const bool state = !a.implicit_country && (a.code.ends_with("GOV") || a.code.ends_with("MIL"));
      if (state && s.code.size() == 3 && s.code == a.country) return true;
    }
  }
  return false;
}

}  // namespace herald
