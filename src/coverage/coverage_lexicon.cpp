#include "coverage/coverage_lexicon.h"

#include <fstream>

#include "core/utf8.h"

namespace herald {

namespace {

std::string_view strip_dot(std::string_view w) {
  if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
  return w;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.back() == '\r' || s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

}  // namespace

Result<CoverageLexicon> CoverageLexicon::load(const DataPaths& paths) {
  std::string classes = paths.find("noun_classes.tsv");
  if (classes.empty())
    return Error{ErrorCode::kDictionary, "noun_classes.tsv", 0,
                 "not found on the data paths (generated at build time by tools/gen_noun_classes.py)", ""};
  std::string names = paths.find("coverage/not_names.txt");
  if (names.empty()) return Error{ErrorCode::kDictionary, "coverage/not_names.txt", 0, "not found on the data paths", ""};
  return load_files(classes, names);
}

Result<CoverageLexicon> CoverageLexicon::load_files(const std::string& noun_classes, const std::string& not_names) {
  CoverageLexicon lex;
  std::ifstream in(noun_classes);
  if (!in) return Error{ErrorCode::kDictionary, noun_classes, 0, "cannot open", ""};
  std::string line;
  uint64_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    std::string_view l = trim(line);
    if (l.empty() || l[0] == '#') continue;
    size_t tab = l.find('\t');
    std::string_view cls = tab == std::string_view::npos ? "" : l.substr(tab + 1);
    NounClass c = cls == "event" ? NounClass::kEvent
                  : cls == "person" ? NounClass::kPerson
                  : cls == "group" ? NounClass::kGroup
                                   : NounClass::kNone;
    if (tab == 0 || c == NounClass::kNone)
      return Error{ErrorCode::kDictionary, noun_classes, n, "expected noun<TAB>event|person|group",
                   std::string(l.substr(0, 80))};
    lex.classes_.emplace(l.substr(0, tab), c);
  }
  if (lex.classes_.empty()) return Error{ErrorCode::kDictionary, noun_classes, 0, "no entries", ""};

  std::ifstream names(not_names);
  if (!names) return Error{ErrorCode::kDictionary, not_names, 0, "cannot open", ""};
  while (std::getline(names, line)) {
    std::string_view l = trim(line);
    if (l.empty() || l[0] == '#') continue;
    lex.not_names_.insert(utf8::lower(strip_dot(l)));
  }
  return lex;
}

NounClass CoverageLexicon::noun_class(std::string_view lower) const {
  auto it = classes_.find(lower);
  return it == classes_.end() ? NounClass::kNone : it->second;
}

bool CoverageLexicon::is_name_word(std::string_view word) const {
  return !not_names_.contains(utf8::lower(strip_dot(word)));
}

}  // namespace herald
