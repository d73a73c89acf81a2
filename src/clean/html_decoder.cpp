#include "clean/html_decoder.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace herald {

namespace {

struct NamedEntity {
  std::string_view name;
  char32_t cp;
};

// Sorted by name (byte order) for binary search.
constexpr NamedEntity kEntities[] = {
    {"AElig", 0xC6},   {"Aacute", 0xC1}, {"Acirc", 0xC2},   {"Agrave", 0xC0}, {"Aring", 0xC5},
    {"Atilde", 0xC3},  {"Auml", 0xC4},   {"Ccedil", 0xC7},  {"Eacute", 0xC9}, {"Egrave", 0xC8},
    {"Iacute", 0xCD},  {"Ntilde", 0xD1}, {"Oacute", 0xD3},  {"Oslash", 0xD8}, {"Ouml", 0xD6},
    {"Prime", 0x2033}, {"Uacute", 0xDA}, {"Uuml", 0xDC},    {"aacute", 0xE1}, {"acirc", 0xE2},
    {"acute", 0xB4},   {"aelig", 0xE6},  {"agrave", 0xE0},  {"amp", '&'},     {"apos", '\''},
    {"aring", 0xE5},   {"atilde", 0xE3}, {"auml", 0xE4},    {"bdquo", 0x201E}, {"bull", 0x2022},
    {"ccedil", 0xE7},  {"cent", 0xA2},   {"copy", 0xA9},    {"dagger", 0x2020}, {"deg", 0xB0},
    {"divide", 0xF7},  {"eacute", 0xE9}, {"ecirc", 0xEA},   {"egrave", 0xE8}, {"emsp", 0x2003},
    {"ensp", 0x2002},  {"euml", 0xEB},   {"euro", 0x20AC},  {"frac12", 0xBD}, {"frac14", 0xBC},
    {"frac34", 0xBE},  {"gt", '>'},      {"hellip", 0x2026}, {"iacute", 0xED}, {"icirc", 0xEE},
    {"iexcl", 0xA1},   {"igrave", 0xEC}, {"iquest", 0xBF},  {"iuml", 0xEF},   {"laquo", 0xAB},
    {"ldquo", 0x201C}, {"lsaquo", 0x2039}, {"lsquo", 0x2018}, {"lt", '<'},    {"mdash", 0x2014},
    {"middot", 0xB7},  {"minus", 0x2212}, {"nbsp", 0xA0},   {"ndash", 0x2013}, {"ntilde", 0xF1},
    {"oacute", 0xF3},  {"ocirc", 0xF4},  {"ograve", 0xF2},  {"ordf", 0xAA},   {"ordm", 0xBA},
    {"oslash", 0xF8},  {"otilde", 0xF5}, {"ouml", 0xF6},    {"para", 0xB6},   {"plusmn", 0xB1},
    {"pound", 0xA3},   {"prime", 0x2032}, {"quot", '"'},    {"raquo", 0xBB},  {"rdquo", 0x201D},
    {"reg", 0xAE},     {"rsaquo", 0x203A}, {"rsquo", 0x2019}, {"sbquo", 0x201A}, {"sect", 0xA7},
    {"shy", 0xAD},     {"sup2", 0xB2},   {"sup3", 0xB3},    {"szlig", 0xDF},  {"thinsp", 0x2009},
    {"times", 0xD7},   {"trade", 0x2122}, {"uacute", 0xFA}, {"ucirc", 0xFB},  {"ugrave", 0xF9},
    {"uuml", 0xFC},    {"yacute", 0xFD}, {"yen", 0xA5},     {"yuml", 0xFF},   {"zwj", 0x200D},
    {"zwnj", 0x200C},
};

// Windows-1252 characters at 0x80..0x9F, which numeric references like
// &#146; mean in practice (HTML5 says the same). 0 = undefined.
constexpr std::array<char32_t, 32> kCp1252 = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// Tag names stripped: block tags give a paragraph break, inline ones vanish.
constexpr std::string_view kBlockTags[] = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul"};
constexpr std::string_view kInlineTags[] = {
    "a", "abbr", "b", "cite", "code", "em", "font", "i", "img", "ins", "mark", "q", "s",
    "small", "span", "strong", "sub", "sup", "time", "u"};

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char c) { return is_alpha(c) || (c >= '0' && c <= '9'); }

