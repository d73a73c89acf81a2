#include "read/article_reader.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "read/article_parser.h"
#include "read/input_stream.h"

namespace herald {

namespace fs = std::filesystem;

namespace {

// What a file holds, decided from its first bytes.
enum class Format : uint8_t { kEmpty, kJsonLines, kPlain, kUnknown };

Format sniff(InputStream& in) {
  int c = in.peek_first_non_space(64 * 1024);
  if (c < 0) return Format::kEmpty;
  if (c == '{') return Format::kJsonLines;
  std::string_view head = in.peek(64 * 1024);
  size_t i = 0;
  if (head.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < head.size() && std::strchr(" \t\r\n\f\v", head[i])) ++i;
  if (head.substr(i, 5) == "date ") return Format::kPlain;
  return Format::kUnknown;
}

// "000_ab.txt.gz" -> "000_ab": strip .gz, then the last extension.
std::string file_stem(const std::string& path) {
  std::string name = fs::path(path).filename().string();
  if (name.size() > 3 && name.ends_with(".gz")) name.resize(name.size() - 3);
  size_t dot = name.rfind('.');
  if (dot != std::string::npos && dot > 0) name.resize(dot);
  return name;
}

// The doc_id of a file found under a directory: its path relative to the
// directory, without extensions ("s/a/1.txt" under "s" -> "a/1"), so files
// of the same name in different folders never share an id.
std::string relative_stem(const std::string& root, const std::string& path) {
  fs::path rel = fs::path(path).lexically_relative(fs::path(root));
  if (rel.empty() || *rel.begin() == "..") return file_stem(path);
  fs::path parent = rel.parent_path();
  std::string stem = file_stem(path);
  return parent.empty() ? stem : (parent / stem).generic_string();
}

bool known_extension(const std::string& path) {
  for (const char* ext : {".txt", ".jsonl", ".json", ".gz"})
    if (path.ends_with(ext)) return true;
  return false;
}

bool hidden(const fs::path& p) {
  std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

}  // namespace

// The per-call state of read_all, so ArticleReader itself stays const.
class ReadSession {
 public:
  ReadSession(const ReadOptions& options, const std::function<void(Article&&)>& on_article,
              const std::function<void(const Error&)>& on_error)
      : options_(options), on_article_(on_article), on_error_(on_error) {}

  void read_input(const std::string& path) {
    if (path == "-") {
      read_stream(path, "", /*sniff_only=*/false);
      return;
    }
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
      int e = errno;
      error(Error{e == ENOENT || e == ENOTDIR ? ErrorCode::kFileNotFound : ErrorCode::kUnreadable,
                  path, 0, std::strerror(e), ""});
      return;
    }
    if (S_ISDIR(st.st_mode)) {
      read_directory(path);
    } else if (S_ISREG(st.st_mode) || S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode)) {
      read_stream(path, file_stem(path), false);
    } else {
      error(Error{ErrorCode::kUnreadable, path, 0, "not a regular file, directory or pipe", ""});
    }
  }

  ReadStats stats;

 private:
  void error(Error e) {
    ++stats.rejected;
    if (on_error_) on_error_(e);
  }

  void deliver(Article&& a) {
    ++stats.articles;
    stats.bytes += a.text.size();
    if (on_article_) on_article_(std::move(a));
  }

  void read_directory(const std::string& root) {
    std::vector<std::string> files;
    collect(fs::path(root), files);
    std::sort(files.begin(), files.end());
    for (const auto& f : files) read_stream(f, relative_stem(root, f), /*sniff_only=*/!known_extension(f));
  }

