// Event coder constructions, on hand-built documents (tests/events/doc_builder.h).
#include "events/event_coder.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "doc_builder.h"

namespace herald {
namespace {

class EventCoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    DataPaths paths;
    paths.dirs = {std::string(HERALD_SOURCE_DIR) + "/data"};
    auto verbs = VerbDictionary::load(paths);
    ASSERT_TRUE(verbs.ok()) << verbs.error().to_string();
    auto cameo = CameoTable::load(paths);
    ASSERT_TRUE(cameo.ok()) << cameo.error().to_string();
    verbs_ = new VerbDictionary(std::move(verbs.value()));
    cameo_ = new CameoTable(std::move(cameo.value()));
  }

  // Codes the sentences and returns "SRC CODE TGT" per event, in order.
  std::vector<std::string> code(std::initializer_list<std::string_view> sentences) {
    test::DocBuilder b;
    for (auto s : sentences) b.sentence(s);
    doc_ = std::move(b.doc());
    EventTrace trace;
    EventCoder(*verbs_, *cameo_).annotate(doc_, &trace);
    trace_.clear();
    for (const auto& st : trace.sentences)
      for (const auto& m : st.matches) trace_.push_back(m.where + " " + m.words + " -> " + m.outcome);
    std::vector<std::string> out;
    for (const Event& e : doc_.events) out.push_back(e.source.code + " " + e.code + " " + e.target.code);
    return out;
  }

  static inline VerbDictionary* verbs_ = nullptr;
  static inline CameoTable* cameo_ = nullptr;
  Document doc_;
  std::vector<std::string> trace_;   // the last code() call's match outcomes
};

using V = std::vector<std::string>;

TEST_F(EventCoderTest, ActiveVerbTakesSubjectAndObject) {
  EXPECT_EQ(code({"{Israeli troops}/NNS:ISRMIL <attacked/VBD=attack> {Gaza}/NNP:PSE ./."}), V{"ISRMIL 190 PSE"});
  const Event& e = doc_.events.at(0);
  EXPECT_EQ(e.root, "19");
  EXPECT_EQ(e.quad_class, 4);
  EXPECT_DOUBLE_EQ(e.goldstein, -10.0);
  EXPECT_EQ(e.verb, "attacked");
  EXPECT_EQ(doc_.text(*e.verb_span), "attacked");
  EXPECT_EQ(e.source.text, "Israeli troops");
  EXPECT_EQ(e.pattern.rfind("19_fight.txt:", 0), 0u) << e.pattern;
  EXPECT_FALSE(e.negated);
}

TEST_F(EventCoderTest, PassiveTakesByAgentAsSource) {
  EXPECT_EQ(code({"{Iran}/NNP:IRN <was/VBD struck/VBN=strike>p by/IN {Israel}/NNP:ISR ./."}), V{"ISR 190 IRN"});
}

TEST_F(EventCoderTest, PassiveWithoutAgentGivesNoEvent) {
  EXPECT_EQ(code({"{Iran}/NNP:IRN <was/VBD struck/VBN=strike>p on/IN Monday/NNP ./."}), V{});
}

TEST_F(EventCoderTest, AgentlessArrestIsCodedAsPolice) {
  EXPECT_EQ(code({"Two/CD {church leaders}/NNS:CHNCVL <were/VBD detained/VBN=detain>p ./."}), V{"CHNCOP 173 CHNCVL"});
}

TEST_F(EventCoderTest, NegatedVerbGivesNoEvent) {
  EXPECT_EQ(code({"{Israel}/NNP:ISR <did/VBD not/RB attack/VB>n {Lebanon}/NNP:LBN ./."}), V{});
  // Even when the tagger missed the flag, a "not" in the group negates it.
  EXPECT_EQ(code({"{Israel}/NNP:ISR <did/VBD not/RB attack/VB> {Lebanon}/NNP:LBN ./."}), V{});
}

TEST_F(EventCoderTest, NegatedEventsKeptOnlyWhenAsked) {
  test::DocBuilder b;
  b.sentence("{Israel}/NNP:ISR <did/VBD not/RB attack/VB>n {Lebanon}/NNP:LBN ./.");
  b.sentence("{Israel}/NNP:ISR <attacked/VBD=attack> {Syria}/NNP:SYR ./.");
  Document doc = std::move(b.doc());
  EventCoder(*verbs_, *cameo_, /*keep_negated=*/true).annotate(doc);
  ASSERT_EQ(doc.events.size(), 2u);
  EXPECT_TRUE(doc.events[0].negated);
  EXPECT_EQ(doc.events[0].target.code, "LBN");
  EXPECT_FALSE(doc.events[1].negated);
}

