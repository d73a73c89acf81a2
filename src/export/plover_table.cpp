#include "export/plover_table.h"

#include <fstream>
#include <sstream>

namespace herald {

namespace {

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string field;
  std::istringstream in(s);
  while (std::getline(in, field, sep)) out.push_back(field);
  if (!s.empty() && s.back() == sep) out.emplace_back();
  return out;
}

}  // namespace

Result<PloverTable> PloverTable::load(const DataPaths& paths) {
  std::string path = paths.find("plover/cameo_plover.tsv");
  if (path.empty())
    return Error{ErrorCode::kDictionary, "plover/cameo_plover.tsv", 0, "not found on the data paths", ""};
  return load_file(path);
}

Result<PloverTable> PloverTable::load_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Error{ErrorCode::kDictionary, path, 0, "cannot open", ""};
  PloverTable t;
  std::string line;
  uint64_t n = 0;
  bool header = true;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      if (line.rfind("cameo\t", 0) != 0) return Error{ErrorCode::kDictionary, path, n, "missing header", ""};
      continue;
    }
    auto f = split(line, '\t');
    if (f.size() < 4 || f[0].empty() || f[1].empty())
      return Error{ErrorCode::kDictionary, path, n, "expected cameo, event, mode, context", line.substr(0, 80)};
    PloverEntry e{f[1], f[2], {}};
    if (!f[3].empty()) e.context = split(f[3], ';');
    t.entries_[f[0]] = std::move(e);
  }
  if (t.entries_.empty()) return Error{ErrorCode::kDictionary, path, 0, "no entries", ""};
  return t;
}

const PloverEntry* PloverTable::lookup(const std::string& code) const {
  for (size_t len : {code.size(), size_t{3}, size_t{2}}) {
    if (len > code.size()) continue;
    auto it = entries_.find(code.substr(0, len));
    if (it != entries_.end()) return &it->second;
  }
  return nullptr;
}

}  // namespace herald
