#include "geo/place_finder.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <fstream>

#include "core/utf8.h"

namespace herald {

namespace {

// Lower-cased, whitespace runs collapsed to one space, trimmed.
std::string normalise(std::string_view name) {
  std::string low = utf8::lower(name), out;
  out.reserve(low.size());
  for (char c : low) {
    bool space = c == ' ' || c == '\t';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out.push_back(space ? ' ' : c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The leading word of a normalised name or token: up to a space, hyphen,
// full stop, comma or apostrophe ("u.s." -> "u", "khan-younis" -> "khan").
std::string_view first_word(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == ' ' || c == '-' || c == '.' || c == ',' || c == '\'') return s.substr(0, i);
    if (static_cast<unsigned char>(c) == 0xE2 && s.substr(i, 3) == "\xE2\x80\x99") return s.substr(0, i);
  }
  return s;
}

// A token's lower form with a possessive removed; *possessive tells whether one was.
std::string_view key_form(const Token& t, bool* possessive) {
  std::string_view s = t.lower.empty() ? std::string_view(t.text) : std::string_view(t.lower);
  *possessive = false;
  if (s.size() > 2 && s.substr(s.size() - 2) == "'s") *possessive = true, s.remove_suffix(2);
  else if (s.size() > 4 && s.substr(s.size() - 4) == "\xE2\x80\x99s") *possessive = true, s.remove_suffix(4);
  return s;
}

bool capitalised(const Token& t) {
  if (t.text.empty()) return false;
  unsigned char c = t.text[0];
  if (c >= 'A' && c <= 'Z') return true;
  return c >= 0x80 && !t.lower.empty() && t.lower.compare(0, 2, t.text, 0, 2) != 0;
}

bool in_list(std::string_view w, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

bool calendar_word(std::string_view lower) {
  return in_list(lower, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                         "january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december"});
}

// Capitalised words that may stand next to a place without making it part of
// another name: "Kharkiv Oblast", "Eastern Ukraine", "Gaza on Tuesday".
bool place_word_after(std::string_view lower) {
  return calendar_word(lower) ||
         in_list(lower, {"oblast", "province", "region", "governorate", "district", "county", "city"});
}
bool place_word_before(std::string_view lower) {
  return calendar_word(lower) ||
         in_list(lower, {"eastern", "western", "northern", "southern", "central", "north", "south", "east",
                         "west", "greater", "occupied", "upper", "lower", "northeastern", "northwestern",
                         "southeastern", "southwestern"});
}

std::optional<double> parse_coord(const std::string& s) {
  if (s.empty()) return std::nullopt;
  char* end = nullptr;
  double v = std::strtod(s.c_str(), &end);
  if (end == s.c_str() || *end != '\0') return std::nullopt;
  return v;
}

std::vector<std::string> split(const std::string& line, char sep) {
  std::vector<std::string> f;
  size_t start = 0;
  for (;;) {
    size_t p = line.find(sep, start);
    f.push_back(line.substr(start, p == std::string::npos ? std::string::npos : p - start));
    if (p == std::string::npos) return f;
    start = p + 1;
  }
}

constexpr size_t kMaxNameBytes = 200;

}  // namespace

void PlaceFinder::add_name(std::string_view name, uint32_t entry) {
  std::string key = normalise(name);
  if (key.empty() || key.size() > kMaxNameBytes || stop_.count(key)) return;
  if (!by_key_.emplace(key, entry).second) return;
  std::string first(first_word(key));
  auto [it, added] = max_key_bytes_.emplace(first, static_cast<uint32_t>(key.size()));
  if (!added) it->second = std::max<uint32_t>(it->second, static_cast<uint32_t>(key.size()));
}

Result<PlaceFinder> PlaceFinder::load(const DataPaths& paths) {
  auto countries = CountryTable::load(paths);
  if (!countries.ok()) return countries.error();
  std::string places = paths.find("places/places.tsv");
  if (places.empty())
    return Error{ErrorCode::kFileNotFound, "places/places.tsv", 0, "not found in the data folders", ""};
  return load_files(std::move(countries.value()), places, paths.find("places/stop_names.txt"));
}

Result<PlaceFinder> PlaceFinder::load_files(CountryTable countries, const std::string& places_path,
                                            const std::string& stop_names_path) {
  PlaceFinder f;
  f.countries_ = std::move(countries);
  std::string line;
  if (!stop_names_path.empty()) {
    std::ifstream stop(stop_names_path);
    if (!stop) return Error{ErrorCode::kFileNotFound, stop_names_path, 0, "cannot open", ""};
    while (std::getline(stop, line))
      if (!line.empty() && line[0] != '#') f.stop_.emplace(normalise(line), true);
  }
  // 1. Countries, by their canonical name.
  std::vector<uint32_t> country_ids;
  for (const Country& c : f.countries_.countries()) {
    auto id = static_cast<uint32_t>(f.entries_.size());
    country_ids.push_back(id);
    f.entries_.push_back(PlaceEntry{c.name, c.alpha3, "", c.lat, c.lon, "country"});
    f.add_name(c.name, id);
  }
  // 2. The hand-written gazetteer: more precise than a country's other names
  //    (countries.tsv lists "Gaza" and "Scotland" as names of PSE and GBR).
  std::ifstream in(places_path);
  if (!in) return Error{ErrorCode::kFileNotFound, places_path, 0, "cannot open", ""};
  uint64_t lineno = 0;
  bool header = true;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.empty() || line[0] == '#') continue;
    if (header) { header = false; continue; }
    auto fields = split(line, '\t');
    if (fields.size() != 7)
      return Error{ErrorCode::kDictionary, places_path, lineno, "expected 7 tab-separated fields", line.substr(0, 80)};
    PlaceEntry e{fields[0], fields[2], fields[3], parse_coord(fields[4]), parse_coord(fields[5]), fields[6]};
    if (e.name.empty() || e.name.size() > kMaxNameBytes)
      return Error{ErrorCode::kDictionary, places_path, lineno, "empty or over-long name", line.substr(0, 80)};
    if (e.country.size() != 3)
      return Error{ErrorCode::kDictionary, places_path, lineno, "country must be ISO alpha-3", line.substr(0, 80)};
    if (e.precision != "city" && e.precision != "adm1")
      return Error{ErrorCode::kDictionary, places_path, lineno, "precision must be city or adm1", line.substr(0, 80)};
    if (!e.lat || !e.lon || *e.lat < -90 || *e.lat > 90 || *e.lon < -180 || *e.lon > 180)
      return Error{ErrorCode::kDictionary, places_path, lineno, "bad coordinates", line.substr(0, 80)};
    auto id = static_cast<uint32_t>(f.entries_.size());
    f.entries_.push_back(std::move(e));
    f.add_name(fields[0], id);
    for (const auto& alias : split(fields[1], '|')) f.add_name(alias, id);
  }
  // 3. Every other name of each country.
  for (size_t k = 0; k < country_ids.size(); ++k)
    for (const auto& n : f.countries_.countries()[k].names) f.add_name(n, country_ids[k]);
  // 4. Capitals the gazetteer does not list: city precision, no coordinates.
  for (const Country& c : f.countries_.countries())
    for (const auto& cap : c.capitals) {
      if (f.lookup(cap)) continue;
      auto id = static_cast<uint32_t>(f.entries_.size());
      f.entries_.push_back(PlaceEntry{cap, c.alpha3, "", std::nullopt, std::nullopt, "city"});
      f.add_name(cap, id);
    }
  return f;
}

