// Codes articles on several threads and hands them back in input order:
// the engine of `herald code --jobs N` and of the Python bindings'
// code_many(). The pipeline is shared (Pipeline::code is const and every
// stage only reads its dictionaries); each article's JSON lines are rendered
// on the thread that coded it, so the one writer only writes bytes.
//
//   herald::ParallelCoder coder(*pipeline, {.jobs = 4, .events = true});
//   reader.read_all([&](herald::Article&& a) {
//     coder.submit(std::move(a), [&](herald::CodedArticle&& c) { write(c); });   // in input order
//   }, on_error);
//   coder.finish([&](herald::CodedArticle&& c) { write(c); });
#pragma once

#include <cstddef>
#include <string>
#include <variant>
#include <vector>

#include "core/document.h"
#include "core/error.h"
#include "pipeline/ordered_pool.h"
#include "pipeline/pipeline.h"

namespace herald {

// One coded article and its records, rendered exactly as JsonLinesWriter writes them.
struct CodedArticle {
  Result<Document> doc = Error{};
  std::vector<std::string> event_lines;   // one per event of doc (when ParallelOptions::events)
  std::string article_line;               // the per-article record (when ParallelOptions::articles)
};

struct ParallelOptions {
  unsigned jobs = 1;         // coding threads; 1 = code on the caller's thread; 0 = the machine's cores
  size_t in_flight = 0;      // articles submitted and not yet delivered; 0 = 64 per job, at most 512
  bool events = false;       // render CodedArticle::event_lines
  bool articles = false;     // render CodedArticle::article_line
};

// The machine's cores (std::thread::hardware_concurrency), at least 1.
unsigned machine_cores();

// Codes one article and renders what `options` asks for (on the calling thread).
CodedArticle code_and_render(const Pipeline& pipeline, Article&& article, const ParallelOptions& options);

class ParallelCoder {
 public:
  using Job = std::variant<Article, Error>;   // an article to code, or a reject to pass along in order
  using Deliver = OrderedPool<Job, CodedArticle>::Deliver;

  // The pipeline must outlive the coder.
  ParallelCoder(const Pipeline& pipeline, const ParallelOptions& options);

  // Queues an article; delivers finished ones in input order on this
  // thread; blocks while `in_flight` articles are pending.
  void submit(Article&& article, const Deliver& deliver) { pool_.submit(Job(std::move(article)), deliver); }
  // Queues a reject (a bad line met by the reader): it is delivered as a
  // CodedArticle whose doc is the error, in its place among the articles.
  void submit(Error&& reject, const Deliver& deliver) { pool_.submit(Job(std::move(reject)), deliver); }
  // Delivers every article still pending, in order.
  void finish(const Deliver& deliver) { pool_.finish(deliver); }

  unsigned jobs() const { return jobs_; }

 private:
  unsigned jobs_;
  OrderedPool<Job, CodedArticle> pool_;
};

}  // namespace herald
