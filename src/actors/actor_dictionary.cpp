#include "actors/actor_dictionary.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <optional>

#include "actors/dictionary_reader.h"
#include "core/accent_fold.h"

namespace herald {

namespace {

constexpr std::string_view kRoles[] = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "SPY", "BUS",
                                       "MED", "CVL", "REF", "HLH", "EDU", "LAB", "CRM"};

bool ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool ascii_lower(char c) { return c >= 'a' && c <= 'z'; }

// The ways a splitter may cut one dictionary word: "al-Assad" as one token or
// "al" "-" "Assad"; "Workers'" as one token or "Workers" "'"; "Israel's" as
// "Israel" "'s".
std::vector<std::vector<std::string>> word_variants(const std::string& w) {
  std::vector<std::vector<std::string>> out;
  std::string word = w, tail;
  if (word.size() > 1 && word.back() == ',') { tail = ","; word.pop_back(); }
  if (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0) {
    out.push_back({word.substr(0, word.size() - 2), "'s"});
  } else if (word.size() > 1 && word.back() == '\'') {
    out.push_back({word});
    out.push_back({word.substr(0, word.size() - 1), "'"});
  } else {
    out.push_back({word});
    if (word.find('-') != std::string::npos && word.size() > 2) {
      std::vector<std::string> parts;
      size_t start = 0;
      for (;;) {
        size_t dash = word.find('-', start);
        std::string p = word.substr(start, dash == std::string::npos ? std::string::npos : dash - start);
        if (!p.empty()) parts.push_back(p);
        if (dash == std::string::npos) break;
        parts.push_back("-");
        start = dash + 1;
      }
      if (parts.size() > 1) out.push_back(parts);
    }
  }
  if (!tail.empty())
    for (auto& v : out) v.push_back(tail);
  return out;
}

// Every tokenisation of a phrase (at most 16).
std::vector<std::vector<std::string>> phrase_variants(const std::string& phrase) {
  if (phrase.find_first_of(",'-") == std::string::npos) {
    // No word a splitter may cut (most names): one tokenisation, the words.
    std::vector<std::string> words;
    for (size_t i = 0; i < phrase.size();) {
      while (i < phrase.size() && phrase[i] == ' ') ++i;
      const size_t b = i;
      while (i < phrase.size() && phrase[i] != ' ') ++i;
      if (i > b) words.emplace_back(phrase, b, i - b);
    }
    std::vector<std::vector<std::string>> one(1);
    one[0] = std::move(words);
    return one;
  }
  std::vector<std::vector<std::string>> acc = {{}};
  size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && phrase[i] == ' ') ++i;
    size_t b = i;
    while (i < phrase.size() && phrase[i] != ' ') ++i;
    if (i == b) break;
    auto alts = word_variants(phrase.substr(b, i - b));
    std::vector<std::vector<std::string>> next;
    for (const auto& a : acc)
      for (const auto& alt : alts) {
        if (next.size() >= 16) break;
        auto v = a;
        v.insert(v.end(), alt.begin(), alt.end());
        next.push_back(std::move(v));
      }
    acc = std::move(next);
  }
  return acc;
}

// All letters capitals ("US", "U.S.", "OPEC+"): matched case-sensitively.
CaseRule name_rule(const std::string& name) {
  bool any = false;
  for (char c : name) {
    if (ascii_lower(c)) return CaseRule::kCapitalised;
    if (ascii_upper(c)) any = true;
  }
  return any ? CaseRule::kExact : CaseRule::kCapitalised;
}

