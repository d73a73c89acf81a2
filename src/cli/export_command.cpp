// herald export: events from a store (SQLite file or postgresql:// URL) to
// JSON lines, CSV, GDELT 2.0 or PLOVER, with the store's filters.
#include <cstdio>
#include <iostream>
#include <memory>
#include <cerrno>
#include <cstring>

#include "cli/commands.h"
#include "export/event_exporter.h"
#include "store/event_store.h"

namespace herald {

namespace {

struct ExportArgs {
  std::string db, format = "jsonl", out = "-", from, to, bbox, quad_class;
  std::vector<std::string> data_dirs;
  bool no_header = false;
  ExportOptions options;
};

int run_export(ExportArgs& a) {
  auto format = parse_export_format(a.format);
  if (!format) {
    std::cerr << "herald export: unknown --format " << a.format << " (jsonl, csv, gdelt, plover)\n";
    return 2;
  }
  ExportOptions& o = a.options;
  o.format = *format;
  o.header = !a.no_header;
  for (auto [text, date] : {std::pair{&a.from, &o.query.date_from}, std::pair{&a.to, &o.query.date_to}}) {
    if (text->empty()) continue;
    *date = CivilDate::parse(*text);
    if (!*date) {
      std::cerr << "herald export: not a date (YYYY-MM-DD): " << *text << '\n';
      return 2;
    }
  }
  if (!a.quad_class.empty()) {
    if (a.quad_class.size() != 1 || a.quad_class[0] < '1' || a.quad_class[0] > '4') {
      std::cerr << "herald export: --quad-class must be 1..4\n";
      return 2;
    }
    o.query.quad_class = a.quad_class[0] - '0';
  }
  if (!a.bbox.empty()) {
    o.query.bbox = BoundingBox::parse(a.bbox);
    if (!o.query.bbox) {
      std::cerr << "herald export: --bbox wants " << BoundingBox::kOrder << " (GeoJSON's order, as the API's bbox)\n";
      return 2;
    }
  }
  if (auto v = o.query.validate(); !v.ok()) {
    std::cerr << "herald export: " << v.error().message << '\n';
    return 2;
  }
  DataPaths paths = DataPaths::defaults();
  paths.dirs.insert(paths.dirs.begin(), a.data_dirs.begin(), a.data_dirs.end());
  auto exporter = EventExporter::load(paths);
  if (!exporter.ok()) {
    std::cerr << "herald export: cannot load tables: " << exporter.error().to_string() << '\n';
    return 2;
  }
  StoreOptions so;
  so.read_only = true;
  auto store = EventStore::open(a.db, so);
  if (!store.ok()) {
    std::cerr << "herald export: " << store.error().to_string() << '\n';
    return 2;
  }
  std::FILE* out = stdout;
  if (a.out != "-") {
    out = std::fopen(a.out.c_str(), "wb");
    if (!out) {
      std::cerr << "herald export: " << a.out << ": cannot open for writing: " << std::strerror(errno) << '\n';
      return 2;
    }
  }
  auto stats = exporter.value().write(*store.value(), o, out);
  // Every byte must reach the file: a full disk shows up at flush or close.
  errno = 0;
  int closed = out == stdout ? std::fflush(out) : std::fclose(out);
  int close_errno = errno;
  if (!stats.ok()) {
    Error e = stats.error();
    if (e.input.empty()) e.input = a.out;
    std::cerr << "herald export: " << e.to_string() << '\n';
    return 2;
  }
  if (closed != 0) {
    std::cerr << "herald export: " << a.out << ": cannot write: " << std::strerror(close_errno ? close_errno : EIO)
              << '\n';
    return 2;
  }
  std::cerr << "herald export: " << stats.value().written << " record(s) written";
  if (stats.value().skipped)
    std::cerr << ", " << stats.value().skipped << " skipped ("
              << (o.format == ExportFormat::kGdelt ? "no date" : "no PLOVER event for the CAMEO code") << ")";
  std::cerr << '\n';
  return 0;
}

}  // namespace

void add_export_command(CLI::App& app, int& status) {
  auto a = std::make_shared<ExportArgs>();
  auto* cmd = app.add_subcommand("export", "Export stored events as JSON lines, CSV, GDELT 2.0 or PLOVER");
  cmd->add_option("--db", a->db, "The store: an SQLite file or a postgresql:// URL")->required();
  cmd->add_option("--format", a->format, "jsonl (one record per mention), csv, gdelt, plover (per event)");
  cmd->add_option("-o,--output", a->out, "Write here (- for stdout, the default)");
  cmd->add_option("--from", a->from, "Events on or after this date (YYYY-MM-DD)");
  cmd->add_option("--to", a->to, "Events on or before this date (YYYY-MM-DD)");
  cmd->add_option("--actor", a->options.query.actor, "Source or target code starts with this (USA, ISRMIL)");
  cmd->add_option("--source", a->options.query.source, "Source code starts with this");
  cmd->add_option("--target", a->options.query.target, "Target code starts with this");
  cmd->add_option("--country", a->options.query.country, "Where it happened (ISO alpha-3)");
  cmd->add_option("--root", a->options.query.root, "CAMEO root (01..20)");
  cmd->add_option("--code", a->options.query.code, "CAMEO event code");
  cmd->add_option("--quad-class", a->quad_class, "QuadClass 1..4");
  cmd->add_option("--bbox", a->bbox, "min_lon,min_lat,max_lon,max_lat (GeoJSON's order, as the API)");
  cmd->add_option("--text", a->options.query.text, "Full-text: words that must occur in an article of the event");
  cmd->add_option("--doc", a->options.query.doc_id, "Only events mentioned in this article");
  cmd->add_option("--data", a->data_dirs, "Extra data folder, searched first (repeatable)");
  cmd->add_flag("--no-header", a->no_header, "csv: leave out the header line");
  cmd->callback([a, &status] { status = run_export(*a); });
}

}  // namespace herald
