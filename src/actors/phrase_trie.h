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
#include <utility>
#include <vector>

#include "core/string_index.h"

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

  PhraseTrie() : kids_(1), payloads_(1) {}
  // Adds a phrase: `keys` normalised tokens (see normalise()), `written` the
  // same tokens as written in the dictionary (for the case rule).
  void add(const std::vector<std::string>& keys, const std::vector<std::string>& written, PhrasePayload payload);
  // The id of a normalised word, or -1.
  int32_t word_id(std::string_view key) const {
    const uint32_t id = words_.find(key);
    return id == StringIndex::kAbsent ? -1 : static_cast<int32_t>(id);
  }
  uint32_t child(uint32_t node, int32_t word) const {
    if (word < 0) return kNone;
    if (node == kRoot) return static_cast<size_t>(word) < root_.size() ? root_[static_cast<size_t>(word)] : kNone;
    return find_child(node, word);
  }
  const std::vector<PhrasePayload>& payloads(uint32_t node) const { return payloads_[node]; }
  const std::vector<std::string>& phrase_tokens(uint32_t phrase) const { return phrases_[phrase]; }
  size_t phrase_count() const { return phrases_.size(); }

  // Lower-cases and maps typographic apostrophes to "'": the key of a token.
  static std::string normalise(std::string_view lower_text);
  // out = normalise(lower_text), reusing out's buffer.
  static void normalise_into(std::string_view lower_text, std::string& out);

 private:
  uint32_t find_child(uint32_t node, int32_t word) const;

  StringIndex words_;                                   // normalised word -> id
  std::vector<uint32_t> root_;                          // per word id: the root's child, or kNone
  // Per node but the root: its children (word id, node), by word id.
  std::vector<std::vector<std::pair<int32_t, uint32_t>>> kids_;
  std::vector<std::vector<PhrasePayload>> payloads_;   // per node
  std::vector<std::vector<std::string>> phrases_;
};

}  // namespace herald