TEST_F(EventCoderTest, ModalFutureAndConditionalGiveNoEvent) {
  EXPECT_EQ(code({"{Israel}/NNP:ISR <could/MD strike/VB>m {Iran}/NNP:IRN ./."}), V{});
  EXPECT_EQ(code({"{Blinken}/NNP:USAGOV <will/MD visit/VB>f {Israel}/NNP:ISR ./."}), V{});
  EXPECT_EQ(code({"{Blinken}/NNP:USAGOV <is/VBZ expected/VBN=expect>p <to/TO visit/VB> {Israel}/NNP:ISR ./."}), V{});
  EXPECT_EQ(code({"If/IN {Iran}/NNP:IRN <attacks/VBZ=attack> {Israel}/NNP:ISR ,/, markets/NNS <fall/VBP> ./."}), V{});
}

TEST_F(EventCoderTest, FactualMatrixVerbKeepsInfinitive) {
  EXPECT_EQ(code({"{Russia}/NNP:RUS <began/VBD=begin> <to/TO shell/VB> {Kharkiv}/NNP:UKR ./."}), V{"RUS 194 UKR"});
}

TEST_F(EventCoderTest, CoordinatedTargetsGiveOneEventEach) {
  EXPECT_EQ(code({"{Blinken}/NNP:USAGOV <visited/VBD=visit> {Israel}/NNP:ISR ,/, {Jordan}/NNP:JOR and/CC "
                  "{Qatar}/NNP:QAT ./."}),
            (V{"USAGOV 042 ISR", "USAGOV 042 JOR", "USAGOV 042 QAT"}));
}

TEST_F(EventCoderTest, CoordinatedSourcesGiveOneEventEach) {
  EXPECT_EQ(code({"{Israel}/NNP:ISR and/CC {Egypt}/NNP:EGY <attacked/VBD=attack> {Libya}/NNP:LBY ./."}),
            (V{"ISR 190 LBY", "EGY 190 LBY"}));
}

TEST_F(EventCoderTest, AppositionIsNotCoordination) {
  EXPECT_EQ(code({"{Blinken}/NNP:USAGOV <met/VBD=meet> {Netanyahu}/NNP:ISRGOV ,/, {Israel}/NNP:ISR 's/POS "
                  "leader/NN ./."}),
            V{"USAGOV 040 ISRGOV"});
}

TEST_F(EventCoderTest, MutualVerbPairsCoordinatedSubjects) {
  EXPECT_EQ(code({"{Ukraine}/NNP:UKRGOV and/CC {Russia}/NNP:RUSGOV <met/VBD=meet> in/IN {Turkey}/NNP:TUR ./."}),
            V{"UKRGOV 040 RUSGOV"});
}

TEST_F(EventCoderTest, ReportedSpeechCodesTheReportedEvent) {
  EXPECT_EQ(code({"{Iraq}/NNP:IRQ <said/VBD=say> {Iran}/NNP:IRN <attacked/VBD=attack> {Kuwait}/NNP:KWT ./."}),
            V{"IRN 190 KWT"});
  EXPECT_EQ(code({"{Iraq}/NNP:IRQ <said/VBD=say> that/IN {Iran}/NNP:IRN <shelled/VBD=shell> {Basra}/NNP:IRQ ./."}),
            V{"IRN 194 IRQ"});
  EXPECT_EQ(code({"{Iraq}/NNP:IRQ <said/VBD=say> talks/NNS <were/VBD> over/RB ./."}), V{});
}

TEST_F(EventCoderTest, AccordingToIsAttributionNotActor) {
  EXPECT_EQ(code({"{Israel}/NNP:ISR <struck/VBD=strike> {Gaza}/NNP:PSE ,/, according/VBG to/TO "
                  "{Hamas}/NNP:PSEREB ./."}),
            V{"ISR 190 PSE"});
  EXPECT_EQ(doc_.events.at(0).attribution, "Hamas");
  EXPECT_EQ(code({"Troops/NNS <attacked/VBD=attack> ,/, according/VBG to/TO {Hamas}/NNP:PSEREB ./."}), V{});
}

TEST_F(EventCoderTest, NounFormTakesPossessiveSourceAndOtherCountry) {
  EXPECT_EQ(code({"{Israel}/NNP:ISR <weighed/VBD=weigh> its/PRP$ response/NN to/TO {Tehran}/NNP:IRNGOV 's/POS "
                  "October/NNP 1/CD ballistic/JJ missile/NN strike/NN ./."}),
            V{"IRNGOV 195 ISR"});
  EXPECT_EQ(code({"An/DT air/NN strike/NN on/IN {Gaza}/NNP:PSE by/IN {Israel}/NNP:ISR <killed/VBD=kill> "
                  "five/CD ./."}),
            V{"ISR 195 PSE"});
}

