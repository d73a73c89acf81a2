// The actor dictionary readers (agents, people/organisations, guards) on
// one file of arbitrary text.
#include "actors/dictionary_reader.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string path = herald::fuzz::as_file(data, size);
  herald::ActorDictionary dict;
  herald::DictionaryReader reader(dict);
  if (auto e = reader.read_agents(path, "agents.txt")) (void)e->to_string();
  if (auto e = reader.read_entries(path, "people.txt", herald::PhraseSource::kPerson)) (void)e->to_string();
  if (auto e = reader.read_guards(path)) (void)e->to_string();
  return 0;
}
