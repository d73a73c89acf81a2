// The dates stage on the repo's word lists (HERALD_SOURCE_DIR/data/words),
// loaded once, for the date and geo tests.
//
//   test::date_finder().find(doc, 0, out);
//   test::date_resolver().annotate(doc);
#pragma once

#include <stdexcept>
#include <string>

#include "dates/date_finder.h"
#include "dates/date_resolver.h"

namespace test {

inline const herald::DateFinder& date_finder() {
  static const herald::DateFinder finder = [] {
    herald::DataPaths paths;
    paths.dirs = {std::string(HERALD_SOURCE_DIR) + "/data"};
    auto f = herald::DateFinder::load(paths);
    if (!f.ok()) throw std::runtime_error(f.error().to_string());
    return std::move(f.value());
  }();
  return finder;
}

inline const herald::DateResolver& date_resolver() {
  static const herald::DateResolver resolver(date_finder());
  return resolver;
}

}  // namespace test
