#include "text/sentence_splitter.h"

#include "core/str_eq.h"
#include "core/utf8.h"
#include "text/abbreviations.h"
#include "text/char_class.h"

namespace herald {

namespace {

using text::ascii_alpha;
using text::ascii_digit;
using text::ascii_lower;
using text::ascii_space;
using text::ascii_upper;
using text::word_at;

// How a token may end a sentence.
enum class EndKind { kNone, kStop, kTitle, kSoft };

// Tokens reserved for a new sentence (news sentences average about 21; 95%
// have fewer than 48).
constexpr size_t kReserveTokens = 48;

// One forward pass over the body: tokens are cut with scan_*(), sentences
// closed by close().
class Scanner {
 public:
  Scanner(Document& doc, const SplitOptions& opt) : doc_(doc), s_(doc.body), opt_(opt) {}

  SplitStats run() {
    doc_.sentences.clear();
    size_t i = 0;
    while (i < s_.size()) {
      if (space_len(i)) {
        size_t newlines = 0;
        while (size_t n = space_len(i)) {
          if (s_[i] == '\n') ++newlines;
          i += n;
        }
        if (newlines >= 2) close();   // paragraph break
        continue;
      }
      EndKind end = EndKind::kNone;
      size_t e = scan_token(i, &end);
      push(i, e);
      i = e;
      if (end != EndKind::kNone) i = maybe_end(i, end);
    }
    close();
    return stats_;
  }

 private:
  // Length of the white-space character at i, 0 when none.
  size_t space_len(size_t i) const {
    if (ascii_space(s_[i])) return 1;
    if (static_cast<unsigned char>(s_[i]) < 0x80) return 0;
    size_t len;
    return text::is_unicode_space(text::decode(s_, i, &len)) ? len : 0;
  }
  char at(size_t i) const { return i < s_.size() ? s_[i] : '\0'; }
  bool starts(size_t i, std::string_view p) const { return s_.compare(i, p.size(), p) == 0; }

  // Returns the end of the token starting at i (not white space) and how it
  // may end a sentence.
  size_t scan_token(size_t i, EndKind* end) {
    const char c = s_[i];
    if (c == 'n' && at(i + 1) == '\'' && at(i + 2) == 't' && !word_at(s_, i + 3) && i > 0 &&
        ascii_alpha(s_[i - 1]))
      return i + 3;                                     // n't
    if (c == '\'' && i > 0 && word_at(s_, i - 1)) {     // 's 're 've 'll 'd 'm
      for (std::string_view suf : {"s", "S", "re", "ve", "ll", "d", "m"})
        if (starts(i + 1, suf) && !word_at(s_, i + 1 + suf.size())) return i + 1 + suf.size();
    }
    if ((c == 'h' || c == 'H' || c == 'w' || c == 'W') &&
        (starts(i, "http://") || starts(i, "https://") || starts(i, "www.")))
      return scan_url(i);
    if (word_at(s_, i)) return scan_word(i, end);
    if (c == '.' && starts(i, "...")) { *end = EndKind::kStop; return i + 3; }
    if (c == '-' && at(i + 1) == '-') return i + 2;
    if (c == '.' || c == '?' || c == '!') *end = EndKind::kStop;
    size_t len;
    text::decode(s_, i, &len);
    return i + len;
  }

  size_t scan_url(size_t i) const {
    size_t e = i;
    bool paren = false;
    while (e < s_.size() && !ascii_space(s_[e]) && s_[e] != '"') paren |= s_[e++] == '(';
    while (e > i + 4) {
      char t = s_[e - 1];
      if (t == '.' || t == ',' || t == ';' || t == ':' || t == '!' || t == '?' || t == '\'' ||
          (t == ')' && !paren))
        --e;
      else
        break;
    }
    return e;
  }

  // A word, number, initialism, abbreviation or e-mail address.
  size_t scan_word(size_t i, EndKind* end) {
    // Initialisms: U.S. U.K. e.g. a.m. (single letters, each followed by '.').
    size_t j = i;
    while (ascii_alpha(at(j)) && at(j + 1) == '.' && (j == i || !word_at(s_, j - 1))) j += 2;
    if (j >= i + 4) {
      if (at(j) == '-' && word_at(s_, j + 1)) return scan_plain(i, j + 1, end);   // U.S.-led
      std::string_view w = s_.substr(i, j - i - 1);
      *end = (w == "e.g" || w == "i.e") ? EndKind::kTitle : EndKind::kSoft;
      return j;
    }
    return scan_plain(i, i, end);
  }

