// Start-up cost (issue 10): the GeoNames gazetteer as herald loads it (the
// image build/data/gazetteer.img, mapped) and as a build without the image
// would (gazetteer.tsv compiled in memory), and every dictionary the
// pipeline needs (gazetteer included). Each iteration loads from disk (the
// page cache is warm after the first), so the time is what a run pays
// before its first article; the pipeline loads on two threads, so its wall
// time is below its CPU time on two idle cores. MB: the image's bytes
// (mapped: a run reads a few of them) or those the text compiles to (held).
// The start-up of a whole run: `/usr/bin/time -v build/herald code
// samples/articles/mideast_tour.txt -o /tmp/x.jsonl` (README, "start-up").
//
//   build/bench/herald_bench --benchmark_filter=Load
#include <benchmark/benchmark.h>

#include "core/data_paths.h"
#include "geo/gazetteer.h"
#include "pipeline/pipeline.h"

namespace {

void load_gazetteer(benchmark::State& state, const std::string& file) {
  const std::string path = herald::DataPaths::defaults().find(file);
  if (path.empty()) {
    state.SkipWithError((file + " not found: build the herald_data target").c_str());
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
    benchmark::DoNotOptimize(g.value().find("paris"));
  }
  state.counters["places"] = static_cast<double>(places);
  state.counters["MB"] = static_cast<double>(bytes) / 1e6;
}

void BM_LoadGazetteer(benchmark::State& state) { load_gazetteer(state, "gazetteer.img"); }
BENCHMARK(BM_LoadGazetteer)->Unit(benchmark::kMillisecond)->Iterations(20);

void BM_LoadGazetteerText(benchmark::State& state) { load_gazetteer(state, "gazetteer.tsv"); }
BENCHMARK(BM_LoadGazetteerText)->Unit(benchmark::kMillisecond)->Iterations(3);

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
BENCHMARK(BM_LoadPipeline)->Unit(benchmark::kMillisecond)->Iterations(10)->UseRealTime();

}  // namespace
