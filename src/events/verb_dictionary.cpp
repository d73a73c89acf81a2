#include "events/verb_dictionary.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/str_eq.h"

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
    // verbs/*.txt first (hand-written: they win ties), then verbs/*/*.txt (generated).
    std::vector<std::string> files, nested;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
      if (entry.is_directory(ec)) {
        for (const auto& sub : std::filesystem::directory_iterator(entry.path(), ec))
          if (sub.path().extension() == ".txt") nested.push_back(sub.path().string());
      } else if (entry.path().extension() == ".txt") {
        files.push_back(entry.path().string());
      }
    }
    std::sort(files.begin(), files.end());
    std::sort(nested.begin(), nested.end());
    if (files.empty()) continue;
    files.insert(files.end(), nested.begin(), nested.end());
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
    // "19_fight.txt:12"; a generated file in a subfolder is "petrarch/19_fight.txt:12".
    const std::filesystem::path fp(path);
    std::string name = fp.filename().string();
    if (fp.parent_path().parent_path().filename() == "verbs") name = fp.parent_path().filename().string() + "/" + name;
    dict.loading_ = true;
    Error e = dict.add_text(buf.str(), name, path);
    dict.loading_ = false;
    if (e.code != ErrorCode::kOk) return e;
  }
  dict.build_index();
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
  if (!loading_) build_index();   // load_files builds it once, after the last file
  return Error{};
}

