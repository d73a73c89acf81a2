#include "core/document.h"

namespace herald {

std::string_view count_type_name(CountType t) {
  switch (t) {
    case CountType::kKilled: return "killed";
    case CountType::kWounded: return "wounded";
    case CountType::kArrested: return "arrested";
    case CountType::kDisplaced: return "displaced";
    case CountType::kKidnapped: return "kidnapped";
    case CountType::kProtesters: return "protesters";
    case CountType::kOther: return "other";
  }
  return "other";
}

}  // namespace herald
