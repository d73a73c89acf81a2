#include "geo/gazetteer.h"

#include <algorithm>
#include <charconv>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <functional>

namespace herald {

namespace {

constexpr uint32_t kMaxEntries = 10'000'000;
constexpr uint32_t kMaxKeys = 50'000'000;

// Splits line into at most n tab-separated fields; returns how many it found.
size_t fields(std::string_view line, std::string_view* out, size_t n) {
  size_t k = 0, start = 0;
  while (k < n) {
    size_t p = line.find('\t', start);
    out[k++] = line.substr(start, p == std::string_view::npos ? std::string_view::npos : p - start);
    if (p == std::string_view::npos) break;
    start = p + 1;
  }
  return k;
}

template <typename T>
bool parse_num(std::string_view s, T* v) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), *v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

// A decimal coordinate as written by gen_gazetteer.py ("-80.38333"): faster
// than a general float parser over 200,000 lines.
bool parse_coord(std::string_view s, double* v) {
  bool neg = !s.empty() && s[0] == '-';
  if (neg) s.remove_prefix(1);
  if (s.empty()) return false;
  int64_t whole = 0, frac = 0, scale = 1;
  size_t i = 0;
  for (; i < s.size() && s[i] != '.'; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    whole = whole * 10 + (s[i] - '0');
  }
  if (i < s.size()) {
    for (++i; i < s.size(); ++i) {
      if (s[i] < '0' || s[i] > '9' || scale > 1'000'000'000) return false;
      frac = frac * 10 + (s[i] - '0');
      scale *= 10;
    }
  }
  *v = (static_cast<double>(whole) + static_cast<double>(frac) / static_cast<double>(scale)) * (neg ? -1 : 1);
  return true;
}

// A loop, not find_first_of(" -"), which calls memchr once per character of
// the key: 410,753 keys at each load.
std::string_view first_word(std::string_view key) {
  size_t p = 0;
  while (p < key.size() && key[p] != ' ' && key[p] != '-') ++p;
  return key.substr(0, p);
}

}  // namespace

uint64_t Gazetteer::hash(std::string_view s) { return std::hash<std::string_view>{}(s); }

Result<Gazetteer> Gazetteer::load_file(const std::string& path) {
  auto fail = [&](uint64_t line, std::string msg, std::string_view text = {}) {
    return Error{ErrorCode::kDictionary, path, line, std::move(msg), std::string(text.substr(0, 80))};
  };
  // The file is mapped, not copied: the page cache holds it once for every
  // process, and the index points into it.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Error{ErrorCode::kFileNotFound, path, 0, "cannot open (build target herald_data makes it)", ""};
  struct stat st {};
  if (::fstat(fd, &st) != 0 || st.st_size <= 0) {
    ::close(fd);
    return fail(0, "empty or unreadable file");
  }
  const size_t len = static_cast<size_t>(st.st_size);
  void* map = ::mmap(nullptr, len, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) return fail(0, "cannot map the file");

  Gazetteer g;
  g.owner_ = std::shared_ptr<const void>(map, [len](const void* p) { ::munmap(const_cast<void*>(p), len); });
  g.text_ = std::string_view(static_cast<const char*>(map), len);
  const std::string_view all = g.text_;
  size_t pos = 0;
  uint64_t lineno = 0;
  auto next_line = [&](std::string_view* line) {
    if (pos >= all.size()) return false;
    size_t e = all.find('\n', pos);
    if (e == std::string_view::npos) e = all.size();
    *line = all.substr(pos, e - pos);
    pos = e + 1;
    ++lineno;
    return true;
  };
  std::string_view line, f[8];
  // Header: @gazetteer 1 ENTRIES KEYS, after comments.
  uint32_t n_entries = 0, n_keys = 0;
  for (;;) {
    if (!next_line(&line)) return fail(lineno, "no @gazetteer header");
    if (!line.empty() && line[0] == '#') continue;
    if (fields(line, f, 5) != 4 || f[0] != "@gazetteer" || f[1] != "1" || !parse_num(f[2], &n_entries) ||
        !parse_num(f[3], &n_keys))
      return fail(lineno, "expected '@gazetteer<TAB>1<TAB>ENTRIES<TAB>KEYS'", line);
    break;
  }
  if (n_entries > kMaxEntries || n_keys > kMaxKeys) return fail(lineno, "more entries or keys than the limit", line);
  g.entries_.reserve(n_entries);
  for (uint32_t i = 0; i < n_entries; ++i) {
    if (!next_line(&line)) return fail(lineno, "file ends before the " + std::to_string(n_entries) + " entries");
    if (fields(line, f, 8) != 7 || f[1].size() != 3 || f[6].size() != 1)
      return fail(lineno, "expected name, alpha3, adm1, lat, lon, population, kind", line);
    GazEntry e;
    e.name = f[0];
    e.adm1 = f[2];
    f[1].copy(e.country, 3);
    double lat = 0, lon = 0;
    if (!parse_coord(f[3], &lat) || !parse_coord(f[4], &lon) || !parse_num(f[5], &e.population) || lat < -90 ||
        lat > 90 || lon < -180 || lon > 180)
      return fail(lineno, "bad coordinates or population", line);
    e.lat = static_cast<float>(lat);
    e.lon = static_cast<float>(lon);
    switch (f[6][0]) {
      case 'C': e.kind = GazKind::kCapital; break;
      case 'A': e.kind = GazKind::kSeat; break;
      case 'B': e.kind = GazKind::kMinorSeat; break;
      case 'P': e.kind = GazKind::kPlace; break;
      case 'X': e.kind = GazKind::kSection; break;
      case 'R': e.kind = GazKind::kRegion; break;
      default: return fail(lineno, "unknown kind", line);
    }
    g.entries_.push_back(e);
  }
  g.keys_.reserve(n_keys);
  g.ids_.reserve(n_keys + n_keys / 2);
  for (uint32_t i = 0; i < n_keys; ++i) {
    if (!next_line(&line)) return fail(lineno, "file ends before the " + std::to_string(n_keys) + " keys");
    if (fields(line, f, 3) != 2 || f[0].empty() || f[1].empty()) return fail(lineno, "expected key, ids", line);
    Key k;
    k.off = static_cast<uint32_t>(f[0].data() - all.data());
    k.len = static_cast<uint32_t>(f[0].size());
    k.ids_begin = static_cast<uint32_t>(g.ids_.size());
    std::string_view ids = f[1];
    while (!ids.empty()) {
      size_t c = ids.find(',');
      uint32_t id = 0;
      if (!parse_num(ids.substr(0, c), &id) || id >= n_entries) return fail(lineno, "bad entry id", line);
      g.ids_.push_back(id);
      ids = c == std::string_view::npos ? std::string_view() : ids.substr(c + 1);
    }
    k.ids_count = static_cast<uint32_t>(g.ids_.size()) - k.ids_begin;
    g.keys_.push_back(k);
  }
  // Hash tables: keys, and first words with their longest key.
  auto make_table = [](Table& t, size_t n) {
    size_t cap = 16;
    while (cap < 2 * n) cap <<= 1;
    t.slots.assign(cap, 0);
    t.mask = cap - 1;
  };
  make_table(g.key_table_, g.keys_.size());
  for (uint32_t i = 0; i < g.keys_.size(); ++i) {
    uint64_t s = hash(g.key_text(g.keys_[i])) & g.key_table_.mask;
    while (g.key_table_.slots[s]) {
      if (g.key_text(g.keys_[g.key_table_.slots[s] - 1]) == g.key_text(g.keys_[i]))
        return fail(0, "duplicate key " + std::string(g.key_text(g.keys_[i])));
      s = (s + 1) & g.key_table_.mask;
    }
    g.key_table_.slots[s] = i + 1;
  }
  make_table(g.first_table_, g.keys_.size());
  // About two keys in three start a first word of their own (275,706 of
  // 410,753): half the keys was too few and grew once, copying the words.
  g.first_words_.reserve(g.keys_.size());
  for (const Key& k : g.keys_) {
    std::string_view fw = first_word(g.key_text(k));
    uint64_t s = hash(fw) & g.first_table_.mask;
    for (;;) {
      uint32_t slot = g.first_table_.slots[s];
      if (!slot) {
        g.first_words_.push_back(Key{k.off, static_cast<uint32_t>(fw.size()), 0, k.len});
        g.first_table_.slots[s] = static_cast<uint32_t>(g.first_words_.size());
        break;
      }
      Key& w = g.first_words_[slot - 1];
      if (g.key_text(w) == fw) {
        w.ids_count = std::max(w.ids_count, k.len);
        break;
      }
      s = (s + 1) & g.first_table_.mask;
    }
  }
  return g;
}

std::span<const uint32_t> Gazetteer::find(std::string_view key) const {
  if (key_table_.slots.empty()) return {};
  for (uint64_t s = hash(key) & key_table_.mask;; s = (s + 1) & key_table_.mask) {
    uint32_t slot = key_table_.slots[s];
    if (!slot) return {};
    const Key& k = keys_[slot - 1];
    if (key_text(k) == key) return std::span<const uint32_t>(ids_.data() + k.ids_begin, k.ids_count);
  }
}

uint32_t Gazetteer::max_key_bytes(std::string_view fw) const {
  if (first_table_.slots.empty()) return 0;
  for (uint64_t s = hash(fw) & first_table_.mask;; s = (s + 1) & first_table_.mask) {
    uint32_t slot = first_table_.slots[s];
    if (!slot) return 0;
    const Key& k = first_words_[slot - 1];
    if (key_text(k) == fw) return k.ids_count;
  }
}

size_t Gazetteer::memory_bytes() const {
  return text_.size() + entries_.capacity() * sizeof(GazEntry) +
         keys_.capacity() * sizeof(Key) + ids_.capacity() * sizeof(uint32_t) +
         (key_table_.slots.capacity() + first_table_.slots.capacity()) * sizeof(uint32_t) +
         first_words_.capacity() * sizeof(Key);
}

}  // namespace herald
