#include "events/verb_dictionary.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace herald {
namespace {

Error dict_error(const std::string& path, uint64_t line, std::string message, std::string_view excerpt) {
  return Error{ErrorCode::kDictionary, path, line, std::move(message), std::string(excerpt.substr(0, 80))};
}

std::string_view trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

std::vector<std::string_view> split_ws(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

bool valid_code(std::string_view c) {
  if (c.size() < 2 || c.size() > 4) return false;
  for (char ch : c)
    if (ch < '0' || ch > '9') return false;
  int root = (c[0] - '0') * 10 + (c[1] - '0');
  return root >= 1 && root <= 20;
}

bool valid_word(std::string_view w) {
  if (w.empty()) return false;
  for (unsigned char ch : w) {
    bool ok = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '\'' || ch >= 0x80;
    if (!ok) return false;
  }
  return true;
}

}  // namespace

Result<VerbDictionary> VerbDictionary::load(const DataPaths& paths) {
  for (const auto& dir : paths.dirs) {
    std::filesystem::path folder = std::filesystem::path(dir) / "verbs";
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) continue;
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec))
      if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    if (files.empty()) continue;
    return load_files(files);
  }
  return Error{ErrorCode::kFileNotFound, "verbs/", 0, "no verb dictionary (verbs/*.txt) in the data folders", ""};
}

Result<VerbDictionary> VerbDictionary::load_files(const std::vector<std::string>& paths) {
  VerbDictionary dict;
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{ErrorCode::kFileNotFound, path, 0, "cannot open verb dictionary", ""};
    std::stringstream buf;
    buf << in.rdbuf();
    Error e = dict.add_text(buf.str(), std::filesystem::path(path).filename().string(), path);
    if (e.code != ErrorCode::kOk) return e;
  }
  if (dict.patterns_.empty()) return Error{ErrorCode::kDictionary, paths.empty() ? "" : paths[0], 0, "verb dictionary holds no patterns", ""};
  return dict;
}

Error VerbDictionary::add_text(std::string_view text, const std::string& name, const std::string& path) {
  uint64_t n = 0;
  size_t start = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    std::string_view line = text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    ++n;
    Error e = parse_line(line, name + ":" + std::to_string(n), path, n);
    if (e.code != ErrorCode::kOk) return e;
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  build_index();
  return Error{};
}