bool lookup_entity(std::string_view name, char32_t& cp) {
  auto it = std::lower_bound(std::begin(kEntities), std::end(kEntities), name,
                             [](const NamedEntity& e, std::string_view n) { return e.name < n; });
  if (it == std::end(kEntities) || it->name != name) return false;
  cp = it->cp;
  return true;
}

// Decodes the entity starting at in[i] == '&'; returns bytes consumed, 0 if none.
size_t decode_entity(std::string_view in, size_t i, std::string& out) {
  size_t semi = in.find(';', i + 1);
  if (semi == std::string_view::npos || semi - i > 32) return 0;
  std::string_view body = in.substr(i + 1, semi - i - 1);
  if (body.empty()) return 0;
  char32_t cp = 0;
  if (body[0] == '#') {
    bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 8) return 0;
    uint32_t v = 0;
    for (char c : digits) {
      int d;
      if (c >= '0' && c <= '9') d = c - '0';
      else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
      else return 0;
      v = v * (hex ? 16 : 10) + static_cast<uint32_t>(d);
    }
    if (v >= 0x80 && v <= 0x9F && kCp1252[v - 0x80] != 0) v = kCp1252[v - 0x80];
    if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) || (v >= 0x80 && v <= 0x9F)) return 0;
    cp = v;
  } else {
    for (char c : body)
      if (!is_alnum(c)) return 0;
    if (!lookup_entity(body, cp)) return 0;
  }
  HtmlDecoder::append_utf8(cp, out);
  return semi - i + 1;
}

// Strips the tag starting at in[i] == '<'; returns bytes consumed, 0 if it is not a known tag.
size_t strip_tag(std::string_view in, size_t i, std::string& out) {
  constexpr size_t kMaxTag = 1024;
  if (in.substr(i, 4) == "<!--") {
    size_t end = in.find("-->", i + 4);
    if (end == std::string_view::npos) return 0;
    return end + 3 - i;
  }
  size_t j = i + 1;
  if (j < in.size() && in[j] == '/') ++j;
  size_t name_begin = j;
  while (j < in.size() && is_alnum(in[j])) ++j;
  if (j == name_begin || !is_alpha(in[name_begin]) || j - name_begin > 10) return 0;
  if (j < in.size() && in[j] != '>' && in[j] != '/' && in[j] != ' ' && in[j] != '\t' && in[j] != '\n')
    return 0;
  char name[12] = {};
  for (size_t k = name_begin; k < j; ++k)
    name[k - name_begin] = static_cast<char>(in[k] | 0x20);  // ASCII lower-case
  std::string_view n(name, j - name_begin);
  bool block = std::find(std::begin(kBlockTags), std::end(kBlockTags), n) != std::end(kBlockTags);
  bool inl = !block && std::find(std::begin(kInlineTags), std::end(kInlineTags), n) != std::end(kInlineTags);
  if (!block && !inl) return 0;
  size_t close = in.find('>', j);
  if (close == std::string_view::npos || close - i > kMaxTag) return 0;
  if (in.substr(j, close - j).find('<') != std::string_view::npos) return 0;
  if (block) out += "\n\n";
  return close + 1 - i;
}

}  // namespace

void HtmlDecoder::append_utf8(char32_t cp, std::string& out) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

void HtmlDecoder::decode(std::string_view in, std::string& out) {
  out.reserve(out.size() + in.size());
  size_t i = 0;
  while (i < in.size()) {
    // Copy the run up to the next '&' or '<' in one go.
    size_t next = in.find_first_of("&<", i);
    if (next == std::string_view::npos) next = in.size();
    out.append(in.substr(i, next - i));
    i = next;
    if (i >= in.size()) break;
    size_t used = in[i] == '&' ? decode_entity(in, i, out) : strip_tag(in, i, out);
    if (used == 0) {
      out.push_back(in[i]);
      used = 1;
    }
    i += used;
  }
}

}  // namespace herald
