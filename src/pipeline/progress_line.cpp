#include "pipeline/progress_line.h"

#include <filesystem>
#include <string_view>

#include "read/input_stream.h"

namespace herald {

namespace fs = std::filesystem;

namespace {

// Records in one file: non-blank lines of JSON lines, else one article.
uint64_t count_file(const std::string& path, const std::atomic<bool>& stop) {
  auto in = InputStream::open(path);
  if (!in.ok()) return 0;
  InputStream& s = in.value();
  int first = s.peek_first_non_space(64 * 1024);
  if (first < 0) return 0;
  if (first != '{') return 1;
  uint64_t n = 0;
  std::string_view line;
  for (;;) {
    auto st = s.next_line(line, 64u << 20);
    if (st == InputStream::Status::kEof || st == InputStream::Status::kError || stop) break;
    if (st == InputStream::Status::kTooLong) {
      ++n;
      continue;
    }
    if (line.find_first_not_of(" \t\r") != std::string_view::npos) ++n;
  }
  return n;
}

bool article_file(const fs::path& p) {
  std::string name = p.filename().string();
  if (name.empty() || name[0] == '.') return false;
  for (const char* ext : {".txt", ".jsonl", ".json", ".gz"})
    if (name.ends_with(ext)) return true;
  return false;
}

}  // namespace

uint64_t ProgressLine::census(const std::vector<std::string>& inputs, const std::atomic<bool>& stop) {
  uint64_t total = 0;
  for (const std::string& input : inputs) {
    if (stop || input == "-") return 0;
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
      for (auto it = fs::recursive_directory_iterator(input, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec)) {
        if (stop) return 0;
        if (it->is_regular_file(ec) && article_file(it->path())) total += count_file(it->path().string(), stop);
      }
    } else {
      total += count_file(input, stop);
    }
  }
  return stop ? 0 : total;
}

ProgressLine::ProgressLine(std::FILE* out, std::vector<std::string> inputs)
    : out_(out), start_(std::chrono::steady_clock::now()), last_(start_) {
  census_ = std::thread([this, inputs = std::move(inputs)] { total_ = census(inputs, stop_); });
}

ProgressLine::~ProgressLine() {
  stop_ = true;
  census_.join();
}

std::string ProgressLine::format(uint64_t articles, uint64_t total, double mb_per_s, uint64_t events,
                                 double seconds_left) {
  char buf[160];
  std::string of;
  if (total > 0) of.append("/").append(std::to_string(total));
  int n = std::snprintf(buf, sizeof buf, "herald: %llu%s articles, %.2f MB/s, %llu events",
                        static_cast<unsigned long long>(articles), of.c_str(), mb_per_s,
                        static_cast<unsigned long long>(events));
  std::string line(buf, n > 0 ? static_cast<size_t>(n) : 0);
  if (total > 0 && seconds_left >= 0) {
    auto s = static_cast<unsigned long long>(seconds_left + 0.5);
    std::snprintf(buf, sizeof buf, ", ETA %llu:%02llu", s / 60, s % 60);
    line += buf;
  }
  return line;
}

void ProgressLine::update(uint64_t articles, uint64_t bytes, uint64_t events) {
  auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(500)) return;
  last_ = now;
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  const uint64_t total = total_.load();
  double left = -1;
  if (total > 0 && articles > 0 && articles <= total)
    left = elapsed * static_cast<double>(total - articles) / static_cast<double>(articles);
  std::string line = format(articles, total, elapsed > 0 ? static_cast<double>(bytes) / 1e6 / elapsed : 0.0,
                            events, left);
  std::fprintf(out_, "\r%s\033[K", line.c_str());
  std::fflush(out_);
  drawn_ = true;
}

void ProgressLine::clear() {
  if (!drawn_) return;
  std::fprintf(out_, "\r\033[K");
  std::fflush(out_);
  drawn_ = false;
}

}  // namespace herald
