// POST /api/code: the posted body (JSON or text, chosen by the first byte)
// parsed, then coded by the whole pipeline, then written as JSON.
#include <memory>

#include "fuzz_support.h"
#include "output/event_json.h"
#include "pipeline/pipeline.h"
#include "server/posted_article.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static std::shared_ptr<const herald::Pipeline> pipeline = herald::Pipeline::load({}).value();
  if (size == 0) return 0;
  herald::Article article;
  const char* type = data[0] & 1 ? "application/json" : "text/plain";
  if (herald::parse_posted_article(herald::fuzz::as_text(data + 1, size - 1), type, article)) return 0;
  auto doc = pipeline->code(std::move(article));
  if (doc.ok())
    for (size_t i = 0; i < doc.value().events.size(); ++i)
      (void)herald::event_to_json(doc.value(), doc.value().events[i], i).dump(-1, ' ', false,
                                                                           nlohmann::json::error_handler_t::replace);
  return 0;
}
