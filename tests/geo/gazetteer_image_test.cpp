// The gazetteer's compiled image (issue 10, start-up): written from the
// fixture text, mapped back, answering as the text does; a damaged image
// is an error naming the file, and the place finder takes an image only
// where it sits beside its text, no older.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "geo/gazetteer.h"
#include "geo/gazetteer_compiler.h"
#include "geo/place_finder.h"

namespace {

const std::string kText = std::string(HERALD_FIXTURES_DIR) + "/geo/gazetteer.tsv";

std::string image_path(const std::string& name) { return std::string(HERALD_BINARY_DIR) + "/" + name; }

std::string write_fixture_image(const std::string& name, const std::vector<std::string>& hot = {}) {
  auto c = herald::GazetteerCompiler::read_file(kText);
  EXPECT_TRUE(c.ok()) << c.error().to_string();
  c.value().set_hot_keys(hot);
  const std::string path = image_path(name);
  auto e = c.value().write_image(path);
  EXPECT_FALSE(e) << e->to_string();
  return path;
}

}  // namespace

TEST(GazetteerImage, AnswersAsTheText) {
  auto text = herald::Gazetteer::load_file(kText);
  ASSERT_TRUE(text.ok()) << text.error().to_string();
  auto image = herald::Gazetteer::load_file(write_fixture_image("fixture_gazetteer.img", {"urfa", "smallville"}));
  ASSERT_TRUE(image.ok()) << image.error().to_string();
  EXPECT_FALSE(text.value().from_image());
  EXPECT_TRUE(image.value().from_image());
  EXPECT_EQ(image.value().size(), 12u);
  EXPECT_EQ(image.value().keys(), 11u);
  for (const char* key : {"austin", "kharkiv", "kharkiv oblast", "lebanon", "luhansk", "paris", "sanliurfa",
                          "smallville", "texas", "tripoli", "urfa", "pari", "nowhere", ""}) {
    const auto a = text.value().find(key), b = image.value().find(key);
    ASSERT_EQ(a.size(), b.size()) << key;
    for (size_t i = 0; i < a.size(); ++i) {
      const herald::GazEntry x = text.value().entry(a[i]), y = image.value().entry(b[i]);
      EXPECT_EQ(x.name, y.name) << key;
      EXPECT_EQ(x.adm1, y.adm1) << key;
      EXPECT_STREQ(x.country, y.country) << key;
      EXPECT_EQ(x.population, y.population) << key;
      EXPECT_EQ(x.kind, y.kind) << key;
      EXPECT_EQ(x.lat, y.lat) << key;
    }
    EXPECT_EQ(text.value().max_key_bytes(key), image.value().max_key_bytes(key)) << key;
  }
  EXPECT_EQ(image.value().max_key_bytes("kharkiv"), 14u);
  EXPECT_STREQ(image.value().entry(image.value().find("paris")[1]).country, "USA");   // best prior first, kept
  EXPECT_EQ(image.value().entry(99999).name, "");   // an id no lookup gave: an empty entry, no read out of bounds
}

TEST(GazetteerImage, DamagedImagesAreErrors) {
  const std::string good = write_fixture_image("damaged_gazetteer.img");
  std::string bytes;
  {
    std::ifstream in(good, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  auto rewrite = [&](const std::string& b) {
    std::ofstream(good, std::ios::binary | std::ios::trunc) << b;
    return herald::Gazetteer::load_file(good);
  };
  auto truncated = rewrite(bytes.substr(0, bytes.size() - 8));
  ASSERT_FALSE(truncated.ok());
  EXPECT_EQ(truncated.error().code, herald::ErrorCode::kDictionary);
  EXPECT_NE(truncated.error().message.find("gazetteer image"), std::string::npos);
  std::string version = bytes;
  version[8] ^= 0x7F;   // the format version
  EXPECT_FALSE(rewrite(version).ok());
  EXPECT_FALSE(rewrite(bytes.substr(0, 12)).ok());   // the magic, no header
  EXPECT_TRUE(rewrite(bytes).ok());
}

TEST(GazetteerImage, TakenOnlyBesideItsTextAndNoOlder) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(HERALD_BINARY_DIR) / "gazetteer_beside";
  fs::create_directories(dir);
  const std::string tsv = (dir / "gazetteer.tsv").string(), img = (dir / "gazetteer.img").string();
  fs::copy_file(kText, tsv, fs::copy_options::overwrite_existing);
  fs::remove(img);
  EXPECT_EQ(herald::PlaceFinder::gazetteer_image_beside(tsv), tsv);   // no image
  fs::copy_file(write_fixture_image("beside.img"), img, fs::copy_options::overwrite_existing);
  fs::last_write_time(img, fs::last_write_time(tsv) + std::chrono::seconds(1));
  EXPECT_EQ(herald::PlaceFinder::gazetteer_image_beside(tsv), img);
  fs::last_write_time(img, fs::last_write_time(tsv) - std::chrono::seconds(10));
  EXPECT_EQ(herald::PlaceFinder::gazetteer_image_beside(tsv), tsv);   // the text changed since: stale
}
