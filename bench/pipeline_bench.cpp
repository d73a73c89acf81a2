// End-to-end throughput on one core, and a check that coding time grows
// linearly with article length.
//
//   build/bench/herald_bench                       # all benchmarks
//   build/bench/herald_bench --benchmark_filter=Corpus
//
// Corpus: codes every article of ../shared/corpus/news/wikinews-2019-2021.jsonl.gz
// (read into memory first, so reading and gunzip are not timed) and reports
// articles/s and MB/s (bytes of article text). The result is checked: the run
// must code events, or the benchmark fails.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>
#include <vector>

#include "pipeline/pipeline.h"
#include "read/article_reader.h"

namespace {

const herald::Pipeline& pipeline() {
  static std::shared_ptr<const herald::Pipeline> p = [] {
    auto r = herald::Pipeline::load({});
    if (!r.ok()) {
      std::fprintf(stderr, "cannot load pipeline: %s\n", r.error().to_string().c_str());
      std::exit(2);
    }
    return r.value();
  }();
  return *p;
}

std::vector<herald::Article> load_corpus(const std::string& path) {
  std::vector<herald::Article> out;
  herald::ArticleReader reader({path});
  reader.read_all([&](herald::Article&& a) { out.push_back(std::move(a)); }, [](const herald::Error&) {});
  return out;
}

void BM_Corpus(benchmark::State& state) {
  static const auto articles =
      load_corpus(std::string(HERALD_SHARED_DIR) + "/corpus/news/wikinews-2019-2021.jsonl.gz");
  if (articles.empty()) {
    state.SkipWithError("../shared/corpus/news/wikinews-2019-2021.jsonl.gz not found");
    return;
  }
  const auto& p = pipeline();
  uint64_t bytes = 0, events = 0;
  for (const auto& a : articles) bytes += a.text.size();
  for (auto _ : state) {
    events = 0;
    for (const auto& a : articles) {
      auto doc = p.code(herald::Article(a));
      if (doc.ok()) events += doc.value().events.size();
    }
  }
  if (events == 0) state.SkipWithError("no events coded: the pipeline is broken");
  state.counters["articles"] = static_cast<double>(articles.size());
  state.counters["events"] = static_cast<double>(events);
  state.counters["articles/s"] =
      benchmark::Counter(static_cast<double>(articles.size()), benchmark::Counter::kIsIterationInvariantRate);
  state.counters["MB/s"] =
      benchmark::Counter(static_cast<double>(bytes) / 1e6, benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_Corpus)->Unit(benchmark::kMillisecond)->Iterations(1);

// One made-up article repeated to n paragraphs: time per byte must stay flat.
void BM_ArticleLength(benchmark::State& state) {
  herald::Article a;
  a.doc_id = "bench";
  a.date = herald::CivilDate::parse("2025-03-11");
  // Each paragraph carries its own number so that de-duplication keeps them all.
  for (int i = 0; i < state.range(0); ++i)
    a.text += "Kenyan police arrested " + std::to_string(100 + i) +
              " protesters in Nairobi on Tuesday, officials said. "
              "The opposition leader condemned the arrests and urged the government to release them. "
              "Ethiopian forces shelled rebel positions near the border, killing at least five fighters.\n\n";
  const auto& p = pipeline();
  for (auto _ : state) {
    auto doc = p.code(herald::Article(a));
    benchmark::DoNotOptimize(doc);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(a.text.size()));
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_ArticleLength)->RangeMultiplier(4)->Range(4, 1024)->Complexity(benchmark::oN);

}  // namespace

BENCHMARK_MAIN();
