// Coded documents survive encode/decode: the same JSON records and the same
// store rows; cut or foreign bytes are refused, never a crash.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <sstream>

#include "output/event_json.h"
#include "pipeline/document_codec.h"
#include "pipeline/pipeline.h"
#include "read/article_reader.h"
#include "store/event_store.h"

namespace {

namespace fs = std::filesystem;

std::vector<herald::Document> coded_samples() {
  auto p = herald::Pipeline::load({});
  if (!p.ok()) throw std::runtime_error(p.error().to_string());
  std::vector<std::string> inputs = {std::string(HERALD_SOURCE_DIR) + "/samples/articles"};
  const std::string news = std::string(HERALD_SHARED_DIR) + "/corpus/news/wikinews-2019-2021.jsonl.gz";
  if (fs::exists(news)) inputs.push_back(news);
  std::vector<herald::Document> docs;
  herald::ArticleReader(inputs).read_all(
      [&](herald::Article&& a) {
        auto d = p.value()->code(std::move(a));
        if (d.ok()) docs.push_back(std::move(d.value()));
      },
      [](const herald::Error&) {});
  return docs;
}

std::string records(const std::vector<herald::Document>& docs) {
  std::string out;
  for (const auto& d : docs) {
    out += herald::article_to_json(d).dump() + '\n';
    for (size_t i = 0; i < d.events.size(); ++i) out += herald::event_to_json(d, d.events[i], i).dump() + '\n';
  }
  return out;
}

std::string stored(const std::vector<herald::Document>& docs, const std::string& path) {
  {
    auto s = herald::EventStore::open(path);
    if (!s.ok()) return s.error().to_string();
    auto w = s.value()->write_batch(docs);
    if (!w.ok()) return w.error().to_string();
  }
  herald::StoreOptions ro;
  ro.read_only = true;
  auto s = herald::EventStore::open(path, ro);
  std::ostringstream out;
  herald::EventQuery q;
  auto e = s.value()->scan_events(q, [&](const herald::EventRecord& r) {
    out << r.id << ' ' << r.num_mentions << ' ' << r.geo_name << ' ' << r.lat.value_or(-999) << ' ' << r.first_doc_id << '\n';
    return true;
  });
  auto m = s.value()->scan_mentions(q, [&](const herald::MentionRecord& r) {
    out << r.event_id << ' ' << r.json << '\n';
    return true;
  });
  for (const auto& d : docs) {
    auto a = s.value()->get_article(d.article.doc_id);
    if (!a.ok() || !a.value()) return "article missing: " + d.article.doc_id;
    const auto& r = *a.value();
    out << r.doc_id << ' ' << r.content_hash << ' ' << r.body.size() << ' ' << r.duplicate_of << ' '
        << r.actors.size() << ' ' << r.places.size() << '\n';
  }
  if (!e.ok() || !m.ok()) return "cannot read";
  return out.str();
}

TEST(DocumentCodec, DecodedDocumentsGiveTheSameRecordsAndRows) {
  auto docs = coded_samples();
  ASSERT_GE(docs.size(), 2u);
  std::string bytes = herald::encode_documents(docs);
  auto back = herald::decode_documents(bytes);
  ASSERT_TRUE(back.ok()) << back.error().to_string();
  ASSERT_EQ(back.value().size(), docs.size());
  EXPECT_TRUE(records(back.value()) == records(docs)) << "JSON records differ after a round trip";
  for (size_t i = 0; i < docs.size(); ++i) {
    EXPECT_EQ(back.value()[i].article.input, docs[i].article.input);
    EXPECT_EQ(back.value()[i].article.line, docs[i].article.line);
    EXPECT_EQ(back.value()[i].article.text, docs[i].article.text);
    EXPECT_EQ(back.value()[i].counts.size(), docs[i].counts.size());
  }
  std::string dir = fs::temp_directory_path() / ("herald-codec-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  EXPECT_EQ(stored(back.value(), dir + "/decoded.db"), stored(docs, dir + "/original.db"));
  fs::remove_all(dir);
}

TEST(DocumentCodec, RefusesCutAndForeignBytes) {
  auto docs = coded_samples();
  std::string bytes = herald::encode_documents(docs);
  for (size_t cut : {size_t{0}, size_t{5}, size_t{20}, bytes.size() / 2, bytes.size() - 1}) {
    auto r = herald::decode_documents(std::string_view(bytes).substr(0, cut));
    ASSERT_FALSE(r.ok()) << "cut at " << cut;
    EXPECT_EQ(r.error().code, herald::ErrorCode::kBadFormat);
  }
  EXPECT_FALSE(herald::decode_documents(bytes + "x").ok());
  EXPECT_FALSE(herald::decode_documents("something else entirely").ok());
  // Flipped bytes decode to something or are refused; never a crash.
  for (size_t i = 10; i < bytes.size(); i += bytes.size() / 97 + 1) {
    std::string bent = bytes;
    bent[i] = static_cast<char>(bent[i] ^ 0x5a);
    (void)herald::decode_documents(bent);
  }
  EXPECT_TRUE(herald::decode_documents(herald::encode_documents({})).ok());
}

}  // namespace