const PlaceEntry* PlaceFinder::lookup(std::string_view name) const {
  auto it = by_key_.find(normalise(name));
  return it == by_key_.end() ? nullptr : &entries_[it->second];
}

Geo PlaceFinder::country_geo(const std::string& alpha3) const {
  Geo g;
  g.country = alpha3;
  g.precision = "country";
  if (const Country* c = countries_.by_alpha3(alpha3)) {
    g.name = c->name;
    g.lat = c->lat;
    g.lon = c->lon;
  }
  return g;
}

std::string PlaceFinder::actor_country(const EventActor& a) const {
  if (!a.country.empty()) return a.country;
  if (a.code.size() >= 3 && countries_.by_alpha3(a.code.substr(0, 3))) return a.code.substr(0, 3);
  return "";
}

const PlaceEntry* PlaceFinder::match_at(const std::vector<Token>& toks, size_t i, size_t* end,
                                        std::string& key) const {
  if (!capitalised(toks[i])) return nullptr;
  bool possessive = false;
  auto it = max_key_bytes_.find(first_word(key_form(toks[i], &possessive)));
  if (it == max_key_bytes_.end()) return nullptr;
  const size_t max_bytes = it->second;
  const PlaceEntry* best = nullptr;
  key.clear();
  for (size_t j = i; j < toks.size(); ++j) {
    std::string_view form = key_form(toks[j], &possessive);
    if (j > i && toks[j].span.begin > toks[j - 1].span.end) key.push_back(' ');
    key.append(form);
    if (key.size() > max_bytes) break;
    if (auto f = by_key_.find(std::string_view(key)); f != by_key_.end()) {
      best = &entries_[f->second];
      *end = j + 1;
    }
    if (possessive) break;
  }
  return best;
}

void PlaceFinder::find(const Document& doc, uint32_t sentence, std::vector<PlaceMention>& out) const {
  if (sentence >= doc.sentences.size()) return;
  const auto& toks = doc.sentences[sentence].tokens;
  // This sentence's actors (doc.actors is ordered by sentence).
  auto lo = std::lower_bound(doc.actors.begin(), doc.actors.end(), sentence,
                             [](const ActorMention& a, uint32_t s) { return a.sentence < s; });
  auto hi = lo;
  while (hi != doc.actors.end() && hi->sentence == sentence) ++hi;
  std::string key;
  for (size_t i = 0; i < toks.size();) {
    size_t end = i;
    const PlaceEntry* e = match_at(toks, i, &end, key);
    if (!e) { ++i; continue; }
    bool keep = true;
    if (end < toks.size() && capitalised(toks[end]) && toks[end].text[0] != '\'' &&
        !place_word_after(toks[end].lower))
      keep = false;  // "Israel Defense Forces", "Jordan Peterson"
    if (i >= 2 && capitalised(toks[i - 1]) && !place_word_before(toks[i - 1].lower))
      keep = false;  // "Foreign Minister Israel Katz"
    for (auto a = lo; keep && a != hi; ++a)
      if (a->first <= i && a->last >= end && a->last - a->first > end - i) keep = false;
    if (keep) {
      PlaceMention m;
      m.sentence = sentence;
      m.first = static_cast<uint32_t>(i);
      m.last = static_cast<uint32_t>(end);
      m.span = Span{toks[i].span.begin, toks[end - 1].span.end};
      m.name = e->name;
      m.country = e->country;
      m.adm1 = e->adm1;
      m.lat = e->lat;
      m.lon = e->lon;
      m.precision = e->precision;
      out.push_back(std::move(m));
    }
    i = end;
  }
}

void PlaceFinder::annotate(Document& doc) const {
  doc.places.clear();
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) find(doc, s, doc.places);
}

}  // namespace herald
