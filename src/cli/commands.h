// herald's subcommands. Each lives in its own file and registers itself on
// the CLI11 app; main.cpp only lists them. A command returns the process's
// exit status through the shared `int& status`.
//
//   herald::add_code_command(app, status);
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "pipeline/pipeline.h"

namespace herald {

// herald code INPUT... [-o FILE] [--db FILE] [--articles FILE]
void add_code_command(CLI::App& app, int& status);
// herald explain INPUT... [-o FILE] [--events-only]: why each sentence gave its events
void add_explain_command(CLI::App& app, int& status);
// herald serve --db FILE [--port N] [--host H]
void add_serve_command(CLI::App& app, int& status);
void add_export_command(CLI::App& app, int& status);  // herald export --db DB --format jsonl|csv|gdelt|plover [-o OUT] [filters]
// herald coverage INPUT... [--top N] [--format text|json|tsv] [-o FILE]: what the dictionaries miss
void add_coverage_command(CLI::App& app, int& status);

// Loads the pipeline with `data_dirs` searched before the default data
// folders; on failure prints "herald: cannot load dictionaries: ..." on
// stderr and returns nullptr (the command then exits 2).
std::shared_ptr<const Pipeline> load_pipeline_or_report(const std::vector<std::string>& data_dirs);

}  // namespace herald
