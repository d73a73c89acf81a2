#include "read/input_stream.h"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace herald {

namespace {
constexpr size_t kChunk = 256 * 1024;  // bytes asked of zlib per read
}  // namespace

// How the decompressed bytes are encoded, from a byte-order mark.
enum class Encoding : uint8_t { kUnknown, kUtf8, kUtf16Le, kUtf16Be };

struct InputStream::Impl {
  gzFile gz = nullptr;
  Encoding encoding = Encoding::kUnknown;
  std::vector<char> raw;     // UTF-16 input not yet decoded
  size_t raw_len = 0;        // bytes held in raw (an odd byte left from the last read)
  uint32_t high = 0;         // a high surrogate waiting for its low half
  uint64_t raw_offset = 0;   // bytes of UTF-16 input decoded so far (for messages)
  std::vector<char> buf;   // data lives in [pos, end)
  size_t pos = 0;
  size_t end = 0;
  bool eof = false;
  bool failed = false;
  ~Impl() {
    if (gz) gzclose(gz);
  }
};

InputStream::InputStream(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
InputStream::InputStream(InputStream&&) noexcept = default;
InputStream& InputStream::operator=(InputStream&&) noexcept = default;
InputStream::~InputStream() = default;

Result<InputStream> InputStream::open(const std::string& path) {
  int fd = path == "-" ? ::dup(STDIN_FILENO) : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    int e = errno;
    Error err{e == ENOENT || e == ENOTDIR ? ErrorCode::kFileNotFound : ErrorCode::kUnreadable,
              path, 0, std::strerror(e), ""};
    return err;
  }
  gzFile gz = gzdopen(fd, "rb");
  if (!gz) {
    ::close(fd);
    return Error{ErrorCode::kUnreadable, path, 0, "cannot open for reading", ""};
  }
  gzbuffer(gz, kChunk);
  auto impl = std::make_unique<Impl>();
  impl->gz = gz;
  impl->buf.resize(kChunk * 2);
  return InputStream(std::move(impl));
}

bool InputStream::compressed() const { return impl_->gz && gzdirect(impl_->gz) == 0; }

