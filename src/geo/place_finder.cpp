#include "geo/place_finder.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <span>
#include <unordered_map>
#include <unordered_set>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "core/str_eq.h"
#include "core/utf8.h"
#include "geo/gazetteer_format.h"
#include "geo/place_key.h"

namespace herald {

namespace {

// Exclusive-tier first word: up to a space, hyphen, full stop, comma or
// apostrophe ("u.s." -> "u", "khan-younis" -> "khan").
std::string_view name_first_word(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == ' ' || c == '-' || c == '.' || c == ',' || c == '\'') return s.substr(0, i);
  }
  return s;
}

// A token's lower form with a possessive removed; *possessive tells whether one was.
std::string_view key_form(const Token& t, bool* possessive) {
  std::string_view s = t.lower.empty() ? std::string_view(t.text) : std::string_view(t.lower);
  *possessive = false;
  if (s.size() > 2 && str_ends(s, "'s")) *possessive = true, s.remove_suffix(2);
  else if (s.size() > 4 && str_ends(s, "\xE2\x80\x99s")) *possessive = true, s.remove_suffix(4);
  return s;
}

bool capitalised(const Token& t) {
  if (t.text.empty()) return false;
  unsigned char c = t.text[0];
  if (c >= 'A' && c <= 'Z') return true;
  if (c < 0xC0) return false;
  size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;  // the first character's bytes
  if (t.text.size() < n) return false;
  // utf8::lower(first) != first, without building a string: one code point
  // lower-cases to itself exactly when u_tolower leaves it.
  const auto* p = reinterpret_cast<const uint8_t*>(t.text.data());
  int32_t i = 0;
  UChar32 cp;
  U8_NEXT(p, i, static_cast<int32_t>(n), cp);
  if (cp < 0 || static_cast<size_t>(i) != n) {
    std::string_view first = std::string_view(t.text).substr(0, n);
    return utf8::lower(first) != first;
  }
  return u_tolower(cp) != cp;
}

// Capitalised words that may stand next to a place without making it part of
// another name: "Kharkiv Oblast", "Eastern Ukraine", "Gaza on Tuesday".
bool place_word_after(const GeoWords& words, std::string_view lower) {
  return words.calendar_word(lower) || words.region_nouns.has(lower);
}
// The last word of a facility named after its town: "Baghdad International
// Airport", "Beirut Port", "Kabul Central Prison" are in Baghdad, Beirut, Kabul.
bool facility_word(const GeoWords& words, std::string_view lower) { return words.facility_nouns.has(lower); }
// A lower-case word that may stand inside a gazetteer name ("Ras al Ain",
// "Stratford upon Avon", "al-Masirah"); any other makes the run no name ("The meeting").
bool name_particle(const GeoWords& words, const Token& t) {
  std::string_view w = t.lower;
  if (words.name_particles.has(w) || str_eq(w, "-")) return true;
  size_t h = t.text.find('-');  // "al-Masirah", "ad-Dawr"
  return h != std::string::npos && h + 1 < t.text.size() && t.text[h + 1] >= 'A' && t.text[h + 1] <= 'Z';
}
bool place_word_before(const GeoWords& words, std::string_view lower) {
  return words.calendar_word(lower) || words.before_place.has(lower);
}
bool reporting_verb(const GeoWords& words, std::string_view lower) { return words.reporting_verbs.has(lower); }
bool locative(std::string_view lower) {
  return str_in(lower, {"in", "near", "at", "outside", "inside", "around", "from", "into", "across"});
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

constexpr size_t kMaxPlaceNameBytes = 200;
constexpr size_t kMaxCandidates = 64;   // namesakes scored per mention (best prior first)
constexpr double kAcceptScore = 4.7;    // about a town of 50,000 with no support
constexpr uint32_t kOverrideNamesakePop = 20000;  // a namesake this big abroad makes a places.tsv name ambiguous

double kind_bonus(GazKind k) {
  switch (k) {
    case GazKind::kCapital: return 2.0;
    case GazKind::kSeat: return 1.0;
    case GazKind::kMinorSeat: return 0.5;
    case GazKind::kPlace: return 0.0;
    case GazKind::kSection: return -1.0;
    case GazKind::kRegion: return -0.3;
  }
  return 0;
}

}  // namespace