Error VerbDictionary::parse_set(const std::vector<std::string_view>& parts, std::string_view raw, const std::string& path,
                                uint64_t n) {
  auto name_ok = [](std::string_view w) {
    return w.size() >= 2 && w[0] == '&' &&
           std::all_of(w.begin() + 1, w.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
  };
  if (parts.size() < 3 || !name_ok(parts[1]))
    return dict_error(path, n, "expected 'set &name WORD WORD_WORD ...'", raw);
  const std::string name(parts[1]);
  auto [it, added] = set_index_.try_emplace(name, static_cast<uint32_t>(sets_.size()));
  if (added) {
    sets_.emplace_back();
    sets_.back().name = name;
  }
  WordSet& set = sets_[it->second];
  for (size_t i = 2; i < parts.size(); ++i) {
    std::vector<std::string> words;
    std::string_view m = parts[i];
    size_t b = 0;
    while (b <= m.size()) {
      size_t e = m.find('_', b);
      std::string_view w = m.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b);
      if (!valid_word(w)) return dict_error(path, n, "set members are lower-case words joined by '_': '" + std::string(m) + "'", raw);
      words.emplace_back(w);
      if (e == std::string_view::npos) break;
      b = e + 1;
    }
    set.firsts.insert(words[0], 1);
    if (words.size() == 1) set.words.insert(words[0], 1);
    else set.phrases.push_back(std::move(words));
  }
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
    discards_.insert(parts[1], 1);
    return Error{};
  }
  if (parts[0] == "set") return parse_set(parts, raw, path, n);
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
  const bool blocking = parts[0] == "---";
  if (!blocking && !valid_code(parts[0]))
    return dict_error(path, n, "expected a CAMEO event code (2-4 digits, root 01-20) or --- first", raw);
  if (parts.size() < 2) return dict_error(path, n, "a code without a pattern", raw);

  VerbPattern p;
  p.code = std::string(parts[0]);
  p.blocking = blocking;
  p.generated = where.find('/') != std::string::npos;   // "petrarch/19_fight.txt:12"
  p.where = where;
  bool anchor_set = false, has_source = false, has_target = false;
  for (size_t i = 1; i < parts.size(); ++i) {
    std::string_view w = parts[i];
    if (w == "[mutual]" || w == "[solo]" || w == "[notarget]" || w == "[verb]" || w == "[noun]" || w == "[feeling]") {
      if (i + 1 < parts.size() && parts[i + 1][0] != '[') return dict_error(path, n, "flags go at the end of the line", raw);
      (w == "[mutual]"    ? p.mutual
       : w == "[solo]"    ? p.solo
       : w == "[verb]"    ? p.verb_only
       : w == "[noun]"    ? p.noun_only
       : w == "[feeling]" ? p.feeling
                          : p.no_target) = true;
      continue;
    }
    if (w == "[default=country]") {
      // "declared three days of national mourning": the nation itself.
      if (i + 1 < parts.size() && parts[i + 1][0] != '[') return dict_error(path, n, "flags go at the end of the line", raw);
      p.default_country = true;
      continue;
    }
    if (w.starts_with("[default=") && w.size() == 13 && w.back() == ']') {
      // "[default=CVL]": with no target actor, the population of the place (or
      // of the source's country) in that role.
      if (i + 1 < parts.size() && parts[i + 1][0] != '[') return dict_error(path, n, "flags go at the end of the line", raw);
      for (char c : w.substr(9, 3))
        if (c < 'A' || c > 'Z') return dict_error(path, n, "[default=ROLE] takes a three-letter role (CVL)", raw);
      p.default_role = std::string(w.substr(9, 3));
      continue;
    }
    if (w[0] == '[')
      return dict_error(path, n,
                        "unknown flag " + std::string(w) + " (known: [mutual] [solo] [notarget] [verb] [noun] [feeling] [default=ROLE])",
                        raw);
    PatternElement e;
    if (w == "$SOURCE" || w == "$TARGET") {
      bool& seen = w == "$SOURCE" ? has_source : has_target;
      if (seen) return dict_error(path, n, "slot " + std::string(w) + " given twice", raw);
      seen = true;
      e.kind = w == "$SOURCE" ? PatternElement::Kind::kSource : PatternElement::Kind::kTarget;
    } else if (w == "...") {
      e.kind = PatternElement::Kind::kGap;
    } else if (w == "~") {
      e.kind = PatternElement::Kind::kPhraseGap;
    } else {
      if (w[0] == '*') {
        if (anchor_set) return dict_error(path, n, "more than one '*' anchor", raw);
        anchor_set = true;
        p.anchor = static_cast<uint32_t>(p.elements.size());
        w.remove_prefix(1);
      }
      if (w[0] == '$') return dict_error(path, n, "unknown slot " + std::string(w) + " (known: $SOURCE $TARGET)", raw);
      if (w[0] == '&') {
        auto it = set_index_.find(w);
        if (it == set_index_.end()) return dict_error(path, n, "unknown set " + std::string(w) + " (define it with a 'set' line first)", raw);
        e.kind = PatternElement::Kind::kSet;
        e.set = it->second;
        e.word = std::string(w);
      } else {
        if (!valid_word(w)) return dict_error(path, n, "pattern words are lower-case lemmas: '" + std::string(w) + "'", raw);
        e.word = std::string(w);
      }
      ++p.words;
    }
    p.elements.push_back(std::move(e));
  }
  if (p.elements.empty()) return dict_error(path, n, "a code without a pattern", raw);
  for (uint32_t i = 1; i < p.elements.size(); ++i)
    if (p.elements[i].kind == PatternElement::Kind::kWord) p.required.push_back(SentenceWords::bit(p.elements[i].word));
  if (p.elements.size() > kMaxElements) return dict_error(path, n, "pattern longer than " + std::to_string(kMaxElements) + " elements", raw);
  auto literal = [](const PatternElement& e) { return e.kind == PatternElement::Kind::kWord || e.kind == PatternElement::Kind::kSet; };
  if (!literal(p.elements[0])) return dict_error(path, n, "a pattern starts with a word", raw);
  for (size_t i = 0; i < p.elements.size(); ++i) {
    const auto k = p.elements[i].kind;
    if (k == PatternElement::Kind::kSource || k == PatternElement::Kind::kTarget) ++p.rank;
    if (literal(p.elements[i])) {
      ++p.rank;
      ++p.literals;
    }
    if (k != PatternElement::Kind::kGap && k != PatternElement::Kind::kPhraseGap) continue;
    if (i + 1 == p.elements.size() || !literal(p.elements[i + 1]))
      return dict_error(path, n, "'...' and '~' must be followed by a word", raw);
  }
  patterns_.push_back(std::move(p));
  return Error{};
}