namespace {

void put_utf8(uint32_t cp, char* out, size_t& n) {
  if (cp < 0x80) {
    out[n++] = static_cast<char>(cp);
  } else if (cp < 0x800) {
    out[n++] = static_cast<char>(0xC0 | (cp >> 6));
    out[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out[n++] = static_cast<char>(0xE0 | (cp >> 12));
    out[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out[n++] = static_cast<char>(0xF0 | (cp >> 18));
    out[n++] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

// Decodes the whole UTF-16 code units of s.raw into UTF-8 at out (room for
// 3 bytes a unit); keeps an odd last byte. "" or the reason it is not UTF-16.
std::string InputStream::decode_utf16(char* out, size_t& produced) {
  Impl& s = *impl_;
  const bool le = s.encoding == Encoding::kUtf16Le;
  const auto* p = reinterpret_cast<const unsigned char*>(s.raw.data());
  size_t i = 0;
  produced = 0;
  for (; i + 1 < s.raw_len; i += 2) {
    uint32_t u = le ? (p[i] | (p[i + 1] << 8)) : ((p[i] << 8) | p[i + 1]);
    uint64_t at = s.raw_offset + i;
    if (s.high) {
      if (u < 0xDC00 || u > 0xDFFF) return "unpaired UTF-16 high surrogate before byte " + std::to_string(at + 1);
      put_utf8(0x10000 + ((s.high - 0xD800) << 10) + (u - 0xDC00), out, produced);
      s.high = 0;
    } else if (u >= 0xD800 && u <= 0xDBFF) {
      s.high = u;
    } else if (u >= 0xDC00 && u <= 0xDFFF) {
      return "unpaired UTF-16 low surrogate at byte " + std::to_string(at + 1);
    } else if (!(u == 0xFEFF && at == 0)) {   // the byte-order mark itself is not text
      put_utf8(u, out, produced);
    }
  }
  s.raw_offset += i;
  std::memmove(s.raw.data(), s.raw.data() + i, s.raw_len - i);
  s.raw_len -= i;
  return "";
}

bool InputStream::fill() {
  Impl& s = *impl_;
  if (s.eof || s.failed) return false;
  if (s.encoding == Encoding::kUnknown) {
    // The first bytes decide: a UTF-16 byte-order mark switches to decoding.
    char head[2];
    int n = gzread(s.gz, head, 2);
    if (n == 2 && static_cast<unsigned char>(head[0]) == 0xFF && static_cast<unsigned char>(head[1]) == 0xFE)
      s.encoding = Encoding::kUtf16Le;
    else if (n == 2 && static_cast<unsigned char>(head[0]) == 0xFE && static_cast<unsigned char>(head[1]) == 0xFF)
      s.encoding = Encoding::kUtf16Be;
    else
      s.encoding = Encoding::kUtf8;
    if (s.encoding == Encoding::kUtf8) {
      if (n > 0) {
        std::memcpy(s.buf.data() + s.end, head, static_cast<size_t>(n));
        s.end += static_cast<size_t>(n);
        total_ += static_cast<uint64_t>(n);
        return true;
      }
    } else {
      s.raw.resize(kChunk + 2);
      std::memcpy(s.raw.data(), head, 2);
      s.raw_len = 2;
    }
  }
  if (s.encoding != Encoding::kUtf8) return fill_utf16();
  if (s.pos > 0) {  // compact: move the unread tail to the front
    std::memmove(s.buf.data(), s.buf.data() + s.pos, s.end - s.pos);
    s.end -= s.pos;
    s.pos = 0;
  }
  if (s.buf.size() - s.end < kChunk) s.buf.resize(std::max(s.buf.size() * 2, s.end + kChunk));
  int n = gzread(s.gz, s.buf.data() + s.end, static_cast<unsigned>(kChunk));
  if (n > 0) {
    s.end += static_cast<size_t>(n);
    total_ += static_cast<uint64_t>(n);
    return true;
  }
  int errnum = Z_OK;
  const char* msg = gzerror(s.gz, &errnum);
  if (n < 0 || (errnum != Z_OK)) {
    s.failed = true;
    if (errnum == Z_ERRNO) error_ = std::strerror(errno);
    else error_ = std::string("gzip: ") + (msg && *msg ? msg : "read error");
    return false;
  }
  s.eof = true;
  return false;
}

bool InputStream::fill_utf16() {
  Impl& s = *impl_;
  if (s.pos > 0) {
    std::memmove(s.buf.data(), s.buf.data() + s.pos, s.end - s.pos);
    s.end -= s.pos;
    s.pos = 0;
  }
  for (;;) {
    int n = gzread(s.gz, s.raw.data() + s.raw_len, static_cast<unsigned>(kChunk));
    if (n < 0) {
      int errnum = Z_OK;
      const char* msg = gzerror(s.gz, &errnum);
      s.failed = true;
      error_ = errnum == Z_ERRNO ? std::strerror(errno) : std::string("gzip: ") + (msg && *msg ? msg : "read error");
      return false;
    }
    s.raw_len += static_cast<size_t>(n);
    const size_t room = (s.raw_len / 2) * 3;
    if (s.buf.size() - s.end < room) s.buf.resize(s.end + room + kChunk);
    size_t produced = 0;
    std::string bad = decode_utf16(s.buf.data() + s.end, produced);
    if (!bad.empty()) {
      s.failed = true;
      error_ = bad;
      return false;
    }
    s.end += produced;
    total_ += produced;
    if (n == 0) {
      if (s.raw_len > 0 || s.high) {
        s.failed = true;
        error_ = "UTF-16 input ends in the middle of a character";
        return false;
      }
      s.eof = produced == 0;
      if (s.eof) return false;
    }
    if (produced > 0) return true;
  }
}

InputStream::Status InputStream::next_line(std::string_view& line, size_t max_bytes) {
  Impl& s = *impl_;
  size_t scanned = 0;  // bytes already searched for '\n' in [pos, end)
  for (;;) {
    const char* start = s.buf.data() + s.pos;
    const char* nl = static_cast<const char*>(
        std::memchr(start + scanned, '\n', s.end - s.pos - scanned));
    if (nl) {
      size_t len = static_cast<size_t>(nl - start);
      s.pos += len + 1;
      if (len > max_bytes) {
        skipped_ = len;
        return Status::kTooLong;
      }
      line = std::string_view(start, len);
      return Status::kLine;
    }
    scanned = s.end - s.pos;
    if (scanned > max_bytes) {
      // Skip the rest of an over-long line without keeping it in memory.
      size_t skipped = scanned;
      s.pos = s.end = 0;
      for (;;) {
        if (!fill()) {
          skipped_ = skipped;
          return s.failed ? Status::kError : Status::kTooLong;
        }
        const char* p = static_cast<const char*>(std::memchr(s.buf.data(), '\n', s.end));
        if (p) {
          size_t k = static_cast<size_t>(p - s.buf.data());
          skipped += k;
          s.pos = k + 1;
          skipped_ = skipped;
          return Status::kTooLong;
        }
        skipped += s.end;
        s.pos = s.end = 0;
      }
    }
    if (!fill()) {
      if (s.failed) return Status::kError;
      if (s.end == s.pos) return Status::kEof;
      // Last line without a trailing newline.
      line = std::string_view(s.buf.data() + s.pos, s.end - s.pos);
      s.pos = s.end;
      return Status::kLine;
    }
  }
}

InputStream::Status InputStream::read_rest(std::string& out, size_t max_bytes) {
  Impl& s = *impl_;
  while (s.end - s.pos <= max_bytes) {
    if (!fill()) {
      if (s.failed) return Status::kError;
      out.assign(s.buf.data() + s.pos, s.end - s.pos);
      s.pos = s.end;
      return Status::kLine;
    }
  }
  skipped_ = s.end - s.pos;
  return Status::kTooLong;
}

std::string_view InputStream::peek(size_t n) {
  Impl& s = *impl_;
  while (s.end - s.pos < n && fill()) {
  }
  return std::string_view(s.buf.data() + s.pos, std::min(n, s.end - s.pos));
}

int InputStream::peek_first_non_space(size_t limit) {
  Impl& s = *impl_;
  size_t i = 0;
  for (;;) {
    while (i < s.end - s.pos && i < limit) {
      unsigned char c = static_cast<unsigned char>(s.buf[s.pos + i]);
      if (c == 0xEF && s.end - s.pos >= i + 3 &&
          static_cast<unsigned char>(s.buf[s.pos + i + 1]) == 0xBB &&
          static_cast<unsigned char>(s.buf[s.pos + i + 2]) == 0xBF) {
        i += 3;  // byte-order mark
        continue;
      }
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return c;
      ++i;
    }
    if (i >= limit || !fill()) return -1;
  }
}

}  // namespace herald