// A raw match: an exclusive entry, or the gazetteer's candidates for a key.
struct PlaceFinder::Match {
  uint32_t sentence = 0, first = 0, last = 0;
  int exclusive = -1;
  std::span<const uint32_t> candidates;
  bool locative = false;
  std::string key;
};

void PlaceFinder::add_name(std::string_view name, uint32_t entry) {
  std::string key = place_key(name);
  if (key.empty() || key.size() > kMaxPlaceNameBytes || stop_.contains(key)) return;
  if (!by_key_.insert(key, entry).second) return;
  const std::string_view first = name_first_word(key);
  auto [bytes, added] = max_key_bytes_.insert(first, static_cast<uint32_t>(key.size()));
  if (!added) max_key_bytes_.set(first, std::max<uint32_t>(bytes, static_cast<uint32_t>(key.size())));
}

Result<PlaceFinder> PlaceFinder::load(const DataPaths& paths) {
  auto countries = CountryTable::load(paths);
  if (!countries.ok()) return countries.error();
  std::string places = paths.find("places/places.tsv");
  if (places.empty())
    return Error{ErrorCode::kFileNotFound, "places/places.tsv", 0, "not found in the data folders", ""};
  std::string gaz = paths.find("gazetteer.tsv");
  if (gaz.empty())
    return Error{ErrorCode::kFileNotFound, "gazetteer.tsv", 0,
                 "not found in the data folders (build target herald_data generates it)", ""};
  auto words = GeoWords::load(paths);
  if (!words.ok()) return words.error();
  return load_files(std::move(countries.value()), std::move(words.value()), places, paths.find("places/stop_names.txt"),
                    gazetteer_image_beside(gaz));
}

std::string PlaceFinder::gazetteer_image_beside(const std::string& tsv) {
  std::filesystem::path img = std::filesystem::path(tsv).replace_extension(".img");
  std::error_code ec, ec2;
  const auto img_time = std::filesystem::last_write_time(img, ec);
  const auto tsv_time = std::filesystem::last_write_time(tsv, ec2);
  return !ec && !ec2 && img_time >= tsv_time ? img.string() : tsv;
}

Result<PlaceFinder> PlaceFinder::load_files(CountryTable countries, GeoWords words, const std::string& places_path,
                                            const std::string& stop_names_path,
                                            const std::string& gazetteer_path) {
  PlaceFinder f;
  f.countries_ = std::move(countries);
  f.words_ = std::make_shared<const GeoWords>(std::move(words));
  std::string line;
  if (!stop_names_path.empty()) {
    std::ifstream stop(stop_names_path);
    if (!stop) return Error{ErrorCode::kFileNotFound, stop_names_path, 0, "cannot open", ""};
    while (std::getline(stop, line))
      if (!line.empty() && line[0] != '#') f.stop_.insert(place_key(line), 1);
  }
  if (!gazetteer_path.empty()) {
    auto g = Gazetteer::load_file(gazetteer_path);
    if (!g.ok()) return g.error();
    f.gazetteer_ = std::make_shared<const Gazetteer>(std::move(g.value()));
  }
  // 1. Countries, by their canonical name.
  std::vector<uint32_t> country_ids;
  for (const Country& c : f.countries_.countries()) {
    auto id = static_cast<uint32_t>(f.entries_.size());
    country_ids.push_back(id);
    f.entries_.push_back(PlaceEntry{c.name, c.alpha3, "", c.lat, c.lon, "country", 0});
    f.add_name(c.name, id);
    for (const auto& d : c.demonyms) {
      f.gaz_stop_.insert(place_key(d), 1);
      f.demonym_country_.insert(place_key(d), static_cast<uint32_t>(country_ids.size() - 1));
    }
  }
  // 2. The hand-written places: more precise than a country's other names
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
    PlaceEntry e{fields[0], fields[2], fields[3], parse_coord(fields[4]), parse_coord(fields[5]), fields[6], 0};
    if (e.name.empty() || e.name.size() > kMaxPlaceNameBytes)
      return Error{ErrorCode::kDictionary, places_path, lineno, "empty or over-long name", line.substr(0, 80)};
    if (e.country.size() != 3)
      return Error{ErrorCode::kDictionary, places_path, lineno, "country must be ISO alpha-3", line.substr(0, 80)};
    if (!str_eq(e.precision, "city") && !str_eq(e.precision, "adm1"))
      return Error{ErrorCode::kDictionary, places_path, lineno, "precision must be city or adm1", line.substr(0, 80)};
    if (!e.lat || !e.lon || *e.lat < -90 || *e.lat > 90 || *e.lon < -180 || *e.lon > 180)
      return Error{ErrorCode::kDictionary, places_path, lineno, "bad coordinates", line.substr(0, 80)};
    if (str_eq(e.precision, "adm1") && e.adm1.empty()) e.adm1 = e.name;  // a region is its own adm1
    auto id = static_cast<uint32_t>(f.entries_.size());
    f.entries_.push_back(std::move(e));
    f.add_name(fields[0], id);
    for (const auto& alias : split(fields[1], '|')) f.add_name(alias, id);
  }
  // 2b. A places.tsv name the gazetteer also gives to a town of another
  //     country ("Paris", Texas; "Tripoli", Lebanon) is left to the
  //     gazetteer's disambiguation; the others stay overrides ("Gaza").
  if (f.gazetteer_) {
    std::vector<std::string> ambiguous;
    f.by_key_.for_each([&](std::string_view key, uint32_t id) {
      if (id < country_ids.size()) return;
      for (uint32_t g : f.gazetteer_->find(key)) {
        const GazEntry& ge = f.gazetteer_->entry(g);
        if (ge.population >= kOverrideNamesakePop && f.entries_[id].country != ge.country) {
          ambiguous.emplace_back(key);
          break;
        }
      }
    });
    for (const auto& key : ambiguous) f.by_key_.erase(key);
  }
  // 3. Every other name of each country.
  for (size_t k = 0; k < country_ids.size(); ++k)
    for (const auto& n : f.countries_.countries()[k].names) f.add_name(n, country_ids[k]);
  // 4. Capitals neither tier lists: city precision, no coordinates.
  for (const Country& c : f.countries_.countries())
    for (const auto& cap : c.capitals) {
      if (f.lookup(cap)) continue;
      auto id = static_cast<uint32_t>(f.entries_.size());
      f.entries_.push_back(PlaceEntry{cap, c.alpha3, "", std::nullopt, std::nullopt, "city", 0});
      f.add_name(cap, id);
    }
  return f;
}