void VerbDictionary::build_index() {
  by_first_word_.clear();
  first_lists_.clear();
  auto list_of = [this](std::string_view word) -> std::vector<uint32_t>& {
    auto [at, added] = by_first_word_.insert(word, static_cast<uint32_t>(first_lists_.size()));
    if (added) first_lists_.emplace_back();
    return first_lists_[at];
  };
  for (uint32_t i = 0; i < patterns_.size(); ++i) {
    const PatternElement& first = patterns_[i].elements[0];
    if (first.kind == PatternElement::Kind::kSet) {
      const WordSet& s = sets_[first.set];
      s.words.for_each([&](std::string_view w, uint32_t) { list_of(w).push_back(i); });
      for (const auto& ph : s.phrases) {
        auto& list = list_of(ph[0]);
        if (list.empty() || list.back() != i) list.push_back(i);
      }
    } else {
      list_of(first.word).push_back(i);
    }
  }
  // Longest first, file order among equals: the first pattern that matches is the best.
  for (auto& list : first_lists_) {
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    std::stable_sort(list.begin(), list.end(), [this](uint32_t a, uint32_t b) { return before(patterns_[a], patterns_[b]); });
  }
}

bool VerbDictionary::in_set(const WordSet& s, const SentenceContext& ctx, uint32_t t) const {
  // As SentenceContext::is: the lemma, the text, a plural left as it is, a lemma that lost its e.
  const std::string_view l = ctx.lemma(t), low = ctx.lower(t);
  if (s.words.contains(l) || s.words.contains(low)) return true;
  if (low.size() > 2 && low.back() == 's' && s.words.contains(low.substr(0, low.size() - 1))) return true;
  if (!str_eq(low, l) && !l.empty() && l.back() != 'e' && low.size() > l.size() && low[l.size()] == 'e' && l.size() + 1 < 48) {
    char buf[48];
    l.copy(buf, l.size());
    buf[l.size()] = 'e';
    if (s.words.contains(std::string_view(buf, l.size() + 1))) return true;
  }
  return false;
}

uint32_t VerbDictionary::element_length(const SentenceContext& ctx, const PatternElement& e, uint32_t t) const {
  if (e.kind == PatternElement::Kind::kWord) return ctx.is(t, e.word) ? 1 : 0;
  if (e.kind != PatternElement::Kind::kSet) return 0;
  const WordSet& s = sets_[e.set];
  const uint32_t best = in_set(s, ctx, t) ? 1 : 0;
  if (s.phrases.empty()) return best;
  return phrase_length(ctx, s, t, best);
}

uint32_t VerbDictionary::phrase_length(const SentenceContext& ctx, const WordSet& s, uint32_t t, uint32_t best) const {
  const std::string_view l = ctx.lemma(t), low = ctx.lower(t);
  bool may = s.firsts.contains(l) || s.firsts.contains(low) ||
             (low.size() > 2 && low.back() == 's' && s.firsts.contains(low.substr(0, low.size() - 1)));
  if (!may && !str_eq(low, l) && !l.empty() && low.size() > l.size() && low[l.size()] == 'e') may = true;   // lost e: check all
  if (!may) return best;   // no phrase member starts with this word
  const uint32_t n = ctx.size();
  for (const auto& ph : s.phrases) {
    if (ph.size() <= best || t + ph.size() > n) continue;
    bool ok = true;
    for (size_t k = 0; k < ph.size() && ok; ++k) ok = ctx.is(t + static_cast<uint32_t>(k), ph[k]);
    if (ok) best = static_cast<uint32_t>(ph.size());
  }
  return best;
}

std::string_view VerbDictionary::discard_word(const SentenceContext& ctx) const {
  if (discards_.empty()) return {};
  for (uint32_t i = 0; i < ctx.size(); ++i)
    if (discards_.contains(ctx.lemma(i)) || discards_.contains(ctx.lower(i))) return ctx.lower(i);
  return {};
}