TEST_F(EventCoderTest, ObjectIsTravellerInTakePattern) {
  EXPECT_EQ(code({"The/DT tour/NN <takes/VBZ=take> {Blinken}/NNP:USAGOV first/RB to/TO {Israel}/NNP:ISR on/IN "
                  "Tuesday/NNP ,/, then/RB on/IN to/TO {Jordan}/NNP:JOR and/CC {Qatar}/NNP:QAT ./."}),
            (V{"USAGOV 042 ISR", "USAGOV 042 JOR", "USAGOV 042 QAT"}));
}

TEST_F(EventCoderTest, ProgressivePerfectAndHeadOfActorRun) {
  EXPECT_EQ(code({"where/WRB the/DT {Israel Defense Forces ( IDF )}/NNP:ISRMIL <have/VBP been/VBN "
                  "targeting/VBG=target>gr the/DT {Shia}/NNP:SHI {Hezbollah}/NNP:LBNREB movement/NN ./."}),
            V{"ISRMIL 190 LBNREB"});
}

TEST_F(EventCoderTest, StatementNeedsTarget) {
  EXPECT_EQ(code({"{Blinken}/NNP:USAGOV <said/VBD=say> ./."}), V{});
  EXPECT_EQ(code({"{Blinken}/NNP:USAGOV <commented/VBD=comment> on/IN {Iran}/NNP:IRN ./."}), V{"USAGOV 010 IRN"});
}

TEST_F(EventCoderTest, SportsSentenceIsDiscarded) {
  EXPECT_EQ(code({"{France}/NNP:FRA 's/POS striker/NN <attacked/VBD=attack> {Germany}/NNP:DEU 's/POS "
                  "goal/NN ./."}),
            V{});
}

TEST_F(EventCoderTest, SoloPatternAllowsNoTargetOthersNeedOne) {
  EXPECT_EQ(code({"{Poland}/NNP:POL <activated/VBD=activate> fighter/NN jets/NNS=jet ./."}), V{"POL 150 "});
  EXPECT_EQ(code({"{Poland}/NNP:POL <attacked/VBD=attack> ./."}), V{});
}

TEST_F(EventCoderTest, SubjectSharedByCoordinatedVerbs) {
  EXPECT_EQ(code({"{Russia}/NNP:RUS <shelled/VBD=shell> {Kyiv}/NNP:UKR and/CC <killed/VBD=kill> "
                  "{civilians}/NNS:UKRCVL ./."}),
            (V{"RUS 194 UKR", "RUS 190 UKRCVL"}));
}

TEST_F(EventCoderTest, OwnCountryObjectIsPassedOver) {
  EXPECT_EQ(code({"{Washington}/NNP:USAGOV <blocked/VBD=block> {US}/NNP:USA chips/NNS to/TO {China}/NNP:CHN ./."}),
            V{"USAGOV 163 CHN"});
}

TEST_F(EventCoderTest, EachEventOnce) {
  EXPECT_EQ(code({"{Israel}/NNP:ISR <attacked/VBD=attack> {Gaza}/NNP:PSE and/CC {Gaza}/NNP:PSE ./."}),
            V{"ISR 190 PSE"});
}

TEST_F(EventCoderTest, SecondCoordinatedVerbTakesTheFirstVerbsSubject) {
  EXPECT_EQ(code({"{The United States}/NNP:USA <accused/VBD=accuse> {Russia}/NNP:RUS of/IN aggression/NN and/CC "
                  "<imposed/VBD=impose> sanctions/NNS=sanction on/IN {Belarus}/NNP:BLR ./."}),
            (V{"USA 112 RUS", "USA 163 BLR"}));
}

TEST_F(EventCoderTest, ParentheticalBetweenDashesIsSkipped) {
  EXPECT_EQ(code({"The/DT {Syrian Army}/NNP:SYRMIL -/HYPH whose/WP$ chief/NN <is/VBZ=be> {Assad}/NNP:SYRGOV -/HYPH "
                  "<attacked/VBD=attack> {Turkey}/NNP:TUR ./."}),
            V{"SYRMIL 190 TUR"});
}

TEST_F(EventCoderTest, PlaceAsObjectStandsForItsCountry) {
  test::DocBuilder b;
  b.sentence("{Russia}/NNP:RUS <shelled/VBD=shell> Kharkiv/NNP ./.");
  Document doc = std::move(b.doc());
  PlaceMention p;
  p.sentence = 0, p.first = 2, p.last = 3;
  p.span = doc.sentences[0].tokens[2].span;
  p.name = "Kharkiv", p.country = "UKR";
  doc.places.push_back(p);
  EventCoder(*verbs_, *cameo_).annotate(doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].target.code, "UKR");
  EXPECT_EQ(doc.events[0].target.text, "Kharkiv");
  // Not for a meeting: "met Kharkiv" names no actor.
  test::DocBuilder c;
  c.sentence("{Russia}/NNP:RUS <praised/VBD=praise> Kharkiv/NNP ./.");
  Document doc2 = std::move(c.doc());
  p.first = 2, p.last = 3, p.span = doc2.sentences[0].tokens[2].span;
  doc2.places.push_back(p);
  EventCoder(*verbs_, *cameo_).annotate(doc2);
  EXPECT_TRUE(doc2.events.empty());
}

