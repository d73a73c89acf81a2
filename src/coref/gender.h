// The gender of an actor mention, for "he" and "she": 'M', 'F' or 0 when
// the words do not say ("the minister"). An honorific ("Ms Kell") or a
// gendered word ("spokeswoman", "Queen") decides first, then the first name
// of a personal name (data/first_names.tsv), then a "-man" title.
//
//   char g = mention_gender(doc, mention, first_names);
#pragma once

#include "core/document.h"
#include "coref/coref_resolver.h"

namespace herald {

char mention_gender(const Document& doc, const ActorMention& m, const FirstNames& names);

}  // namespace herald
