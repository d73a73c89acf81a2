// A stable 64-bit hash (FNV-1a) for ids that must not change between runs,
// machines or versions: article ids from URLs, event ids.
//
//   herald::StableHash h;
//   h.field(doc_id); h.field(code);
//   std::string id = h.hex();          // 16 lower-case hex digits
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace herald {

class StableHash {
 public:
  // Adds raw bytes.
  void bytes(std::string_view s) {
    for (unsigned char c : s) {
      h_ ^= c;
      h_ *= kPrime;
    }
  }
  // Adds bytes then a separator, so ("ab","c") and ("a","bc") differ.
  void field(std::string_view s) {
    bytes(s);
    h_ ^= 0x1F;
    h_ *= kPrime;
  }
  uint64_t value() const { return h_; }
  std::string hex() const {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out(16, '0');
    uint64_t h = h_;
    for (int i = 15; i >= 0; --i, h >>= 4) out[static_cast<size_t>(i)] = kHex[h & 0xF];
    return out;
  }

 private:
  static constexpr uint64_t kPrime = 1099511628211ull;
  uint64_t h_ = 14695981039346656037ull;
};

}  // namespace herald
