// Who a bare title refers to: "The President", "The Head of State" is the
// first person the article called by that title, never the one speaking.
//
//   const ActorMention* p = first_titled(doc, mentions_by_sentence, s, t, "president", agent, speaker_name);
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace herald {

// The first person the article calls by the title `noun` ("President
// Volodymyr Zelenskyy", "the President of Ukraine"), of like's role (and
// country, when like names one): the story's protagonist, named first
// ("President Zelenskyy spoke with President Erdogan ... The President
// thanked Turkey" is Zelenskyy), never the one speaking (`voice`); or null.
const ActorMention* first_titled(const Document& doc, const std::vector<std::vector<ActorMention>>& by_sentence, uint32_t s,
                                 uint32_t t, std::string_view noun, const ActorMention& like, const std::string& voice);

}  // namespace herald
