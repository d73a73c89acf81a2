// Coded documents to bytes and back, to move them between processes (the
// Dask runner codes a partition on one worker and may write it to the store
// from another).
//
//   std::string bytes = herald::encode_documents(docs);
//   auto back = herald::decode_documents(bytes);        // Result<std::vector<Document>>
//
// Only the layers the outputs and the store read travel: the article, the
// body, sentence spans, actors, places, events (with their counts) and the
// counts, and the article's content hash (the store's resume key). Tokens,
// phrases and cues are left behind (decoded sentences have
// no tokens), which also keeps the bytes small. A document decoded here
// gives the same JSON lines (output/event_json.h) and the same store rows
// as the one encoded. Bytes from another format version are refused.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/error.h"

namespace herald {

std::string encode_documents(const std::vector<Document>& docs);

// kBadFormat for bytes that are not an encoding of this version.
Result<std::vector<Document>> decode_documents(std::string_view bytes);

}  // namespace herald
