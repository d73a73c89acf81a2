// A buffered byte stream over a file or standard input, gzip or not.
//
//   auto in = herald::InputStream::open("news.jsonl.gz");   // "-" = stdin
//   if (!in.ok()) report(in.error());
//   std::string_view line;
//   while (in.value().next_line(line, 4 << 20) == InputStream::Status::kLine) use(line);
//
// Gzip is detected by its magic bytes (zlib's transparent mode reads plain
// files unchanged); concatenated gzip members are read as one stream. Text
// starting with a UTF-16 byte-order mark (LE or BE) is decoded to UTF-8 on
// the fly; an unpaired surrogate is a read error naming its byte. Lines
// are handed out as views into an internal buffer, so a multi-GB input is
// never held in memory: only the current line and one read chunk are.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "core/error.h"

namespace herald {

class InputStream {
 public:
  enum class Status : uint8_t {
    kLine,     // a line was returned
    kTooLong,  // a line over the limit was skipped (its length is in skipped_bytes())
    kEof,      // no more input
    kError,    // a read or decompression error: see error_message()
  };

  // Opens a path for reading; "-" reads standard input (a dup of fd 0).
  // Errors: kFileNotFound, kUnreadable (with the OS or zlib message).
  static Result<InputStream> open(const std::string& path);

  InputStream(InputStream&&) noexcept;
  InputStream& operator=(InputStream&&) noexcept;
  ~InputStream();

  // The next line without its '\n' (a trailing '\r' is kept); the view is
  // valid until the next call. Lines longer than max_bytes are skipped.
  Status next_line(std::string_view& line, size_t max_bytes);

  // Everything left, up to max_bytes; kTooLong (out untouched) when there is more.
  Status read_rest(std::string& out, size_t max_bytes);

  // The first byte that is not ASCII whitespace or a UTF-8 byte-order mark,
  // looking at most `limit` bytes ahead without consuming anything; -1 at
  // end of input or when nothing but whitespace was found within the limit.
  int peek_first_non_space(size_t limit);

  // The next bytes (up to n) without consuming them.
  std::string_view peek(size_t n);

  // True when the stream was gzip-compressed (known after the first read).
  bool compressed() const;
  // Message for the last kError.
  const std::string& error_message() const { return error_; }
  // Bytes of the last skipped over-long line.
  size_t skipped_bytes() const { return skipped_; }
  // Total decompressed bytes read so far.
  uint64_t bytes_read() const { return total_; }

 private:
  struct Impl;
  explicit InputStream(std::unique_ptr<Impl> impl);
  // Reads one more chunk into the buffer; false at EOF or on error.
  bool fill();
  // fill() for UTF-16 input (a byte-order mark FF FE or FE FF): decoded to UTF-8.
  bool fill_utf16();
  std::string decode_utf16(char* out, size_t& produced);

  std::unique_ptr<Impl> impl_;
  std::string error_;
  size_t skipped_ = 0;
  uint64_t total_ = 0;
};

}  // namespace herald
