// Runs a shell command for the end-to-end tests and captures what it printed.
//
//   auto r = run_command("build/herald code x.txt -o -");
//   r.exit_code; r.out; r.err;
#pragma once

#include <string>

// The herald binary under test.
inline const std::string kHerald = HERALD_BINARY;

struct CommandResult {
  int exit_code = -1;
  std::string out;   // standard output
  std::string err;   // standard error
};

CommandResult run_command(const std::string& command, const std::string& stdin_text = "");

// A fresh temporary folder for one test.
std::string make_temp_dir();

std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& text);
