// End to end on made-up sentences: split -> tag -> actors -> events, with the
// real dictionaries (cases in tests/fixtures/events/e2e_cases.txt).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "actors/actor_dictionary.h"
#include "actors/actor_matcher.h"
#include "events/event_coder.h"
#include "tag/tagger.h"
#include "text/sentence_splitter.h"

namespace herald {
namespace {

struct Case {
  std::string why, text;
  std::vector<std::string> expected;
};

std::vector<Case> read_cases(const std::string& path) {
  std::ifstream in(path);
  std::vector<Case> cases;
  Case c;
  bool in_expected = false;
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("# why:", 0) == 0) {
      c = Case{};
      c.why = line.substr(7);
      in_expected = false;
    } else if (line.empty() || line[0] == '#') {
      continue;
    } else if (line == "----") {
      in_expected = true;
    } else if (line == "====") {
      cases.push_back(c);
    } else if (in_expected) {
      c.expected.push_back(line);
    } else {
      c.text += (c.text.empty() ? "" : " ") + line;
    }
  }
  return cases;
}

// "ISRMIL 190 LBNREB" -> "ISR 19 LBN" (root level, as score-events compares).
std::string root_key(const std::string& src, const std::string& code, const std::string& tgt) {
  auto country = [](const std::string& a) { return a.empty() || a == "-" ? std::string("-") : a.substr(0, 3); };
  return country(src) + " " + code.substr(0, 2) + " " + country(tgt);
}

TEST(EventsE2E, FixtureSentences) {
  DataPaths paths = DataPaths::defaults();
  auto tagger = Tagger::load(paths);
  ASSERT_TRUE(tagger.ok()) << tagger.error().to_string();
  auto actors = ActorDictionary::load(paths);
  ASSERT_TRUE(actors.ok()) << actors.error().to_string();
  auto verbs = VerbDictionary::load(paths);
  ASSERT_TRUE(verbs.ok()) << verbs.error().to_string();
  auto cameo = CameoTable::load(paths);
  ASSERT_TRUE(cameo.ok()) << cameo.error().to_string();
  SentenceSplitter splitter;
  ActorMatcher matcher(actors.value());
  EventCoder coder(verbs.value(), cameo.value());

  auto cases = read_cases(std::string(HERALD_FIXTURES_DIR) + "/events/e2e_cases.txt");
  ASSERT_GE(cases.size(), 10u);
  for (const Case& c : cases) {
    Document doc;
    doc.article.date = CivilDate::parse("2024-10-22");
    doc.body = c.text;
    splitter.annotate(doc);
    tagger.value().annotate(doc);
    matcher.annotate(doc);
    coder.annotate(doc);
    std::vector<std::string> got, want;
    std::ostringstream full;
    for (const Event& e : doc.events) {
      got.push_back(root_key(e.source.code, e.code, e.target.code));
      full << "  " << e.source.code << " " << e.code << " " << (e.target.code.empty() ? "-" : e.target.code)
           << "  (" << e.verb << ", " << e.pattern << ")\n";
    }
    for (const std::string& x : c.expected) {
      std::istringstream ss(x);
      std::string s, code, t;
      ss >> s >> code >> t;
      want.push_back(root_key(s, code, t));
    }
    std::sort(got.begin(), got.end());
    std::sort(want.begin(), want.end());
    EXPECT_EQ(got, want) << c.why << "\n  text: " << c.text << "\n  coded:\n" << full.str();
  }
}

}  // namespace
}  // namespace herald