std::string plural(const std::string& phrase) {
  size_t sp = phrase.rfind(' ');
  std::string head = sp == std::string::npos ? "" : phrase.substr(0, sp + 1);
  std::string last = sp == std::string::npos ? phrase : phrase.substr(sp + 1);
  if (last.empty() || last.back() == 's' || last.back() == '.' || last.find('\'') != std::string::npos) return "";
  auto ends = [&](std::string_view s) { return last.size() >= s.size() && last.compare(last.size() - s.size(), s.size(), s) == 0; };
  if (ends("man")) return head + last.substr(0, last.size() - 3) + "men";
  if (ends("y") && last.size() > 1 && std::string_view("aeiou").find(last[last.size() - 2]) == std::string_view::npos)
    return head + last.substr(0, last.size() - 1) + "ies";
  if (ends("x") || ends("ch") || ends("sh")) return head + last + "es";
  return head + last + "s";
}

// "Erdoğan" -> "Erdogan" (ICU Latin-ASCII); "" when unchanged or unavailable.
// Accented letters are folded without the transliterator (core/accent_fold.h),
// which is built only for a name that needs it ("Støre"): building it costs
// tens of milliseconds of start-up.
class AsciiFolder {
 public:
  std::string fold(const std::string& s) {
    bool ascii = true;
    for (char c : s)
      if (static_cast<unsigned char>(c) >= 0x80) { ascii = false; break; }
    if (ascii) return "";
    std::optional<std::string> out = fold_accents(s, /*lower=*/false);
    if (!out) {
      if (!transliterator()) return "";
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
      t_->transliterate(u);
      u.toUTF8String(out.emplace());
    }
    return *out == s ? "" : *out;
  }

 private:
  icu::Transliterator* transliterator() {
    if (!tried_) {
      tried_ = true;
      UErrorCode status = U_ZERO_ERROR;
      t_.reset(icu::Transliterator::createInstance("Latin-ASCII", UTRANS_FORWARD, status));
      if (U_FAILURE(status)) t_.reset();
    }
    return t_.get();
  }

  bool tried_ = false;
  std::unique_ptr<icu::Transliterator> t_;
};

}  // namespace

const DatedRole* ActorEntry::role_on(const std::optional<CivilDate>& date) const {
  if (date) {
    for (const auto& r : roles)
      if (r.covers(*date)) return &r;
    return nullptr;
  }
  const DatedRole* best = nullptr;
  for (const auto& r : roles)
    if (!best || (r.from && (!best->from || *best->from < *r.from))) best = &r;
  return best;
}

bool ActorDictionary::valid_role(std::string_view role) {
  for (auto r : kRoles)
    if (r == role) return true;
  return false;
}

size_t ActorDictionary::person_count() const {
  size_t n = 0;
  for (const auto& e : entries_) n += e.source == PhraseSource::kPerson;
  return n;
}

size_t ActorDictionary::organisation_count() const { return entries_.size() - person_count(); }

