// The end-of-run summary `herald code` prints on stderr.
//
//   herald::print_summary(std::cerr, stats, options);
//   // articles read 12 (rejected 1), events coded 31 ...
#pragma once

#include <ostream>

#include "pipeline/batch_runner.h"

namespace herald {

void print_summary(std::ostream& out, const RunStats& stats, const RunOptions& options);

}  // namespace herald
