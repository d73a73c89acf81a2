#include "events/cameo_table.h"

#include <charconv>
#include <fstream>
#include <vector>

namespace herald {
namespace {

Error table_error(const std::string& path, uint64_t line, std::string message, std::string_view excerpt = {}) {
  return Error{ErrorCode::kDictionary, path, line, std::move(message), std::string(excerpt.substr(0, 80))};
}

std::vector<std::string_view> split_tabs(std::string_view s) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t tab = s.find('\t', start);
    out.push_back(s.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

Result<CameoTable> CameoTable::load(const DataPaths& paths) {
  std::string path = paths.find("cameo/cameo_codes.tsv");
  if (path.empty())
    return Error{ErrorCode::kFileNotFound, "cameo/cameo_codes.tsv", 0,
                 "CAMEO code table not found in the data folders", ""};
  return load_file(path);
}

Result<CameoTable> CameoTable::load_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Error{ErrorCode::kFileNotFound, path, 0, "cannot open CAMEO code table", ""};
  CameoTable table;
  std::string line;
  uint64_t n = 0;
  bool header = false;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    auto cols = split_tabs(line);
    if (!header) {
      if (cols.size() < 5 || cols[0] != "code") return table_error(path, n, "expected header 'code\\troot\\tquad_class\\tgoldstein\\tdescription'", line);
      header = true;
      continue;
    }
    if (cols.size() != 5) return table_error(path, n, "expected 5 tab-separated columns", line);
    CameoEntry e;
    e.code = std::string(cols[0]);
    e.root = std::string(cols[1]);
    if (!all_digits(e.code) || e.code.size() < 2 || e.code.size() > 4 || e.code.compare(0, 2, e.root) != 0)
      return table_error(path, n, "bad CAMEO code or root", line);
    auto [p1, ec1] = std::from_chars(cols[2].data(), cols[2].data() + cols[2].size(), e.quad_class);
    if (ec1 != std::errc() || e.quad_class < 1 || e.quad_class > 4) return table_error(path, n, "bad quad_class", line);
    auto [p2, ec2] = std::from_chars(cols[3].data(), cols[3].data() + cols[3].size(), e.goldstein);
    if (ec2 != std::errc() || e.goldstein < -10.0 || e.goldstein > 10.0) return table_error(path, n, "bad goldstein score", line);
    e.description = std::string(cols[4]);
    std::string key = e.code;
    if (!table.entries_.emplace(key, std::move(e)).second) return table_error(path, n, "duplicate code " + key, line);
  }
  if (!header) return table_error(path, n, "empty CAMEO code table");
  return table;
}

const CameoEntry* CameoTable::find(std::string_view code) const {
  auto it = entries_.find(std::string(code));
  return it == entries_.end() ? nullptr : &it->second;
}

}  // namespace herald
