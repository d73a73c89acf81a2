#include "actors/phrase_trie.h"

#include "core/utf8.h"

namespace herald {

namespace {
uint64_t edge_key(uint32_t node, int32_t word) {
  return (static_cast<uint64_t>(node) << 32) | static_cast<uint32_t>(word);
}
}  // namespace

std::string PhraseTrie::normalise(std::string_view lower_text) {
  bool plain = true;   // ASCII without capitals: the common case, returned as is
  for (char c : lower_text)
    if ((c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80) { plain = false; break; }
  if (plain) return std::string(lower_text);
  std::string out = utf8::lower(lower_text);
  // U+2019 and U+2018 (E2 80 99 / E2 80 98) -> '
  std::string fixed;
  fixed.reserve(out.size());
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i] == '\xE2' && i + 2 < out.size() && out[i + 1] == '\x80' &&
        (out[i + 2] == '\x99' || out[i + 2] == '\x98')) {
      fixed.push_back('\'');
      i += 2;
    } else {
      fixed.push_back(out[i]);
    }
  }
  return fixed;
}

void PhraseTrie::add(const std::vector<std::string>& keys, const std::vector<std::string>& written,
                     PhrasePayload payload) {
  uint32_t node = kRoot;
  for (const auto& k : keys) {
    auto [wit, inserted] = words_.try_emplace(k, static_cast<int32_t>(words_.size()));
    uint64_t key = edge_key(node, wit->second);
    auto eit = edges_.find(key);
    if (eit == edges_.end()) {
      uint32_t next = static_cast<uint32_t>(payloads_.size());
      payloads_.emplace_back();
      edges_.emplace(key, next);
      node = next;
    } else {
      node = eit->second;
    }
  }
  payload.phrase = static_cast<uint32_t>(phrases_.size());
  phrases_.push_back(written);
  for (const auto& p : payloads_[node])   // the same phrase twice for one target: keep one
    if (p.source == payload.source && p.index == payload.index) return;
  payloads_[node].push_back(payload);
}

int32_t PhraseTrie::word_id(std::string_view key) const {
  auto it = words_.find(key);
  return it == words_.end() ? -1 : it->second;
}

uint32_t PhraseTrie::child(uint32_t node, int32_t word) const {
  if (word < 0) return kNone;
  auto it = edges_.find(edge_key(node, word));
  return it == edges_.end() ? kNone : it->second;
}

}  // namespace herald
