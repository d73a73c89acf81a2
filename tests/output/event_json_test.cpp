#include "output/event_json.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "output/json_lines_writer.h"

namespace fs = std::filesystem;
using herald::Count;
using herald::CountType;
using herald::Document;
using herald::Event;
using herald::Span;
using nlohmann::json;

namespace {

// A small made-up article with two sentences and hand-set spans.
Document make_doc() {
  Document doc;
  doc.article.doc_id = "veltmark-0001";
  doc.article.url = "https://example.org/veltmark/1";
  doc.article.title = "Veltmark minister visits Orsany";
  doc.article.date = herald::CivilDate{2024, 5, 14};
  doc.body = "Veltmark's foreign minister visited Orsany on Monday. Police arrested 12 protesters.";
  //          0         1         2         3         4         5         6         7         8
  //          0123456789012345678901234567890123456789012345678901234567890123456789012345678901234
  herald::Sentence s0, s1;
  s0.span = Span{0, 53};
  s1.span = Span{54, 84};
  doc.sentences = {s0, s1};
  return doc;
}

Event full_event() {
  Event ev;
  ev.sentence = 0;
  ev.source = {"VLTGOV", "Foreign Minister of Veltmark", "VLT", "Veltmark's foreign minister", Span{0, 27}};
  ev.target = {"ORS", "Orsany", "ORS", "Orsany", Span{36, 42}};
  ev.code = "042";
  ev.root = "04";
  ev.quad_class = 1;
  ev.goldstein = 1.9;
  ev.date = herald::CivilDate{2024, 5, 13};
  ev.date_from_text = true;
  ev.geo = {"Orsany", "ORS", "", 41.5, 20.25, "country"};
  ev.attribution = "state radio";
  ev.verb = "visited";
  ev.verb_span = Span{28, 35};
  ev.pattern = "verbs.txt:88";
  ev.confidence = 0.9;
  return ev;
}

Event empty_target_event() {
  Event ev = full_event();
  ev.target = {};
  ev.code = "010";
  ev.root = "01";
  ev.date.reset();
  ev.date_from_text = false;
  ev.geo = {};
  ev.attribution.clear();
  return ev;
}

Event negated_event() {
  Event ev = full_event();
  ev.negated = true;
  ev.code = "0421";
  return ev;
}

Event counts_event() {
  Event ev;
  ev.sentence = 1;
  ev.source = {"VLTCOP", "Police", "VLT", "Police", Span{54, 60}};
  ev.target = {"VLTOPP", "protesters", "VLT", "12 protesters", Span{70, 83}};
  ev.code = "173";
  ev.root = "17";
  ev.quad_class = 4;
  ev.goldstein = -5.0;
  ev.verb = "arrested";
  ev.verb_span = Span{61, 69};
  Count c;
  c.type = CountType::kArrested;
  c.number = 12;
  c.who = "protesters";
  c.sentence = 1;
  c.span = Span{70, 83};
  ev.counts = {c};
  return ev;
}

std::string temp_path(const std::string& name) {
  return (fs::temp_directory_path() / ("herald_output_" + std::to_string(getpid()) + "_" + name)).string();
}

std::string slurp(const std::string& path) {
  std::ifstream f(path);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

}  // namespace

TEST(EventJson, FullEventFields) {
  Document doc = make_doc();
  json j = herald::event_to_json(doc, full_event(), 0);
  EXPECT_EQ(j["doc_id"], "veltmark-0001");
  EXPECT_EQ(j["sentence"], 0);
  EXPECT_EQ(j["date"], "2024-05-13");
  EXPECT_EQ(j["date_basis"], "text");
  EXPECT_EQ(j["source"]["code"], "VLTGOV");
  EXPECT_EQ(j["source"]["text"], "Veltmark's foreign minister");
  EXPECT_EQ(j["target"]["country"], "ORS");
  EXPECT_EQ(j["code"], "042");
  EXPECT_EQ(j["root"], "04");
  EXPECT_EQ(j["quad_class"], 1);
  EXPECT_DOUBLE_EQ(j["goldstein"].get<double>(), 1.9);
  EXPECT_FALSE(j.contains("negated"));
  EXPECT_FALSE(j.contains("counts"));
  EXPECT_EQ(j["geo"]["country"], "ORS");
  EXPECT_TRUE(j["geo"]["adm1"].is_null());
  EXPECT_DOUBLE_EQ(j["geo"]["lon"].get<double>(), 20.25);
  EXPECT_EQ(j["attribution"], "state radio");
  EXPECT_EQ(j["evidence"]["text"], "Veltmark's foreign minister visited Orsany on Monday.");
  EXPECT_EQ(j["evidence"]["verb"], "visited");
  EXPECT_EQ(j["evidence"]["verb_span"], json::array({28, 35}));
  EXPECT_EQ(j["evidence"]["source_span"], json::array({0, 27}));
  EXPECT_EQ(j["source_url"], "https://example.org/veltmark/1");
  EXPECT_DOUBLE_EQ(j["confidence"].get<double>(), 0.9);
  EXPECT_EQ(j["pattern"], "verbs.txt:88");
  EXPECT_EQ(j["id"].get<std::string>().size(), 16u);
  // The hand-set spans really point at the words.
  EXPECT_EQ(doc.text(Span{28, 35}), "visited");
  EXPECT_EQ(doc.text(Span{61, 69}), "arrested");
  EXPECT_EQ(doc.text(Span{36, 42}), "Orsany");
  EXPECT_EQ(doc.text(Span{70, 83}), "12 protesters");
  EXPECT_EQ(doc.body.size(), 84u);
}

TEST(EventJson, EmptyTargetAndArticleDate) {
  Document doc = make_doc();
  json j = herald::event_to_json(doc, empty_target_event(), 1);
  EXPECT_EQ(j["target"]["code"], "");
  EXPECT_TRUE(j["target"]["name"].is_null());
  EXPECT_TRUE(j["target"]["text"].is_null());
  EXPECT_TRUE(j["evidence"]["target_span"].is_null());
  EXPECT_EQ(j["date"], "2024-05-14");  // the article's date
  EXPECT_EQ(j["date_basis"], "article");
  EXPECT_TRUE(j["geo"]["country"].is_null());
  EXPECT_TRUE(j["attribution"].is_null());
}

TEST(EventJson, NoDateAnywhereGivesNull) {
  Document doc = make_doc();
  doc.article.date.reset();
  doc.article.url.clear();
  json j = herald::event_to_json(doc, empty_target_event(), 0);
  EXPECT_TRUE(j["date"].is_null());
  EXPECT_FALSE(j.contains("date_basis"));
  EXPECT_TRUE(j["source_url"].is_null());
}

TEST(EventJson, NegatedAndCounts) {
  Document doc = make_doc();
  EXPECT_EQ(herald::event_to_json(doc, negated_event(), 2)["negated"], true);
  json j = herald::event_to_json(doc, counts_event(), 3);
  ASSERT_EQ(j["counts"].size(), 1u);
  EXPECT_EQ(j["counts"][0]["type"], "arrested");
  EXPECT_EQ(j["counts"][0]["number"], 12);
  EXPECT_EQ(j["counts"][0]["who"], "protesters");
  EXPECT_TRUE(j["counts"][0]["according_to"].is_null());
  EXPECT_EQ(j["evidence"]["text"], "Police arrested 12 protesters.");
}

TEST(EventJson, IdStableAndSensitiveToKeyFields) {
  Document doc = make_doc();
  Event ev = full_event();
  std::string id = herald::event_id(doc, ev);
  EXPECT_EQ(id, herald::event_id(make_doc(), full_event()));        // coded twice: same id
  EXPECT_EQ(id, herald::event_to_json(doc, ev, 7)["id"]);           // index does not matter
  Event e2 = ev;
  e2.confidence = 0.1;
  e2.goldstein = 3;
  EXPECT_EQ(herald::event_id(doc, e2), id);                          // not a key field
  for (int k = 0; k < 6; ++k) {
    Document d = make_doc();
    Event e = full_event();
    switch (k) {
      case 0: d.article.doc_id = "other"; break;
      case 1: e.sentence = 1; break;
      case 2: e.source.code = "ORS"; break;
      case 3: e.code = "043"; break;
      case 4: e.target.code = "VLT"; break;
      case 5: e.verb_span = Span{29, 35}; break;
    }
    EXPECT_NE(herald::event_id(d, e), id) << "field " << k;
  }
}

TEST(EventJson, ArticleRecordDeduplicatesActors) {
  Document doc = make_doc();
  herald::ActorMention a;
  a.code = "VLTGOV";
  a.name = "Foreign Minister of Veltmark";
  a.span = Span{0, 27};
  herald::ActorMention b = a;
  b.span = Span{11, 27};
  herald::ActorMention c;
  c.code = "ORS";
  c.name = "Orsany";
  c.span = Span{36, 42};
  doc.actors = {a, b, c};
  herald::PlaceMention p;
  p.name = "Orsany";
  p.country = "ORS";
  p.precision = "country";
  doc.places = {p, p};
  doc.counts = counts_event().counts;
  json j = herald::article_to_json(doc);
  EXPECT_EQ(j["doc_id"], "veltmark-0001");
  EXPECT_EQ(j["date"], "2024-05-14");
  EXPECT_EQ(j["title"], "Veltmark minister visits Orsany");
  ASSERT_EQ(j["actors"].size(), 2u);
  EXPECT_EQ(j["actors"][0]["text"], "Veltmark's foreign minister");
  EXPECT_EQ(j["actors"][1]["code"], "ORS");
  ASSERT_EQ(j["places"].size(), 1u);
  EXPECT_TRUE(j["places"][0]["lat"].is_null());
  ASSERT_EQ(j["counts"].size(), 1u);
}

TEST(JsonLinesWriter, WritesCompactLinesAndReportsOpenFailure) {
  std::string path = temp_path("lines.jsonl");
  {
    auto w = herald::JsonLinesWriter::open(path);
    ASSERT_TRUE(w.ok()) << w.error().to_string();
    ASSERT_TRUE(w.value().write(json{{"a", 1}, {"b", "x y"}}).value());
    ASSERT_TRUE(w.value().write(json{{"c", "bad \xFF"}}).value());
    EXPECT_EQ(w.value().lines(), 2u);
    ASSERT_TRUE(w.value().close().ok());
  }
  EXPECT_EQ(slurp(path), "{\"a\":1,\"b\":\"x y\"}\n{\"c\":\"bad \xEF\xBF\xBD\"}\n");
  fs::remove(path);

  auto bad = herald::JsonLinesWriter::open("/nonexistent-dir/x/events.jsonl");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, herald::ErrorCode::kOutput);
  EXPECT_EQ(bad.error().input, "/nonexistent-dir/x/events.jsonl");
}

