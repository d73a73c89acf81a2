#include "geo/gazetteer_compiler.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <numeric>
#include <sstream>
#include <unordered_map>

#include "core/string_index.h"

namespace herald {

namespace gf = gazetteer_format;

namespace {

constexpr uint32_t kMaxEntries = 10'000'000;
constexpr uint32_t kMaxKeys = 50'000'000;
constexpr size_t kMaxRecordNameBytes = 65'535;   // a Record's and a blob record's uint16_t lengths

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

// A key's first word: up to a space or hyphen (as tools/gen_gazetteer.py keys).
void pad_to(std::string& s, size_t align) { s.resize((s.size() + align - 1) / align * align, '\0'); }

template <typename T>
void append_raw(std::string& out, const T& v) {
  out.append(reinterpret_cast<const char*>(&v), sizeof(T));
}

// One index (gazetteer_format.h) over strings: its dir, and each string's
// position in bucket order (the caller writes the arrays after dir). An
// error names a string given twice.
struct BuiltIndex {
  uint32_t bits = 1;
  std::vector<uint32_t> dir;
  std::vector<uint64_t> hashes;   // per string
  std::vector<uint32_t> pos;      // per string: its place in bucket order
};

Result<BuiltIndex> build_index(const std::vector<std::string_view>& strings) {
  BuiltIndex ix;
  while (ix.bits < gf::kMaxBits && (uint64_t{gf::kMaxBucketFill} << ix.bits) < strings.size()) ++ix.bits;
  const size_t buckets = size_t{1} << ix.bits;
  ix.hashes.resize(strings.size());
  ix.dir.assign(buckets + 1, 0);
  for (size_t i = 0; i < strings.size(); ++i) {
    ix.hashes[i] = StringIndex::hash(strings[i]);
    ++ix.dir[(ix.hashes[i] >> (64 - ix.bits)) + 1];
  }
  std::partial_sum(ix.dir.begin(), ix.dir.end(), ix.dir.begin());
  std::vector<uint32_t> next(ix.dir.begin(), ix.dir.end() - 1), at(strings.size());
  ix.pos.resize(strings.size());
  for (size_t i = 0; i < strings.size(); ++i) {
    ix.pos[i] = next[ix.hashes[i] >> (64 - ix.bits)]++;
    at[ix.pos[i]] = static_cast<uint32_t>(i);
  }
  for (size_t b = 0; b < buckets; ++b)
    for (uint32_t i = ix.dir[b]; i < ix.dir[b + 1]; ++i)
      for (uint32_t j = ix.dir[b]; j < i; ++j)
        if (ix.hashes[at[i]] == ix.hashes[at[j]] && strings[at[i]] == strings[at[j]])
          return Error{ErrorCode::kDictionary, "", 0, "duplicate key " + std::string(strings[at[i]]), ""};
  return ix;
}

// The array of one value per string, in the index's bucket order.
template <typename T, typename F>
std::vector<T> in_bucket_order(const BuiltIndex& ix, F&& value) {
  std::vector<T> out(ix.pos.size());
  for (size_t i = 0; i < ix.pos.size(); ++i) out[ix.pos[i]] = value(i);
  return out;
}

}  // namespace

Result<GazetteerCompiler> GazetteerCompiler::read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::kFileNotFound, path, 0, "cannot open (build target herald_data makes it)", ""};
  std::ostringstream buf;
  buf << in.rdbuf();
  auto text = std::make_shared<const std::string>(std::move(buf).str());
  auto c = read_text(path, *text);
  if (c.ok()) c.value().owner_ = std::move(text);
  return c;
}