TEST_F(EventCoderTest, SportArticleKeepsOnlyStateActors) {
  const char* sport = "The/DT match/NN ,/, the/DT cup/NN ,/, the/DT league/NN ,/, two/CD goals/NNS and/CC the/DT season/NN ./.";
  EXPECT_EQ(code({sport, "{France}/NNP:FRA <beat/VBD=beat> and/CC <attacked/VBD=attack> {Germany}/NNP:DEU ./."}), V{});
  EXPECT_EQ(code({sport, "{French police}/NNS:FRACOP <arrested/VBD=arrest> {German officials}/NNS:DEUGOV ./."}),
            V{"FRACOP 173 DEUGOV"});
  // The same sentence in a political article keeps its event.
  EXPECT_EQ(code({"{France}/NNP:FRA <attacked/VBD=attack> {Germany}/NNP:DEU ./."}), V{"FRA 190 DEU"});
}

TEST_F(EventCoderTest, ReportedShouldIsAnAppeal) {
  EXPECT_EQ(code({"{Macron}/NNP:FRAGOV <said/VBD=say> {Iran}/NNP:IRN <should/MD release/VB>m prisoners/NNS ./."}),
            V{"FRAGOV 025 IRN"});
  EXPECT_EQ(code({"{Macron}/NNP:FRAGOV <said/VBD=say> {Iran}/NNP:IRN <should/MD talk/VB>m more/RBR ./."}),
            V{"FRAGOV 020 IRN"});
  EXPECT_EQ(code({"{Macron}/NNP:FRAGOV <did/VBD not/RB say/VB>n {Iran}/NNP:IRN <should/MD release/VB>m prisoners/NNS ./."}),
            V{});
}

TEST_F(EventCoderTest, TraceRecordsPatternsAndReasons) {
  test::DocBuilder b;
  b.sentence("{Israel}/NNP:ISR <attacked/VBD=attack> {Gaza}/NNP:PSE ./.");
  b.sentence("{Israel}/NNP:ISR <did/VBD not/RB attack/VB>n {Lebanon}/NNP:LBN ./.");
  b.sentence("The/DT weather/NN <was/VBD=be> fine/JJ ./.");
  Document doc = std::move(b.doc());
  EventTrace trace;
  EventCoder(*verbs_, *cameo_).annotate(doc, &trace);
  ASSERT_EQ(trace.sentences.size(), 3u);
  ASSERT_EQ(trace.sentences[0].matches.size(), 1u);
  EXPECT_EQ(trace.sentences[0].matches[0].outcome, "coded");
  EXPECT_EQ(trace.sentences[0].matches[0].events, 1);
  EXPECT_EQ(trace.sentences[0].matches[0].where.rfind("19_fight.txt:", 0), 0u);
  ASSERT_EQ(trace.sentences[1].matches.size(), 1u);
  EXPECT_EQ(trace.sentences[1].matches[0].outcome, "negated");
  EXPECT_TRUE(trace.sentences[2].matches.empty());
  // Tracing changes nothing in the events.
  test::DocBuilder b2;
  b2.sentence("{Israel}/NNP:ISR <attacked/VBD=attack> {Gaza}/NNP:PSE ./.");
  b2.sentence("{Israel}/NNP:ISR <did/VBD not/RB attack/VB>n {Lebanon}/NNP:LBN ./.");
  b2.sentence("The/DT weather/NN <was/VBD=be> fine/JJ ./.");
  Document plain = std::move(b2.doc());
  EventCoder(*verbs_, *cameo_).annotate(plain);
  EXPECT_EQ(plain.events.size(), doc.events.size());
}

TEST_F(EventCoderTest, AttackBetweenUnarmedPoliticalActorsOfOneCountryIsCriticism) {
  EXPECT_EQ(code({"{Labour}/NNP:GBRGOV <attacked/VBD=attack> {the Tories}/NNS:GBROPP ./."}), V{"GBRGOV 111 GBROPP"});
  EXPECT_EQ(code({"{British troops}/NNS:GBRMIL <attacked/VBD=attack> {the rebels}/NNS:GBRREB ./."}),
            V{"GBRMIL 190 GBRREB"});
}

}  // namespace
}  // namespace herald