TEST(JsonLinesWriter, DiskFullIsAnError) {
  if (!fs::exists("/dev/full")) GTEST_SKIP() << "/dev/full absent";
  auto w = herald::JsonLinesWriter::open("/dev/full");
  ASSERT_TRUE(w.ok());
  std::string big(1 << 17, 'x');
  auto r = w.value().write(json{{"x", big}});
  if (r.ok()) r = w.value().flush();
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, herald::ErrorCode::kOutput);
}

TEST(JsonLinesWriter, BrokenPipeOnStdoutIsQuiet) {
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  fflush(stdout);
  int saved = dup(STDOUT_FILENO);
  dup2(fds[1], STDOUT_FILENO);
  close(fds[1]);
  close(fds[0]);  // nobody reads: writes fail with EPIPE
  bool ok_all = true, saw_false = false;
  {
    auto w = herald::JsonLinesWriter::open("-");
    ASSERT_TRUE(w.ok());
    std::string line(4096, 'z');
    for (int i = 0; i < 200 && !saw_false; ++i) {
      auto r = w.value().write(json{{"n", i}, {"pad", line}});
      if (!r.ok()) ok_all = false;
      else if (!r.value()) saw_false = true;
    }
    auto r = w.value().flush();
    if (!r.ok()) ok_all = false;
    EXPECT_TRUE(w.value().broken_pipe());
  }
  fflush(stdout);
  clearerr(stdout);
  dup2(saved, STDOUT_FILENO);
  close(saved);
  EXPECT_TRUE(ok_all);     // no Error values, and we are still alive (no SIGPIPE)
  EXPECT_TRUE(saw_false);  // write() said stop
}