std::vector<std::string> PlaceFinder::names() const {
  std::vector<std::string> out;
  by_key_.for_each([&](std::string_view key, uint32_t) { out.emplace_back(key); });
  std::sort(out.begin(), out.end());
  return out;
}

PlaceEntry PlaceFinder::from_gazetteer(uint32_t id) const {
  const GazEntry& g = gazetteer_->entry(id);
  PlaceEntry e;
  e.name = std::string(g.name);
  e.country = g.country;
  e.adm1 = std::string(g.adm1);
  e.lat = g.lat;
  e.lon = g.lon;
  e.precision = g.kind == GazKind::kRegion ? "adm1" : "city";
  e.population = g.population;
  return e;
}

std::optional<PlaceEntry> PlaceFinder::lookup(std::string_view name) const {
  std::string key = place_key(name);
  if (const uint32_t at = by_key_.find(key); at != StringIndex::kAbsent) return entries_[at];
  if (!gazetteer_ || stop_.contains(key) || gaz_stop_.contains(key)) return std::nullopt;
  auto c = gazetteer_->find(key);
  if (c.empty()) return std::nullopt;
  return from_gazetteer(c[0]);
}

bool PlaceFinder::is_demonym(std::string_view word) const { return gaz_stop_.contains(place_key(word)); }

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

