#include "pipeline/document_codec.h"

#include <bit>
#include <cstring>
#include <optional>

namespace herald {

namespace {

constexpr std::string_view kMagic = "HERALDDOCS";
constexpr uint32_t kVersion = 2;  // 2: the article's content hash

class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}
  void u8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void u32(uint32_t v) { raw(&v, sizeof v); }
  void u64(uint64_t v) { raw(&v, sizeof v); }
  void i64(int64_t v) { raw(&v, sizeof v); }
  void f64(double v) { raw(&v, sizeof v); }
  void str(std::string_view s) {
    u64(s.size());
    out_.append(s);
  }
  void span(const Span& s) {
    u32(s.begin);
    u32(s.end);
  }
  void opt_span(const std::optional<Span>& s) {
    u8(s.has_value());
    if (s) span(*s);
  }
  void opt_f64(const std::optional<double>& v) {
    u8(v.has_value());
    if (v) f64(*v);
  }
  void opt_date(const std::optional<CivilDate>& d) {
    u8(d.has_value());
    if (d) {
      u32(static_cast<uint32_t>(d->year));
      u8(static_cast<uint8_t>(d->month));
      u8(static_cast<uint8_t>(d->day));
    }
  }

 private:
  // The format is the machine's own byte order: both ends run herald on
  // the same kind of machine (a cluster of x86-64 or of arm64 workers).
  void raw(const void* p, size_t n) { out_.append(static_cast<const char*>(p), n); }
  std::string& out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool failed() const { return failed_; }
  bool at_end() const { return pos_ == in_.size(); }

