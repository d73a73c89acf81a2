// Writes one compact JSON object a line to a file or standard output.
//
//   auto w = herald::JsonLinesWriter::open("events.jsonl");   // "-" = stdout
//   if (!w.ok()) return report(w.error());                    // kOutput
//   auto r = w.value().write(record);
//   if (!r.ok()) return report(r.error());     // disk full, I/O error
//   if (!r.value()) break;                     // reader went away (EPIPE): stop quietly
//   w.value().close();                         // flushes; also done by the destructor
//
// A broken pipe on standard output (herald ... | head) is not an error: the
// writer ignores SIGPIPE when it writes to stdout, and write() returns false
// from then on. Strings that are not valid UTF-8 are written with U+FFFD.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

#include "core/error.h"

namespace herald {

class JsonLinesWriter {
 public:
  // Opens (truncates) path for writing; "-" writes to standard output.
  static Result<JsonLinesWriter> open(const std::string& path);

  JsonLinesWriter(JsonLinesWriter&& other) noexcept;
  JsonLinesWriter& operator=(JsonLinesWriter&& other) noexcept;
  JsonLinesWriter(const JsonLinesWriter&) = delete;
  JsonLinesWriter& operator=(const JsonLinesWriter&) = delete;
  ~JsonLinesWriter();

  // Writes record as one line. true: written; false: the pipe is closed and
  // nothing more will be written; an Error (kOutput) for other failures.
  Result<bool> write(const nlohmann::json& record);
  // The line write() writes for record (without the '\n'): compact, invalid
  // UTF-8 replaced by U+FFFD. Callers may serialise on other threads and
  // hand the lines to write_line().
  static std::string serialize(const nlohmann::json& record);
  // Writes an already serialised line (a '\n' is added).
  Result<bool> write_line(std::string_view line);
  // Flushes buffered lines to the OS.
  Result<bool> flush();
  // Flushes and closes (a no-op for stdout apart from the flush).
  Result<bool> close();

  bool broken_pipe() const { return broken_pipe_; }
  uint64_t lines() const { return lines_; }
  const std::string& path() const { return path_; }

 private:
  JsonLinesWriter(std::FILE* f, std::string path, bool owned);
  Error io_error(const std::string& what, int err) const;
  // true when err is EPIPE: remembers the broken pipe.
  bool handle_pipe(int err);

  std::FILE* f_ = nullptr;
  std::string path_;
  bool owned_ = false;
  bool broken_pipe_ = false;
  uint64_t lines_ = 0;
  std::string buf_;   // reused serialisation buffer
};

}  // namespace herald
