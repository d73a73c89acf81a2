// herald's subcommands. Each lives in its own file and registers itself on
// the CLI11 app; main.cpp only lists them. A command returns the process's
// exit status through the shared `int& status`.
//
//   herald::add_code_command(app, status);
#pragma once

#include <CLI/CLI.hpp>

namespace herald {

// herald code INPUT... [-o FILE] [--db FILE] [--articles FILE]
void add_code_command(CLI::App& app, int& status);

}  // namespace herald
