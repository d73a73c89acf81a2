// A trie over token sequences: the dictionary's phrases, keyed by normalised
// lower-case tokens, each end node holding the payloads of the phrases ending there.
//
//   herald::PhraseTrie trie;
//   trie.add({"secretary", "of", "state"}, payload);
//   int32_t w = trie.word_id("secretary");          // -1 when no phrase uses the word
//   uint32_t n = trie.child(PhraseTrie::kRoot, w);  // PhraseTrie::kNone when absent
//   trie.payloads(n);                               // phrases ending at n
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace herald {

// Where a dictionary phrase came from.
enum class PhraseSource : uint8_t { kCountryName, kDemonym, kCapital, kAgent, kOrganisation, kPerson };

// How a phrase's case must agree with the text.
enum class CaseRule : uint8_t {
  kAny,          // agents: "police", "Police", "POLICE"
  kCapitalised,  // names: each capitalised dictionary word capitalised in the text
  kExact,        // acronyms: "US", "IDF", never the pronoun "us"
};

struct PhrasePayload {
  PhraseSource source = PhraseSource::kAgent;
  CaseRule rule = CaseRule::kAny;
  uint32_t index = 0;    // into the dictionary's countries, agents or entries
  uint32_t phrase = 0;   // into PhraseTrie::phrase_tokens(): the phrase as written
};

class PhraseTrie {
 public:
  static constexpr uint32_t kRoot = 0;
  static constexpr uint32_t kNone = UINT32_MAX;

  PhraseTrie() : payloads_(1) {}
  // Adds a phrase: `keys` normalised tokens (see normalise()), `written` the
  // same tokens as written in the dictionary (for the case rule).
  void add(const std::vector<std::string>& keys, const std::vector<std::string>& written, PhrasePayload payload);
  // The id of a normalised word, or -1.
  int32_t word_id(std::string_view key) const;
  uint32_t child(uint32_t node, int32_t word) const;
  const std::vector<PhrasePayload>& payloads(uint32_t node) const { return payloads_[node]; }
  const std::vector<std::string>& phrase_tokens(uint32_t phrase) const { return phrases_[phrase]; }
  size_t phrase_count() const { return phrases_.size(); }

  // Lower-cases and maps typographic apostrophes to "'": the key of a token.
  static std::string normalise(std::string_view lower_text);

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, int32_t, Hash, std::equal_to<>> words_;
  std::unordered_map<uint64_t, uint32_t> edges_;
  std::vector<std::vector<PhrasePayload>> payloads_;   // per node
  std::vector<std::vector<std::string>> phrases_;
};

}  // namespace herald
