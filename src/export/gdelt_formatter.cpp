#include "export/gdelt_formatter.h"

#include <charconv>
#include <cstdio>
#include <fstream>
#include <optional>
#include <set>
#include <vector>

#include "core/country_table.h"
#include "core/stable_hash.h"

namespace herald {

namespace {

// CAMEO role codes: the parts of an actor code that GDELT puts in Type1..3.
const std::set<std::string, std::less<>>& type_codes() {
  static const std::set<std::string, std::less<>> kTypes = {
      "AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI", "IGO",
      "IMG", "INS", "INT", "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "MOD", "NGM", "NGO", "OPP",
      "PTY", "RAD", "REB", "REF", "REL", "SEP", "SET", "SPY", "UAF"};
  return kTypes;
}

// Tabs and line breaks would break the format: replace them with spaces.
std::string field(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

std::string number(double v, const char* fmt = "%.4f") {
  char buf[48];
  std::snprintf(buf, sizeof buf, fmt, v);
  return buf;
}

}  // namespace

const std::array<std::string_view, 61>& gdelt_columns() {
  static const std::array<std::string_view, 61> kColumns = {
      "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
      "NumMentions", "NumSources", "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
      "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
      "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
      "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
      "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
      "DATEADDED", "SOURCEURL"};
  return kColumns;
}

Result<GdeltFormatter> GdeltFormatter::load(const DataPaths& paths) {
  auto table = CountryTable::load(paths);
  if (!table.ok()) return table.error();
  GdeltFormatter f;
  for (const Country& c : table.value().countries())
    f.countries_[c.alpha3] = Place{c.fips, c.name, c.lat, c.lon};
  if (std::string path = paths.find("fips.tsv"); !path.empty()) {
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#' || line.rfind("alpha3\t", 0) == 0) continue;
      auto tab = line.find('\t');
      if (tab == std::string::npos) continue;
      auto tab2 = line.find('\t', tab + 1);
      std::string alpha3 = line.substr(0, tab);
      std::string code = line.substr(tab + 1, tab2 == std::string::npos ? std::string::npos : tab2 - tab - 1);
      f.countries_[alpha3].fips = code;
    }
  }
  return f;
}

std::string GdeltFormatter::fips(const std::string& alpha3) const {
  auto it = countries_.find(alpha3);
  return it == countries_.end() ? "" : it->second.fips;
}

uint64_t GdeltFormatter::global_event_id(const std::string& id) {
  uint64_t v = 0;
  const char* end = id.data() + id.size();
  auto [p, ec] = std::from_chars(id.data(), end, v, 16);
  if (id.empty() || ec != std::errc() || p != end) {
    // Not herald's 16 hex digits (a store written by hand, or damaged): a
    // stable number from the id's bytes rather than an abort.
    StableHash h;
    h.field(id);
    const std::string hex = h.hex();
    std::from_chars(hex.data(), hex.data() + hex.size(), v, 16);
  }
  return v & 0x7FFFFFFFFFFFFFFFull;
}

bool GdeltFormatter::row(const EventRecord& e, std::string& line) const {
  if (!e.date) return false;
  std::vector<std::string> cols;
  cols.reserve(61);
  // 1-5: id and dates.
  uint64_t gid = global_event_id(e.id);
  cols.push_back(std::to_string(gid));
  const CivilDate& d = *e.date;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", d.year, d.month, d.day);
  cols.emplace_back(buf);
  cols.emplace_back(std::string(buf, 6));
  cols.emplace_back(std::string(buf, 4));
  int64_t doy = d.days_since_epoch() - CivilDate{d.year, 1, 1}.days_since_epoch() + 1;
  cols.push_back(number(d.year + static_cast<double>(doy) / 365.0));
  // 6-25: the actors.
  for (const StoredActor* a : {&e.source, &e.target}) {
    std::string country, known;
    std::vector<std::string> types;
    for (size_t i = 0; i + 3 <= a->code.size(); i += 3) {
      std::string part = a->code.substr(i, 3);
      if (i == 0 && (part == a->country || countries_.count(part))) country = part;
      else if (type_codes().count(part)) types.push_back(part);
      else if (known.empty()) known = part;
    }
    if (country.empty() && !a->country.empty() && !a->code.empty()) country = a->country;
    types.resize(3);
    cols.push_back(field(a->code));
    cols.push_back(field(a->name));
    cols.push_back(country);
    cols.push_back(known);
    cols.insert(cols.end(), {"", "", ""});   // ethnic, religion 1 and 2: not coded
    for (auto& t : types) cols.push_back(t);
  }
  // 26-35: the action.
  cols.push_back(e.is_root_event ? "1" : "0");
  cols.push_back(e.code);
  cols.push_back(e.code.substr(0, 3));
  cols.push_back(e.root);
  cols.push_back(std::to_string(e.quad_class));
  cols.push_back(number(e.goldstein, "%.1f"));
  cols.push_back(std::to_string(e.num_mentions));
  cols.push_back(std::to_string(e.num_sources));
  cols.push_back(std::to_string(e.num_articles));
  cols.emplace_back();  // AvgTone: herald measures no tone
  // 36-51: where the actors are from (country level, at the centroid).
  auto country_geo = [&](const StoredActor& a) {
    std::string alpha3 = a.country.empty() && a.code.size() >= 3 && countries_.count(a.code.substr(0, 3))
                             ? a.code.substr(0, 3)
                             : a.country;
    auto it = countries_.find(alpha3);
    if (alpha3.empty() || it == countries_.end() || it->second.fips.empty()) {
      cols.insert(cols.end(), {"0", "", "", "", "", "", "", ""});
      return;
    }
    const Place& p = it->second;
    cols.insert(cols.end(), {"1", field(p.name), p.fips, p.fips, "", number(p.lat), number(p.lon), p.fips});
  };
  country_geo(e.source);
  country_geo(e.target);
  // 52-59: where it happened.
  std::string action_fips = fips(e.geo_country);
  if (e.geo_country.empty() || action_fips.empty()) {
    cols.insert(cols.end(), {"0", "", "", "", "", "", "", ""});
  } else {
    const bool us = e.geo_country == "USA";
    std::string type = e.geo_precision == "city" ? (us ? "3" : "4") : e.geo_precision == "adm1" ? (us ? "2" : "5") : "1";
    auto it = countries_.find(e.geo_country);
    std::string country_name = it == countries_.end() ? "" : it->second.name;
    std::string full = e.geo_name.empty() || e.geo_name == country_name ? country_name
                                                                         : e.geo_name + ", " + country_name;
    std::optional<double> lat = e.lat, lon = e.lon;
    if ((!lat || !lon) && type == "1" && it != countries_.end()) {
      lat = it->second.lat;
      lon = it->second.lon;
    }
    cols.push_back(type);
    cols.push_back(field(full));
    cols.push_back(action_fips);
    cols.push_back(action_fips);  // ADM1: herald's places carry no FIPS ADM1 code, the country's stands in
    cols.emplace_back();
    cols.push_back(lat ? number(*lat) : "");
    cols.push_back(lon ? number(*lon) : "");
    cols.push_back(type == "1" ? action_fips : field(e.geo_name));
  }
  // 60-61: when stored, and where from.
  std::string added;
  for (char c : e.added)
    if (c >= '0' && c <= '9') added += c;
  cols.push_back(added.substr(0, 14));
  cols.push_back(field(e.source_url));

  line.clear();
  for (size_t i = 0; i < cols.size(); ++i) {
    if (i) line += '\t';
    line += cols[i];
  }
  return true;
}

}  // namespace herald
