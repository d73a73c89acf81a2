// herald coverage: code a corpus and report what the dictionaries miss: the
// frequent verbs, event nouns and actor-like phrases of sentences that name
// an actor and have a main verb but gave no event (coverage/coverage_report.h).
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "coverage/coverage_lexicon.h"
#include "coverage/coverage_report.h"
#include "coverage/coverage_writer.h"
#include "read/article_reader.h"

namespace herald {

namespace {

struct CoverageArgs {
  std::vector<std::string> inputs;
  std::vector<std::string> data_dirs;
  std::string output = "-";
  std::string format = "text";
  size_t top = 50;
  CoverageOptions options;
  uint64_t max_article_bytes = 4u << 20;
  bool quiet = false;
};

int run_coverage(const CoverageArgs& a) {
  const auto start = std::chrono::steady_clock::now();
  auto format = parse_coverage_format(a.format);
  if (!format) {
    std::cerr << "herald: unknown --format " << a.format << " (text, json or tsv)\n";
    return 2;
  }
  auto pipeline = load_pipeline_or_report(a.data_dirs);
  if (!pipeline) return 2;
  DataPaths paths = DataPaths::defaults();
  paths.dirs.insert(paths.dirs.begin(), a.data_dirs.begin(), a.data_dirs.end());
  auto lexicon = CoverageLexicon::load(paths);
  if (!lexicon.ok()) {
    std::cerr << "herald: cannot load dictionaries: " << lexicon.error().to_string() << '\n';
    return 2;
  }
  std::ofstream file;
  if (a.output != "-") {
    file.open(a.output);
    if (!file) {
      std::cerr << "herald: cannot write " << a.output << '\n';
      return 2;
    }
  }

  CoverageReport report(lexicon.value(), a.options);
  const bool progress = !a.quiet && isatty(STDERR_FILENO);
  auto last_progress = start;
  uint64_t shown = 0;
  auto on_error = [&](const Error& e) {
    report.add_rejected();
    if (a.quiet) return;
    if (++shown <= 50) std::cerr << "herald: rejected: " << e.to_string() << '\n';
    else if (shown == 51) std::cerr << "herald: (further rejects not shown)\n";
  };
  ReadOptions ro;
  ro.max_article_bytes = a.max_article_bytes;
  ArticleReader reader(a.inputs, ro);
  auto read = reader.read_all(
      [&](Article&& article) {
        EventTrace trace;
        auto doc = pipeline->code(std::move(article), &trace);
        if (!doc.ok()) return on_error(doc.error());
        report.add(doc.value(), trace);
        if (progress && std::chrono::steady_clock::now() - last_progress > std::chrono::milliseconds(500)) {
          last_progress = std::chrono::steady_clock::now();
          std::fprintf(stderr, "\rherald: %llu articles ...", static_cast<unsigned long long>(report.summary().articles));
        }
      },
      on_error);
  if (progress) std::fprintf(stderr, "\r\033[K");

  std::ostream& out = a.output == "-" ? std::cout : file;
  write_coverage(out, report, *format, a.top);
  out.flush();
  if (!out) {
    std::cerr << "herald: cannot write " << a.output << '\n';
    return 2;
  }
  if (!a.quiet) {
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cerr << "herald: coverage of " << read.articles << " article(s) in " << std::fixed << std::setprecision(2)
              << seconds << " s\n";
  }
  return read.articles == 0 ? 1 : 0;
}

}  // namespace

void add_coverage_command(CLI::App& app, int& status) {
  auto args = std::make_shared<CoverageArgs>();
  auto* cmd = app.add_subcommand("coverage", "Report what the dictionaries miss: frequent verbs, event nouns and "
                                             "actor-like phrases of sentences with an actor and a verb but no event");
  cmd->add_option("inputs", args->inputs, "Article files (plain or JSON lines, gzip or not), directories, or -")
      ->required();
  cmd->add_option("--top", args->top, "Items shown per list")->capture_default_str()->check(CLI::Range(1, 1000000));
  cmd->add_option("-o,--output", args->output, "Write the report here (default: stdout)");
  cmd->add_option("--format", args->format, "text, json or tsv")
      ->capture_default_str()
      ->check(CLI::IsMember({"text", "json", "tsv"}));
  cmd->add_option("--max-keys", args->options.max_keys, "Keys kept per list (the memory bound)")
      ->capture_default_str()
      ->check(CLI::Range(size_t{100}, size_t{10000000}));
  cmd->add_option("--data", args->data_dirs, "Extra dictionary folder, searched first (repeatable)");
  cmd->add_option("--max-article-bytes", args->max_article_bytes, "Reject articles larger than this");
  cmd->add_flag("-q,--quiet", args->quiet, "No progress, rejects or timing on stderr");
  cmd->callback([args, &status] { status = run_coverage(*args); });
}

}  // namespace herald
