// Paragraph rule (the header's "whitespace folded", made precise):
//   * a blank line (or <p>, <br>, other block tags) always ends a paragraph;
//   * a single newline ends a paragraph too (news JSON puts one newline
//     between paragraphs), EXCEPT in hard-wrapped text: when most single
//     newlines fall mid-sentence (the previous line does not end in . ! ? : ;
//     or a closing quote or bracket after one), the text is taken as wrapped
//     at a fixed width (Reuters-21578 is) and a single newline is a space;
//     there an indented line starts a new paragraph, as Reuters marks them.
#include "clean/text_cleaner.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <unordered_set>
#include <vector>

#include "clean/html_decoder.h"
#include "core/utf8.h"

namespace herald {

namespace {

// Paragraph 1 is dropped when it recurs in paragraph 2 after at most this
// many bytes ("US " + the same lead sentence).
constexpr size_t kMaxLeadPrefix = 40;

// Decodes one UTF-8 sequence at s[i]; returns its length, or 0 when invalid.
size_t decode_utf8(std::string_view s, size_t i, char32_t& cp) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  unsigned char c = b(0);
  size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
  if (len == 0 || i + len > s.size()) return 0;
  if (!utf8::valid(s.substr(i, len))) return 0;
  cp = len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
  for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (b(k) & 0x3F);
  return len;
}

// Typographic characters to ASCII, Unicode spaces to ' ', line separators
// to '\n', invisible characters dropped; CR LF and lone CR to '\n'.
void map_chars(std::string_view in, std::string& out) {
  out.reserve(out.size() + in.size());
  for (size_t i = 0; i < in.size();) {
    unsigned char c = static_cast<unsigned char>(in[i]);
    // A run of printable ASCII (most of any text) is copied as it is, at once.
    size_t run = i;
    for (uint64_t v; run + 8 <= in.size(); run += 8) {   // 8 bytes at a time while all are printable
      std::memcpy(&v, in.data() + run, 8);
      constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
      const uint64_t del = v ^ (0x7F * kOnes);   // a zero byte where v has 0x7F
      if (((v | ((v - 0x20 * kOnes) & ~v) | ((del - kOnes) & ~del)) & kHigh) != 0) break;
    }
    while (run < in.size() && static_cast<unsigned char>(in[run]) >= 0x20 && static_cast<unsigned char>(in[run]) < 0x7F)
      ++run;
    if (run > i) {
      out.append(in.data() + i, run - i);
      i = run;
      continue;
    }
    if (c < 0x80) {
      if (c >= 0x20 && c != 0x7F) out.push_back(static_cast<char>(c));
      else if (c == '\n') out.push_back('\n');
      else if (c == '\r') { if (i + 1 >= in.size() || in[i + 1] != '\n') out.push_back('\n'); }
      else if (c != 0 && c != 0x7F) out.push_back(' ');   // tab, form feed, other controls
      ++i;
      continue;
    }
    char32_t cp = 0;
    size_t len = decode_utf8(in, i, cp);
    if (len == 0) {  // not UTF-8 (the reader rejects these; be safe anyway)
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    switch (cp) {
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
        out.push_back('\''); break;
      case 0x201C: case 0x201D: case 0x201E: case 0x2033:
        out.push_back('"'); break;
      case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
        out.push_back('-'); break;
      case 0x2026:
        out += "..."; break;
      case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
        out.push_back(' '); break;
      case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: case 0x00AD:
        break;  // zero-width characters and the soft hyphen
      case 0x0085: case 0x2028: case 0x2029:
        out.push_back('\n'); break;
      default:
        if (cp >= 0x2000 && cp <= 0x200A) out.push_back(' ');        // en quad .. hair space
        else if (cp >= 0x80 && cp <= 0x9F) out.push_back(' ');       // C1 controls
        else out.append(in.substr(i, len));
    }
    i += len;
  }
}

// Entities and tags decoded, NFC, characters mapped.
std::string normalise(std::string_view text) {
  std::string decoded;
  std::string_view cur = text;
  // (A byte loop: find_first_of calls memchr on "&<" once per byte of text.)
  if (std::any_of(cur.begin(), cur.end(), [](char c) { return c == '&' || c == '<'; })) {
    HtmlDecoder::decode(cur, decoded);
    cur = decoded;
  }
  std::string nfc;
  if (!utf8::is_ascii(cur)) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* norm = icu::Normalizer2::getNFCInstance(status);
    icu::StringPiece piece(cur.data(), static_cast<int32_t>(cur.size()));
    if (U_SUCCESS(status) && !norm->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) {
      icu::StringByteSink<std::string> sink(&nfc, static_cast<int32_t>(cur.size()));
      norm->normalizeUTF8(0, piece, sink, nullptr, status);
      if (U_SUCCESS(status)) cur = nfc;
    }
  }
  std::string out;
  map_chars(cur, out);
  return out;
}

bool is_blank(std::string_view line) { return line.find_first_not_of(' ') == std::string_view::npos; }

// Does the line end a sentence ("said.", "now?", "end.\"", "(AP).")?
bool ends_sentence(std::string_view line) {
  size_t e = line.find_last_not_of(' ');
  while (e != std::string_view::npos && e > 0 &&
         (line[e] == '"' || line[e] == '\'' || line[e] == ')' || line[e] == ']'))
    --e;
  if (e == std::string_view::npos) return false;
  char c = line[e];
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
}

// Appends line to para with runs of spaces folded to one.
void append_folded(std::string_view line, std::string& para) {
  for (size_t i = 0; i < line.size();) {
    if (line[i] == ' ') {
      if (!para.empty() && para.back() != ' ') para.push_back(' ');
      ++i;
      continue;
    }
    // Up to the second of two spaces: words and the single spaces between
    // them are appended at once.
    size_t j = i + 1;
    while (j < line.size() && (line[j] != ' ' || line[j - 1] != ' ')) ++j;
    para.append(line.data() + i, j - i);
    i = j;
  }
}

void flush(std::string& para, std::vector<std::string>& out) {
  while (!para.empty() && para.back() == ' ') para.pop_back();
  if (!para.empty()) out.push_back(std::move(para));
  para.clear();
}

std::vector<std::string> split_paragraphs(std::string_view text) {
  std::vector<std::string_view> lines;
  for (size_t pos = 0; pos <= text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    lines.push_back(text.substr(pos, nl - pos));
    pos = nl + 1;
  }
  size_t single = 0, open = 0;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (is_blank(lines[i]) || is_blank(lines[i + 1]) || lines[i + 1][0] == ' ') continue;
    ++single;
    if (!ends_sentence(lines[i])) ++open;
  }
  const bool hard_wrapped = single >= 2 && open * 2 > single;