Result<ActorDictionary> ActorDictionary::load(const DataPaths& paths) {
  ActorDictionary dict;
  auto countries = CountryTable::load(paths);
  if (!countries.ok()) return countries.error();
  dict.countries_ = std::move(countries.value());

  auto need = [&](const std::string& rel, std::string& out) -> std::optional<Error> {
    out = paths.find(rel);
    if (out.empty()) return Error{ErrorCode::kFileNotFound, rel, 0, "not found in the data folders", ""};
    return std::nullopt;
  };
  DictionaryReader reader(dict);
  std::string path;
  if (auto e = need("actors/agents.txt", path)) return *e;
  if (auto e = reader.read_agents(path, "actors/agents.txt")) return *e;
  if (auto e = need("actors/organisations.txt", path)) return *e;
  if (auto e = reader.read_entries(path, "actors/organisations.txt", PhraseSource::kOrganisation)) return *e;
  // People: every .txt of the first actors/people/ folder found, in name
  // order, then actors/people.txt where one exists; at least one of the two.
  size_t people_files = 0;
  std::string folder = paths.find("actors/people");
  if (!folder.empty() && std::filesystem::is_directory(folder)) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& f : std::filesystem::directory_iterator(folder, ec))
      if (f.path().extension() == ".txt") files.push_back(f.path());
    if (ec) return Error{ErrorCode::kFileNotFound, folder, 0, "cannot list: " + ec.message(), ""};
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::string label = "actors/people/" + f.filename().string();
      if (auto e = reader.read_entries(f.string(), label, PhraseSource::kPerson)) return *e;
      ++people_files;
    }
  }
  path = paths.find("actors/people.txt");
  if (!path.empty()) {
    if (auto e = reader.read_entries(path, "actors/people.txt", PhraseSource::kPerson)) return *e;
    ++people_files;
  }
  if (people_files == 0)
    return Error{ErrorCode::kFileNotFound, "actors/people/", 0, "no people files (*.txt) in the data folders", ""};
  // The base layer converted from PETRARCH2's Phoenix dictionaries (optional):
  // read last, so a name herald's own files also have matches herald's entry
  // (ties between payloads of one phrase go to the first added).
  folder = paths.find("actors/phoenix");
  if (!folder.empty() && std::filesystem::is_directory(folder)) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& f : std::filesystem::directory_iterator(folder, ec))
      if (f.path().extension() == ".txt") files.push_back(f.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files)
      if (auto e = reader.read_entries(f.string(), "actors/phoenix/" + f.filename().string(), PhraseSource::kOrganisation))
        return *e;
  }
  if (auto e = need("actors/guards.txt", path)) return *e;
  if (auto e = reader.read_guards(path)) return *e;
  // The word lists of actors/ (each documented in its own file).
  for (auto [file, list] : {std::pair{"actors/title_nouns.txt", &dict.title_nouns_},
                            std::pair{"actors/origin_suffixes.txt", &dict.origin_suffixes_},
                            std::pair{"actors/speech_nouns.txt", &dict.speech_nouns_},
                            std::pair{"actors/weapon_nouns.txt", &dict.weapon_nouns_}}) {
    auto loaded = WordList::load(paths, file);
    if (!loaded.ok()) return loaded.error();
    *list = std::move(loaded.value());
  }
  if (Error e = dict.origin_suffixes_.expect_values({"made", "owned"}); e.code != ErrorCode::kOk) return e;
  dict.build_trie();
  return dict;
}

void ActorDictionary::build_trie() {
  auto add = [&](const std::string& phrase, PhraseSource source, CaseRule rule, uint32_t index) {
    for (const auto& written : phrase_variants(phrase)) {
      std::vector<std::string> keys;
      keys.reserve(written.size());
      for (const auto& w : written) keys.push_back(PhraseTrie::normalise(w));
      trie_.add(keys, written, PhrasePayload{source, rule, index, 0});
    }
  };
  const auto& cs = countries_.countries();
  for (uint32_t i = 0; i < cs.size(); ++i) {
    for (const auto& n : cs[i].names) add(n, PhraseSource::kCountryName, name_rule(n), i);
    for (const auto& n : cs[i].demonyms) add(n, PhraseSource::kDemonym, name_rule(n), i);
    for (const auto& n : cs[i].capitals) add(n, PhraseSource::kCapital, name_rule(n), i);
  }
  for (uint32_t i = 0; i < agents_.size(); ++i) {
    CaseRule rule = agents_[i].capitalised ? CaseRule::kCapitalised : CaseRule::kAny;
    for (const auto& p : agent_phrases_[i]) {
      std::string shown = p;
      if (agents_[i].capitalised) shown[0] = static_cast<char>(shown[0] - 'a' + 'A');
      add(shown, PhraseSource::kAgent, rule, i);
      std::string pl = plural(shown);
      if (!pl.empty()) add(pl, PhraseSource::kAgent, rule, i);
    }
  }
  AsciiFolder folder;
  for (uint32_t i = 0; i < entries_.size(); ++i) {
    for (const auto& n : entries_[i].aliases) {
      add(n, entries_[i].source, name_rule(n), i);
      std::string folded = folder.fold(n);
      if (!folded.empty()) add(folded, entries_[i].source, name_rule(folded), i);
    }
  }
}

}  // namespace herald
