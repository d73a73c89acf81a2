#include "tag/lemmatizer.h"

#include <fstream>
#include <sstream>

#include "core/str_eq.h"

namespace herald {

namespace {

int pos_index(char pos) {
  switch (pos) {
    case 'n': return 0;
    case 'v': return 1;
    case 'a': return 2;
    case 'r': return 3;
  }
  return -1;
}

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

}  // namespace

Result<std::shared_ptr<const Lemmatizer>> Lemmatizer::load(const std::string& path,
                                                           std::shared_ptr<const Lexicon> lexicon) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::kFileNotFound, path, 0, "cannot open the lemma exceptions", ""};
  std::ostringstream buf;
  buf << in.rdbuf();
  std::shared_ptr<Lemmatizer> lem(new Lemmatizer());
  lem->lex_ = std::move(lexicon);
  lem->arena_ = std::move(buf).str();
  std::string_view all(lem->arena_);
  uint64_t lineno = 0;
  for (size_t pos = 0; pos < all.size();) {
    size_t nl = all.find('\n', pos);
    if (nl == std::string_view::npos) nl = all.size();
    std::string_view line = all.substr(pos, nl - pos);
    pos = nl + 1;
    ++lineno;
    if (line.empty() || line[0] == '#') continue;
    size_t t1 = line.find('\t');
    size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string_view::npos || line.size() != t2 + 2 || pos_index(line[t2 + 1]) < 0)
      return Error{ErrorCode::kDictionary, path, lineno, "expected form<TAB>lemma<TAB>n|v|a|r",
                   std::string(line.substr(0, 80))};
    if (lem->exc_[pos_index(line[t2 + 1])].insert(line.substr(0, t1), static_cast<uint32_t>(lem->lemmas_.size())).second)
      lem->lemmas_.push_back(line.substr(t1 + 1, t2 - t1 - 1));
  }
  return std::shared_ptr<const Lemmatizer>(std::move(lem));
}

std::string_view Lemmatizer::exception(std::string_view w, char pos) const {
  const uint32_t at = exc_[pos_index(pos)].find(w);
  return at == StringIndex::kAbsent ? std::string_view() : lemmas_[at];
}

std::string_view Lemmatizer::best(std::initializer_list<std::string_view> candidates, int base) const {
  std::string_view out;
  uint32_t best_count = 0;
  for (std::string_view c : candidates) {
    uint32_t n = lex_->count(c, base);
    if (base == tags::kVB) n += lex_->count(c, tags::kVBP);
    if (n > best_count) { best_count = n; out = c; }
  }
  return out;
}

bool Lemmatizer::keeps_form(std::string_view w, int tag) {
  return !(str_eq(w, "n't") || str_eq(w, "'ll") || str_eq(w, "wo") || str_eq(w, "ca") || tags::is_verb(tag) || tag == tags::kNNS ||
           tag == tags::kNNPS || tag == tags::kJJR || tag == tags::kJJS || tag == tags::kRBR || tag == tags::kRBS);
}

std::string Lemmatizer::lemma(std::string_view w, int tag) const {
  std::string out;
  lemma_into(w, tag, out);
  return out;
}

void Lemmatizer::lemma_into(std::string_view w, int tag, std::string& out) const {
  if (keeps_form(w, tag)) {
    if (!str_eq(out, w)) out.assign(w);   // mostly the splitter's copy already
  } else if (str_eq(w, "n't")) {
    out.assign("not");
  } else if (str_eq(w, "'ll") || str_eq(w, "wo")) {
    out.assign("will");
  } else if (str_eq(w, "ca")) {
    out.assign("can");
  } else if (tags::is_verb(tag)) {
    verb(w, tag, out);
  } else if (tag == tags::kNNS || tag == tags::kNNPS) {
    noun(w, out);
  } else {
    adjective(w, out);   // JJR JJS RBR RBS
  }
}

// Each rule below writes out from views of w (prefixes of it), the exception
// table or a literal: no temporary strings. out never aliases w.
namespace {
void assign_plus(std::string& out, std::string_view stem, char c) {
  out.assign(stem);
  out.push_back(c);
}
}  // namespace