  // Gathers regular files under dir, skipping hidden entries and not
  // following symbolic links to directories (no cycles).
  void collect(const fs::path& dir, std::vector<std::string>& files) {
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
      error(Error{ErrorCode::kUnreadable, dir.string(), 0, "cannot list directory: " + ec.message(), ""});
      return;
    }
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      if (ec) {
        error(Error{ErrorCode::kUnreadable, dir.string(), 0, "cannot list directory: " + ec.message(), ""});
        return;
      }
      const fs::path& p = it->path();
      if (hidden(p)) continue;
      std::error_code sec;
      if (it->is_symlink(sec)) {
        // A link to a file is read; a link to a directory is not followed
        // (no cycles); a broken or looping link is named, never skipped quietly.
        struct stat st {};
        if (::stat(p.c_str(), &st) != 0) {
          int e = errno;
          error(Error{ErrorCode::kUnreadable, p.string(), 0,
                      e == ELOOP ? "symbolic link loops (too many levels of links)"
                                 : std::string("broken symbolic link: ") + std::strerror(e),
                      ""});
        } else if (S_ISREG(st.st_mode)) {
          files.push_back(p.string());
        }
        continue;
      }
      if (it->is_directory(sec)) collect(p, files);
      else if (it->is_regular_file(sec)) files.push_back(p.string());
    }
  }

  // Reads one file or stdin. sniff_only: a file found in a directory with
  // no known extension, skipped quietly when it looks like neither format.
  void read_stream(const std::string& path, const std::string& stem, bool sniff_only) {
    auto opened = InputStream::open(path);
    if (!opened.ok()) {
      error(opened.error());
      return;
    }
    ++stats.inputs;
    InputStream& in = opened.value();
    Format format = sniff(in);
    if (format == Format::kUnknown && !in.error_message().empty()) {
      error(Error{ErrorCode::kUnreadable, path, 0, in.error_message(), ""});
      return;
    }
    switch (format) {
      case Format::kEmpty:
        if (!in.error_message().empty()) error(Error{ErrorCode::kUnreadable, path, 0, in.error_message(), ""});
        return;
      case Format::kJsonLines: read_json_lines(path, in); return;
      case Format::kPlain: read_plain(path, stem, in); return;
      case Format::kUnknown:
        if (sniff_only) return;
        error(Error{ErrorCode::kBadFormat, path, 1,
                    "neither JSON lines (a line starting with '{') nor a plain article "
                    "(a first line \"date YYYY-MM-DD URL\")",
                    ArticleParser::excerpt(in.peek(80))});
        return;
    }
  }

  void read_json_lines(const std::string& path, InputStream& in) {
    std::string_view line;
    uint64_t line_no = 0;
    const size_t limit = options_.max_article_bytes;
    for (;;) {
      InputStream::Status s = in.next_line(line, limit);
      if (s == InputStream::Status::kEof) return;
      ++line_no;
      if (s == InputStream::Status::kError) {
        error(Error{ErrorCode::kUnreadable, path, line_no, in.error_message(), ""});
        return;
      }
      if (s == InputStream::Status::kTooLong) {
        error(Error{ErrorCode::kTooLarge, path, line_no,
                    "line of " + std::to_string(in.skipped_bytes()) + " bytes is over the limit of " +
                        std::to_string(limit),
                    ""});
        continue;
      }
      if (line.find_first_not_of(" \t\r\f\v") == std::string_view::npos) continue;
      auto r = ArticleParser::parse_json_line(line, path, line_no);
      if (r.ok()) deliver(std::move(r.value()));
      else error(r.error());
    }
  }

  void read_plain(const std::string& path, const std::string& stem, InputStream& in) {
    std::string content;
    InputStream::Status s = in.read_rest(content, options_.max_article_bytes);
    if (s == InputStream::Status::kError) {
      error(Error{ErrorCode::kUnreadable, path, 0, in.error_message(), ""});
      return;
    }
    if (s == InputStream::Status::kTooLong) {
      error(Error{ErrorCode::kTooLarge, path, 0,
                  "article over the limit of " + std::to_string(options_.max_article_bytes) + " bytes",
                  ""});
      return;
    }
    auto r = ArticleParser::parse_plain(content, path, stem);
    if (r.ok()) deliver(std::move(r.value()));
    else error(r.error());
  }

  const ReadOptions& options_;
  const std::function<void(Article&&)>& on_article_;
  const std::function<void(const Error&)>& on_error_;
};

ArticleReader::ArticleReader(std::vector<std::string> inputs, ReadOptions options)
    : inputs_(std::move(inputs)), options_(options) {}

ReadStats ArticleReader::read_all(const std::function<void(Article&&)>& on_article,
                                  const std::function<void(const Error&)>& on_error) const {
  ReadSession session(options_, on_article, on_error);
  for (const auto& input : inputs_) session.read_input(input);
  return session.stats;
}

}  // namespace herald
