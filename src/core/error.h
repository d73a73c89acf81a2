// Errors as values, and the reject record a batch keeps going past.
//
//   herald::Result<Article> r = reader.next();
//   if (!r.ok()) log(r.error());            // Error{code, input, line, message}
//
// Codes are stable: they appear in reject logs and in the store. Exceptions
// never cross a stage boundary.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace herald {

enum class ErrorCode : uint8_t {
  kOk = 0,
  kFileNotFound,      // an input path does not exist
  kUnreadable,        // exists but cannot be opened or read (permissions, I/O, bad gzip)
  kMalformedJson,     // a JSON-lines line that does not parse as a JSON object
  kMissingField,      // a JSON-lines record without text
  kBadFieldType,      // a field of the wrong JSON type
  kBadDate,           // a date that is neither YYYY-MM-DD nor an ISO date-time
  kNotUtf8,           // bytes that are not valid UTF-8
  kBadFormat,         // a plain article file that does not follow the format
  kTooLarge,          // an article or line over a configured limit
  kEmptyArticle,      // nothing to code after cleaning
  kDictionary,        // a malformed dictionary entry
  kOutput,            // cannot write an output file or database
  kDuplicateId,       // a second article with a doc_id already read in this run
};

// A short stable name for a code: "malformed_json".
std::string_view error_code_name(ErrorCode c);

struct Error {
  ErrorCode code = ErrorCode::kOk;
  std::string input;      // path or "-"
  uint64_t line = 0;      // 1-based line, 0 when not line-based
  std::string message;    // human-readable detail
  std::string excerpt;    // up to 80 bytes of the offending input

  // "input:line: malformed_json: message"
  std::string to_string() const;
};

// A value or an error.
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}            // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}        // NOLINT
  bool ok() const { return v_.index() == 0; }
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

}  // namespace herald
