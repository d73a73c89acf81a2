// The web dashboard's built files (index.html, assets/...), read into memory
// once at start-up and served by exact path only: a request can name no
// file that was not in the folder then, so no path reaches the disk.
//
//   auto files = herald::StaticFiles::load("build/web");   // Result<StaticFiles>
//   if (!files.ok()) warn(files.error().to_string());
//   if (const auto* f = files.value().find("/")) send(f->body, f->content_type);   // index.html
//
// Limits: at most kMaxFiles regular files and kMaxBytes in all; symbolic
// links, dot files and other file types are skipped.
#pragma once

#include <map>
#include <string>

#include "core/error.h"

namespace herald {

class StaticFiles {
 public:
  struct File {
    std::string body;
    std::string content_type;   // from the extension: text/html, text/javascript, ...
  };

  static constexpr size_t kMaxFiles = 2000;
  static constexpr size_t kMaxBytes = 64u << 20;

  // Reads every regular file under dir. Errors (kOutput): dir is not a
  // readable folder, holds no index.html, or is over the limits.
  static Result<StaticFiles> load(const std::string& dir);

  // The file for a decoded request path ("/" and "/index.html" are the
  // index), or nullptr.
  const File* find(const std::string& path) const;
  size_t size() const { return files_.size(); }

  // The Content-Type for a file name, by its extension.
  static std::string content_type(const std::string& name);

 private:
  std::map<std::string, File> files_;   // "/index.html", "/assets/index-1a2b.js", ...
};

}  // namespace herald
