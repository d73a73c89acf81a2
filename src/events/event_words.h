// The event stage's word lists (data/words/*.txt), loaded once: vocabulary
// the coder's rules consult, kept as data so it can grow and be reviewed.
//
//   auto words = herald::EventWords::load(paths);
//   if (!words.ok()) die(words.error());
//   herald::EventCoder coder(verbs, cameo, false, &statements, &words.value());
//   words.value().pair_nouns.has("interlocutors");   // true
//
// Lists (format in data/words/README.md):
//   pair_nouns.txt      nouns that name both sides of a meeting just told:
//                       "the interlocutors", "the parties", "the two leaders"
//   message_nouns.txt   nouns that carry their author's words: "a letter urging"
#pragma once

#include "core/data_paths.h"
#include "core/error.h"
#include "core/word_list.h"

namespace herald {

struct EventWords {
  WordList pair_nouns;
  WordList message_nouns;

  static Result<EventWords> load(const DataPaths& paths);
};

}  // namespace herald
