// `herald code --jobs N` as a benchmark: run_batch over a whole input
// (reading, coding, writing the JSON lines; with /1 also an SQLite store),
// for 1, 2 and 4 coding threads.
//
//   build/bench/herald_bench --benchmark_filter=Jobs
//   HERALD_BENCH_INPUT=path build/bench/herald_bench --benchmark_filter=Jobs   # another input
//
// Input: ../shared/corpus/news (34,019 records) unless HERALD_BENCH_INPUT
// names files or folders (colon-separated). Reported per run:
//   MB/s, articles/s   wall-clock throughput (article text bytes);
//   cpu_s              the process's CPU time (every thread);
//   writer_cpu_s       the calling thread's CPU time: reading, writing, the store;
//   speedup_bound      the most jobs=N can gain over jobs=1 on a quiet machine with
//                      N cores: cpu_s(jobs=1) / max(cpu_s / N, writer_cpu_s). On a
//                      busy machine wall time says little; CPU times still hold.
// The run is checked: it must code events, and every job count must code
// the same number of events as jobs=1.
#include <benchmark/benchmark.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>

#include "pipeline/batch_runner.h"
#include "pipeline/pipeline.h"

namespace {

double cpu_seconds(clockid_t clock) {
  timespec ts{};
  clock_gettime(clock, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

std::vector<std::string> bench_inputs() {
  std::vector<std::string> out;
  if (const char* env = std::getenv("HERALD_BENCH_INPUT")) {
    std::string s = env;
    for (size_t start = 0; start <= s.size();) {
      size_t colon = std::min(s.find(':', start), s.size());
      if (colon > start) out.push_back(s.substr(start, colon - start));
      start = colon + 1;
    }
  } else {
    out.push_back(std::string(HERALD_SHARED_DIR) + "/corpus/news");
  }
  return out;
}

const herald::Pipeline* load_pipeline() {
  static std::shared_ptr<const herald::Pipeline> p = [] {
    auto r = herald::Pipeline::load({});
    return r.ok() ? r.value() : nullptr;
  }();
  return p.get();
}

void BM_Jobs(benchmark::State& state) {
  const unsigned jobs = static_cast<unsigned>(state.range(0));
  const bool with_store = state.range(1) != 0;
  const auto inputs = bench_inputs();
  for (const auto& in : inputs)
    if (!std::filesystem::exists(in)) {
      state.SkipWithError(("input not found: " + in).c_str());
      return;
    }
  const herald::Pipeline* p = load_pipeline();
  if (!p) {
    state.SkipWithError("cannot load the pipeline");
    return;
  }
  const std::string dir = std::filesystem::temp_directory_path() / ("herald-jobs-bench-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  // Figures of jobs=1 (per input and output), to check events and compute speedup_bound.
  static std::map<bool, std::pair<uint64_t, double>> first;

  herald::RunStats stats;
  double cpu = 0, writer_cpu = 0;
  for (auto _ : state) {
    std::filesystem::remove(dir + "/bench.db");
    herald::RunOptions o;
    o.inputs = inputs;
    o.events_path = dir + "/events.jsonl";
    if (with_store) o.db_path = dir + "/bench.db";
    o.jobs = jobs;
    const double cpu0 = cpu_seconds(CLOCK_PROCESS_CPUTIME_ID), writer0 = cpu_seconds(CLOCK_THREAD_CPUTIME_ID);
    auto r = herald::run_batch(*p, o, [](const herald::Error&) {});
    cpu = cpu_seconds(CLOCK_PROCESS_CPUTIME_ID) - cpu0;
    writer_cpu = cpu_seconds(CLOCK_THREAD_CPUTIME_ID) - writer0;
    if (!r.ok()) {
      state.SkipWithError(r.error().to_string().c_str());
      break;
    }
    stats = r.value();
  }
  std::filesystem::remove_all(dir);
  if (stats.events == 0) {
    state.SkipWithError("no events coded: the pipeline is broken");
    return;
  }
  if (jobs == 1) first[with_store] = {stats.events, cpu};
  auto it = first.find(with_store);
  if (it != first.end() && it->second.first != stats.events) {
    state.SkipWithError("a different number of events than with jobs=1");
    return;
  }
  state.counters["articles"] = static_cast<double>(stats.articles_read);
  state.counters["events"] = static_cast<double>(stats.events);
  state.counters["articles/s"] =
      benchmark::Counter(static_cast<double>(stats.articles_read), benchmark::Counter::kIsIterationInvariantRate);
  state.counters["MB/s"] =
      benchmark::Counter(static_cast<double>(stats.bytes) / 1e6, benchmark::Counter::kIsIterationInvariantRate);
  state.counters["cpu_s"] = cpu;
  state.counters["writer_cpu_s"] = writer_cpu;
  if (it != first.end())
    state.counters["speedup_bound"] = it->second.second / std::max(cpu / jobs, writer_cpu);
}
// Args: {jobs, with the SQLite store}. Wall time (UseRealTime): threads do the work.
BENCHMARK(BM_Jobs)
    ->ArgsProduct({{1, 2, 4}, {0, 1}})
    ->ArgNames({"jobs", "db"})
    ->Unit(benchmark::kSecond)
    ->Iterations(1)
    ->UseRealTime();

}  // namespace
