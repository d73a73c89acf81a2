// CorefResolver on made-up sentences: split -> tag -> actors -> coref, with
// the real dictionaries.
#include "coref/coref_resolver.h"

#include <gtest/gtest.h>

#include "actors/actor_dictionary.h"
#include "actors/actor_matcher.h"
#include "tag/tagger.h"
#include "text/sentence_splitter.h"

namespace herald {
namespace {

class CorefTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto tagger = Tagger::load(DataPaths::defaults());
    ASSERT_TRUE(tagger.ok()) << tagger.error().to_string();
    auto actors = ActorDictionary::load(DataPaths::defaults());
    ASSERT_TRUE(actors.ok()) << actors.error().to_string();
    tagger_ = new Tagger(std::move(tagger.value()));
    dict_ = new ActorDictionary(std::move(actors.value()));
  }

  Document resolve(const std::string& text) {
    Document doc;
    doc.article.date = CivilDate::parse("2024-10-22");
    doc.body = text;
    SentenceSplitter().annotate(doc);
    tagger_->annotate(doc);
    ActorMatcher(*dict_).annotate(doc);
    (gendered_ ? *gendered_ : CorefResolver()).annotate(doc);
    return doc;
  }

  // With first_names.tsv: "she" and "he" pass over a person of the other gender.
  Document resolve_gendered(const std::string& text) {
    if (!gendered_) {
      auto r = CorefResolver::load(DataPaths::defaults());
      EXPECT_TRUE(r.ok()) << r.error().to_string();
      gendered_ = new CorefResolver(std::move(r.value()));
    }
    Document doc = resolve(text);
    return doc;
  }

  // The codes of the coref mentions whose text is `words`, in order.
  static std::vector<std::string> resolved(const Document& doc, std::string_view words) {
    std::vector<std::string> out;
    for (const ActorMention& m : doc.actors)
      if ((m.kind == ActorKind::kPronoun || m.kind == ActorKind::kDescription) && doc.text(m.span) == words)
        out.push_back(m.code);
    return out;
  }

  static inline Tagger* tagger_ = nullptr;
  static inline ActorDictionary* dict_ = nullptr;
  static inline CorefResolver* gendered_ = nullptr;
};

using V = std::vector<std::string>;

TEST_F(CorefTest, SheSkipsAManByFirstNameOrHonorific) {
  // Issue 9: "she" was resolved to the nearest person whatever the gender.
  Document doc = resolve_gendered(
      "US envoy John Carter met Kenyan minister Grace Obuya on Monday. She praised the United States.");
  EXPECT_EQ(resolved(doc, "She"), V{"KENGOV"});
  doc = resolve_gendered("Mr Ruto and Egyptian minister Dana Kell met on Monday. She praised Kenya.");
  EXPECT_EQ(resolved(doc, "She"), V{"EGYGOV"});
  doc = resolve_gendered("US spokeswoman Ann Vey met Kenyan envoy Omar Bett on Monday. He praised Egypt.");
  EXPECT_EQ(resolved(doc, "He"), V{"KENGOV"});
}

TEST_F(CorefTest, UnknownGenderStillResolves) {
  Document doc = resolve_gendered("Ukrainian minister Olena Zvarych arrived in Kenya on Monday. She met officials.");
  EXPECT_EQ(resolved(doc, "She"), V{"UKRGOV"});
}

TEST_F(CorefTest, HeTakesThePersonNamedBefore) {
  Document doc = resolve("Antony Blinken arrived in Israel on Monday. He met Benjamin Netanyahu.");
  EXPECT_EQ(resolved(doc, "He"), V{"USAGOV"});
  for (const ActorMention& m : doc.actors)
    if (doc.text(m.span) == "He") {
      EXPECT_EQ(m.kind, ActorKind::kPronoun);
      EXPECT_EQ(m.entry.rfind("coref:he->", 0), 0u) << m.entry;
    }
}

TEST_F(CorefTest, ObjectPronounIsNotItsOwnClausesSubject) {
  Document doc = resolve("Benjamin Netanyahu spoke on Monday. Antony Blinken criticised him.");
  EXPECT_EQ(resolved(doc, "him"), V{"ISRGOV"});
}

TEST_F(CorefTest, ItTakesACountryAndExpletiveItNothing) {
  Document doc = resolve("Iran fired missiles at Israel on Tuesday. It said the strikes were a warning.");
  EXPECT_EQ(resolved(doc, "It"), V{"IRN"});
  doc = resolve("Iran fired missiles at Israel. It is clear that talks will fail.");
  EXPECT_EQ(resolved(doc, "It"), V{});
}

TEST_F(CorefTest, TheGroupTakesTheOrganisation) {
  Document doc = resolve("Hamas fighters crossed into Israel on Monday. The group also condemned Egypt.");
  EXPECT_EQ(resolved(doc, "The group"), V{"PSEREB"});
}

TEST_F(CorefTest, ThePresidentsTakeTheTwoPersons) {
  Document doc = resolve("Vladimir Putin spoke by phone with Recep Tayyip Erdogan. The presidents discussed trade.");
  EXPECT_EQ(resolved(doc, "The presidents"), (V{"RUSGOV", "TURGOV"}));
}

TEST_F(CorefTest, TheyTakesACoordinatedPair) {
  Document doc = resolve("Russia and Algeria signed a deal. They also discussed Ukraine.");
  EXPECT_EQ(resolved(doc, "They"), (V{"RUS", "DZA"}));
}

TEST_F(CorefTest, PossessiveBeforeAnAgentGivesTheAntecedentsRole) {
  Document doc = resolve("Russia said on Monday that its forces had advanced.");
  EXPECT_EQ(resolved(doc, "its forces"), V{"RUSMIL"});
}

TEST_F(CorefTest, FirstPersonInAQuoteIsTheSpeaker) {
  Document doc = resolve("Antony Blinken said, \"We support Israel.\"");
  EXPECT_EQ(resolved(doc, "We"), V{"USAGOV"});
}

TEST_F(CorefTest, NoAntecedentNoMention) {
  Document doc = resolve("He said the weather was fine.");
  EXPECT_EQ(resolved(doc, "He"), V{});
}

TEST_F(CorefTest, ActorsStayOrderedBySentenceAndToken) {
  Document doc = resolve("Antony Blinken met Benjamin Netanyahu. He praised Israel. It thanked him.");
  for (size_t i = 1; i < doc.actors.size(); ++i) {
    const ActorMention& a = doc.actors[i - 1];
    const ActorMention& b = doc.actors[i];
    EXPECT_TRUE(a.sentence < b.sentence || (a.sentence == b.sentence && a.first <= b.first)) << i;
  }
}

}  // namespace
}  // namespace herald
