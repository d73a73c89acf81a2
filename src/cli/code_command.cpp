// herald code: read articles, code them, write events (JSON lines, SQLite).
#include <unistd.h>

#include <iostream>
#include <memory>
#include <vector>

#include "cli/commands.h"
#include "cli/summary.h"
#include "pipeline/batch_runner.h"
#include "pipeline/parallel_coder.h"
#include "pipeline/pipeline.h"

namespace herald {

namespace {

struct CodeArgs {
  RunOptions run;
  std::vector<std::string> data_dirs;
  bool quiet = false;
};

int run_code(CodeArgs& a) {
  if (a.run.events_path.empty() && a.run.db_path.empty() && a.run.articles_path.empty())
    a.run.events_path = "-";
  a.run.progress = !a.quiet && isatty(STDERR_FILENO);
  auto pipeline = load_pipeline_or_report(a.data_dirs);
  if (!pipeline) return 2;
  uint64_t shown = 0;
  auto on_error = [&](const Error& e) {
    if (++shown <= 50) std::cerr << "herald: rejected: " << e.to_string() << '\n';
    else if (shown == 51) std::cerr << "herald: (further rejects not shown)\n";
  };
  a.run.on_notice = [](const std::string& line) { std::cerr << "herald: notice: " << line << '\n'; };
  auto stats = run_batch(*pipeline, a.run, on_error);
  if (!stats.ok()) {
    std::cerr << "herald: " << stats.error().to_string() << '\n';
    return 2;
  }
  if (!a.quiet) print_summary(std::cerr, stats.value(), a.run);
  return stats.value().articles_read == 0 ? 1 : 0;
}

}  // namespace

std::shared_ptr<const Pipeline> load_pipeline_or_report(const std::vector<std::string>& data_dirs) {
  PipelineOptions po;
  po.paths.dirs.insert(po.paths.dirs.begin(), data_dirs.begin(), data_dirs.end());
  auto pipeline = Pipeline::load(po);
  if (!pipeline.ok()) {
    std::cerr << "herald: cannot load dictionaries: " << pipeline.error().to_string() << '\n';
    return nullptr;
  }
  // The command's pipeline lives as long as the process: its dictionaries'
  // tens of thousands of blocks go back with the process's memory instead
  // of being freed one by one at exit (14 M instructions, a tenth of a
  // one-article run's start-up). Held by a static, so reachable: no leak
  // for LeakSanitizer.
  static auto* const kept = new std::vector<std::shared_ptr<const Pipeline>>();
  kept->push_back(pipeline.value());
  return pipeline.value();
}

void add_code_command(CLI::App& app, int& status) {
  auto args = std::make_shared<CodeArgs>();
  auto* code = app.add_subcommand("code", "Code articles into events (JSON lines, SQLite)");
  code->add_option("inputs", args->run.inputs,
                   "Article files (plain or JSON lines, gzip or not), directories, or - for stdin")
      ->required();
  code->add_option("-o,--output", args->run.events_path, "Write events as JSON lines here (- for stdout)");
  code->add_option("--db", args->run.db_path, "Also write articles and events into this SQLite database");
  code->add_option("--articles", args->run.articles_path, "Write one JSON record per article here (- for stdout)");
  code->add_option("--data", args->data_dirs, "Extra dictionary folder, searched first (repeatable)");
  code->add_option("--batch", args->run.batch_size, "Articles per database transaction")
      ->check(CLI::Range(1, 100000));
  args->run.jobs = machine_cores();
  code->add_option("-j,--jobs", args->run.jobs,
                   "Articles coded in parallel (default: $HERALD_JOBS, else the machine's cores); output as with --jobs 1")
      ->envname("HERALD_JOBS")
      ->check(CLI::Range(1, 1024));
  code->add_option("--max-article-bytes", args->run.max_article_bytes, "Reject articles larger than this");
  code->add_flag("-q,--quiet", args->quiet, "No summary on stderr");
  code->callback([args, &status] { status = run_code(*args); });
}

}  // namespace herald
