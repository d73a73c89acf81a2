#include "geo/gazetteer.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <utility>

#include "geo/gazetteer_compiler.h"

namespace herald {

namespace gf = gazetteer_format;

Result<Gazetteer> Gazetteer::load_file(const std::string& path) {
  // The file is mapped, not copied: the page cache holds it once for every
  // process, and an image is used where it lies.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Error{ErrorCode::kFileNotFound, path, 0, "cannot open (build target herald_data makes it)", ""};
  struct stat st {};
  if (::fstat(fd, &st) != 0 || st.st_size <= 0) {
    ::close(fd);
    return Error{ErrorCode::kDictionary, path, 0, "empty or unreadable file", ""};
  }
  const size_t len = static_cast<size_t>(st.st_size);
  void* map = ::mmap(nullptr, len, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) return Error{ErrorCode::kDictionary, path, 0, "cannot map the file", ""};
  std::shared_ptr<const void> owner(map, [len](const void* p) { ::munmap(const_cast<void*>(p), len); });
  const std::string_view all(static_cast<const char*>(map), len);
  if (all.size() >= sizeof(gf::kMagic) && std::memcmp(all.data(), gf::kMagic, sizeof(gf::kMagic)) == 0) {
    // Lookups jump about the file: no read-ahead beyond the page asked for.
    ::madvise(map, len, MADV_RANDOM);
    return from_bytes(path, std::move(owner), all, /*image_file=*/true);
  }
  // A text file is read from end to end, once: compiled, then unmapped.
  ::madvise(map, len, MADV_SEQUENTIAL);
  auto compiler = GazetteerCompiler::read_text(path, all);
  if (!compiler.ok()) return compiler.error();
  auto bytes = compiler.value().compile(GazetteerCompiler::Layout::kAsText);
  if (!bytes.ok()) return bytes.error();
  auto held = std::make_shared<const std::string>(std::move(bytes.value()));
  return from_bytes(path, held, *held, /*image_file=*/false);
}

namespace {

// One index's arrays: dir (2^bits + 1 words) and count entries of each of
// the two arrays after it; false for another shape.
template <typename A, typename B>
bool view_arrays(std::string_view all, uint32_t bits, uint32_t count, const gf::Section& dir, const gf::Section& a,
                 const gf::Section& b, std::span<const uint32_t>* d, std::span<const A>* x, std::span<const B>* y) {
  if (bits == 0 || bits > gf::kMaxBits) return false;
  const uint64_t buckets = (uint64_t{1} << bits) + 1;
  if (dir.bytes != buckets * 4 || a.bytes != uint64_t{count} * sizeof(A) || b.bytes != uint64_t{count} * sizeof(B))
    return false;
  *d = {reinterpret_cast<const uint32_t*>(all.data() + dir.off), buckets};
  *x = {reinterpret_cast<const A*>(all.data() + a.off), count};
  *y = {reinterpret_cast<const B*>(all.data() + b.off), count};
  return true;
}

// dir[b] .. dir[b + 1], clipped to the arrays.
std::pair<uint32_t, uint32_t> bucket(std::span<const uint32_t> dir, uint64_t b, size_t count) {
  const uint32_t hi = static_cast<uint32_t>(std::min<size_t>(dir[b + 1], count));
  return {std::min(dir[b], hi), hi};
}

}  // namespace

Result<Gazetteer> Gazetteer::from_bytes(const std::string& path, std::shared_ptr<const void> owner, std::string_view all,
                                        bool image_file) {
  auto fail = [&](const std::string& msg) {
    return Error{ErrorCode::kDictionary, path, 0, "gazetteer image: " + msg + " (rebuild the herald_data target)", ""};
  };
  gf::Header h;
  if (all.size() < sizeof(gf::Header)) return fail("shorter than its header");
  std::memcpy(&h, all.data(), sizeof(gf::Header));
  if (std::memcmp(h.magic, gf::kMagic, sizeof(gf::kMagic)) != 0 || h.version != gf::kVersion ||
      h.byte_order != gf::kByteOrder)
    return fail("another format version or byte order");
  if (h.file_bytes != all.size()) return fail("truncated or grown");
  if (h.probe_hash != gf::probe_hash() || h.record_bytes != sizeof(gf::Record))
    return fail("written by another build (hash or layout)");
  // Every section inside the file and aligned; what the arrays hold is
  // checked where read (find, entry).
  for (const gf::Section* s : {&h.regions, &h.key_dir, &h.key_fps, &h.key_offs, &h.word_dir, &h.word_tags,
                               &h.word_values, &h.data})
    if (s->off % gf::kAlign != 0 || s->off > all.size() || s->bytes > all.size() - s->off)
      return fail("a section out of the file");
  Gazetteer g;
  if (!view_arrays(all, h.key_bits, h.keys, h.key_dir, h.key_fps, h.key_offs, &g.keys_.dir, &g.keys_.fps,
                   &g.keys_.offs) ||
      !view_arrays(all, h.word_bits, h.words, h.word_dir, h.word_tags, h.word_values, &g.words_.dir, &g.words_.tags,
                   &g.words_.values))
    return fail("an index of another shape");
  g.keys_.shift = 64 - h.key_bits;
  g.words_.shift = 64 - h.word_bits;
  g.regions_ = all.substr(h.regions.off, h.regions.bytes);
  g.data_ = all.substr(h.data.off, h.data.bytes);
  g.places_ = h.places;
  g.bytes_ = all;
  g.owner_ = std::move(owner);
  g.from_image_ = image_file;
  return g;
}

std::span<const uint32_t> Gazetteer::find(std::string_view key) const {
  if (keys_.fps.empty()) return {};
  const uint64_t h = StringIndex::hash(key);
  const auto fp = static_cast<uint16_t>(h);
  const auto [lo, hi] = bucket(keys_.dir, h >> keys_.shift, keys_.fps.size());
  for (uint32_t i = lo; i < hi; ++i) {
    if (keys_.fps[i] != fp) continue;
    // The key's record: u16 length, u16 0, u32 count, the bytes, zeros to a multiple of 4, the ids.
    const size_t at = keys_.offs[i];
    if (at % 4 != 0 || at > data_.size() || data_.size() - at < 8) return {};
    uint16_t len;
    uint32_t n;
    std::memcpy(&len, data_.data() + at, 2);
    std::memcpy(&n, data_.data() + at + 4, 4);
    const size_t ids = (at + 8 + len + 3) & ~size_t{3};
    if (ids > data_.size() || n > (data_.size() - ids) / 4) return {};
    if (len == key.size() && std::memcmp(data_.data() + at + 8, key.data(), len) == 0)
      return {reinterpret_cast<const uint32_t*>(data_.data() + ids), n};
  }
  return {};
}

uint32_t Gazetteer::max_key_bytes(std::string_view first_word) const {
  if (words_.tags.empty()) return 0;
  const uint64_t h = StringIndex::hash(first_word);
  const auto tag = static_cast<uint32_t>(h);
  const auto [lo, hi] = bucket(words_.dir, h >> words_.shift, words_.tags.size());
  for (uint32_t i = lo; i < hi; ++i)
    if (words_.tags[i] == tag) return words_.values[i];
  return 0;
}

GazEntry Gazetteer::entry(uint32_t id) const {
  GazEntry e;
  const size_t at = size_t{id} * 4;
  if (at > data_.size() || data_.size() - at < sizeof(gf::Record)) return e;
  gf::Record r;
  std::memcpy(&r, data_.data() + at, sizeof(gf::Record));
  auto text = [](std::string_view all, uint32_t off, uint32_t len) {
    return off <= all.size() && len <= all.size() - off ? all.substr(off, len) : std::string_view();
  };
  e.name = text(data_, r.name_off, r.name_len);
  e.adm1 = text(regions_, r.adm1_off, r.adm1_len);
  std::memcpy(e.country, r.country, 3);
  e.lat = r.lat;
  e.lon = r.lon;
  e.population = r.population;
  e.kind = r.kind <= static_cast<uint8_t>(GazKind::kRegion) ? static_cast<GazKind>(r.kind) : GazKind::kPlace;
  return e;
}

}  // namespace herald
