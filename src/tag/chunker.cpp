#include "tag/chunker.h"

#include <string_view>

#include "core/str_eq.h"
#include "tag/tag_set.h"

namespace herald {

namespace {

using namespace tags;

bool is_be(std::string_view w) {
  return str_eq(w, "be") || str_eq(w, "is") || str_eq(w, "are") || str_eq(w, "was") || str_eq(w, "were") || str_eq(w, "been") ||
         str_eq(w, "being") || str_eq(w, "am") || str_eq(w, "'s") || str_eq(w, "'re") || str_eq(w, "'m");
}
bool is_have(std::string_view w) {
  return str_eq(w, "have") || str_eq(w, "has") || str_eq(w, "had") || str_eq(w, "having") || str_eq(w, "'ve") || str_eq(w, "'d");
}
bool is_get(std::string_view w) {
  return str_eq(w, "get") || str_eq(w, "gets") || str_eq(w, "got") || str_eq(w, "gotten") || str_eq(w, "getting");
}
bool is_do(std::string_view w) { return str_eq(w, "do") || str_eq(w, "does") || str_eq(w, "did"); }
bool is_negator(std::string_view w) { return str_eq(w, "not") || str_eq(w, "n't") || str_eq(w, "never"); }
bool is_future_modal(std::string_view w) {
  return str_eq(w, "will") || str_eq(w, "shall") || str_eq(w, "'ll") || str_eq(w, "wo");
}
bool is_plan_verb(std::string_view w) {
  return str_eq(w, "plans") || str_eq(w, "plan") || str_eq(w, "planned") || str_eq(w, "planning") || str_eq(w, "intends") ||
         str_eq(w, "intend") || str_eq(w, "intended");
}
// "is going to", "is expected to", "is set to", "is due to", "is about to"...
bool is_future_frame(std::string_view w) {
  return str_eq(w, "going") || str_eq(w, "expected") || str_eq(w, "set") || str_eq(w, "due") || str_eq(w, "scheduled") ||
         str_eq(w, "about") || str_eq(w, "slated") || str_eq(w, "poised");
}

class Chunker {
 public:
  Chunker(const Sentence& s, std::span<const uint8_t> t) : s_(s), t_(t), n_(t.size()) {
    out_.reserve(n_ / 2 + 2);   // a phrase takes a token or more: one allocation for most sentences
  }

  std::vector<Phrase> run() {
    size_t i = 0;
    while (i < n_) {
      size_t e = noun_phrase(i);
      if (e == i) e = verb_group(i);
      if (e == i && (t_[i] == kIN || t_[i] == kTO)) {
        out_.push_back(Phrase{PhraseKind::kPrep, u(i), u(i + 1), u(i)});
        e = i + 1;
      }
      i = e == i ? i + 1 : e;
    }
    return std::move(out_);
  }

 private:
  static uint32_t u(size_t v) { return static_cast<uint32_t>(v); }
  std::string_view w(size_t i) const { return s_.tokens[i].lower; }
  int tag(size_t i) const { return i < n_ ? t_[i] : -1; }
  // Index of the first non-adverb at or after i.
  size_t skip_adverbs(size_t i) const {
    while (i < n_ && (is_adverb(t_[i]) || is_negator(w(i)))) ++i;
    return i;
  }
  bool verbal(size_t i) const { return i < n_ && (is_verb(t_[i]) || t_[i] == kMD); }
  bool auxiliary(size_t i) const {
    return t_[i] == kMD || is_be(w(i)) || is_have(w(i)) || is_get(w(i)) || is_do(w(i));
  }

  size_t noun_phrase(size_t i) {
    const int t0 = t_[i];
    if (t0 == kPRP || t0 == kEX) {
      out_.push_back(Phrase{PhraseKind::kNoun, u(i), u(i + 1), u(i)});
      return i + 1;
    }
    auto starts = [](int t) {
      return t == kDT || t == kPDT || t == kPRPS || t == kWPS || t == kCD || is_adj(t) ||
             is_noun(t) || t == kDollar;
    };
    if (!starts(t0)) return i;
    size_t j = i, head = n_;
    bool seen_det = false;
    while (j < n_) {
      const int t = t_[j];
      if (t == kDT || t == kPDT || t == kPRPS || t == kWPS) {
        if (j > i && (seen_det || head != n_) && t_[j - 1] != kPDT && t_[j - 1] != kPOS) break;
        seen_det = true;
      } else if (is_noun(t) || t == kCD) {
        head = j;
      } else if (t == kPOS) {
        if (head == n_) break;
      } else if (is_adj(t) || t == kDollar) {
      } else if ((t == kVBN || t == kVBG) && j > i && (is_noun(tag(j + 1)) || is_adj(tag(j + 1)))) {
        // "the wounded soldiers", "a growing crisis"
      } else {
        break;
      }
      ++j;
    }
    if (head == n_ || head < i) return i;
    out_.push_back(Phrase{PhraseKind::kNoun, u(i), u(head + 1), u(head)});
    return head + 1;
  }