  uint8_t u8() {
    uint8_t v = 0;
    raw(&v, 1);
    return v;
  }
  uint32_t u32() {
    uint32_t v = 0;
    raw(&v, sizeof v);
    return v;
  }
  uint64_t u64() {
    uint64_t v = 0;
    raw(&v, sizeof v);
    return v;
  }
  int64_t i64() {
    int64_t v = 0;
    raw(&v, sizeof v);
    return v;
  }
  double f64() {
    double v = 0;
    raw(&v, sizeof v);
    return v;
  }
  std::string str() {
    uint64_t n = u64();
    if (failed_ || n > in_.size() - pos_) {
      failed_ = true;
      return "";
    }
    std::string s(in_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  Span span() {
    Span s;
    s.begin = u32();
    s.end = u32();
    return s;
  }
  std::optional<Span> opt_span() {
    if (!u8()) return std::nullopt;
    return span();
  }
  std::optional<double> opt_f64() {
    if (!u8()) return std::nullopt;
    return f64();
  }
  std::optional<CivilDate> opt_date() {
    if (!u8()) return std::nullopt;
    CivilDate d;
    d.year = static_cast<int>(u32());
    d.month = u8();
    d.day = u8();
    return d;
  }
  // An enum value, refused when over its last value.
  uint8_t enum_value(uint8_t last) {
    uint8_t v = u8();
    if (v > last) failed_ = true;
    return v;
  }
  // A count of items, refused when it cannot fit in what is left (each item
  // takes at least one byte), so bad bytes never make a huge allocation.
  uint64_t count() {
    uint64_t n = u64();
    if (n > in_.size() - pos_) failed_ = true;
    return failed_ ? 0 : n;
  }

 private:
  void raw(void* p, size_t n) {
    if (failed_ || n > in_.size() - pos_) {
      failed_ = true;
      return;
    }
    std::memcpy(p, in_.data() + pos_, n);
    pos_ += n;
  }
  std::string_view in_;
  size_t pos_ = 0;
  bool failed_ = false;
};

void put_actor(Writer& w, const EventActor& a) {
  w.str(a.code);
  w.str(a.name);
  w.str(a.country);
  w.str(a.text);
  w.opt_span(a.span);
}

EventActor get_actor(Reader& r) {
  EventActor a;
  a.code = r.str();
  a.name = r.str();
  a.country = r.str();
  a.text = r.str();
  a.span = r.opt_span();
  return a;
}

void put_count(Writer& w, const Count& c) {
  w.u8(static_cast<uint8_t>(c.type));
  w.i64(c.number);
  w.str(c.who);
  w.str(c.according_to);
  w.u32(c.sentence);
  w.span(c.span);
}

Count get_count(Reader& r) {
  Count c;
  c.type = static_cast<CountType>(r.enum_value(static_cast<uint8_t>(CountType::kOther)));
  c.number = r.i64();
  c.who = r.str();
  c.according_to = r.str();
  c.sentence = r.u32();
  c.span = r.span();
  return c;
}

void put_geo(Writer& w, const Geo& g) {
  w.str(g.name);
  w.str(g.country);
  w.str(g.adm1);
  w.opt_f64(g.lat);
  w.opt_f64(g.lon);
  w.str(g.precision);
}

Geo get_geo(Reader& r) {
  Geo g;
  g.name = r.str();
  g.country = r.str();
  g.adm1 = r.str();
  g.lat = r.opt_f64();
  g.lon = r.opt_f64();
  g.precision = r.str();
  return g;
}

void put_document(Writer& w, const Document& d) {
  const Article& a = d.article;
  w.str(a.doc_id);
  w.str(a.input);
  w.u64(a.line);
  w.opt_date(a.date);
  w.str(a.url);
  w.str(a.title);
  w.str(a.text);
  w.str(a.content_hash);
  w.str(d.body);
  w.u64(d.sentences.size());
  for (const Sentence& s : d.sentences) w.span(s.span);
  w.u64(d.actors.size());
  for (const ActorMention& m : d.actors) {
    w.u32(m.sentence);
    w.u32(m.first);
    w.u32(m.last);
    w.span(m.span);
    w.str(m.code);
    w.str(m.name);
    w.str(m.country);
    w.u8(static_cast<uint8_t>(m.kind));
    w.str(m.entry);
  }
  w.u64(d.places.size());
  for (const PlaceMention& p : d.places) {
    w.u32(p.sentence);
    w.u32(p.first);
    w.u32(p.last);
    w.span(p.span);
    w.str(p.name);
    w.str(p.country);
    w.str(p.adm1);
    w.opt_f64(p.lat);
    w.opt_f64(p.lon);
    w.str(p.precision);
  }
  w.u64(d.events.size());
  for (const Event& e : d.events) {
    w.u32(e.sentence);
    put_actor(w, e.source);
    put_actor(w, e.target);
    w.str(e.code);
    w.str(e.root);
    w.i64(e.quad_class);
    w.f64(e.goldstein);
    w.opt_date(e.date);
    w.u8(e.date_from_text);
    put_geo(w, e.geo);
    w.u64(e.counts.size());
    for (const Count& c : e.counts) put_count(w, c);
    w.str(e.attribution);
    w.str(e.verb);
    w.opt_span(e.verb_span);
    w.u8(e.negated);
    w.str(e.pattern);
    w.f64(e.confidence);
  }
  w.u64(d.counts.size());
  for (const Count& c : d.counts) put_count(w, c);
}

Document get_document(Reader& r) {
  Document d;
  Article& a = d.article;
  a.doc_id = r.str();
  a.input = r.str();
  a.line = r.u64();
  a.date = r.opt_date();
  a.url = r.str();
  a.title = r.str();
  a.text = r.str();
  a.content_hash = r.str();
  d.body = r.str();
  d.sentences.resize(r.count());
  for (Sentence& s : d.sentences) s.span = r.span();
  d.phrases.resize(d.sentences.size());
  d.actors.resize(r.count());
  for (ActorMention& m : d.actors) {
    m.sentence = r.u32();
    m.first = r.u32();
    m.last = r.u32();
    m.span = r.span();
    m.code = r.str();
    m.name = r.str();
    m.country = r.str();
    m.kind = static_cast<ActorKind>(r.enum_value(static_cast<uint8_t>(ActorKind::kDescription)));
    m.entry = r.str();
  }
  d.places.resize(r.count());
  for (PlaceMention& p : d.places) {
    p.sentence = r.u32();
    p.first = r.u32();
    p.last = r.u32();
    p.span = r.span();
    p.name = r.str();
    p.country = r.str();
    p.adm1 = r.str();
    p.lat = r.opt_f64();
    p.lon = r.opt_f64();
    p.precision = r.str();
  }
  d.events.resize(r.count());
  for (Event& e : d.events) {
    e.sentence = r.u32();
    e.source = get_actor(r);
    e.target = get_actor(r);
    e.code = r.str();
    e.root = r.str();
    e.quad_class = static_cast<int>(r.i64());
    e.goldstein = r.f64();
    e.date = r.opt_date();
    e.date_from_text = r.u8() != 0;
    e.geo = get_geo(r);
    e.counts.resize(r.count());
    for (Count& c : e.counts) c = get_count(r);
    e.attribution = r.str();
    e.verb = r.str();
    e.verb_span = r.opt_span();
    e.negated = r.u8() != 0;
    e.pattern = r.str();
    e.confidence = r.f64();
  }
  d.counts.resize(r.count());
  for (Count& c : d.counts) c = get_count(r);
  return d;
}

}  // namespace

std::string encode_documents(const std::vector<Document>& docs) {
  std::string out;
  Writer w(out);
  out.append(kMagic);
  w.u32(kVersion);
  w.u64(docs.size());
  for (const Document& d : docs) put_document(w, d);
  return out;
}

Result<std::vector<Document>> decode_documents(std::string_view bytes) {
  auto bad = [](const std::string& why) {
    return Error{ErrorCode::kBadFormat, "", 0, "not herald's coded documents: " + why, ""};
  };
  if (bytes.substr(0, kMagic.size()) != kMagic) return bad("no header");
  Reader r(bytes.substr(kMagic.size()));
  uint32_t version = r.u32();
  if (r.failed() || version != kVersion)
    return bad("format version " + std::to_string(version) + ", this herald reads " + std::to_string(kVersion));
  std::vector<Document> docs(r.count());
  for (Document& d : docs) {
    d = get_document(r);
    if (r.failed()) break;
  }
  if (r.failed()) return bad("cut short or corrupt");
  if (!r.at_end()) return bad("bytes left over");
  return docs;
}

}  // namespace herald