Result<GazetteerCompiler> GazetteerCompiler::read_text(const std::string& path, std::string_view all) {
  auto fail = [&](uint64_t line, std::string msg, std::string_view text = {}) {
    return Error{ErrorCode::kDictionary, path, line, std::move(msg), std::string(text.substr(0, 80))};
  };
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
  GazetteerCompiler c;
  c.path_ = path;
  c.places_.reserve(n_entries);
  for (uint32_t i = 0; i < n_entries; ++i) {
    if (!next_line(&line)) return fail(lineno, "file ends before the " + std::to_string(n_entries) + " entries");
    if (fields(line, f, 8) != 7 || f[1].size() != 3 || f[6].size() != 1)
      return fail(lineno, "expected name, alpha3, adm1, lat, lon, population, kind", line);
    if (f[0].size() > kMaxRecordNameBytes || f[2].size() > kMaxRecordNameBytes) return fail(lineno, "a name over 65,535 bytes", line);
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
    c.places_.push_back(e);
  }
  c.keys_.reserve(n_keys);
  c.ids_.reserve(n_keys + n_keys / 2);
  for (uint32_t i = 0; i < n_keys; ++i) {
    if (!next_line(&line)) return fail(lineno, "file ends before the " + std::to_string(n_keys) + " keys");
    if (fields(line, f, 3) != 2 || f[0].empty() || f[1].empty()) return fail(lineno, "expected key, ids", line);
    if (f[0].size() > kMaxRecordNameBytes) return fail(lineno, "a key over 65,535 bytes", line);
    Key k{f[0], static_cast<uint32_t>(c.ids_.size()), 0};
    std::string_view ids = f[1];
    while (!ids.empty()) {
      size_t comma = ids.find(',');
      uint32_t id = 0;
      if (!parse_num(ids.substr(0, comma), &id) || id >= n_entries) return fail(lineno, "bad entry id", line);
      c.ids_.push_back(id);
      ids = comma == std::string_view::npos ? std::string_view() : ids.substr(comma + 1);
    }
    k.ids_count = static_cast<uint32_t>(c.ids_.size()) - k.ids_begin;
    c.keys_.push_back(k);
  }
  return c;
}

void GazetteerCompiler::set_hot_keys(const std::vector<std::string>& keys) {
  hot_ = keys;
  std::sort(hot_.begin(), hot_.end());
}

