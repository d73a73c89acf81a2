// Helpers for the store tests: fresh stores on SQLite (a temp file) or on
// PostgreSQL (a fresh schema in the database of HERALD_TEST_PG_URL), and
// made-up documents.
//
//   auto fresh = FreshStore::make("sqlite");      // or "postgresql"
//   if (!fresh.available) GTEST_SKIP() << fresh.skip_reason;
//   auto store = herald::EventStore::open(fresh.location);
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/document.h"

// A temporary folder removed at destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  std::string file(const std::string& name) const { return path_ + "/" + name; }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

struct FreshStore {
  bool available = false;
  std::string skip_reason;
  std::string location;   // an SQLite path or a postgresql:// URL with its own search_path
  TempDir dir;

  // backend: "sqlite" or "postgresql". PostgreSQL needs HERALD_TEST_PG_URL.
  static std::unique_ptr<FreshStore> make(const std::string& backend);
};

// The URL of the test server with search_path set to schema (created empty).
// "" with reason set when HERALD_TEST_PG_URL is unset or the server fails.
std::string pg_schema_url(const std::string& schema, std::string& reason);

// One made-up event of a test document.
struct EventSpec {
  std::string source, target, code;
  uint32_t sentence = 0;
  std::string geo_country;          // "" = unknown
  std::optional<double> lat, lon;
  std::optional<herald::CivilDate> date;   // else the article's
};

// A document whose body is `sentences` joined by spaces, with events.
herald::Document make_doc(const std::string& doc_id, const std::string& date, const std::string& url,
                          const std::vector<std::string>& sentences, const std::vector<EventSpec>& events);
