#include "counts/count_lexicon.h"

#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace herald {
namespace {

using WordSet = std::unordered_set<std::string_view>;

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() + 1 && s.substr(s.size() - suffix.size()) == suffix;
}

bool capitalised(const Token& t) { return !t.text.empty() && t.text[0] >= 'A' && t.text[0] <= 'Z'; }

// Plural and collective nouns for people.
const WordSet& people_nouns() {
  static const WordSet s = {
      "people", "persons", "civilians", "children", "schoolchildren", "schoolgirls", "schoolboys", "kids", "babies", "infants", "minors",
      "teenagers", "teens", "boys", "girls", "men", "women", "adults", "students", "pupils",
      "worshippers", "worshipers", "pilgrims", "villagers", "residents", "inhabitants",
      "citizens", "nationals", "foreigners", "tourists", "visitors", "passengers", "crew",
      "workers", "employees", "staff", "staffers", "journalists", "doctors", "nurses", "medics",
      "paramedics", "soldiers", "troops", "servicemen", "servicemembers", "personnel", "officers",
      "police", "policemen", "policewomen", "guards", "militants", "fighters", "rebels",
      "insurgents", "gunmen", "attackers", "assailants", "terrorists", "jihadists", "extremists",
      "combatants", "militiamen", "members", "leaders", "supporters", "activists", "protesters",
      "protestors", "demonstrators", "marchers", "rioters", "opponents", "dissidents", "critics",
      "suspects", "prisoners", "detainees", "inmates", "hostages", "captives", "migrants",
      "refugees", "immigrants", "farmers", "fishermen", "miners", "players", "athletes", "fans",
      "spectators", "pedestrians", "drivers", "commuters", "shoppers", "patients", "victims",
      "others", "individuals", "relatives", "congregants", "parishioners", "priests", "clergy",
      "monks", "nuns", "pastors", "preachers", "bishops", "lawmakers", "legislators",
      "politicians", "officials", "diplomats", "ministers", "judges", "lawyers", "candidates",
      "voters", "volunteers", "rescuers", "firefighters", "instructors", "teachers", "skydivers",
      "climbers", "hikers", "sailors", "seamen", "marines", "commandos", "paratroopers", "recruits",
      "conscripts", "veterans", "generals", "commanders", "peacekeepers", "muslims", "christians",
      "jews", "hindus", "sikhs", "buddhists", "shiites", "sunnis", "kurds", "arabs", "settlers",
      "bystanders", "mourners", "youths", "youngsters", "elderly", "humans", "souls", "lives",
      "agents", "servants", "participants", "settlers", "occupants", "crewmen", "seafarers",
      "mercenaries", "fishers", "families", "pilots", "guests",
      "tenants", "evacuees", "bodies", "survivors", "teammates",
      "colleagues", "friends", "nationals", "truckers", "aides", "agents", "executives", "cooks",
      "mechanics", "guides", "chefs", "clerks", "cadets", "scouts", "surgeons", "merchants",
      "clients", "spouses", "wives", "husbands", "sons", "daughters", "grandchildren", "newborns",
      "orphans", "widows", "couples", "siblings", "cousins", "nephews", "nieces", "neighbours",
      "crews", "britons", "parents", "guests", "hikers", "monks", "pupils"};
  return s;
}

// Singular nouns for one person that the plural list cannot give by adding "s".
const WordSet& person_singulars() {
  static const WordSet s = {"person", "man", "woman", "child", "baby", "boy", "girl", "teenager",
                            "policeman", "policewoman", "fisherman", "gunman", "serviceman",
                            "militiaman", "individual", "civilian", "crewman", "youth",
                            "chief", "spokesman", "spokeswoman", "chairman", "victim",
                            "suspect", "accused", "perpetrator"};
  return s;
}

// Agent nouns ending like people words that are things.
const WordSet& thing_nouns() {
  static const WordSet s = {
      "containers", "computers", "helicopters", "numbers", "papers", "towers", "centers",
      "letters", "orders", "borders", "layers", "matters", "waters", "quarters", "headquarters",
      "powers", "meters", "kilometers", "chapters", "tankers", "carriers", "destroyers", "boosters",
      "trailers", "shelters", "chambers", "liters", "transfers", "offers", "rivers", "flowers",
      "bombers", "fighters-jets", "computers", "monitors", "sensors", "reactors", "motors",
      "generators", "doors", "floors", "sectors", "factors", "errors", "corridors", "mirrors",
      "colors", "colours", "favors", "honors", "vectors", "tractors", "elevators", "indicators",
      "interceptors", "processors", "projectors", "ventilators", "headers", "parameters", "filters",
      "markers", "registers", "speakers", "servers", "routers", "players-cards", "stickers",
      "posters", "banners", "numbers", "barriers", "remainders", "shares", "dollars", "years"};
  return s;
}

