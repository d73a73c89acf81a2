#include "core/country_table.h"

#include <cstdlib>
#include <fstream>

namespace herald {

namespace {
std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(sep, start);
    if (end == std::string::npos) end = s.size();
    if (end > start) out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}
}  // namespace

Result<CountryTable> CountryTable::load(const DataPaths& paths) {
  std::string path = paths.find("countries.tsv");
  if (path.empty())
    return Error{ErrorCode::kFileNotFound, "countries.tsv", 0,
                 "not found in the data folders; build the herald_data target (scripts/setup.sh)", ""};
  return load_file(path);
}

Result<CountryTable> CountryTable::load_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Error{ErrorCode::kFileNotFound, path, 0, "cannot open", ""};
  CountryTable t;
  std::string line;
  uint64_t lineno = 0;
  bool header = true;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.empty() || line[0] == '#') continue;
    if (header) { header = false; continue; }
    // Keep empty fields: split by hand.
    std::vector<std::string> f;
    size_t start = 0;
    for (;;) {
      size_t tab = line.find('\t', start);
      f.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (f.size() < 8 || f[0].size() != 3)
      return Error{ErrorCode::kDictionary, path, lineno, "expected 9 tab-separated fields", line.substr(0, 80)};
    Country c;
    c.alpha3 = f[0];
    c.alpha2 = f[1];
    c.name = f[2];
    c.names = split(f[3], '|');
    c.demonyms = split(f[4], '|');
    c.capitals = split(f[5], '|');
    c.lat = std::atof(f[6].c_str());
    c.lon = std::atof(f[7].c_str());
    if (f.size() > 8) c.fips = f[8];
    t.by_alpha3_[c.alpha3] = t.countries_.size();
    if (!c.alpha2.empty()) t.by_alpha2_[c.alpha2] = t.countries_.size();
    t.countries_.push_back(std::move(c));
  }
  if (t.countries_.empty()) return Error{ErrorCode::kDictionary, path, 0, "no countries", ""};
  return t;
}

const Country* CountryTable::by_alpha3(const std::string& code) const {
  auto it = by_alpha3_.find(code);
  return it == by_alpha3_.end() ? nullptr : &countries_[it->second];
}

const Country* CountryTable::by_alpha2(const std::string& code) const {
  auto it = by_alpha2_.find(code);
  return it == by_alpha2_.end() ? nullptr : &countries_[it->second];
}

}  // namespace herald
