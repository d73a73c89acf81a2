// Decodes HTML entities and strips a known set of HTML tags from news text.
//
//   std::string out;
//   herald::HtmlDecoder::decode("A&amp;B<p>it&#8217;s", out);   // "A&B\n\nit’s"
//
// Entities: the named ones common in news (&amp; &nbsp; &rsquo; &eacute; ...)
// and numeric ones (&#8217; &#x2019;; &#146; and friends read as
// Windows-1252, as browsers do). Unknown or malformed entities are kept as
// written. Each entity is decoded once: "&amp;lt;" gives "&lt;".
// Tags: only HTML tag names are stripped (<p>, </div>, <br/>, <a href=...>,
// comments); block tags (p, br, div, li, h1-h6, ...) become a paragraph break
// "\n\n", inline tags (a, b, span, ...) vanish. Anything else in angle
// brackets is text and stays: Reuters marks companies as "<Texaco Inc>".
#pragma once

#include <string>
#include <string_view>

namespace herald {

class HtmlDecoder {
 public:
  // Appends the decoded form of `in` to `out`.
  static void decode(std::string_view in, std::string& out);

  // Appends the UTF-8 encoding of code point cp to out (U+FFFD if invalid).
  static void append_utf8(char32_t cp, std::string& out);
};

}  // namespace herald
