// Where herald finds its dictionaries at run time.
//
//   auto paths = herald::DataPaths::defaults();   // or with --data DIR
//   std::string f = paths.find("actors/people.txt");  // "" when absent
//
// Hand-written dictionaries live in the repo's data/ folder; files generated
// at build time from registry packages (countries from iso-codes and
// world-countries) live in the build tree's data/ folder. HERALD_DATA (an
// environment variable, a colon-separated list) or --data adds folders that
// are searched first.
#pragma once

#include <string>
#include <vector>

namespace herald {

struct DataPaths {
  std::vector<std::string> dirs;   // searched in order

  static DataPaths defaults();
  // The first dirs[i] + "/" + relative that exists, or "".
  std::string find(const std::string& relative) const;
};

}  // namespace herald