  size_t verb_group(size_t i) {
    size_t j = i;
    if (is_negator(w(i)) && verbal(skip_adverbs(i))) j = skip_adverbs(i);
    else if (t_[i] == kTO && tag(skip_adverbs(i + 1)) == kVB) j = skip_adverbs(i + 1);
    else if (!verbal(i)) return i;
    size_t last = j, seg = i;   // seg: start of the segment after a future "to"
    size_t prev = n_;           // the verbal word before j in this segment
    bool future = false;
    while (true) {
      last = j;
      const size_t k = skip_adverbs(j + 1);
      if (auxiliary(j) && verbal(k)) { prev = j; j = k; continue; }
      // Future frames through "to": "is expected to take", "plans to visit", "is due to".
      size_t to = n_;
      if ((is_plan_verb(w(j)) || (is_future_frame(w(j)) && prev != n_ && is_be(w(prev)))) &&
          tag(k) == kTO)
        to = k;
      else if (is_be(w(j)) && j + 2 < n_ && (str_eq(w(j + 1), "due") || str_eq(w(j + 1), "about")) &&
               tag(j + 2) == kTO)
        to = j + 2;
      if (to != n_ && tag(skip_adverbs(to + 1)) == kVB) {
        future = true;
        seg = to;
        prev = n_;
        j = skip_adverbs(to + 1);
        continue;
      }
      break;
    }
    size_t end = last + 1;
    if (tag(end) == kRP) ++end;
    Phrase p{PhraseKind::kVerb, u(i), u(end), u(last)};
    flags(p, seg, last, future);
    out_.push_back(p);
    return end;
  }

  void flags(Phrase& p, size_t seg, size_t head, bool future) const {
    for (size_t k = p.first; k < p.last; ++k) {
      if (is_negator(w(k))) p.negated = true;
      if (t_[k] == kMD && is_future_modal(w(k))) future = true;
      else if (t_[k] == kMD) p.modal = true;
    }
    // The auxiliary right before the head (adverbs skipped) decides voice and aspect.
    size_t aux = head;
    for (size_t k = head; k > seg;) {
      --k;
      if (verbal(k)) { aux = k; break; }
    }
    if (aux != head) {
      const int ht = t_[head];
      if ((ht == kVBN || ht == kVBD) && (is_be(w(aux)) || is_get(w(aux)))) p.passive = true;
      if (ht == kVBG && is_be(w(aux))) p.progressive = true;
      if (p.passive && str_eq(w(aux), "being")) p.progressive = true;   // "was being raised"
    }
    for (size_t k = seg; k < head; ++k)
      if (is_have(w(k)) && verbal(k) && t_[k] != kVBN) {
        for (size_t m = k + 1; m <= head; ++m)
          if (verbal(m)) { p.perfect = t_[m] == kVBN || t_[m] == kVBD; break; }
      }
    // Tense from the first finite word of the group.
    size_t first = p.first;
    while (first < head && !verbal(first)) ++first;
    const int ft = t_[first];
    if (future) p.tense = Tense::kFuture;
    else if (p.perfect || ft == kVBD || (ft == kVBN && first == head)) p.tense = Tense::kPast;
    else if (ft == kVBZ || ft == kVBP || ft == kMD || ft == kVB) p.tense = Tense::kPresent;
    else p.tense = Tense::kNone;
    if (t_[p.first] == kTO && !future) p.tense = Tense::kNone;
  }

  const Sentence& s_;
  std::span<const uint8_t> t_;
  size_t n_;
  std::vector<Phrase> out_;
};

}  // namespace

std::vector<Phrase> chunk(const Sentence& sentence, std::span<const uint8_t> tag_ids) {
  return Chunker(sentence, tag_ids).run();
}

}  // namespace herald
