// Runs every stage over one article: the one short file that ties herald together.
//
//   auto p = herald::Pipeline::load({});             // dictionaries from the data folders
//   if (!p.ok()) die(p.error().to_string());
//   auto doc = p.value()->code(std::move(article));  // Result<Document>
//   for (const herald::Event& e : doc.value().events) ...
//
// Stages in order: clean -> split -> tag -> actors -> places -> events ->
// dates -> event places. Each reads the Document and adds its layer.
#pragma once

#include <memory>

#include "core/data_paths.h"
#include "core/document.h"
#include "core/error.h"
#include "events/event_trace.h"

namespace herald {

struct PipelineOptions {
  DataPaths paths = DataPaths::defaults();
  bool keep_negated = false;   // keep events the text says did not happen (Event::negated)
};

class Pipeline {
 public:
  static Result<std::shared_ptr<const Pipeline>> load(const PipelineOptions& options);
  ~Pipeline();

  // Codes one article. An article with no text left after cleaning is an
  // Error (kEmptyArticle) naming its input and line.
  Result<Document> code(Article&& article) const;
  // The same, recording in `trace` why each sentence gave the events it gave
  // (herald explain); trace may be nullptr.
  Result<Document> code(Article&& article, EventTrace* trace) const;

 private:
  struct Stages;
  Pipeline(PipelineOptions options, std::unique_ptr<Stages> stages);
  PipelineOptions options_;
  std::unique_ptr<Stages> stages_;
};

}  // namespace herald
