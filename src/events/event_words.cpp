#include "events/event_words.h"

namespace herald {

Result<EventWords> EventWords::load(const DataPaths& paths) {
  EventWords w;
  struct Entry {
    WordList* list;
    const char* file;
  };
  for (const Entry& e : {Entry{&w.pair_nouns, "words/pair_nouns.txt"}, Entry{&w.message_nouns, "words/message_nouns.txt"}}) {
    auto list = WordList::load(paths, e.file);
    if (!list.ok()) return list.error();
    *e.list = std::move(list.value());
  }
  return w;
}

}  // namespace herald