  size_t scan_plain(size_t start, size_t j, EndKind* end) {
    bool email = false;
    for (;;) {
      while (j < s_.size()) {
        if (const auto c = static_cast<unsigned char>(s_[j]); c < 0x80) {   // ASCII: no decoding
          if (!ascii_alpha(static_cast<char>(c)) && !ascii_digit(static_cast<char>(c))) break;
          ++j;
          continue;
        }
        size_t len;
        if (!text::is_word_char(text::decode(s_, j, &len))) break;
        j += len;
      }
      const char c = at(j);
      const bool prev_digit = ascii_digit(s_[j - 1]);
      if (c == '-' && word_at(s_, j + 1)) { ++j; continue; }
      if ((c == '.' || c == ':' || c == '/') && prev_digit && ascii_digit(at(j + 1))) { ++j; continue; }
      if (c == ',' && prev_digit && ascii_digit(at(j + 1)) && ascii_digit(at(j + 2)) &&
          ascii_digit(at(j + 3)) && !ascii_digit(at(j + 4))) { j += 1; continue; }
      if (c == '@' && word_at(s_, j + 1) && !email) { email = true; ++j; continue; }
      if (c == '.' && email && word_at(s_, j + 1)) { ++j; continue; }
      if (c == '.' && ascii_lower(at(j + 1)) && ascii_lower(at(j + 2)) && ascii_alpha(s_[j - 1]) &&
          domain_tail(j + 1)) { ++j; continue; }   // Amazon.com, bbc.co.uk
      if (c == '&' && ascii_upper(s_[j - 1]) && ascii_upper(at(j + 1))) { ++j; continue; }  // AT&T
      if (c == '\'' && word_at(s_, j + 1)) {
        if (j >= start + 2 && s_[j - 1] == 'n' && at(j + 1) == 't' && !word_at(s_, j + 2))
          return j - 1;                              // did|n't, ca|n't
        bool clitic = false;
        for (std::string_view suf : {"s", "S", "re", "ve", "ll", "d", "m"})
          clitic |= starts(j + 1, suf) && !word_at(s_, j + 1 + suf.size());
        if (clitic) return j;                        // Israel|'s
        ++j;                                         // O'Brien, Shi'ite
        continue;
      }
      break;
    }
    std::string_view w = s_.substr(start, j - start);
    if (w.size() == 6 && (str_eq(w, "cannot") || str_eq(w, "Cannot"))) return start + 3;  // can|not
    if (at(j) == '.' && !email) {
      if (w.size() == 1 && ascii_upper(w[0])) { *end = EndKind::kSoft; return j + 1; }  // W.
      switch (text::abbreviation_kind(w)) {
        case text::AbbrevKind::kTitle: *end = EndKind::kTitle; return j + 1;
        case text::AbbrevKind::kSoft: *end = EndKind::kSoft; return j + 1;
        case text::AbbrevKind::kNumber: {
          size_t k = j + 1;
          while (at(k) == ' ') ++k;
          if (ascii_digit(at(k))) { *end = EndKind::kTitle; return j + 1; }
          break;
        }
        case text::AbbrevKind::kNone: break;
      }
    }
    return j;
  }

  // Lowercase letters (and more dots) up to a non-word character: "com", "co.uk".
  bool domain_tail(size_t k) const {
    while (ascii_lower(at(k)) || (at(k) == '.' && ascii_lower(at(k + 1)))) ++k;
    size_t len;
    return k >= s_.size() || !text::is_word_char(text::decode(s_, k, &len));
  }

  // After a token that may end the sentence (at byte i): takes closing quotes
  // and brackets, decides, closes the sentence if so; returns the new position.
  size_t maybe_end(size_t i, EndKind kind) {
    if (kind == EndKind::kTitle) return i;
    const size_t after_stop = i;
    if (kind == EndKind::kStop) {
      while (at(i) == '"' || at(i) == '\'' || at(i) == ')' || at(i) == ']') {
        if (at(i) == '\'' && word_at(s_, i + 1)) break;
        push(i, i + 1);
        ++i;
      }
    }
    size_t k = i;
    while (k < s_.size() && space_len(k)) k += space_len(k);
    bool end = false;
    if (k >= s_.size()) {
      end = true;
    } else if (k == after_stop) {   // no space: "Health.The" ends, "Amazon.com" never gets here
      size_t len1, len2;
      end = kind == EndKind::kStop && s_[after_stop - 1] == '.' &&
            text::is_upper_cp(text::decode(s_, k, &len1)) && k + len1 < s_.size() &&
            text::is_lower_cp(text::decode(s_, k + len1, &len2));
    } else if (kind == EndKind::kSoft) {
      size_t e = k;
      while (ascii_alpha(at(e))) ++e;
      end = text::is_sentence_starter(s_.substr(k, e - k));
    } else {
      size_t len;
      char32_t cp = text::decode(s_, k, &len);
      end = !text::is_lower_cp(cp) && cp != ',' && cp != ';' && cp != ':' && cp != ')' &&
            cp != '-' && cp != '.';
    }
    if (end) close();
    return i;
  }

  void push(size_t b, size_t e) {
    if (cur_.tokens.empty()) {
      cur_.span.begin = static_cast<uint32_t>(b);
      cur_.tokens.reserve(kReserveTokens);   // most sentences fit: no regrowth, no moved tokens
    }
    Token& t = cur_.tokens.emplace_back();
    t.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
    const std::string_view word = s_.substr(b, e - b);
    t.text.assign(word);
    if (utf8::is_ascii(word)) {
      t.lower.assign(word);
      char* low = t.lower.data();
      for (size_t k = 0; k < word.size(); ++k)
        if (ascii_upper(low[k])) low[k] = static_cast<char>(low[k] - 'A' + 'a');
    } else {
      t.lower = utf8::lower(word);
    }
    t.lemma = t.lower;
    cur_.span.end = static_cast<uint32_t>(e);
    if (opt_.max_tokens_per_sentence > 0 && cur_.tokens.size() >= opt_.max_tokens_per_sentence) {
      ++stats_.cut_sentences;
      close();
    }
  }

  void close() {
    if (cur_.tokens.empty()) return;
    stats_.tokens += static_cast<uint32_t>(cur_.tokens.size());
    ++stats_.sentences;
    doc_.sentences.push_back(std::move(cur_));
    cur_ = Sentence{};
  }

  Document& doc_;
  std::string_view s_;
  const SplitOptions& opt_;
  Sentence cur_;
  SplitStats stats_;
};

}  // namespace

SplitStats SentenceSplitter::annotate(Document& doc) const { return Scanner(doc, options_).run(); }

}  // namespace herald
