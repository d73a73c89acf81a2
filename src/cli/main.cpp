// herald: news articles in, CAMEO events out.
//
//   herald code INPUT... [-o events.jsonl] [--db herald.db] [--articles FILE]
//   herald --help | --version
//
// Exit status: 0 when at least one article was read; 1 when nothing could be
// read (every input missing, unreadable or rejected); 2 for a usage error or
// when dictionaries or outputs cannot be opened.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdio>
#include <iostream>

#include "cli/summary.h"
#include "pipeline/batch_runner.h"
#include "pipeline/pipeline.h"

#ifndef HERALD_VERSION
#define HERALD_VERSION "0.0.0"
#endif

namespace {

int run_code(const herald::RunOptions& run, const std::vector<std::string>& data_dirs,
             bool quiet) {
  herald::PipelineOptions po;
  for (auto it = data_dirs.rbegin(); it != data_dirs.rend(); ++it)
    po.paths.dirs.insert(po.paths.dirs.begin(), *it);
  auto pipeline = herald::Pipeline::load(po);
  if (!pipeline.ok()) {
    std::cerr << "herald: cannot load dictionaries: " << pipeline.error().to_string() << '\n';
    return 2;
  }
  uint64_t shown = 0;
  auto on_error = [&](const herald::Error& e) {
    if (++shown <= 50) std::cerr << "herald: rejected: " << e.to_string() << '\n';
    else if (shown == 51) std::cerr << "herald: (further rejects not shown)\n";
  };
  auto stats = herald::run_batch(*pipeline.value(), run, on_error);
  if (!stats.ok()) {
    std::cerr << "herald: " << stats.error().to_string() << '\n';
    return 2;
  }
  if (!quiet) herald::print_summary(std::cerr, stats.value(), run);
  return stats.value().articles_read == 0 ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe shows up as a write error, handled quietly
  CLI::App app{"herald: codes news articles into CAMEO political events (who did what to whom, when, where)"};
  app.set_version_flag("--version", std::string("herald ") + HERALD_VERSION);
  app.require_subcommand(1);

  herald::RunOptions run;
  std::vector<std::string> data_dirs;
  bool quiet = false;
  auto* code = app.add_subcommand("code", "Code articles into events (JSON lines, SQLite)");
  code->add_option("inputs", run.inputs,
                   "Article files (plain or JSON lines, gzip or not), directories, or - for stdin")
      ->required();
  code->add_option("-o,--output", run.events_path, "Write events as JSON lines here (- for stdout)");
  code->add_option("--db", run.db_path, "Also write articles and events into this SQLite database");
  code->add_option("--articles", run.articles_path, "Write one JSON record per article here");
  code->add_option("--data", data_dirs, "Extra dictionary folder, searched first (repeatable)");
  code->add_option("--batch", run.batch_size, "Articles per database transaction")->check(CLI::Range(1, 100000));
  code->add_option("--max-article-bytes", run.max_article_bytes, "Reject articles larger than this");
  code->add_flag("-q,--quiet", quiet, "No summary on stderr");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  if (run.events_path.empty() && run.db_path.empty() && run.articles_path.empty())
    run.events_path = "-";
  run.progress = !quiet && isatty(STDERR_FILENO);
  if (code->parsed()) return run_code(run, data_dirs, quiet);
  return 2;
}
