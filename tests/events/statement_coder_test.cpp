// StatementCoder on hand-built documents (tests/events/doc_builder.h): what a
// speaker's words do to the actor they name.
#include "events/statement_coder.h"

#include <gtest/gtest.h>

#include "doc_builder.h"
#include "events/event_coder.h"

namespace herald {
namespace {

class StatementCoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    DataPaths paths;
    paths.dirs = {std::string(HERALD_GENERATED_DATA_DIR), std::string(HERALD_SOURCE_DIR) + "/data"};
    auto verbs = VerbDictionary::load(paths);
    ASSERT_TRUE(verbs.ok()) << verbs.error().to_string();
    auto cameo = CameoTable::load(paths);
    ASSERT_TRUE(cameo.ok()) << cameo.error().to_string();
    auto st = StatementCoder::load(paths);
    ASSERT_TRUE(st.ok()) << st.error().to_string();
    verbs_ = new VerbDictionary(std::move(verbs.value()));
    cameo_ = new CameoTable(std::move(cameo.value()));
    statements_ = new StatementCoder(std::move(st.value()));
  }

  std::vector<std::string> code(std::initializer_list<std::string_view> sentences) {
    test::DocBuilder b;
    for (auto s : sentences) b.sentence(s);
    doc_ = std::move(b.doc());
    EventCoder(*verbs_, *cameo_, false, statements_).annotate(doc_);
    std::vector<std::string> out;
    for (const Event& e : doc_.events) out.push_back(e.source.code + " " + e.code + " " + e.target.code);
    return out;
  }

  static inline VerbDictionary* verbs_ = nullptr;
  static inline CameoTable* cameo_ = nullptr;
  static inline StatementCoder* statements_ = nullptr;
  Document doc_;
};

using V = std::vector<std::string>;

TEST_F(StatementCoderTest, ValenceComesFromAfinnWithHeraldsOverrides) {
  EXPECT_LT(statements_->valence("terrible", "terrible"), 0);        // AFINN
  EXPECT_GT(statements_->valence("wonderful", "wonderful"), 0);      // AFINN
  EXPECT_LT(statements_->valence("indefensible", "indefensible"), 0);  // herald's valence.txt
  EXPECT_EQ(statements_->valence("killed", "kill"), 0);              // names an event, judges nothing
  EXPECT_EQ(statements_->valence("table", "table"), 0);
}

TEST_F(StatementCoderTest, CriticalClauseAboutNamedActor) {
  EXPECT_EQ(code({"{The minister}/NN:IRLGOV <said/VBD=say> {Britain}/NNP:GBR <was/VBD=be> a/DT terrible/JJ "
                  "mistake/NN ./."}),
            V{"IRLGOV 111 GBR"});
}

TEST_F(StatementCoderTest, NeutralClauseGivesNothing) {
  EXPECT_EQ(code({"{The minister}/NN:IRLGOV <said/VBD=say> {Britain}/NNP:GBR <would/MD host/VB> the/DT "
                  "meeting/NN ./."}),
            V{});
}

TEST_F(StatementCoderTest, NegatedReportingVerbGivesNothing) {
  EXPECT_EQ(code({"{The minister}/NN:IRLGOV <did/VBD not/RB say/VB=say>n {Britain}/NNP:GBR <was/VBD=be> a/DT "
                  "terrible/JJ mistake/NN ./."}),
            V{});
}

TEST_F(StatementCoderTest, AccusationCueGives112) {
  EXPECT_EQ(code({"{The ministry}/NN:QATGOV <said/VBD=say> {Iran}/NNP:IRN <was/VBD=be> fully/RB responsible/JJ "
                  "./."}),
            V{"QATGOV 112 IRN"});
}

TEST_F(StatementCoderTest, NamingVerbJudgesItsObject) {
  EXPECT_EQ(code({"{The premier}/NN:ESPGOV <called/VBD=call> {Morocco}/NNP:MAR a/DT good/JJ and/CC trusted/JJ "
                  "ally/NN ./."}),
            V{"ESPGOV 051 MAR"});
}

TEST_F(StatementCoderTest, SpeakersOwnCountryIsNoTarget) {
  EXPECT_EQ(code({"{The president}/NN:ITAGOV <said/VBD=say> {Italy}/NNP:ITA <was/VBD=be> a/DT proud/JJ and/CC "
                  "wonderful/JJ nation/NN ./."}),
            V{});
}

}  // namespace
}  // namespace herald
