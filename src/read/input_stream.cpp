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

struct InputStream::Impl {
  gzFile gz = nullptr;
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

bool InputStream::fill() {
  Impl& s = *impl_;
  if (s.eof || s.failed) return false;
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
