// Reads inputs, codes every article and writes the results: the loop behind
// `herald code`, kept here so the CLI, the server and the Python bindings
// share it.
//
//   herald::RunOptions o;
//   o.inputs = {"articles/"};
//   o.events_path = "events.jsonl";
//   o.db_path = "herald.db";
//   auto stats = herald::run_batch(*pipeline, o, [](const herald::Error& e) { ... });
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/error.h"
#include "pipeline/pipeline.h"

namespace herald {

struct RunOptions {
  std::vector<std::string> inputs;  // files, directories, "-" for standard input
  std::string events_path;          // JSON lines of events; "-" = stdout; "" = none
  std::string articles_path;        // JSON lines of per-article records; "" = none
  std::string db_path;              // SQLite database; "" = none
  size_t batch_size = 256;          // articles per database transaction
  bool progress = false;            // a progress line on stderr
  // Threads that code articles: 1 codes on the calling thread; N > 1 codes
  // on N threads while the calling thread reads and writes, in input order
  // (the output is byte-identical to jobs = 1). 0 = the machine's cores.
  unsigned jobs = 1;
  size_t in_flight = 0;             // articles read but not yet written; 0 = 64 per job, at most 512
  uint64_t max_article_bytes = 4u << 20;
  // Called with a line for things that are not rejects but must not pass
  // silently (an article replacing a stored one of the same doc_id).
  std::function<void(const std::string&)> on_notice;
};

struct RunStats {
  uint64_t inputs = 0;
  uint64_t articles_read = 0;
  uint64_t articles_coded = 0;
  uint64_t rejected = 0;            // bad lines, bad files, empty articles, repeated doc_ids
  uint64_t skipped = 0;             // already in the store unchanged (not coded again)
  uint64_t replaced = 0;            // stored articles replaced by a new content of the same doc_id
  uint64_t bytes = 0;               // article text bytes read
  uint64_t events = 0;
  std::map<std::string, uint64_t> events_by_root;   // "04" -> 3
  double seconds = 0;
};

// Runs the batch. Errors in single articles go to on_error and the run goes
// on; an Error is returned only when an output cannot be written, flushed or
// closed (kOutput, naming the path and the reason). A doc_id read twice in
// one run is a reject (kDuplicateId) for the second article: one article
// never silently takes another's place. on_error and every output are
// called from the calling thread only.
Result<RunStats> run_batch(const Pipeline& pipeline, const RunOptions& options,
                           const std::function<void(const Error&)>& on_error);

}  // namespace herald