bool suffix_person(std::string_view w) {
  return ends_with(w, "ers") || ends_with(w, "ors") || ends_with(w, "ists") ||
         ends_with(w, "ians") || ends_with(w, "ees") || ends_with(w, "men");
}

struct Cue {
  std::array<std::string_view, 4> words;
  CountType type;
  bool transitive;
};

// Cues after the counted people (participles, adjectives, intransitive verbs).
constexpr std::array<Cue, 61> kRightCues = {{
    {{"shot", "dead"}, CountType::kKilled, true},
    {{"lost", "their", "lives"}, CountType::kKilled, false},
    {{"lost", "their", "life"}, CountType::kKilled, false},
    {{"killed"}, CountType::kKilled, true},
    {{"dead"}, CountType::kKilled, false},
    {{"died"}, CountType::kKilled, false},
    {{"die"}, CountType::kKilled, false},
    {{"perished"}, CountType::kKilled, false},
    {{"slain"}, CountType::kKilled, false},
    {{"murdered"}, CountType::kKilled, true},
    {{"massacred"}, CountType::kKilled, true},
    {{"executed"}, CountType::kKilled, true},
    {{"beheaded"}, CountType::kKilled, true},
    {{"drowned"}, CountType::kKilled, false},
    {{"wounded"}, CountType::kWounded, true},
    {{"injured"}, CountType::kWounded, true},
    {{"hurt"}, CountType::kWounded, true},
    {{"maimed"}, CountType::kWounded, true},
    {{"hospitalized"}, CountType::kWounded, true},
    {{"hospitalised"}, CountType::kWounded, true},
    {{"burnt"}, CountType::kWounded, true},
    {{"burnt", "to", "death"}, CountType::kKilled, false},
    {{"burned", "to", "death"}, CountType::kKilled, false},
    {{"burned"}, CountType::kWounded, true},
    {{"taken", "to", "hospital"}, CountType::kWounded, false},
    {{"admitted", "to", "hospital"}, CountType::kWounded, false},
    {{"arrested"}, CountType::kArrested, true},
    {{"detained"}, CountType::kArrested, true},
    {{"handcuffed"}, CountType::kArrested, true},
    {{"jailed"}, CountType::kArrested, true},
    {{"imprisoned"}, CountType::kArrested, true},
    {{"captured"}, CountType::kArrested, true},
    {{"apprehended"}, CountType::kArrested, true},
    {{"rounded", "up"}, CountType::kArrested, true},
    {{"taken", "into", "custody"}, CountType::kArrested, false},
    {{"taken", "away"}, CountType::kArrested, false},
    {{"held", "hostage"}, CountType::kKidnapped, false},
    {{"taken", "hostage"}, CountType::kKidnapped, false},
    {{"taken", "captive"}, CountType::kKidnapped, false},
    {{"held", "captive"}, CountType::kKidnapped, false},
    {{"kidnapped"}, CountType::kKidnapped, true},
    {{"abducted"}, CountType::kKidnapped, true},
    {{"displaced"}, CountType::kDisplaced, true},
    {{"fled", "their", "homes"}, CountType::kDisplaced, false},
    {{"fled", "their", "home"}, CountType::kDisplaced, false},
    {{"forced", "from", "their", "homes"}, CountType::kDisplaced, false},
    {{"forced", "to", "flee"}, CountType::kDisplaced, false},
    {{"evacuated"}, CountType::kDisplaced, true},
    {{"homeless"}, CountType::kDisplaced, false},
    {{"uprooted"}, CountType::kDisplaced, true},
    {{"protested"}, CountType::kProtesters, false},
    {{"protest"}, CountType::kProtesters, false},
    {{"demonstrated"}, CountType::kProtesters, false},
    {{"marched"}, CountType::kProtesters, false},
    {{"rallied"}, CountType::kProtesters, false},
    {{"took", "to", "the", "streets"}, CountType::kProtesters, false},
    {{"take", "to", "the", "streets"}, CountType::kProtesters, false},
    {{"went", "on", "strike"}, CountType::kProtesters, false},
    {{"killed", "or", "wounded"}, CountType::kOther, false},
    {{"killed", "or", "injured"}, CountType::kOther, false},
    {{"dead", "or", "injured"}, CountType::kOther, false},
}};