bool PlaceFinder::match_at(const std::vector<Token>& toks, size_t i, Match* m, std::string& key) const {
  if (!capitalised(toks[i])) return false;
  bool possessive = false;
  std::string_view form0 = key_form(toks[i], &possessive);
  key.clear();
  append_place_key(key, form0);
  size_t max_bytes = 0;
  if (const uint32_t bytes = max_key_bytes_.find(name_first_word(key)); bytes != StringIndex::kAbsent) max_bytes = bytes;
  if (gazetteer_) max_bytes = std::max<size_t>(max_bytes, gazetteer_->max_key_bytes(gazetteer_format::first_word(key)));
  if (!max_bytes) return false;
  bool found = false;
  bool gaz_words = true;  // every word so far may stand in a gazetteer name
  key.clear();
  for (size_t j = i; j < toks.size(); ++j) {
    const bool caps = j == i || capitalised(toks[j]);
    if (!caps && !name_particle(*words_, toks[j])) gaz_words = false;
    std::string_view form = key_form(toks[j], &possessive);
    if (j > i && toks[j].span.begin > toks[j - 1].span.end) key.push_back(' ');
    append_place_key(key, form);
    if (key.size() > max_bytes) break;
    if (const uint32_t at = by_key_.find(key); at != StringIndex::kAbsent) {
      m->exclusive = static_cast<int>(at);
      m->candidates = {};
      m->last = static_cast<uint32_t>(j + 1);
      found = true;
    } else if (gazetteer_ && gaz_words && caps && !stop_.contains(key) && !gaz_stop_.contains(key)) {
      if (auto c = gazetteer_->find(key); !c.empty()) {
        m->exclusive = -1;
        m->candidates = c.subspan(0, std::min(c.size(), kMaxCandidates));
        m->last = static_cast<uint32_t>(j + 1);
        m->key = key;
        found = true;
      }
    }
    if (possessive) break;
  }
  m->first = static_cast<uint32_t>(i);
  return found;
}