Result<std::string> GazetteerCompiler::compile(Layout layout) const {
  auto fail = [&](const std::string& msg) { return Error{ErrorCode::kDictionary, path_, 0, msg, ""}; };
  // Keys by importance: the hot keys, then by their largest candidate's
  // population; file order among equals.
  std::vector<uint64_t> importance(keys_.size(), 0);
  for (size_t k = 0; k < keys_.size(); ++k) {
    for (uint32_t i = keys_[k].ids_begin; i < keys_[k].ids_begin + keys_[k].ids_count; ++i)
      importance[k] = std::max<uint64_t>(importance[k], places_[ids_[i]].population);
    if (std::binary_search(hot_.begin(), hot_.end(), keys_[k].text)) importance[k] += uint64_t{1} << 32;
  }
  std::vector<uint32_t> order(keys_.size());
  std::iota(order.begin(), order.end(), 0);
  if (layout == Layout::kByImportance)
    std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return importance[a] > importance[b]; });

  // First words, each with its longest key.
  StringIndex word_at;
  std::vector<std::string_view> words;
  std::vector<uint16_t> longest;
  for (const Key& key : keys_) {
    const std::string_view w = gazetteer_format::first_word(key.text);
    const uint32_t at = word_at.insert(w, static_cast<uint32_t>(words.size())).first;
    if (at == words.size()) {
      words.push_back(w);
      longest.push_back(0);
    }
    longest[at] = std::max(longest[at], static_cast<uint16_t>(key.text.size()));
  }
  std::vector<std::string_view> key_texts(keys_.size());
  for (size_t k = 0; k < keys_.size(); ++k) key_texts[k] = keys_[k].text;
  auto key_index = build_index(key_texts);
  if (!key_index.ok()) return fail(key_index.error().message);
  const BuiltIndex& ki = key_index.value();
  auto word_index = build_index(words);
  if (!word_index.ok()) return fail(word_index.error().message);
  const BuiltIndex& wi = word_index.value();
  std::vector<uint32_t> tags = in_bucket_order<uint32_t>(wi, [&](size_t i) { return static_cast<uint32_t>(wi.hashes[i]); });
  std::vector<uint16_t> values = in_bucket_order<uint16_t>(wi, [&](size_t i) { return longest[i]; });
  // Two words of a bucket with one tag (about one image in 10^4) both get
  // the larger value: a lookup stops at the first.
  for (size_t b = 0; b + 1 < wi.dir.size(); ++b)
    for (uint32_t i = wi.dir[b]; i < wi.dir[b + 1]; ++i)
      for (uint32_t j = wi.dir[b]; j < i; ++j)
        if (tags[i] == tags[j]) values[i] = values[j] = std::max(values[i], values[j]);

  // The data's size, to write it once in place.
  auto padded = [](size_t n) { return (n + 3) & ~size_t{3}; };
  size_t data_bytes = 0;
  {
    std::vector<bool> named(places_.size(), false);
    for (const Key& key : keys_) {
      data_bytes += 8 + padded(key.text.size()) + size_t{key.ids_count} * (4 + sizeof(gf::Record));
      for (uint32_t i = key.ids_begin; i < key.ids_begin + key.ids_count; ++i)
        if (!named[ids_[i]]) {
          named[ids_[i]] = true;
          data_bytes += padded(places_[ids_[i]].name.size());
        }
    }
  }
  if (data_bytes > UINT32_MAX) return fail("gazetteer image over 4 GB");

  gf::Header h;
  std::memcpy(h.magic, gf::kMagic, sizeof(gf::kMagic));
  h.version = gf::kVersion;
  h.byte_order = gf::kByteOrder;
  h.probe_hash = gf::probe_hash();
  h.record_bytes = sizeof(gf::Record);
  h.places = static_cast<uint32_t>(places_.size());
  h.key_bits = ki.bits;
  h.keys = static_cast<uint32_t>(keys_.size());
  h.word_bits = wi.bits;
  h.words = static_cast<uint32_t>(words.size());
  std::string out;
  out.reserve(sizeof(gf::Header) + 8 * gf::kAlign + (ki.dir.size() + wi.dir.size()) * 4 + keys_.size() * 6 +
              words.size() * 6 + data_bytes + (1 << 20));
  out.resize(sizeof(gf::Header), '\0');
  auto start = [&](gf::Section& s) {
    pad_to(out, gf::kAlign);
    s.off = out.size();
  };
  auto put = [&](gf::Section& s, const void* bytes, size_t n) {
    start(s);
    s.bytes = n;
    out.append(static_cast<const char*>(bytes), n);
  };
  auto put_vector = [&](gf::Section& s, const auto& v) { put(s, v.data(), v.size() * sizeof(v[0])); };
  put_vector(h.key_dir, ki.dir);
  put_vector(h.key_fps, in_bucket_order<uint16_t>(ki, [&](size_t i) { return static_cast<uint16_t>(ki.hashes[i]); }));
  start(h.key_offs);   // filled below, once the data is laid out
  h.key_offs.bytes = keys_.size() * 4;
  out.resize(out.size() + h.key_offs.bytes, '\0');
  put_vector(h.word_dir, wi.dir);
  put_vector(h.word_tags, tags);
  put_vector(h.word_values, values);

  // Data: per key its record, then its candidates' names (once per place)
  // and Records; regions once per name.
  start(h.data);
  const size_t base = out.size();
  std::string regions;
  StringIndex region_off;
  std::vector<uint32_t> name_off(places_.size(), UINT32_MAX), region_of(places_.size(), UINT32_MAX),
      key_offs(keys_.size());
  for (uint32_t k : order) {
    const Key& key = keys_[k];
    key_offs[k] = static_cast<uint32_t>(out.size() - base);
    append_raw(out, static_cast<uint16_t>(key.text.size()));
    append_raw(out, uint16_t{0});
    append_raw(out, key.ids_count);
    out.append(key.text);
    pad_to(out, 4);
    const size_t ids_at = out.size();
    out.resize(ids_at + size_t{key.ids_count} * 4);
    for (uint32_t i = 0; i < key.ids_count; ++i) {
      const uint32_t id = ids_[key.ids_begin + i];
      const GazEntry& p = places_[id];
      if (name_off[id] == UINT32_MAX) {
        name_off[id] = static_cast<uint32_t>(out.size() - base);
        out.append(p.name);
        pad_to(out, 4);
      }
      gf::Record r;
      r.name_off = name_off[id];
      r.name_len = static_cast<uint16_t>(p.name.size());
      if (region_of[id] == UINT32_MAX) {
        region_of[id] = region_off.insert(p.adm1, static_cast<uint32_t>(regions.size())).first;
        if (region_of[id] == regions.size()) regions.append(p.adm1);
      }
      r.adm1_off = region_of[id];
      r.adm1_len = static_cast<uint16_t>(p.adm1.size());
      std::memcpy(r.country, p.country, 4);
      r.lat = p.lat;
      r.lon = p.lon;
      r.population = p.population;
      r.kind = static_cast<uint8_t>(p.kind);
      const auto record_id = static_cast<uint32_t>((out.size() - base) / 4);
      std::memcpy(out.data() + ids_at + size_t{i} * 4, &record_id, 4);
      append_raw(out, r);
    }
  }
  h.data.bytes = out.size() - base;
  if (regions.size() > UINT32_MAX) return fail("gazetteer image over 4 GB");
  put(h.regions, regions.data(), regions.size());
  const std::vector<uint32_t> offs = in_bucket_order<uint32_t>(ki, [&](size_t i) { return key_offs[i]; });
  std::memcpy(out.data() + h.key_offs.off, offs.data(), offs.size() * 4);
  h.file_bytes = out.size();
  std::memcpy(out.data(), &h, sizeof(gf::Header));
  return out;
}