TEST(EventJson, HandBuiltEventsValidateAgainstSchema) {
  std::string shared = HERALD_SHARED_DIR;
  std::string schema = shared + "/schema/event.schema.json";
  if (!fs::exists(schema)) GTEST_SKIP() << "shared dir absent: " << schema;
  if (std::system("python3 -c 'import jsonschema' 2>/dev/null") != 0)
    GTEST_SKIP() << "python3 jsonschema not installed";
  std::string tool = std::string(HERALD_SOURCE_DIR) + "/tools/validate_events.py";

  Document doc = make_doc();
  std::string good = temp_path("good.jsonl");
  {
    auto w = herald::JsonLinesWriter::open(good);
    ASSERT_TRUE(w.ok());
    const Event events[] = {full_event(), empty_target_event(), negated_event(), counts_event()};
    for (size_t i = 0; i < 4; ++i) ASSERT_TRUE(w.value().write(herald::event_to_json(doc, events[i], i)).value());
  }
  std::string cmd = "python3 " + tool + " " + schema + " " + good;
  EXPECT_EQ(std::system((cmd + " > " + good + ".out").c_str()), 0) << slurp(good + ".out");
  EXPECT_NE(slurp(good + ".out").find("4 lines valid"), std::string::npos) << slurp(good + ".out");

  // The validator must be able to fail: a record with a bad code and no id.
  std::string bad = temp_path("bad.jsonl");
  {
    json j = herald::event_to_json(doc, full_event(), 0);
    j["code"] = "4x";
    j.erase("id");
    auto w = herald::JsonLinesWriter::open(bad);
    ASSERT_TRUE(w.value().write(herald::event_to_json(doc, full_event(), 0)).value());
    ASSERT_TRUE(w.value().write(j).value());
  }
  std::string out = bad + ".out";
  int rc = std::system(("python3 " + tool + " " + schema + " " + bad + " > " + out).c_str());
  EXPECT_EQ(WEXITSTATUS(rc), 1);
  EXPECT_NE(slurp(out).find(bad + ":2:"), std::string::npos) << slurp(out);

  // No date anywhere: herald writes null, which the schema as written
  // rejects; --allow-null-date accepts it (see event_json.h).
  std::string nodate = temp_path("nodate.jsonl");
  {
    Document d = make_doc();
    d.article.date.reset();
    auto w = herald::JsonLinesWriter::open(nodate);
    ASSERT_TRUE(w.value().write(herald::event_to_json(d, empty_target_event(), 0)).value());
  }
  rc = std::system(("python3 " + tool + " " + schema + " " + nodate + " > /dev/null").c_str());
  EXPECT_EQ(WEXITSTATUS(rc), 1);
  rc = std::system(("python3 " + tool + " --allow-null-date " + schema + " " + nodate + " > /dev/null").c_str());
  EXPECT_EQ(WEXITSTATUS(rc), 0);
  for (const auto& p : {good, good + ".out", bad, out, nodate}) fs::remove(p);
}