void PlaceFinder::annotate(Document& doc) const {
  doc.places.clear();
  std::vector<Match> matches;
  std::unordered_set<std::string> surnames;  // gazetteer names the article uses as a person's last name
  std::string key;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const auto& toks = doc.sentences[s].tokens;
    const std::span<const ActorMention> actors = of_sentence(doc.actors, s);
    const auto lo = actors.begin(), hi = actors.end();
    for (size_t i = 0; i < toks.size();) {
      Match m;
      m.sentence = s;
      if (!match_at(toks, i, &m, key)) { ++i; continue; }
      const size_t end = m.last;
      bool keep = true;
      if (end < toks.size() && capitalised(toks[end]) && toks[end].text[0] != '\'' &&
          !place_word_after(*words_, toks[end].lower)) {
        keep = false;  // "Israel Defense Forces", "Jordan Peterson"
        for (size_t f = end; f < toks.size() && f < end + 3 && capitalised(toks[f]); ++f)
          if (facility_word(*words_, toks[f].lower)) keep = true;  // "Baghdad International Airport"
      }
      if (i >= 1 && capitalised(toks[i - 1]) && !place_word_before(*words_, toks[i - 1].lower) &&
          (i >= 2 || m.exclusive < 0)) {
        keep = false;  // "Foreign Minister Israel Katz", "Lloyd Austin"
        if (m.exclusive < 0 && end - i == 1) surnames.insert(m.key);
      }
      if (m.exclusive < 0 && end < toks.size() && reporting_verb(*words_, toks[end].lower)) keep = false;
      // "US$60 million", "HK$": a currency, not a place.
      if (end < toks.size() && toks[end].text == "$" && toks[end - 1].span.end == toks[end].span.begin) keep = false;
      for (auto a = lo; keep && a != hi; ++a)
        if (a->first <= i && a->last >= end && a->last - a->first > end - i) keep = false;
      if (keep) {
        m.locative = i > 0 && locative(toks[i - 1].lower);
        matches.push_back(std::move(m));
      }
      i = end;
    }
  }
  if (!surnames.empty())
    std::erase_if(matches, [&](const Match& m) { return m.exclusive < 0 && surnames.count(m.key); });

  // The article's countries and regions, from the names that are not in doubt.
  std::unordered_map<std::string, double> country_weight;
  std::unordered_set<std::string> regions;  // "USA|Texas"
  // The countries a sentence names beyond doubt: "Saudi Arabia extended
  // curfews in Mecca and Medina" is no US story's Mecca, California.
  std::set<std::pair<uint32_t, std::string>> sentence_countries;   // (sentence, "SAU")
  std::vector<double> own(matches.size(), 0.0);
  std::vector<std::string> own_country(matches.size());
  for (size_t k = 0; k < matches.size(); ++k) {
    const Match& m = matches[k];
    if (m.exclusive >= 0) {
      own_country[k] = entries_[m.exclusive].country;
      own[k] = 1.0;
      if (str_eq(entries_[m.exclusive].precision, "adm1"))
        regions.insert(own_country[k] + "|" + entries_[m.exclusive].adm1);
    } else {
      const GazEntry& a = gazetteer_->entry(m.candidates[0]);
      bool alone = m.candidates.size() == 1 ||
                   (a.population >= 100000 && a.population >= 20 * (gazetteer_->entry(m.candidates[1]).population + 1));
      if (!alone) continue;
      own_country[k] = a.country;
      own[k] = 0.5;
      if (a.kind == GazKind::kRegion) regions.insert(std::string(a.country) + "|" + std::string(a.adm1));
    }
    country_weight[own_country[k]] += own[k];
    sentence_countries.emplace(m.sentence, own_country[k]);
  }

  for (size_t k = 0; k < matches.size(); ++k) {
    const Match& m = matches[k];
    const auto& toks = doc.sentences[m.sentence].tokens;
    PlaceEntry e;
    if (m.exclusive >= 0) {
      e = entries_[m.exclusive];
    } else {
      // A qualifier right after: "Paris, Texas", "Tripoli, Lebanon".
      const Match* qual = nullptr;
      if (k + 1 < matches.size() && matches[k + 1].sentence == m.sentence && matches[k + 1].first == m.last + 1 &&
          str_eq(toks[m.last].lower, ","))
        qual = &matches[k + 1];
      // The actor stage's reading of the same words: "Moscow" as Russia's
      // capital standing for its government is no Moscow, Idaho.
      std::string_view named;
      for (const ActorMention& a : of_sentence(doc.actors, m.sentence))
        if (a.first == m.first && a.last == m.last && a.kind == ActorKind::kCountry) named = a.country;
      double best = -1e9;
      uint32_t best_id = 0;
      for (uint32_t id : m.candidates) {
        const GazEntry& g = gazetteer_->entry(id);
        double score = std::log10(g.population + 10.0) + kind_bonus(g.kind);
        std::string c(g.country);
        auto w = country_weight.find(c);
        double weight = w == country_weight.end() ? 0 : w->second - (own_country[k] == c ? own[k] : 0);
        if (weight >= 1) score += 3;
        else if (weight > 0) score += 2;
        if (own_country[k] != c && sentence_countries.count({m.sentence, c})) score += 4;
        if (!named.empty() && c == named) score += 4;
        if (g.kind != GazKind::kRegion && !g.adm1.empty() && regions.count(c + "|" + std::string(g.adm1))) score += 4;
        if (qual) {
          if (qual->exclusive >= 0 && entries_[qual->exclusive].country == c) score += 6;
          for (uint32_t q : qual->candidates) {
            const GazEntry& r = gazetteer_->entry(q);
            if (r.kind == GazKind::kRegion && r.adm1 == g.adm1 && std::string_view(r.country) == c) score += 6;
          }
        }
        if (score > best) best = score, best_id = id;
      }
      if (m.locative) best += 0.7;
      if (m.first == 0 && m.last - m.first == 1) best -= 1.0;  // a capitalised first word
      if (best < kAcceptScore) continue;
      e = from_gazetteer(best_id);
    }
    PlaceMention p;
    p.sentence = m.sentence;
    p.first = m.first;
    p.last = m.last;
    p.span = Span{toks[m.first].span.begin, toks[m.last - 1].span.end};
    p.name = std::move(e.name);
    p.country = std::move(e.country);
    p.adm1 = std::move(e.adm1);
    p.lat = e.lat;
    p.lon = e.lon;
    p.precision = std::move(e.precision);
    doc.places.push_back(std::move(p));
  }
}