bool VerbDictionary::match_at(const SentenceContext& ctx, const VerbPattern& p, uint32_t start, std::string_view key,
                             PatternMatch& m) const {
  using Kind = PatternElement::Kind;
  const uint32_t n = ctx.size();
  m = PatternMatch{};
  m.pattern = &p;
  m.first = start;
  m.anchor = start;
  uint32_t pos = start + 1;   // next token to read
  if (p.elements[0].kind == Kind::kSet) {
    // The token matched the index key; a phrase member must match on.
    const WordSet& s = sets_[p.elements[0].set];
    uint32_t len = s.words.contains(key) ? 1 : 0;
    for (const auto& ph : s.phrases) {
      if (ph.size() <= len || !str_eq(ph[0], key) || start + ph.size() > n) continue;
      bool ok = true;
      for (size_t k = 1; k < ph.size() && ok; ++k) ok = ctx.is(start + static_cast<uint32_t>(k), ph[k]);
      if (ok) len = static_cast<uint32_t>(ph.size());
    }
    if (len == 0) return false;
    pos = start + len;
  }
  for (size_t i = 1; i < p.elements.size(); ++i) {
    const PatternElement& e = p.elements[i];
    if (e.kind == Kind::kPhraseGap) {
      // Inside a noun phrase: determiners, adjectives, numbers, nouns, actors,
      // auxiliaries ("troops have crossed"), up to the next word.
      const PatternElement& next = p.elements[i + 1];
      // The word after "~" is the phrase's head when nothing literal follows it
      // in the pattern: "increased military pensions" is no "increase ~ military".
      // (Not for the event word itself: "troops ~ *shell" reads "troops shelled villages".)
      const bool head = i + 1 != p.anchor &&
                        (i + 2 >= p.elements.size() || (p.elements[i + 2].kind != Kind::kWord && p.elements[i + 2].kind != Kind::kSet));
      uint32_t t = pos;
      for (uint32_t skipped = 0; t < n; ++t, ++skipped) {
        if (const uint32_t len = element_length(ctx, next, t); len > 0 && !(head && t + len < n && ctx.is_noun(t + len))) break;
        const std::string_view tag = ctx.tag(t), lem = ctx.lemma(t);
        const bool aux = str_eq(tag, "MD") || str_eq(lem, "be") || str_eq(lem, "have") || str_eq(lem, "do");
        const bool conj = str_eq(tag, "CC") && t > pos;   // "drone and missile attacks"
        if (skipped == kMaxPhraseGap || !(ctx.is_modifier(t) || ctx.is_noun(t) || ctx.actor_at(t) >= 0 || aux || conj)) return false;
      }
      if (t >= n) return false;
      pos = t;
      continue;
    }
    if (e.kind == Kind::kGap) {
      const PatternElement& next = p.elements[i + 1];
      // An actor's name counts as one word: "named both the Kurdistan
      // Workers' Party (PKK) and the YPG as terrorists".
      uint32_t t = pos;
      bool found = false;
      for (uint32_t used = 0; t < n && used <= kMaxGap; ++used) {
        if (element_length(ctx, next, t) > 0) {
          found = true;
          break;
        }
        std::string_view w = ctx.lower(t);
        if (str_eq(w, ";") || str_eq(w, ":") || str_eq(w, ".") || str_eq(w, ",") || (ctx.is_verb(t) && !str_eq(ctx.tag(t), "MD")))
          return false;
        const int32_t a = ctx.actor_at(t);
        if (a < 0 || ctx.actor(a).first != t || ctx.actor(a).last <= t + 1) {
          ++t;
          continue;
        }
        // (Unless the next word is inside the name: "activated fighter jets".)
        uint32_t u = t + 1;
        while (u < ctx.actor(a).last && element_length(ctx, next, u) == 0) ++u;
        if (u < ctx.actor(a).last) {
          t = u;
          found = true;
          break;
        }
        t = u;
      }
      if (!found) return false;
      pos = t;   // the next word element reads token t
      continue;
    }
    // Skip a few modifiers ("held lengthy talks with", "takes Blinken first to").
    uint32_t skipped = 0;
    const bool literal = e.kind == Kind::kWord || e.kind == Kind::kSet;
    auto wanted = [&](uint32_t t) -> uint32_t {
      if (literal) return element_length(ctx, e, t);
      return ctx.actor_at(t) >= 0 ? 1 : 0;
    };
    uint32_t len = 0;
    while (pos < n && (len = wanted(pos)) == 0 && skipped < kMaxSkip && ctx.is_modifier(pos)) {
      ++pos;
      ++skipped;
    }
    if (pos >= n || len == 0) return false;
    if (literal) {
      if (i == p.anchor) m.anchor = pos;
      pos += len;
    } else {
      int32_t a = ctx.actor_at(pos);
      uint32_t end = ctx.actor(a).last;
      // "the Yemeni Houthi movement": a country adjective before the actor it qualifies.
      while (end < n && end > pos && ctx.actor_at(end) >= 0 && ctx.actor_at(end) != a &&
             ctx.actor(a).code.size() == 3) {
        a = ctx.actor_at(end);
        end = ctx.actor(a).last;
      }
      // "releases the official results", "warned Russia was preparing": the
      // actor modifies a noun or starts a clause of its own.
      // (Not when a gap follows: "warned that $TARGET ... face sanctions".)
      // Only a slot right after the event word is checked: "between $SOURCE and $TARGET" may end a subject.
      const bool gap_next = i + 1 < p.elements.size() && p.elements[i + 1].kind == Kind::kGap;
      // (A participle after it modifies it: "released 13 detainees held since May".)
      const bool participle = end < n && (ctx.tag(end) == "VBN" || ctx.tag(end) == "VBG");
      if (!gap_next && i == static_cast<size_t>(p.anchor) + 1 && end < n &&
          (ctx.is_noun(end) || (ctx.group_at(end) >= 0 && ctx.is_verb(end) && !participle)))
        return false;
      (e.kind == Kind::kSource ? m.source_actor : m.target_actor) = a;
      pos = std::max(pos + 1, end);
    }
  }
  m.last = pos;
  // Words before a verb ("warplanes ~ *bomb") are its subject, context: the
  // event's words start at the verb. (A noun's words are its phrase:
  // "military *aid" keeps "military", and its owner is looked for before it.)
  if (p.anchor > 0 && !p.noun_only) m.first = m.anchor;
  // [verb]: a dictionary of verbs (PETRARCH2's, which reads the parser's VB*
  // tags) codes no noun ("the attack") and no adjective ("was fine").
  if (p.verb_only && !(ctx.tag(m.anchor).rfind("VB", 0) == 0 || (ctx.tag(m.anchor).empty() && ctx.group_at(m.anchor) >= 0)))
    return false;
  if (p.noun_only && !ctx.is_noun(m.anchor)) return false;   // "to deal with" is no "deal with"
  const PatternElement& tail = p.elements.back();
  m.ends_in_preposition = tail.kind == Kind::kWord && p.elements.size() > 1 && ctx.is_preposition(pos - 1);
  return true;
}

