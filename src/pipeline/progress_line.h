// The progress line `herald code` shows on a terminal: articles coded (of
// how many), MB/s of article text, events, and the time left.
//
//   herald::ProgressLine progress(stderr, options.inputs);   // starts counting the inputs
//   ... progress.update(articles, bytes, events);            // redraws at most twice a second
//   progress.clear();                                        // erases the line
//
// The total behind the ETA comes from a census of the inputs on a background
// thread (JSON-lines records and plain article files, counted without
// parsing), so the first lines show no ETA; standard input has none.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

namespace herald {

class ProgressLine {
 public:
  ProgressLine(std::FILE* out, std::vector<std::string> inputs);
  ~ProgressLine();
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  // Redraws the line when half a second has passed since the last one.
  void update(uint64_t articles, uint64_t bytes, uint64_t events);
  // Erases the line if one was drawn.
  void clear();

  // The line for these figures (exposed for tests): "herald: 1200/34019
  // articles, 4.1 MB/s, 310 events, ETA 0:12". total 0 = unknown.
  static std::string format(uint64_t articles, uint64_t total, double mb_per_s, uint64_t events,
                            double seconds_left);

  // Articles in the inputs, counted the cheap way (a JSON-lines file's
  // non-blank lines, one per other file); 0 when unknown (stdin) or stopped.
  static uint64_t census(const std::vector<std::string>& inputs, const std::atomic<bool>& stop);

 private:
  std::FILE* out_;
  std::chrono::steady_clock::time_point start_, last_;
  bool drawn_ = false;
  std::atomic<bool> stop_{false};
  std::atomic<uint64_t> total_{0};   // 0 until the census is done
  std::thread census_;
};

}  // namespace herald