const PlaceMention* PlaceFinder::dateline(const Document& doc) {
  if (doc.places.empty() || doc.sentences.empty()) return nullptr;
  const PlaceMention& p = doc.places.front();
  if (p.sentence != 0 || p.first != 0) return nullptr;
  const auto& toks = doc.sentences[0].tokens;
  // "KYIV, Ukraine (Reuters) -", "GAZA CITY -": the name then a comma, dash or parenthesis.
  if (p.last >= toks.size()) return nullptr;
  std::string_view next = toks[p.last].lower;
  bool upper = std::none_of(toks[0].text.begin(), toks[0].text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (str_eq(next, "-") || str_eq(next, "(") || str_eq(next, "\xE2\x80\x94") || (str_eq(next, ",") && upper)) return &p;
  return nullptr;
}

std::vector<std::string> PlaceFinder::title_countries(std::string_view title) const {
  // Words split at spaces, hyphens, slashes and punctuation other than an
  // inner full stop ("U.S."); names of up to four words are tried, longest first.
  std::vector<std::string> words;
  std::string w;
  for (size_t i = 0; i <= title.size(); ++i) {
    unsigned char c = i < title.size() ? title[i] : ' ';
    bool part = (c >= 0x80) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                c == '\'' || (c == '.' && !w.empty());
    if (part) { w.push_back(static_cast<char>(c)); continue; }
    if (!w.empty()) {
      while (w.size() > 1 && w.back() == '\'') w.pop_back();
      // "U.S." keeps its stops; a word's final stop that is no abbreviation goes.
      if (w.back() == '.' && w.find('.') == w.size() - 1) w.pop_back();
      if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.resize(w.size() - 2);
      words.push_back(std::move(w));
      w.clear();
    }
  }
  std::vector<std::string> out;
  auto add = [&](const std::string& c) {
    if (!c.empty() && std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
  };
  // In a headline in capitals "US" may be "us": short words need lower case.
  const bool shouting = std::none_of(title.begin(), title.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  std::string key;
  for (size_t i = 0; i < words.size();) {
    size_t used = 0;
    for (size_t n = std::min<size_t>(4, words.size() - i); n >= 1 && !used; --n) {
      if (!capitalised(Token{{}, words[i], "", "", ""}) || (shouting && n == 1 && words[i].size() <= 3)) break;
      key.clear();
      for (size_t k = i; k < i + n; ++k) {
        if (k > i) key.push_back(' ');
        append_place_key(key, words[k]);
      }
      // A country, or a region after "in" ("gold toilet stolen in England").
      const bool after_in = i > 0 && (str_eq(words[i - 1], "in") || str_eq(words[i - 1], "In"));
      if (const uint32_t at = by_key_.find(key);
          at != StringIndex::kAbsent &&
          (str_eq(entries_[at].precision, "country") || (after_in && str_eq(entries_[at].precision, "adm1"))))
        add(entries_[at].country), used = n;
      else if (const uint32_t d = demonym_country_.find(key); d != StringIndex::kAbsent)
        add(countries_.countries()[d].alpha3), used = n;
      else if (after_in && gazetteer_ && !stop_.contains(key))
        for (uint32_t g : gazetteer_->find(key))
          if (gazetteer_->entry(g).kind == GazKind::kRegion) {
            add(gazetteer_->entry(g).country);
            used = n;
            break;
          }
    }
    i += used ? used : 1;
  }
  return out;
}

std::string PlaceFinder::main_country(const Document& doc, const std::vector<std::string>& title_countries) {
  std::vector<std::pair<std::string, double>> tally;  // in order of first mention
  for (const auto& c : title_countries) tally.emplace_back(c, kTitleWeight);
  const PlaceMention* line = dateline(doc);
  for (const PlaceMention& p : doc.places) {
    if (p.country.empty()) continue;
    // A town or region says where the story is more than a country name
    // (often an actor: "Turkey began ..."); so does "in X", "near X".
    double w = str_eq(p.precision, "country") ? 1.0 : 2.0;
    if (p.first > 0 && p.sentence < doc.sentences.size() &&
        locative(doc.sentences[p.sentence].tokens[p.first - 1].lower))
      w += 1.0;
    if (&p == line) w = 5.0;
    auto it = std::find_if(tally.begin(), tally.end(), [&](const auto& t) { return t.first == p.country; });
    if (it == tally.end()) tally.emplace_back(p.country, w);
    else it->second += w;
  }
  // Named actors say whose story it is ("the Samoan government", "Pelosi"):
  // kActorWeight each, pronouns and descriptions aside.
  for (const ActorMention& a : doc.actors) {
    // An agent whose country the actor stage only guessed ("police" with no
    // country named) has no say in it.
    if (a.country.empty() || a.kind == ActorKind::kPronoun || a.kind == ActorKind::kDescription ||
        a.implicit_country)
      continue;
    auto it = std::find_if(tally.begin(), tally.end(), [&](const auto& t) { return t.first == a.country; });
    if (it == tally.end()) tally.emplace_back(a.country, kActorWeight);
    else it->second += kActorWeight;
  }
  std::string best;
  double best_w = 0;
  for (const auto& [c, w] : tally)
    if (w > best_w) best_w = w, best = c;
  return best;
}

}  // namespace herald
