#include "export/event_exporter.h"

#include <cerrno>
#include <cstring>
#include <iterator>

#include <nlohmann/json.hpp>

namespace herald {

namespace {

using nlohmann::json;

// RFC 4180: quote fields holding a comma, quote or line break.
std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string opt_number(const std::optional<double>& v) {
  if (!v) return "";
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.6g", *v);
  return buf;
}

std::string csv_row(const EventRecord& e) {
  char gold[16];
  std::snprintf(gold, sizeof gold, "%.1f", e.goldstein);
  const std::string fields[] = {
      e.id, e.date ? e.date->iso() : "", e.source.code, e.source.name, e.source.country, e.target.code,
      e.target.name, e.target.country, e.code, e.root, std::to_string(e.quad_class), gold, e.geo_name,
      e.geo_country, opt_number(e.lat), opt_number(e.lon), std::to_string(e.num_mentions),
      std::to_string(e.num_sources), std::to_string(e.num_articles), e.is_root_event ? "1" : "0",
      e.source_url, e.added};
  std::string line;
  for (size_t i = 0; i < std::size(fields); ++i) {
    if (i) line += ',';
    line += csv_field(fields[i]);
  }
  return line;
}

json actor_json(const StoredActor& a) {
  auto s = [](const std::string& v) { return v.empty() ? json(nullptr) : json(v); };
  return json{{"code", a.code}, {"name", s(a.name)}, {"country", s(a.country)}};
}

json plover_json(const EventRecord& e, const PloverEntry& p) {
  auto s = [](const std::string& v) { return v.empty() ? json(nullptr) : json(v); };
  json j;
  j["id"] = e.id;
  j["date"] = e.date ? json(e.date->iso()) : json(nullptr);
  j["event"] = p.event;
  j["mode"] = s(p.mode);
  j["context"] = p.context;
  j["actor"] = actor_json(e.source);
  j["recipient"] = actor_json(e.target);
  j["location"] = json{{"name", s(e.geo_name)}, {"country", s(e.geo_country)},
                       {"lat", e.lat ? json(*e.lat) : json(nullptr)}, {"lon", e.lon ? json(*e.lon) : json(nullptr)}};
  j["cameo"] = e.code;
  j["quad_class"] = e.quad_class;
  j["goldstein"] = e.goldstein;
  j["num_mentions"] = e.num_mentions;
  j["num_sources"] = e.num_sources;
  j["num_articles"] = e.num_articles;
  j["url"] = s(e.source_url);
  return j;
}

}  // namespace

std::optional<ExportFormat> parse_export_format(const std::string& name) {
  if (name == "jsonl" || name == "json") return ExportFormat::kJsonl;
  if (name == "csv") return ExportFormat::kCsv;
  if (name == "gdelt") return ExportFormat::kGdelt;
  if (name == "plover") return ExportFormat::kPlover;
  return std::nullopt;
}

const std::string& csv_header() {
  static const std::string kHeader =
      "id,date,source_code,source_name,source_country,target_code,target_name,target_country,code,root,"
      "quad_class,goldstein,geo_name,geo_country,lat,lon,num_mentions,num_sources,num_articles,"
      "is_root_event,source_url,added";
  return kHeader;
}

EventExporter::EventExporter(PloverTable plover, GdeltFormatter gdelt)
    : plover_(std::move(plover)), gdelt_(std::move(gdelt)) {}

Result<EventExporter> EventExporter::load(const DataPaths& paths) {
  auto plover = PloverTable::load(paths);
  if (!plover.ok()) return plover.error();
  auto gdelt = GdeltFormatter::load(paths);
  if (!gdelt.ok()) return gdelt.error();
  return EventExporter(std::move(plover.value()), std::move(gdelt.value()));
}

Result<ExportStats> EventExporter::write(EventStore& store, const ExportOptions& o, std::FILE* out) const {
  ExportStats stats;
  std::optional<Error> failure;
  auto put = [&](const std::string& line) {
    if (std::fwrite(line.data(), 1, line.size(), out) != line.size() || std::fputc('\n', out) == EOF) {
      failure = Error{ErrorCode::kOutput, "", stats.written, std::string("write failed: ") + std::strerror(errno), ""};
      return false;
    }
    ++stats.written;
    return true;
  };
  Result<uint64_t> scanned = uint64_t{0};
  if (o.format == ExportFormat::kJsonl) {
    scanned = store.scan_mentions(o.query, [&](const MentionRecord& m) {
      json j = json::parse(m.json, nullptr, false);
      if (j.is_discarded()) j = json::object();
      j["event_id"] = m.event_id.empty() ? json(nullptr) : json(m.event_id);
      j["syndicated"] = m.syndicated;
      return put(j.dump(-1, ' ', false, json::error_handler_t::replace));
    });
  } else {
    if (o.format == ExportFormat::kCsv && o.header && !put(csv_header())) return *failure;
    if (o.format == ExportFormat::kCsv && o.header) stats.written = 0;
    std::string line;
    scanned = store.scan_events(o.query, [&](const EventRecord& e) {
      switch (o.format) {
        case ExportFormat::kCsv: return put(csv_row(e));
        case ExportFormat::kGdelt:
          if (!gdelt_.row(e, line)) {
            ++stats.skipped;
            return true;
          }
          return put(line);
        case ExportFormat::kPlover: {
          const PloverEntry* p = plover_.lookup(e.code);
          if (!p) {
            ++stats.skipped;
            return true;
          }
          return put(plover_json(e, *p).dump(-1, ' ', false, json::error_handler_t::replace));
        }
        case ExportFormat::kJsonl: break;
      }
      return true;
    });
  }
  if (failure) return *failure;
  if (!scanned.ok()) return scanned.error();
  if (std::fflush(out) != 0)
    return Error{ErrorCode::kOutput, "", 0, std::string("write failed: ") + std::strerror(errno), ""};
  return stats;
}

}  // namespace herald
