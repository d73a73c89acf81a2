// Golden construction cases: every tests/constructions/<name>.case is a
// made-up article run through the whole pipeline (herald_pipeline), and the
// events it gives must equal the lines after its "----". A case file:
//
//   # why: passive with a by-agent: the agent is the source
//   date 2024-10-22
//   Ukraine's army was attacked by Russian forces on Tuesday.
//
// (A "title ..." line before the text gives the article a headline.)
//   ----
//   RUSMIL / UKRMIL / 190 @2024-10-22
//
// Expected lines are "SRC / TGT / CODE @date" (TGT "-" for no target, date
// "none" for none), one per event, in any order; no lines means "no event".
// File names start with the construction they test (passive_, negation_,
// modality_, coordination_, relative_, reported_, pronoun_, noun_, statement_, pair_, absolute_,
// object_, lightverb_, idiom_, default_, anaphor_; actor_ for generic people, name_ for surname
// reference, samecode_ for two actors with one code, cause_ for subjects that are causes, intent_ for promises and threats); each
// construction needs at least two cases and one of them with no event.
// After a deliberate change, rewrite the expected parts with
//   HERALD_UPDATE_GOLDEN=1 ctest --test-dir build -R Constructions
// and review the diff like code.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "pipeline/pipeline.h"

namespace herald {
namespace {

const char* const kConstructions[] = {"passive",  "negation", "modality",  "coordination", "relative", "reported",
                                      "pronoun",  "noun",     "statement", "pair",         "absolute", "object",
                                      "lightverb", "idiom",   "default",   "anaphor",      "actor",    "name",
                                      "samecode", "cause", "intent"};

struct Case {
  std::string path, name;
  std::string header;                 // everything up to and including "----"
  std::optional<CivilDate> date;
  std::string title;                  // an optional "title ..." line
  std::string text;
  std::vector<std::string> expected;
  std::string error;                  // a malformed file
};

Case read_case(const std::filesystem::path& path) {
  Case c;
  c.path = path.string();
  c.name = path.stem().string();
  std::ifstream in(path);
  std::string line;
  bool after = false, has_why = false, has_sep = false;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (after) {
      if (!line.empty()) c.expected.push_back(line);
      continue;
    }
    c.header += line + "\n";
    if (line == "----") {
      after = has_sep = true;
    } else if (line.rfind("# why:", 0) == 0) {
      has_why = true;
    } else if (line.rfind("#", 0) == 0) {
      continue;
    } else if (line.rfind("title ", 0) == 0 && c.text.empty()) {
      c.title = line.substr(6);
    } else if (line.rfind("date ", 0) == 0 && c.text.empty()) {
      c.date = CivilDate::parse(line.substr(5));
      if (!c.date && line.substr(5) != "none") c.error = "bad date line: " + line;
    } else if (!line.empty()) {
      c.text += (c.text.empty() ? "" : "\n\n") + line;
    }
  }
  if (!has_why) c.error = "no '# why:' line";
  if (!has_sep) c.error = "no '----' line";
  if (c.text.empty()) c.error = "no text";
  return c;
}

std::vector<Case> read_cases() {
  std::vector<Case> cases;
  const std::filesystem::path dir = std::filesystem::path(HERALD_SOURCE_DIR) / "tests" / "constructions";
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".case") cases.push_back(read_case(e.path()));
  std::sort(cases.begin(), cases.end(), [](const Case& a, const Case& b) { return a.name < b.name; });
  return cases;
}

std::string dump(const Event& e) {
  return (e.source.code.empty() ? "-" : e.source.code) + " / " + (e.target.code.empty() ? "-" : e.target.code) +
         " / " + e.code + " @" + (e.date ? e.date->iso() : "none");
}

std::shared_ptr<const Pipeline> pipeline() {
  static std::shared_ptr<const Pipeline> p = [] {
    auto r = Pipeline::load(PipelineOptions{});
    return r.ok() ? r.value() : nullptr;
  }();
  return p;
}

TEST(Constructions, GoldenCases) {
  auto p = pipeline();
  ASSERT_TRUE(p) << "cannot load the pipeline's dictionaries";
  auto cases = read_cases();
  ASSERT_FALSE(cases.empty());
  const bool update = std::getenv("HERALD_UPDATE_GOLDEN") != nullptr;
  for (const Case& c : cases) {
    ASSERT_TRUE(c.error.empty()) << c.path << ": " << c.error;
    Article a;
    a.doc_id = c.name;
    a.input = c.path;
    a.date = c.date;
    a.title = c.title;
    a.text = c.text;
    auto doc = p->code(std::move(a));
    ASSERT_TRUE(doc.ok()) << c.path << ": " << doc.error().to_string();
    std::vector<std::string> got;
    for (const Event& e : doc.value().events) got.push_back(dump(e));
    std::sort(got.begin(), got.end());
    if (update) {
      std::ofstream out(c.path);
      out << c.header;
      for (const auto& g : got) out << g << "\n";
      continue;
    }
    std::vector<std::string> want = c.expected;
    std::sort(want.begin(), want.end());
    std::string shown;
    for (const Event& e : doc.value().events) shown += "  " + dump(e) + "  (\"" + e.verb + "\", " + e.pattern + ")\n";
    EXPECT_EQ(got, want) << c.path << "\n" << c.header << "coded:\n" << shown
                         << "(herald explain on the text shows why)";
  }
  if (update) GTEST_SKIP() << "rewrote the expected parts of " << cases.size() << " cases";
}

TEST(Constructions, EveryConstructionHasPositiveAndNegativeCases) {
  std::map<std::string, std::pair<int, int>> seen;   // construction -> (cases, cases with no event)
  for (const Case& c : read_cases()) {
    std::string kind = c.name.substr(0, c.name.find('_'));
    auto& [n, empty] = seen[kind];
    ++n;
    if (c.expected.empty()) ++empty;
  }
  for (const char* k : kConstructions) {
    EXPECT_GE(seen[k].first, 2) << "construction '" << k << "' needs at least two cases";
    EXPECT_GE(seen[k].second, 1) << "construction '" << k << "' needs a case with no event";
  }
}

}  // namespace
}  // namespace herald
