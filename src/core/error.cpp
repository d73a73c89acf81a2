#include "core/error.h"

namespace herald {

std::string_view error_code_name(ErrorCode c) {
  switch (c) {
    case ErrorCode::kOk: return "ok";
    case ErrorCode::kFileNotFound: return "file_not_found";
    case ErrorCode::kUnreadable: return "unreadable";
    case ErrorCode::kMalformedJson: return "malformed_json";
    case ErrorCode::kMissingField: return "missing_field";
    case ErrorCode::kBadFieldType: return "bad_field_type";
    case ErrorCode::kBadDate: return "bad_date";
    case ErrorCode::kNotUtf8: return "not_utf8";
    case ErrorCode::kBadFormat: return "bad_format";
    case ErrorCode::kTooLarge: return "too_large";
    case ErrorCode::kEmptyArticle: return "empty_article";
    case ErrorCode::kDictionary: return "dictionary";
    case ErrorCode::kOutput: return "output";
    case ErrorCode::kDuplicateId: return "duplicate_id";
  }
  return "unknown";
}

std::string Error::to_string() const {
  // Appended piece by piece: GCC 12 warns (-Wrestrict, a known false
  // positive) on `": " + message` here.
  std::string out = input.empty() ? std::string("<input>") : input;
  if (line > 0) out.append(":").append(std::to_string(line));
  out.append(": ").append(error_code_name(code));
  if (!message.empty()) out.append(": ").append(message);
  if (!excerpt.empty()) out.append(" [").append(excerpt).append("]");
  return out;
}

}  // namespace herald
