#include "output/json_lines_writer.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <utility>

namespace herald {

JsonLinesWriter::JsonLinesWriter(std::FILE* f, std::string path, bool owned)
    : f_(f), path_(std::move(path)), owned_(owned) {}

JsonLinesWriter::JsonLinesWriter(JsonLinesWriter&& o) noexcept
    : f_(std::exchange(o.f_, nullptr)),
      path_(std::move(o.path_)),
      owned_(o.owned_),
      broken_pipe_(o.broken_pipe_),
      lines_(o.lines_),
      buf_(std::move(o.buf_)) {}

JsonLinesWriter& JsonLinesWriter::operator=(JsonLinesWriter&& o) noexcept {
  if (this != &o) {
    close();
    f_ = std::exchange(o.f_, nullptr);
    path_ = std::move(o.path_);
    owned_ = o.owned_;
    broken_pipe_ = o.broken_pipe_;
    lines_ = o.lines_;
    buf_ = std::move(o.buf_);
  }
  return *this;
}

JsonLinesWriter::~JsonLinesWriter() { close(); }

Result<JsonLinesWriter> JsonLinesWriter::open(const std::string& path) {
  if (path == "-") {
    // A closed pipe must show up as EPIPE, not kill the process.
    std::signal(SIGPIPE, SIG_IGN);
    return JsonLinesWriter(stdout, "-", false);
  }
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return Error{ErrorCode::kOutput, path, 0, std::string("cannot open for writing: ") + std::strerror(errno), ""};
  std::setvbuf(f, nullptr, _IOFBF, 1 << 16);
  return JsonLinesWriter(f, path, true);
}

Error JsonLinesWriter::io_error(const std::string& what, int err) const {
  return Error{ErrorCode::kOutput, path_, lines_, what + ": " + std::strerror(err), ""};
}

bool JsonLinesWriter::handle_pipe(int err) {
  if (err != EPIPE) return false;
  broken_pipe_ = true;
  std::clearerr(f_);
  return true;
}

Result<bool> JsonLinesWriter::write_line(std::string_view line) {
  if (broken_pipe_) return false;
  if (!f_) return Error{ErrorCode::kOutput, path_, lines_, "writer is closed", ""};
  errno = 0;
  if (std::fwrite(line.data(), 1, line.size(), f_) != line.size() || std::fputc('\n', f_) == EOF) {
    int err = errno;
    if (handle_pipe(err)) return false;
    return io_error("write failed", err);
  }
  ++lines_;
  return true;
}

std::string JsonLinesWriter::serialize(const nlohmann::json& record) {
  return record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Result<bool> JsonLinesWriter::write(const nlohmann::json& record) {
  buf_ = serialize(record);
  return write_line(buf_);
}

Result<bool> JsonLinesWriter::flush() {
  if (!f_ || broken_pipe_) return !broken_pipe_;
  errno = 0;
  if (std::fflush(f_) != 0) {
    int err = errno;
    if (handle_pipe(err)) return false;
    return io_error("flush failed", err);
  }
  return true;
}

Result<bool> JsonLinesWriter::close() {
  if (!f_) return !broken_pipe_;
  Result<bool> r = flush();
  if (owned_) {
    if (std::fclose(f_) != 0 && r.ok() && r.value()) r = io_error("close failed", errno);
  } else if (broken_pipe_) {
    // Drop whatever stdio still holds for the dead pipe, so exit() does not retry it.
    std::fflush(f_);
    std::clearerr(f_);
  }
  f_ = nullptr;
  return r;
}

}  // namespace herald
