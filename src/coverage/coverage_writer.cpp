#include "coverage/coverage_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

namespace herald {

namespace {

struct NamedList {
  const char* name;    // JSON and TSV name
  const char* title;   // text heading
  const char* what;    // what a key is, in the text heading
  const CappedCounter* counter;
};

std::vector<NamedList> lists(const CoverageReport& r) {
  return {{"verbs", "Uncovered verbs", "verb lemmas", &r.verbs()},
          {"event_nouns", "Uncovered event nouns", "noun lemmas", &r.event_nouns()},
          {"actor_phrases", "Unrecognised actor-like phrases", "phrases", &r.actor_phrases()}};
}

std::vector<std::pair<const char*, uint64_t>> figures(const CoverageSummary& s) {
  return {{"articles", s.articles},   {"rejected", s.rejected}, {"sentences", s.sentences},
          {"events", s.events},       {"eligible", s.eligible}, {"covered", s.covered},
          {"discarded", s.discarded}, {"matched", s.matched},   {"unmatched", s.unmatched}};
}

std::string percent(uint64_t part, uint64_t whole) {
  return whole ? fmt::format("{:.1f}%", 100.0 * static_cast<double>(part) / static_cast<double>(whole)) : "-";
}

std::string one_line(std::string_view s) {
  std::string out(s);
  std::replace_if(out.begin(), out.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  return out;
}

void write_text(std::ostream& out, const CoverageReport& r, size_t top) {
  const CoverageSummary& s = r.summary();
  auto row = [&](std::string_view label, uint64_t n, std::string_view extra) {
    std::string line = fmt::format("  {:<44}{:>9}  {}", label, n, extra);
    while (line.back() == ' ') line.pop_back();
    out << line << '\n';
  };
  out << "Summary\n";
  row("articles", s.articles, s.rejected ? fmt::format("({} rejected)", s.rejected) : "");
  row("sentences", s.sentences, "");
  row("events coded", s.events, "");
  row("sentences with an actor and a main verb", s.eligible, "");
  row("  gave an event (the coverage rate)", s.covered, percent(s.covered, s.eligible));
  row("  gave none: no pattern matched", s.unmatched, percent(s.unmatched, s.eligible));
  row("  gave none: a pattern matched, no event", s.matched, percent(s.matched, s.eligible));
  row("  gave none: discarded as sport or business", s.discarded, percent(s.discarded, s.eligible));
  for (const NamedList& l : lists(r)) {
    auto items = l.counter->top(top);
    out << fmt::format("\n{}: top {} of {} {} ({})\n", l.title, items.size(), l.counter->size(), l.what,
                       l.counter->floor() == 0
                           ? std::string("counts exact")
                           : fmt::format("counts may be low by up to {}", l.counter->floor()));
    size_t width = 4;
    for (const auto* i : items) width = std::max(width, std::min<size_t>(i->key.size(), 32));
    for (const auto* i : items)
      out << fmt::format("{:>7}  {:<{}}  [{}] {}\n", i->count, i->key, width, i->doc_id, i->example);
  }
}

void write_json(std::ostream& out, const CoverageReport& r, size_t top) {
  nlohmann::ordered_json j;
  auto& summary = j["summary"];
  for (const auto& [name, value] : figures(r.summary())) summary[name] = value;
  summary["coverage"] = r.summary().coverage();
  for (const NamedList& l : lists(r)) {
    nlohmann::ordered_json list;
    list["keys"] = l.counter->size();
    list["floor"] = l.counter->floor();
    list["top"] = nlohmann::ordered_json::array();
    for (const auto* i : l.counter->top(top))
      list["top"].push_back({{"key", i->key}, {"count", i->count}, {"doc_id", i->doc_id}, {"example", i->example}});
    j[l.name] = std::move(list);
  }
  out << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

void write_tsv(std::ostream& out, const CoverageReport& r, size_t top) {
  out << "list\tkey\tcount\tdoc_id\texample\n";
  for (const auto& [name, value] : figures(r.summary())) out << "summary\t" << name << '\t' << value << "\t\t\n";
  for (const NamedList& l : lists(r))
    for (const auto* i : l.counter->top(top))
      out << l.name << '\t' << one_line(i->key) << '\t' << i->count << '\t' << one_line(i->doc_id) << '\t'
          << one_line(i->example) << '\n';
}

}  // namespace

std::optional<CoverageFormat> parse_coverage_format(std::string_view name) {
  if (name == "text") return CoverageFormat::kText;
  if (name == "json") return CoverageFormat::kJson;
  if (name == "tsv") return CoverageFormat::kTsv;
  return std::nullopt;
}

void write_coverage(std::ostream& out, const CoverageReport& report, CoverageFormat format, size_t top) {
  switch (format) {
    case CoverageFormat::kText: write_text(out, report, top); break;
    case CoverageFormat::kJson: write_json(out, report, top); break;
    case CoverageFormat::kTsv: write_tsv(out, report, top); break;
  }
}

}  // namespace herald