bool match_words(const std::vector<Token>& toks, uint32_t k, const std::array<std::string_view, 4>& w,
                 uint32_t& len) {
  len = 0;
  for (const auto& word : w) {
    if (word.empty()) break;
    if (k + len >= toks.size() || toks[k + len].lower != word) return false;
    ++len;
  }
  return len > 0;
}

// Verbs that take the counted people as their object, by lower-case form.
const std::unordered_map<std::string_view, CountType>& left_verbs() {
  static const std::unordered_map<std::string_view, CountType> m = {
      {"killed", CountType::kKilled},       {"killing", CountType::kKilled},
      {"kills", CountType::kKilled},        {"kill", CountType::kKilled},
      {"murdered", CountType::kKilled},     {"murdering", CountType::kKilled},
      {"executed", CountType::kKilled},     {"executing", CountType::kKilled},
      {"massacred", CountType::kKilled},    {"slaughtered", CountType::kKilled},
      {"wounded", CountType::kWounded},     {"wounding", CountType::kWounded},
      {"wounds", CountType::kWounded},      {"injured", CountType::kWounded},
      {"injuring", CountType::kWounded},    {"injures", CountType::kWounded},
      {"hurting", CountType::kWounded},     {"arrested", CountType::kArrested},
      {"arresting", CountType::kArrested},  {"arrests", CountType::kArrested},
      {"arrest", CountType::kArrested},     {"detained", CountType::kArrested},
      {"detaining", CountType::kArrested},  {"detains", CountType::kArrested},
      {"detain", CountType::kArrested},     {"captured", CountType::kArrested},
      {"capturing", CountType::kArrested},  {"jailed", CountType::kArrested},
      {"jailing", CountType::kArrested},    {"apprehended", CountType::kArrested},
      {"kidnapped", CountType::kKidnapped}, {"kidnapping", CountType::kKidnapped},
      {"kidnap", CountType::kKidnapped},    {"abducted", CountType::kKidnapped},
      {"abducting", CountType::kKidnapped}, {"abduct", CountType::kKidnapped},
      {"displaced", CountType::kDisplaced}, {"displacing", CountType::kDisplaced},
      {"evacuated", CountType::kDisplaced}, {"evacuating", CountType::kDisplaced},
      {"wound", CountType::kWounded},       {"injure", CountType::kWounded}};
  return m;
}

}  // namespace

bool CountLexicon::is_people_noun(const Token& t) {
  const std::string_view w = t.lower;
  if (people_nouns().count(w)) return true;
  if (thing_nouns().count(w)) return false;
  if (!t.tag.empty() && t.tag != "NNS" && t.tag != "NNPS" && t.tag != "NNP") return false;
  if (suffix_person(w)) return true;
  // Demonyms: "Palestinians", "Israelis", "Germans", "Lebanese".
  return capitalised(t) && (ends_with(w, "ans") || ends_with(w, "is") || ends_with(w, "ese"));
}

bool CountLexicon::is_person_singular(const Token& t) {
  const std::string_view w = t.lower;
  if (person_singulars().count(w)) return true;
  if (w.empty() || w.back() == 's') return false;
  std::string plural(w);
  plural += 's';
  if (people_nouns().count(plural)) return true;
  if (thing_nouns().count(plural)) return false;
  if (!t.tag.empty() && t.tag != "NN" && t.tag != "NNP" && t.tag != "JJ") return false;
  return ends_with(w, "er") || ends_with(w, "or") || ends_with(w, "ist") ||
         (capitalised(t) && ends_with(w, "ian"));
}

std::optional<CountType> CountLexicon::noun_type(std::string_view w) {
  if (w == "deaths" || w == "fatalities" || w == "dead" || w == "bodies") return CountType::kKilled;
  if (w == "casualties") return CountType::kOther;
  if (w == "injuries" || w == "wounded" || w == "injured") return CountType::kWounded;
  if (w == "arrests" || w == "detentions" || w == "detainees") return CountType::kArrested;
  if (w == "protesters" || w == "protestors" || w == "demonstrators" || w == "marchers")
    return CountType::kProtesters;
  if (w == "hostages" || w == "captives" || w == "abductees") return CountType::kKidnapped;
  if (w == "evacuees") return CountType::kDisplaced;
  return std::nullopt;
}