const std::vector<uint32_t>* VerbDictionary::lookup(std::string_view word) const {
  const uint32_t at = by_first_word_.find(word);
  return at == StringIndex::kAbsent ? nullptr : &first_lists_[at];
}

// "stem" + suffix in a small buffer, looked up ("sentenc" + "e", "encourag" + "e").
static std::string_view joined(char (&buf)[48], std::string_view stem, std::string_view suffix) {
  if (stem.size() + suffix.size() > sizeof buf) return {};
  stem.copy(buf, stem.size());
  suffix.copy(buf + stem.size(), suffix.size());
  return std::string_view(buf, stem.size() + suffix.size());
}

// The other spelling of a word ending in -ise/-ize ("criticise" <-> "criticize"), or "".
static std::string_view spelling_variant(char (&buf)[48], std::string_view w) {
  if (w.size() <= 5 || w.size() > sizeof buf) return {};
  const std::string_view suf = w.substr(w.size() - 3);
  const bool ize = str_eq(suf, "ize");
  if (!ize && !str_eq(suf, "ise")) return {};
  return joined(buf, w.substr(0, w.size() - 3), ize ? "ise" : "ize");
}

void VerbDictionary::candidates(const SentenceContext& ctx, uint32_t t, Candidates& out) const {
  const std::string_view lemma = ctx.lemma(t), low = ctx.lower(t);
  out.list[0] = lookup(lemma);
  out.key[0] = lemma;
  if (!out.list[0]) {
    // The other spelling of -ise/-ize: "criticize" finds the "criticise" patterns.
    if (std::string_view alt = spelling_variant(out.alt, lemma); !alt.empty()) out.list[0] = lookup(out.key[0] = alt);
  }
  if (str_eq(low, lemma)) {
    // A participle the tagger left as an adjective ("has been encouraging").
    if (str_starts(ctx.tag(t), "JJ") && low.size() > 5 && str_ends(low, "ing")) {
      const std::string_view stem = low.substr(0, low.size() - 3);
      out.key[2] = joined(out.buf, stem, "e");
      out.list[2] = lookup(out.key[2]);
      if (!out.list[2]) out.list[2] = lookup(out.key[2] = stem);
    }
    return;
  }
  out.list[1] = lookup(low);
  out.key[1] = low;
  // A plural left unlemmatised ("Talks" at a sentence start).
  if (!out.list[0] && low.size() > 3 && low.back() == 's') out.list[0] = lookup(out.key[0] = low.substr(0, low.size() - 1));
  // A lemma that lost its final e ("sentenced" -> "sentenc").
  if (!lemma.empty() && lemma.back() != 'e' && low.size() > lemma.size() + 1 && str_starts(low, lemma) &&
      low[lemma.size()] == 'e') {
    out.key[2] = joined(out.buf, lemma, "e");
    out.list[2] = lookup(out.key[2]);
  }
}