Error VerbDictionary::parse_line(std::string_view raw, const std::string& where, const std::string& path, uint64_t n) {
  std::string_view line = raw;
  if (size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
  line = trim(line);
  if (line.empty()) return Error{};
  auto parts = split_ws(line);
  if (parts[0] == "discard") {
    if (parts.size() != 2 || !valid_word(parts[1])) return dict_error(path, n, "expected 'discard WORD' (one lower-case word)", raw);
    discards_[std::string(parts[1])] = true;
    return Error{};
  }
  if (parts[0] == "topic") {
    ArticleTopic topic = parts.size() >= 3 ? TopicLexicon::parse(parts[1]) : ArticleTopic::kNone;
    if (topic == ArticleTopic::kNone)
      return dict_error(path, n, "expected 'topic sport|business|politics WORD...'", raw);
    for (size_t i = 2; i < parts.size(); ++i) {
      if (!valid_word(parts[i]) && parts[i] != "%") return dict_error(path, n, "topic words are lower case: '" + std::string(parts[i]) + "'", raw);
      topics_.add(topic, parts[i]);
    }
    return Error{};
  }
  if (!valid_code(parts[0])) return dict_error(path, n, "expected a CAMEO event code (2-4 digits, root 01-20) first", raw);
  if (parts.size() < 2) return dict_error(path, n, "a code without a pattern", raw);

  VerbPattern p;
  p.code = std::string(parts[0]);
  p.where = where;
  bool anchor_set = false, has_source = false, has_target = false;
  for (size_t i = 1; i < parts.size(); ++i) {
    std::string_view w = parts[i];
    if (w == "[mutual]" || w == "[solo]" || w == "[notarget]") {
      if (i + 1 < parts.size() && parts[i + 1][0] != '[') return dict_error(path, n, "flags go at the end of the line", raw);
      (w == "[mutual]" ? p.mutual : w == "[solo]" ? p.solo : p.no_target) = true;
      continue;
    }
    if (w[0] == '[') return dict_error(path, n, "unknown flag " + std::string(w) + " (known: [mutual] [solo] [notarget])", raw);
    PatternElement e;
    if (w == "$SOURCE" || w == "$TARGET") {
      bool& seen = w == "$SOURCE" ? has_source : has_target;
      if (seen) return dict_error(path, n, "slot " + std::string(w) + " given twice", raw);
      seen = true;
      e.kind = w == "$SOURCE" ? PatternElement::Kind::kSource : PatternElement::Kind::kTarget;
    } else if (w == "...") {
      e.kind = PatternElement::Kind::kGap;
    } else {
      if (w[0] == '*') {
        if (anchor_set) return dict_error(path, n, "more than one '*' anchor", raw);
        anchor_set = true;
        p.anchor = static_cast<uint32_t>(p.elements.size());
        w.remove_prefix(1);
      }
      if (w[0] == '$') return dict_error(path, n, "unknown slot " + std::string(w) + " (known: $SOURCE $TARGET)", raw);
      if (!valid_word(w)) return dict_error(path, n, "pattern words are lower-case lemmas: '" + std::string(w) + "'", raw);
      e.word = std::string(w);
      ++p.words;
    }
    p.elements.push_back(std::move(e));
  }
  if (p.elements.empty()) return dict_error(path, n, "a code without a pattern", raw);
  if (p.elements.size() > kMaxElements) return dict_error(path, n, "pattern longer than " + std::to_string(kMaxElements) + " elements", raw);
  if (p.elements[0].kind != PatternElement::Kind::kWord) return dict_error(path, n, "a pattern starts with a word", raw);
  for (size_t i = 0; i < p.elements.size(); ++i) {
    if (p.elements[i].kind != PatternElement::Kind::kGap) continue;
    if (i + 1 == p.elements.size() || p.elements[i + 1].kind != PatternElement::Kind::kWord)
      return dict_error(path, n, "'...' must be followed by a word", raw);
  }
  patterns_.push_back(std::move(p));
  return Error{};
}

void VerbDictionary::build_index() {
  by_first_word_.clear();
  for (uint32_t i = 0; i < patterns_.size(); ++i) by_first_word_[patterns_[i].elements[0].word].push_back(i);
}

std::string_view VerbDictionary::discard_word(const SentenceContext& ctx) const {
  if (discards_.empty()) return {};
  for (uint32_t i = 0; i < ctx.size(); ++i)
    if (discards_.find(ctx.lemma(i)) != discards_.end() || discards_.find(ctx.lower(i)) != discards_.end())
      return ctx.lower(i);
  return {};
}

bool VerbDictionary::match_at(const SentenceContext& ctx, const VerbPattern& p, uint32_t start, PatternMatch& m) const {
  using Kind = PatternElement::Kind;
  const uint32_t n = ctx.size();
  m = PatternMatch{};
  m.pattern = &p;
  m.first = start;
  m.anchor = start;
  uint32_t pos = start + 1;   // next token to read
  for (size_t i = 1; i < p.elements.size(); ++i) {
    const PatternElement& e = p.elements[i];
    if (e.kind == Kind::kGap) {
      const std::string& next = p.elements[i + 1].word;
      uint32_t limit = std::min(n, pos + kMaxGap + 1);
      uint32_t t = pos;
      for (; t < limit; ++t) {
        if (ctx.is(t, next)) break;
        std::string_view w = ctx.lower(t);
        if (w == ";" || w == ":" || w == "." || w == "," || (ctx.is_verb(t) && ctx.tag(t) != "MD")) return false;
      }
      if (t >= limit) return false;
      pos = t;   // the next word element reads token t
      continue;
    }
    // Skip a few modifiers ("held lengthy talks with", "takes Blinken first to").
    uint32_t skipped = 0;
    auto wanted = [&](uint32_t t) {
      if (e.kind == Kind::kWord) return ctx.is(t, e.word);
      return ctx.actor_at(t) >= 0;
    };
    while (pos < n && !wanted(pos) && skipped < kMaxSkip && ctx.is_modifier(pos)) {
      ++pos;
      ++skipped;
    }
    if (pos >= n || !wanted(pos)) return false;
    if (e.kind == Kind::kWord) {
      if (i == p.anchor) m.anchor = pos;
      ++pos;
    } else {
      int32_t a = ctx.actor_at(pos);
      uint32_t end = ctx.actor(a).last;
      // "releases the official results", "warned Russia was preparing": the
      // actor modifies a noun or starts a clause of its own.
      // (Not when a gap follows: "warned that $TARGET ... face sanctions".)
      // Only a slot right after the event word is checked: "between $SOURCE and $TARGET" may end a subject.
      const bool gap_next = i + 1 < p.elements.size() && p.elements[i + 1].kind == Kind::kGap;
      if (!gap_next && i == static_cast<size_t>(p.anchor) + 1 && end < n && (ctx.is_noun(end) || (ctx.group_at(end) >= 0 && ctx.is_verb(end)))) return false;
      (e.kind == Kind::kSource ? m.source_actor : m.target_actor) = a;
      pos = std::max(pos + 1, end);
    }
  }
  m.last = pos;
  const PatternElement& tail = p.elements.back();
  m.ends_in_preposition = tail.kind == Kind::kWord && p.elements.size() > 1 && ctx.is_preposition(pos - 1);
  return true;
}

const std::vector<uint32_t>* VerbDictionary::lookup(std::string_view word) const {
  auto it = by_first_word_.find(word);
  return it == by_first_word_.end() ? nullptr : &it->second;
}

// "stem" + suffix in a small buffer, looked up ("sentenc" + "e", "encourag" + "e").
static std::string_view joined(char (&buf)[48], std::string_view stem, std::string_view suffix) {
  if (stem.size() + suffix.size() > sizeof buf) return {};
  stem.copy(buf, stem.size());
  suffix.copy(buf + stem.size(), suffix.size());
  return std::string_view(buf, stem.size() + suffix.size());
}

void VerbDictionary::candidates(const SentenceContext& ctx, uint32_t t, const std::vector<uint32_t>* (&out)[3]) const {
  const std::string_view lemma = ctx.lemma(t), low = ctx.lower(t);
  out[0] = lookup(lemma);
  if (!out[0]) {
    // The other spelling of -ise/-ize: "criticize" finds the "criticise" patterns.
    for (std::string_view suf : {"ize", "ise"}) {
      if (lemma.size() > 5 && lemma.substr(lemma.size() - 3) == suf) {
        char buf[48];
        out[0] = lookup(joined(buf, lemma.substr(0, lemma.size() - 3), suf == "ize" ? "ise" : "ize"));
        break;
      }
    }
  }
  if (low == lemma) {
    // A participle the tagger left as an adjective ("has been encouraging").
    if (ctx.tag(t).rfind("JJ", 0) == 0 && low.size() > 5 && low.substr(low.size() - 3) == "ing") {
      char buf[48];
      const std::string_view stem = low.substr(0, low.size() - 3);
      out[2] = lookup(joined(buf, stem, "e"));
      if (!out[2]) out[2] = lookup(stem);
    }
    return;
  }
  out[1] = lookup(low);
  // A plural left unlemmatised ("Talks" at a sentence start).
  if (!out[0] && low.size() > 3 && low.back() == 's') out[0] = lookup(low.substr(0, low.size() - 1));
  // A lemma that lost its final e ("sentenced" -> "sentenc").
  if (!lemma.empty() && lemma.back() != 'e' && low.size() > lemma.size() + 1 && low.substr(0, lemma.size()) == lemma &&
      low[lemma.size()] == 'e') {
    char buf[48];
    out[2] = lookup(joined(buf, lemma, "e"));
  }
}

void VerbDictionary::match(const SentenceContext& ctx, std::vector<PatternMatch>& out) const {
  const size_t base = out.size();
  PatternMatch m;
  for (uint32_t t = 0; t < ctx.size(); ++t) {
    const std::vector<uint32_t>* cands[3] = {nullptr, nullptr, nullptr};
    candidates(ctx, t, cands);
    PatternMatch best;
    for (const auto* list : cands) {
      if (!list) continue;
      for (uint32_t pi : *list) {
        const VerbPattern& p = patterns_[pi];
        if (best.pattern && p.elements.size() <= best.pattern->elements.size()) continue;
        if (match_at(ctx, p, t, m)) best = m;
      }
    }
    if (best.pattern) out.push_back(best);
  }
  // Longer patterns win; a match whose event word lies inside a longer one is dropped.
  std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(base), out.end(), [](const PatternMatch& a, const PatternMatch& b) {
    return a.pattern->elements.size() > b.pattern->elements.size();
  });
  size_t keep = base;
  for (size_t i = base; i < out.size(); ++i) {
    bool inside = false;
    for (size_t j = base; j < keep && !inside; ++j)
      inside = out[i].anchor >= out[j].first && out[i].anchor < out[j].last;
    if (!inside) out[keep++] = out[i];
  }
  out.resize(keep);
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(base), out.end(),
            [](const PatternMatch& a, const PatternMatch& b) { return a.anchor < b.anchor; });
}

}  // namespace herald
