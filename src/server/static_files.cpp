#include "server/static_files.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace herald {

namespace {

Error output_error(const std::string& where, const std::string& what) {
  return Error{ErrorCode::kOutput, where, 0, what, ""};
}

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::string StaticFiles::content_type(const std::string& name) {
  // Scripts are application/javascript with a charset: cpp-httplib then
  // sends them as they are. For text/javascript it compresses every answer
  // with Brotli at its highest quality, which takes over a second for the
  // map's 300 KB on a busy 2-core machine (the page is read over loopback).
  static const std::pair<std::string_view, std::string_view> kTypes[] = {
      {".html", "text/html; charset=utf-8"}, {".js", "application/javascript; charset=utf-8"},
      {".mjs", "application/javascript; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
      {".json", "application/json"}, {".map", "application/json"},
      {".svg", "image/svg+xml"}, {".png", "image/png"}, {".ico", "image/x-icon"},
      {".woff2", "font/woff2"}, {".txt", "text/plain; charset=utf-8"}};
  for (const auto& [ext, type] : kTypes)
    if (ends_with(name, ext)) return std::string(type);
  return "application/octet-stream";
}

Result<StaticFiles> StaticFiles::load(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return output_error(dir, "not a folder");
  StaticFiles out;
  size_t bytes = 0;
  const fs::path root = fs::path(dir);
  for (auto it = fs::recursive_directory_iterator(root, fs::directory_options::none, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::path& p = it->path();
    std::string leaf = p.filename().string();
    if (!leaf.empty() && leaf[0] == '.') {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (it->is_symlink() || !it->is_regular_file()) continue;
    if (out.files_.size() >= kMaxFiles) return output_error(dir, "more than " + std::to_string(kMaxFiles) + " files");
    std::ifstream in(p, std::ios::binary);
    std::ostringstream body;
    body << in.rdbuf();
    if (!in && !in.eof()) return output_error(p.string(), "cannot be read");
    bytes += body.str().size();
    if (bytes > kMaxBytes) return output_error(dir, "more than " + std::to_string(kMaxBytes >> 20) + " MB of files");
    std::string rel(1, '/');
    rel += fs::relative(p, root).generic_string();
    out.files_[rel] = File{body.str(), content_type(leaf)};
  }
  if (ec) return output_error(dir, "cannot be listed: " + ec.message());
  if (!out.files_.count("/index.html")) return output_error(dir, "holds no index.html (build the dashboard first)");
  return out;
}

const StaticFiles::File* StaticFiles::find(const std::string& path) const {
  auto it = files_.find(path == "/" ? std::string("/index.html") : path);
  return it == files_.end() ? nullptr : &it->second;
}

}  // namespace herald
