// herald explain: code articles and show, sentence by sentence, why each
// event was coded or why none was: tokens with tags, phrases, actor mentions
// with their dictionary entries, places, the verb patterns that matched and
// what became of each, the events.
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/commands.h"
#include "pipeline/pipeline.h"
#include "read/article_reader.h"

namespace herald {

namespace {

struct ExplainArgs {
  std::vector<std::string> inputs;
  std::vector<std::string> data_dirs;
  std::string output = "-";
  bool events_only = false;
};

std::string_view tense_name(Tense t) {
  switch (t) {
    case Tense::kPast: return "past";
    case Tense::kPresent: return "present";
    case Tense::kFuture: return "future";
    case Tense::kNone: return "";
  }
  return "";
}

std::string words(const Sentence& s, uint32_t first, uint32_t last) {
  std::string out;
  for (uint32_t t = first; t < last && t < s.tokens.size(); ++t) out += (out.empty() ? "" : " ") + s.tokens[t].text;
  return out;
}

std::string phrase_text(const Sentence& s, const Phrase& p) {
  std::string out;
  switch (p.kind) {
    case PhraseKind::kNoun: out = "NP["; break;
    case PhraseKind::kVerb: out = "VG["; break;
    case PhraseKind::kPrep: out = "PP["; break;
  }
  out += words(s, p.first, p.last);
  if (p.kind == PhraseKind::kVerb) {
    if (p.head < s.tokens.size()) out += " | head " + s.tokens[p.head].text;
    if (auto t = tense_name(p.tense); !t.empty()) out += " " + std::string(t);
    if (p.negated) out += " negated";
    if (p.passive) out += " passive";
    if (p.modal) out += " modal";
    if (p.progressive) out += " progressive";
    if (p.perfect) out += " perfect";
  }
  return out + "]";
}

std::string actor_code_or_none(const EventActor& a) { return a.code.empty() ? "-" : a.code; }

// The reason a sentence with no event gave none, from its trace.
std::string no_event_reason(const SentenceTrace& st) {
  if (!st.discarded_by.empty()) return "discarded as sport or business (word '" + st.discarded_by + "')";
  if (st.matches.empty()) return "no verb pattern matched";
  std::string out;
  for (const MatchTrace& m : st.matches) {
    if (!out.empty()) out += "; ";
    out += "'" + m.words + "' (" + m.where + "): " + m.outcome;
  }
  return out;
}

void explain_document(std::ostream& out, const Document& doc, const EventTrace& trace, bool events_only) {
  out << "=== " << doc.article.doc_id << "  date " << (doc.article.date ? doc.article.date->iso() : "none");
  if (!doc.article.title.empty()) out << "  \"" << doc.article.title << "\"";
  out << "\n";
  out << "topic: " << (trace.topic.empty() ? "political or other" : trace.topic + " (only state actors coded)") << " ("
      << trace.topic_counts << ")\n";
  size_t a = 0, p = 0, e = 0;
  std::vector<const Event*> events;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    events.clear();
    for (const Event& ev : doc.events)
      if (ev.sentence == s) events.push_back(&ev);
    while (e < doc.events.size() && doc.events[e].sentence <= s) ++e;
    if (events_only && events.empty()) {
      while (a < doc.actors.size() && doc.actors[a].sentence <= s) ++a;
      while (p < doc.places.size() && doc.places[p].sentence <= s) ++p;
      continue;
    }
    out << "\n[" << s + 1 << "] " << doc.text(sent.span) << "\n";
    out << "  tokens:  ";
    for (const Token& t : sent.tokens) {
      out << t.text << '/' << t.tag;
      if (!t.lemma.empty() && t.lemma != t.lower) out << '=' << t.lemma;
      out << ' ';
    }
    out << "\n";
    if (s < doc.phrases.size() && !doc.phrases[s].empty()) {
      out << "  phrases:";
      for (const Phrase& ph : doc.phrases[s]) out << ' ' << phrase_text(sent, ph);
      out << "\n";
    }
    for (; a < doc.actors.size() && doc.actors[a].sentence <= s; ++a) {
      const ActorMention& m = doc.actors[a];
      if (m.sentence != s) continue;
      out << "  actor:   \"" << doc.text(m.span) << "\" " << (m.code.empty() ? "-" : m.code) << " ("
          << actor_kind_name(m.kind) << ", " << m.name << ")  " << m.entry << "\n";
    }
    for (; p < doc.places.size() && doc.places[p].sentence <= s; ++p) {
      const PlaceMention& m = doc.places[p];
      if (m.sentence != s) continue;
      out << "  place:   \"" << doc.text(m.span) << "\" " << m.country << " (" << m.precision << ")\n";
    }
    const SentenceTrace* st = s < trace.sentences.size() ? &trace.sentences[s] : nullptr;
    if (st) {
      for (const MatchTrace& m : st->matches)
        out << "  pattern: " << m.where << " " << m.code << " \"" << m.words << "\" ("
            << (m.noun_form ? "noun form" : "verb") << ") -> " << m.outcome
            << (m.events > 0 ? " [" + std::to_string(m.events) + " event(s)]" : "") << "\n";
      for (const std::string& n : st->notes) out << "  note:    " << n << "\n";
    }
    for (const Event* ev : events)
      out << "  EVENT:   " << actor_code_or_none(ev->source) << " " << ev->code << " " << actor_code_or_none(ev->target)
          << "  @" << (ev->date ? ev->date->iso() : "none") << "  (\"" << ev->verb << "\", " << ev->pattern
          << (ev->attribution.empty() ? "" : ", according to " + ev->attribution) << ")\n";
    if (events.empty()) out << "  no event: " << (st ? no_event_reason(*st) : "not traced") << "\n";
  }
  out << "\n";
}

int run_explain(const ExplainArgs& a) {
  auto pipeline = load_pipeline_or_report(a.data_dirs);
  if (!pipeline) return 2;
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (a.output != "-") {
    file.open(a.output);
    if (!file) {
      std::cerr << "herald: cannot write " << a.output << '\n';
      return 2;
    }
    out = &file;
  }
  uint64_t read = 0;
  ArticleReader reader(a.inputs);
  reader.read_all(
      [&](Article&& article) {
        ++read;
        EventTrace trace;
        auto doc = pipeline->code(std::move(article), &trace);
        if (!doc.ok()) {
          std::cerr << "herald: rejected: " << doc.error().to_string() << '\n';
          return;
        }
        explain_document(*out, doc.value(), trace, a.events_only);
      },
      [](const Error& e) { std::cerr << "herald: rejected: " << e.to_string() << '\n'; });
  out->flush();
  return read == 0 ? 1 : 0;
}

}  // namespace

void add_explain_command(CLI::App& app, int& status) {
  auto args = std::make_shared<ExplainArgs>();
  auto* cmd = app.add_subcommand("explain", "Code articles and explain each sentence: tags, phrases, actors, "
                                            "patterns, events, and why a sentence gave none");
  cmd->add_option("inputs", args->inputs, "Article files (plain or JSON lines, gzip or not), directories, or -")
      ->required();
  cmd->add_option("-o,--output", args->output, "Write the explanation here (default: stdout)");
  cmd->add_option("--data", args->data_dirs, "Extra dictionary folder, searched first (repeatable)");
  cmd->add_flag("--events-only", args->events_only, "Show only the sentences that gave events");
  cmd->callback([args, &status] { status = run_explain(*args); });
}

}  // namespace herald
