#include "actors/phrase_trie.h"

#include <algorithm>

#include "core/utf8.h"

namespace herald {

std::string PhraseTrie::normalise(std::string_view lower_text) {
  std::string out;
  normalise_into(lower_text, out);
  return out;
}

void PhraseTrie::normalise_into(std::string_view lower_text, std::string& result) {
  if (utf8::is_ascii(lower_text)) {   // the common case: lower-cased, no apostrophe to map
    result.assign(lower_text);
    for (char& c : result)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return;
  }
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
  result = std::move(fixed);
}

void PhraseTrie::add(const std::vector<std::string>& keys, const std::vector<std::string>& written,
                     PhrasePayload payload) {
  uint32_t node = kRoot;
  for (const auto& k : keys) {
    const auto word = static_cast<int32_t>(words_.insert(k, static_cast<uint32_t>(words_.size())).first);
    uint32_t next = child(node, word);
    if (next == kNone) {
      next = static_cast<uint32_t>(payloads_.size());
      payloads_.emplace_back();
      kids_.emplace_back();
      if (node == kRoot) {
        if (root_.size() <= static_cast<size_t>(word)) root_.resize(static_cast<size_t>(word) + 1, kNone);
        root_[static_cast<size_t>(word)] = next;
      } else {
        auto& kids = kids_[node];
        const std::pair<int32_t, uint32_t> edge{word, next};
        kids.insert(std::lower_bound(kids.begin(), kids.end(), edge), edge);
      }
    }
    node = next;
  }
  payload.phrase = static_cast<uint32_t>(phrases_.size());
  phrases_.push_back(written);
  for (const auto& p : payloads_[node])   // the same phrase twice for one target: keep one
    if (p.source == payload.source && p.index == payload.index) return;
  payloads_[node].push_back(payload);
}

uint32_t PhraseTrie::find_child(uint32_t node, int32_t word) const {
  const auto& kids = kids_[node];
  auto it = std::lower_bound(kids.begin(), kids.end(), word,
                             [](const std::pair<int32_t, uint32_t>& e, int32_t w) { return e.first < w; });
  return it != kids.end() && it->first == word ? it->second : kNone;
}

}  // namespace herald
