// Reads articles from files, directories, standard input, gzip or not.
//
//   herald::ArticleReader reader({"articles/", "more.jsonl.gz", "-"});
//   auto stats = reader.read_all(
//       [](herald::Article&& a) { /* code it */ },
//       [](const herald::Error& e) { std::cerr << e.to_string() << '\n'; });
//
// Formats, detected per file (after transparent gzip decompression):
//   plain article: "date YYYY-MM-DD URL", blank line, title, blank line,
//                  body paragraphs separated by blank lines;
//   JSON lines:    one object a line with id, date, url, title, text
//                  (date YYYY-MM-DD, ISO date-time, or null; unknown fields ignored).
// Directories are walked recursively in sorted path order. A bad line or file
// becomes an Error and reading goes on with the next one.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/error.h"

namespace herald {

struct ReadOptions {
  uint64_t max_article_bytes = 4u << 20;   // an article (or JSON line) over this is rejected: kTooLarge
};

struct ReadStats {
  uint64_t inputs = 0;     // files (and stdin) opened
  uint64_t articles = 0;   // articles delivered
  uint64_t rejected = 0;   // errors reported (bad lines, bad files)
  uint64_t bytes = 0;      // bytes of article text delivered
};

class ArticleReader {
 public:
  explicit ArticleReader(std::vector<std::string> inputs, ReadOptions options = {});

  // Reads every input in order; calls on_article for each article and
  // on_error for each reject. Never throws.
  ReadStats read_all(const std::function<void(Article&&)>& on_article,
                     const std::function<void(const Error&)>& on_error) const;

 private:
  std::vector<std::string> inputs_;
  ReadOptions options_;
};

}  // namespace herald
