// Within-article reference: pronouns ("he", "it", "they", "its") and
// descriptions ("the minister", "the group", "the country", "the two
// leaders") become actor mentions coded like the actor they refer to.
//
//   herald::CorefResolver coref;
//   actor_matcher.annotate(doc);
//   coref.annotate(doc);       // adds ActorMentions of kind kPronoun / kDescription
//   event_coder.annotate(doc);
//
// Rules (no parse tree; bounded look-back, linear in the article):
//  * person pronouns (he, she, him, his, her) -> the most salient person-like
//    actor (a named person, or a singular title such as "the president") of
//    no other gender ("Ms", "Queen", "spokeswoman", a first name in
//    first_names.tsv: "she" passes over Joe Biden):
//    the leftmost one before the pronoun in the same sentence, else the
//    leftmost one of the nearest earlier sentence that has one (subjects come
//    first), at most kPronounReach sentences back;
//  * it / its -> the same search over countries, organisations and collective
//    agents ("the ministry"); "it is/was + adjective" and other expletives
//    are left alone;
//  * "the parties", "the sides", "the interlocutors" -> the two sides of the
//    talk named before: a coordinated pair with roles, else the two most
//    recent persons of different countries;
//  * they right after an institution reporting ("Sheriff Lee said they
//    arrested") -> that institution;
//  * they / them / their, "the two leaders", "the presidents", "both sides"
//    -> a coordinated pair of actors ("Russia and Algeria") when the nearest
//    sentence has one, both mentions added with the same span; else a plural
//    agent or an organisation;
//  * "the group", "the movement", "the organisation", "the party" -> the nearest
//    organisation; "the network", "the broadcaster" -> the nearest media
//    actor (MED), "the company", "the firm", "the platform" -> the nearest business (BUS);
//    "the country", "the nation" -> the nearest country;
//    "the minister", "the president" (a bare title the actor stage coded
//    with the article's main country) -> the nearest listed person whose
//    role is the same.
// An added mention comes before any actor-stage mention starting at the same
// token, so it is the one the event coder sees; its `entry` names the
// antecedent ("coref:he->people.txt:12 (sentence 3)").
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/data_paths.h"
#include "core/document.h"
#include "core/error.h"
#include "core/word_list.h"

namespace herald {

// First name -> 'M' or 'F' (build/data/first_names.tsv).
using FirstNames = std::unordered_map<std::string, char>;

class CorefResolver {
 public:
  // Reads first_names.tsv from the data folders for the genders of "he" and
  // "she"; without the file, a resolver that ignores gender (as the default
  // constructor gives). A malformed line is an Error naming file and line.
  // Also reads words/adversary_nouns.txt and words/aggression_cues.txt
  // ("the occupiers": the country the article names with "aggression").
  static Result<CorefResolver> load(const DataPaths& paths);

  static constexpr uint32_t kPronounReach = 2;       // earlier sentences a pronoun may look back
  static constexpr uint32_t kDescriptionReach = 4;   // earlier sentences a description may look back

  // Adds the resolved pronoun and description mentions to doc.actors, which
  // stays ordered by (sentence, first).
  void annotate(Document& doc) const;

 private:
  FirstNames names_;
  WordList adversary_nouns_;   // "the occupiers" = MIL of the article's adversary
  WordList aggression_cues_;   // "Russian aggression": Russia is the adversary
};

}  // namespace herald