void VerbDictionary::SentenceWords::build(const SentenceContext& ctx) {
  built = true;
  for (uint32_t t = 0; t < ctx.size(); ++t) {
    const std::string_view l = ctx.lemma(t), low = ctx.lower(t);
    add(l);
    const bool differ = !str_eq(low, l);
    if (differ) add(low);
    char alt[48];
    if (std::string_view v = spelling_variant(alt, l); !v.empty()) add(v);
    if (low.size() > 1 && low.back() == 's') add(low.substr(0, low.size() - 1));
    if (differ && !l.empty() && low.size() > l.size() && str_starts(low, l) && low[l.size()] == 'e' &&
        l.size() < 63) {
      char buf[64];
      l.copy(buf, l.size());
      buf[l.size()] = 'e';
      add(std::string_view(buf, l.size() + 1));
    }
  }
}

void VerbDictionary::match(const SentenceContext& ctx, std::vector<PatternMatch>& out) const {
  const size_t base = out.size();
  PatternMatch m;
  SentenceWords present;   // built when a pattern with two words or more is tried
  for (uint32_t t = 0; t < ctx.size(); ++t) {
    Candidates cands;
    candidates(ctx, t, cands);
    PatternMatch best;
    for (int k = 0; k < 3; ++k) {
      if (!cands.list[k]) continue;
      // Lists are sorted longest first: the first match of a list is its best,
      // and it beats the best so far only when longer.
      for (uint32_t pi : *cands.list[k]) {
        const VerbPattern& p = patterns_[pi];
        if (best.pattern && !before(p, *best.pattern)) break;
        // A word the pattern needs is nowhere in the sentence: no need to try it.
        if (!p.required.empty()) {
          if (!present.built) present.build(ctx);
          bool all = true;
          for (uint16_t b : p.required) all = all && present.may_have(b);
          if (!all) continue;
        }
        if (match_at(ctx, p, t, cands.key[k], m)) {
          best = m;
          break;
        }
      }
    }
    if (best.pattern) out.push_back(best);
  }
  // More specific patterns win; a match whose event word lies inside a more specific one is dropped.
  std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(base), out.end(),
                   [](const PatternMatch& a, const PatternMatch& b) { return before(*a.pattern, *b.pattern); });
  size_t keep = base;
  for (size_t i = base; i < out.size(); ++i) {
    bool inside = false;
    for (size_t j = base; j < keep && !inside; ++j)
      inside = out[i].anchor >= out[j].first && out[i].anchor < out[j].last;
    if (!inside) out[keep++] = out[i];
  }
  out.resize(keep);
  // Blocking patterns ("---") have done their work: they cover what they cover.
  out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(base), out.end(),
                           [](const PatternMatch& m) { return m.pattern->blocking; }),
            out.end());
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(base), out.end(),
            [](const PatternMatch& a, const PatternMatch& b) { return a.anchor < b.anchor; });
}

}  // namespace herald
