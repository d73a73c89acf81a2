// `herald explain` on a made-up article: the analysis, the patterns and the
// reasons for sentences with no event are all shown.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <string>

namespace {

std::string run(const std::string& cmd) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  pclose(p);
  return out;
}

TEST(Explain, ShowsAnalysisPatternsEventsAndReasons) {
  const std::string out = run(std::string(HERALD_BINARY) + " explain " + HERALD_FIXTURES_DIR +
                              "/events/explain_article.txt 2>&1");
  // The analysis of the first sentence.
  EXPECT_NE(out.find("[1] Israel attacked Lebanon on Monday."), std::string::npos) << out;
  EXPECT_NE(out.find("attacked/VBD=attack"), std::string::npos) << out;
  EXPECT_NE(out.find("VG[attacked"), std::string::npos) << out;
  EXPECT_NE(out.find("actor:   \"Israel\" ISR (country, Israel)  countries.tsv:ISR"), std::string::npos) << out;
  EXPECT_NE(out.find("pattern: 19_fight.txt:"), std::string::npos) << out;
  EXPECT_NE(out.find("EVENT:   ISR 190 LBN  @2024-10-21"), std::string::npos) << out;
  // Why sentences gave nothing.
  EXPECT_NE(out.find("no event: no verb pattern matched"), std::string::npos) << out;
  EXPECT_NE(out.find(": negated"), std::string::npos) << out;
  EXPECT_NE(out.find("no event: discarded as sport or business (word 'striker')"), std::string::npos) << out;
  // A pronoun resolved by coref, with its antecedent's entry.
  EXPECT_NE(out.find("actor:   \"He\" USAGOV (pronoun"), std::string::npos) << out;
  EXPECT_NE(out.find("coref:he->"), std::string::npos) << out;
  EXPECT_NE(out.find("EVENT:   USAGOV 051 EGY"), std::string::npos) << out;
}

}  // namespace