  std::vector<std::string> out;
  std::string para;
  for (std::string_view line : lines) {
    if (is_blank(line)) {
      flush(para, out);
      continue;
    }
    if (!para.empty()) {
      if (!hard_wrapped || line[0] == ' ') flush(para, out);
      else para.push_back(' ');
    }
    append_folded(line, para);
  }
  flush(para, out);
  return out;
}

// Drops a lead paragraph repeated in the next one, then exact duplicates.
void deduplicate(std::vector<std::string>& paras) {
  if (paras.size() >= 2) {
    const std::string& p0 = paras[0];
    const std::string& p1 = paras[1];
    // Only the first kMaxLeadPrefix + |p0| bytes can hold a match: linear time.
    size_t pos = std::string_view(p1).substr(0, kMaxLeadPrefix + p0.size()).find(p0);
    if (pos != std::string::npos && pos <= kMaxLeadPrefix && (pos == 0 || p1[pos - 1] == ' '))
      paras.erase(paras.begin());
  }
  std::unordered_set<std::string_view> seen;
  seen.reserve(paras.size() * 2);
  std::vector<char> keep(paras.size());
  for (size_t i = 0; i < paras.size(); ++i) keep[i] = seen.insert(paras[i]).second;
  seen.clear();  // its views die with the moves below
  size_t w = 0;
  for (size_t i = 0; i < paras.size(); ++i) {
    if (!keep[i]) continue;
    if (w != i) paras[w] = std::move(paras[i]);
    ++w;
  }
  paras.resize(w);
}

}  // namespace

std::string TextCleaner::clean_inline(std::string_view text) const {
  std::string norm = normalise(text);
  std::string out;
  out.reserve(norm.size());
  for (char c : norm) {
    if (c == ' ' || c == '\n') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

void TextCleaner::annotate(Document& doc) const {
  doc.article.title = clean_inline(doc.article.title);
  std::vector<std::string> paras = split_paragraphs(normalise(doc.article.text));
  deduplicate(paras);
  std::string body;
  size_t total = 0;
  for (const auto& p : paras) total += p.size() + 2;
  body.reserve(total);
  for (const auto& p : paras) {
    if (!body.empty()) body += "\n\n";
    body += p;
  }
  doc.body = std::move(body);
}

}  // namespace herald
