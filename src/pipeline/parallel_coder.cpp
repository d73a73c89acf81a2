#include "pipeline/parallel_coder.h"

#include <algorithm>
#include <thread>

#include "output/event_json.h"
#include "output/json_lines_writer.h"

namespace herald {

namespace {

unsigned resolve_jobs(unsigned jobs) { return jobs == 0 ? machine_cores() : jobs; }

size_t resolve_in_flight(size_t in_flight, unsigned jobs) {
  if (in_flight > 0) return in_flight;
  return std::clamp<size_t>(size_t{64} * jobs, 64, 512);
}

}  // namespace

unsigned machine_cores() { return std::max(1u, std::thread::hardware_concurrency()); }

CodedArticle code_and_render(const Pipeline& pipeline, Article&& article, const ParallelOptions& options) {
  CodedArticle c;
  c.doc = pipeline.code(std::move(article));
  if (!c.doc.ok()) return c;
  const Document& doc = c.doc.value();
  if (options.events) {
    c.event_lines.reserve(doc.events.size());
    for (size_t i = 0; i < doc.events.size(); ++i)
      c.event_lines.push_back(JsonLinesWriter::serialize(event_to_json(doc, doc.events[i], i)));
  }
  if (options.articles) c.article_line = JsonLinesWriter::serialize(article_to_json(doc));
  return c;
}

ParallelCoder::ParallelCoder(const Pipeline& pipeline, const ParallelOptions& options)
    : jobs_(resolve_jobs(options.jobs)),
      // One job codes inline on the caller's thread: no threads at all.
      pool_(jobs_ > 1 ? jobs_ : 0, resolve_in_flight(options.in_flight, jobs_),
            [&pipeline, options](Job&& job) {
              if (auto* reject = std::get_if<Error>(&job)) {
                CodedArticle c;
                c.doc = std::move(*reject);
                return c;
              }
              return code_and_render(pipeline, std::move(std::get<Article>(job)), options);
            }) {}

}  // namespace herald