// The right cues by first word, so a token is checked against its few entries only.
const std::unordered_map<std::string_view, std::vector<const Cue*>>& right_cues_by_word() {
  static const auto m = [] {
    std::unordered_map<std::string_view, std::vector<const Cue*>> out;
    for (const Cue& c : kRightCues) out[c.words[0]].push_back(&c);
    return out;
  }();
  return m;
}

bool CountLexicon::right_cue(const std::vector<Token>& toks, uint32_t k, CueMatch& m) {
  if (k >= toks.size()) return false;
  auto it = right_cues_by_word().find(toks[k].lower);
  if (it == right_cues_by_word().end()) return false;
  // Longest match wins: "killed or wounded" before "killed".
  uint32_t best = 0;
  for (const Cue* cue : it->second) {
    const Cue& c = *cue;
    uint32_t len = 0;
    if (match_words(toks, k, c.words, len) && len > best) {
      best = len;
      m.type = c.type;
      m.length = len;
      m.transitive = c.transitive;
    }
  }
  return best > 0;
}

bool CountLexicon::left_cue(const std::vector<Token>& toks, uint32_t k, CueMatch& m) {
  if (k >= toks.size()) return false;
  std::string_view w = toks[k].lower;
  if (w == "up" && k > 0 && (toks[k - 1].lower == "rounded" || toks[k - 1].lower == "rounding")) {
    m = CueMatch{CountType::kArrested, 2, true};
    return true;
  }
  auto it = left_verbs().find(w);
  if (it == left_verbs().end()) return false;
  m = CueMatch{it->second, 1, true};
  return true;
}

bool CountLexicon::is_hypothetical_before(const std::vector<Token>& toks, uint32_t k) {
  if (k == 0 || k >= toks.size()) return false;
  const std::string& t = toks[k].tag;
  bool base = t == "VB" || (t.empty() && left_verbs().count(toks[k].lower) &&
                            toks[k].lower.find("ed") == std::string::npos &&
                            toks[k].lower.find("ing") == std::string::npos);
  if (!base) return false;
  std::string_view prev = toks[k - 1].lower;
  return prev == "to" || is_modal(prev) || prev == "not";
}

bool CountLexicon::is_month(std::string_view w) {
  static const WordSet s = {"january", "february", "march", "april", "may", "june", "july",
                            "august", "september", "october", "november", "december", "jan",
                            "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                            "nov", "dec"};
  return s.count(w) > 0;
}

bool CountLexicon::is_temporal(std::string_view w) {
  static const WordSet s = {"today", "yesterday", "tonight", "overnight", "monday", "tuesday",
                            "wednesday", "thursday", "friday", "saturday", "sunday", "last",
                            "this", "earlier", "later", "so", "since", "recently"};
  return s.count(w) > 0;
}

bool CountLexicon::is_auxiliary(std::string_view w) {
  static const WordSet s = {"was", "were", "is", "are", "be", "been", "being", "has", "have",
                            "had", "'ve", "got", "get", "gets", "getting", "'re"};
  return s.count(w) > 0;
}

bool CountLexicon::is_modal(std::string_view w) {
  static const WordSet s = {"will", "would", "could", "may", "might", "can", "should", "must",
                            "'ll", "'d", "shall"};
  return s.count(w) > 0;
}

bool CountLexicon::is_say_verb(std::string_view w) {
  static const WordSet s = {"said", "says", "say", "reported", "reports", "confirmed",
                            "confirms", "announced", "announces", "stated", "states", "told",
                            "tells", "added", "indicated", "indicates"};
  return s.count(w) > 0;
}

bool CountLexicon::is_unit(std::string_view w) {
  static const WordSet s = {"%",     "percent", "per",    "km",     "kilometres", "kilometers",
                            "miles", "metres",  "meters", "kg",     "tonnes",     "tons",
                            "am",    "pm",      "a.m.",   "p.m.",   "gmt",        "utc",
                            "bst",   "cet",     "est",    "hours",  "years",      "dollars",
                            "euros", "pounds",  "yuan",   "rupees", "cents",      "mph"};
  return s.count(w) > 0;
}

}  // namespace herald
