// Cleans an article's title and body into Document::body.
//
//   herald::TextCleaner cleaner;
//   cleaner.annotate(doc);   // doc.article.text -> doc.body
//
// Unicode NFC; typographic quotes and dashes to ASCII ('’' -> '\'', '“' -> '"',
// '–'/'—' -> '-'); HTML entities decoded (&amp; &#8217; &nbsp;); whitespace
// folded (paragraphs separated by exactly "\n\n", other runs to one space);
// a lead paragraph repeated at the start of the next paragraph dropped, and
// other exact duplicate paragraphs dropped. Also cleans article.title in place.
#pragma once

#include <string>
#include <string_view>

#include "core/document.h"

namespace herald {

class TextCleaner {
 public:
  void annotate(Document& doc) const;

  // The same cleaning for one string (no paragraph de-duplication).
  std::string clean_inline(std::string_view text) const;
};

}  // namespace herald
