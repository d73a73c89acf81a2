// Start-up cost: loading the GeoNames gazetteer alone, and every dictionary
// the pipeline needs (gazetteer included). Each iteration loads from disk
// (the page cache is warm after the first), so the time is what a run pays
// before its first article. Memory is the gazetteer's own count of the bytes
// it holds.
//
//   build/bench/herald_bench --benchmark_filter=Load
#include <benchmark/benchmark.h>

#include "core/data_paths.h"
#include "geo/gazetteer.h"
#include "pipeline/pipeline.h"

namespace {

void BM_LoadGazetteer(benchmark::State& state) {
  const std::string path = herald::DataPaths::defaults().find("gazetteer.tsv");
  if (path.empty()) {
    state.SkipWithError("gazetteer.tsv not found: build the herald_data target");
    return;
  }
  size_t places = 0, bytes = 0;
  for (auto _ : state) {
    auto g = herald::Gazetteer::load_file(path);
    if (!g.ok()) {
      state.SkipWithError(g.error().to_string().c_str());
      return;
    }
    places = g.value().size();
    bytes = g.value().memory_bytes();
    benchmark::DoNotOptimize(places);
  }
  state.counters["places"] = static_cast<double>(places);
  state.counters["MB_held"] = static_cast<double>(bytes) / 1e6;
}
BENCHMARK(BM_LoadGazetteer)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_LoadPipeline(benchmark::State& state) {
  for (auto _ : state) {
    auto p = herald::Pipeline::load({});
    if (!p.ok()) {
      state.SkipWithError(p.error().to_string().c_str());
      return;
    }
    benchmark::DoNotOptimize(p.value());
  }
}
BENCHMARK(BM_LoadPipeline)->Unit(benchmark::kMillisecond)->Iterations(5);

}  // namespace