void Lemmatizer::verb(std::string_view w, int tag, std::string& out) const {
  if (str_eq(w, "'s") || str_eq(w, "'re") || str_eq(w, "'m") || str_eq(w, "am") || str_eq(w, "are") || str_eq(w, "is") || str_eq(w, "be"))
    return out.assign("be"), void();
  if (str_eq(w, "'ve") || str_eq(w, "'d")) return out.assign(str_eq(w, "'ve") ? "have" : "would"), void();
  if (auto e = exception(w, 'v'); !e.empty()) return out.assign(e), void();
  if (tag == tags::kVB || tag == tags::kVBP) return out.assign(w), void();
  if (tag == tags::kVBZ || (tag != tags::kVBD && tag != tags::kVBN && tag != tags::kVBG)) {
    if (str_ends(w, "ies") && w.size() > 4) return assign_plus(out, w.substr(0, w.size() - 3), 'y');
    if (str_ends(w, "es")) {
      const std::string_view a = w.substr(0, w.size() - 2), b = w.substr(0, w.size() - 1);
      if (auto r = best({a, b}, tags::kVB); !r.empty()) return out.assign(r), void();
      if (str_ends(w, "ises") || str_ends(w, "izes")) return out.assign(b), void();   // "recognises" -> "recognise"
      if (str_ends(a, "s") || str_ends(a, "x") || str_ends(a, "z") || str_ends(a, "ch") ||
          str_ends(a, "sh"))
        return out.assign(a), void();
      return out.assign(b), void();
    }
    if (str_ends(w, "s") && !str_ends(w, "ss") && w.size() > 2) return out.assign(w.substr(0, w.size() - 1)), void();
    return out.assign(w), void();
  }
  std::string_view stem;
  if (str_ends(w, "ied") && w.size() > 4) return assign_plus(out, w.substr(0, w.size() - 3), 'y');
  if (str_ends(w, "ed") && w.size() > 3) stem = w.substr(0, w.size() - 2);
  else if (str_ends(w, "ing") && w.size() > 4) stem = w.substr(0, w.size() - 3);
  else return out.assign(w), void();
  if (str_ends(w, "ying") && stem.size() > 1) {   // dying -> die is a WordNet exception
    if (auto r = best({stem}, tags::kVB); !r.empty()) return out.assign(r), void();
  }
  const size_t n = stem.size();
  if (n >= 2 && stem[n - 1] == stem[n - 2] && !vowel(stem[n - 1])) {
    const std::string_view undoubled = stem.substr(0, n - 1);
    if (auto r = best({undoubled, stem}, tags::kVB); !r.empty()) return out.assign(r), void();
    // "stopped" -> "stop" unless "ll"/"ss" endings that double naturally ("killed", "passed").
    const char c = stem[n - 1];
    return out.assign((c == 'l' || c == 's' || c == 'z' || c == 'f') ? stem : undoubled), void();
  }
  assign_plus(out, stem, 'e');   // with_e
  if (auto r = best({stem, out}, tags::kVB); !r.empty()) {
    if (r.data() != out.data()) out.assign(r);
    return;
  }
  // Unknown verb: restore a silent e after consonant + vowel + consonant
  // endings that usually carry one ("-at", "-iz", "-is", "-us" -> "-ate",
  // "-ize", "-ise" (British "criticised"), "-use").
  // Also "-dg", "-rc", "-nc", "-ps", "-rs", "-ns", "-ls": English words do not
  // end so ("pledged" -> "pledge", "forced" -> "force", "collapsed" -> "collapse").
  if (str_ends(stem, "at") || str_ends(stem, "iz") || str_ends(stem, "is") || str_ends(stem, "us") ||
      str_ends(stem, "uc") || str_ends(stem, "v") || str_ends(stem, "rg") || str_ends(stem, "dg") ||
      str_ends(stem, "rc") || str_ends(stem, "nc") || str_ends(stem, "ps") || str_ends(stem, "rs") ||
      str_ends(stem, "ns") || str_ends(stem, "ls"))
    return;   // out holds stem + "e"
  out.assign(stem);
}

void Lemmatizer::noun(std::string_view w, std::string& out) const {
  if (auto e = exception(w, 'n'); !e.empty()) return out.assign(e), void();
  if (w.size() <= 3 || !str_ends(w, "s") || str_ends(w, "ss") || str_ends(w, "us") ||
      str_ends(w, "is"))
    return out.assign(w), void();
  // Invariant plurals the lexicon mostly saw as singular: "series", "species".
  if (const uint32_t nn = lex_->count(w, tags::kNN); nn > 0 && nn >= lex_->count(w, tags::kNNS))
    return out.assign(w), void();
  if (str_ends(w, "ies")) return assign_plus(out, w.substr(0, w.size() - 3), 'y');
  if (str_ends(w, "ses") || str_ends(w, "xes") || str_ends(w, "zes") || str_ends(w, "ches") ||
      str_ends(w, "shes")) {
    const std::string_view a = w.substr(0, w.size() - 2), b = w.substr(0, w.size() - 1);
    if (auto r = best({b, a}, tags::kNN); !r.empty()) return out.assign(r), void();
    return out.assign(a), void();
  }
  out.assign(w.substr(0, w.size() - 1));
}

void Lemmatizer::adjective(std::string_view w, std::string& out) const {
  if (auto e = exception(w, 'a'); !e.empty()) return out.assign(e), void();
  if (auto e = exception(w, 'r'); !e.empty()) return out.assign(e), void();
  std::string_view stem;
  if (str_ends(w, "est") && w.size() > 5) stem = w.substr(0, w.size() - 3);
  else if (str_ends(w, "er") && w.size() > 4) stem = w.substr(0, w.size() - 2);
  else return out.assign(w), void();
  if (str_ends(stem, "i")) return assign_plus(out, stem.substr(0, stem.size() - 1), 'y');
  const size_t n = stem.size();
  const std::string_view undoubled = stem[n - 1] == stem[n - 2] ? stem.substr(0, n - 1) : stem;
  assign_plus(out, stem, 'e');
  if (auto r = best({stem, undoubled, std::string_view(out)}, tags::kJJ); !r.empty()) {
    if (r.data() != out.data()) out.assign(r);
    return;
  }
  out.assign(w);
}

}  // namespace herald
