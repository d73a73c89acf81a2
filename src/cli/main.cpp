// herald: news articles in, CAMEO events out.
//
//   herald code INPUT... [-o events.jsonl] [--db herald.db] [--articles FILE]
//   herald coverage INPUT... [--top N] [--format text|json|tsv] [-o FILE]
//   herald --help | --version
//
// Exit status: 0 when the command did its work (for `code`: at least one
// article was read); 1 when nothing could be read; 2 for a usage error or
// when dictionaries or outputs cannot be opened.
#include <CLI/CLI.hpp>
#include <csignal>

#include "cli/commands.h"

#ifndef HERALD_VERSION
#define HERALD_VERSION "0.0.0"
#endif

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe shows up as a write error, handled quietly
  CLI::App app{"herald: codes news articles into CAMEO political events (who did what to whom, when, where)"};
  app.set_version_flag("--version", std::string("herald ") + HERALD_VERSION);
  app.require_subcommand(1);
  int status = 0;
  herald::add_code_command(app, status);
  herald::add_explain_command(app, status);
  herald::add_serve_command(app, status);
  herald::add_export_command(app, status);
  herald::add_coverage_command(app, status);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  return status;
}
