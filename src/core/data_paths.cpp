#include "core/data_paths.h"

#include <cstdlib>
#include <filesystem>

#ifndef HERALD_SOURCE_DATA_DIR
#define HERALD_SOURCE_DATA_DIR "data"
#endif
#ifndef HERALD_BUILD_DATA_DIR
#define HERALD_BUILD_DATA_DIR "build/data"
#endif

namespace herald {

DataPaths DataPaths::defaults() {
  DataPaths p;
  if (const char* env = std::getenv("HERALD_DATA")) {
    std::string s = env;
    size_t start = 0;
    while (start <= s.size()) {
      size_t colon = s.find(':', start);
      if (colon == std::string::npos) colon = s.size();
      if (colon > start) p.dirs.push_back(s.substr(start, colon - start));
      start = colon + 1;
    }
  }
  p.dirs.emplace_back(HERALD_BUILD_DATA_DIR);
  p.dirs.emplace_back(HERALD_SOURCE_DATA_DIR);
  return p;
}

std::string DataPaths::find(const std::string& relative) const {
  for (const auto& d : dirs) {
    std::filesystem::path candidate = std::filesystem::path(d) / relative;
    std::error_code ec;
    if (std::filesystem::exists(candidate, ec)) return candidate.string();
  }
  return "";
}

}  // namespace herald
