#include "cli/summary.h"

#include <fmt/format.h>

#include "store/event_store.h"

namespace herald {

void print_summary(std::ostream& out, const RunStats& s, const RunOptions& o) {
  const double mb = static_cast<double>(s.bytes) / 1e6;
  out << fmt::format("herald: {} input(s), {} article(s) read, {} coded, {} rejected\n", s.inputs,
                     s.articles_read, s.articles_coded, s.rejected);
  out << fmt::format("herald: {} event(s) coded in {:.2f} s ({:.1f} articles/s, {:.2f} MB/s)\n", s.events,
                     s.seconds, s.seconds > 0 ? static_cast<double>(s.articles_read) / s.seconds : 0.0,
                     s.seconds > 0 ? mb / s.seconds : 0.0);
  if (!s.events_by_root.empty()) {
    std::string line = "herald: events by root:";
    for (const auto& [root, n] : s.events_by_root) line += fmt::format(" {}={}", root, n);
    out << line << '\n';
  }
  if (!o.events_path.empty() && o.events_path != "-") out << "herald: events written to " << o.events_path << '\n';
  if (!o.articles_path.empty()) out << "herald: article records written to " << o.articles_path << '\n';
  if (s.skipped > 0) out << "herald: " << s.skipped << " article(s) already stored unchanged, not coded again\n";
  if (s.replaced > 0) out << "herald: " << s.replaced << " stored article(s) replaced by new content\n";
  if (!o.db_path.empty())
    out << "herald: database written to " << EventStore::printable_location(o.db_path) << '\n';
}

}  // namespace herald