std::optional<std::string> GazetteerCompiler::check(const Gazetteer& g) const {
  if (g.size() != places_.size() || g.keys() != keys_.size()) return "another number of places or keys";
  std::unordered_map<std::string_view, uint32_t> longest;
  for (const Key& k : keys_) {
    uint32_t& l = longest[gazetteer_format::first_word(k.text)];
    l = std::max<uint32_t>(l, static_cast<uint32_t>(k.text.size()));
    const std::span<const uint32_t> got = g.find(k.text);
    if (got.size() != k.ids_count) return "key '" + std::string(k.text) + "': another number of candidates";
    for (uint32_t i = 0; i < k.ids_count; ++i) {
      const GazEntry& want = places_[ids_[k.ids_begin + i]];
      const GazEntry have = g.entry(got[i]);
      if (have.name != want.name || have.adm1 != want.adm1 || std::memcmp(have.country, want.country, 4) != 0 ||
          have.lat != want.lat || have.lon != want.lon || have.population != want.population || have.kind != want.kind)
        return "key '" + std::string(k.text) + "': candidate " + std::to_string(i) + " differs";
    }
  }
  for (const auto& [word, bytes] : longest)
    if (g.max_key_bytes(word) < bytes) return "first word '" + std::string(word) + "': a shorter longest key";
  return std::nullopt;
}

std::optional<Error> GazetteerCompiler::write_image(const std::string& path) const {
  auto bytes = compile(Layout::kByImportance);
  if (!bytes.ok()) return bytes.error();
  // Written beside, then renamed: a reader never maps half an image.
  const std::string tmp = path + ".tmp";
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) return Error{ErrorCode::kFileNotFound, tmp, 0, "cannot create", ""};
  const bool wrote = std::fwrite(bytes.value().data(), 1, bytes.value().size(), f) == bytes.value().size();
  if (std::fclose(f) != 0 || !wrote || std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return Error{ErrorCode::kDictionary, path, 0, "cannot write the gazetteer image", ""};
  }
  auto g = Gazetteer::load_file(path);
  std::optional<std::string> wrong = g.ok() ? check(g.value()) : g.error().to_string();
  if (!wrong && !g.value().from_image()) wrong = "not read as an image";
  if (wrong) {
    std::remove(path.c_str());
    return Error{ErrorCode::kDictionary, path, 0, "gazetteer image does not read back: " + *wrong, ""};
  }
  return std::nullopt;
}

}  // namespace herald
