// herald._herald: the thin pybind11 layer under the `herald` Python package
// (python/herald/__init__.py has the documented API). Everything here hands
// work to the C++ libraries and releases the GIL while they run; records
// cross as the JSON lines the CLI writes (JsonLinesWriter::serialize), so
// Python sees exactly what `herald code -o` writes.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <condition_variable>
#include <cstdio>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <variant>

#include "core/data_paths.h"
#include "export/event_exporter.h"
#include "export/gdelt_formatter.h"
#include "output/event_json.h"
#include "output/json_lines_writer.h"
#include "pipeline/document_codec.h"
#include "pipeline/parallel_coder.h"
#include "pipeline/pipeline.h"
#include "read/article_parser.h"
#include "read/article_reader.h"
#include "store/event_store.h"

namespace py = pybind11;
using namespace herald;

namespace {

// Raised as herald.HeraldError (a ValueError) with herald's error text.
struct HeraldFailure {
  std::string message;
};

[[noreturn]] void fail(const Error& e) { throw HeraldFailure{e.to_string()}; }

template <typename T>
T take(Result<T>&& r) {
  if (!r.ok()) fail(r.error());
  return std::move(r.value());
}

std::optional<std::string> date_text(const Article& a) {
  if (!a.date) return std::nullopt;
  return a.date->iso();
}

void set_date(Article& a, const std::optional<std::string>& d) {
  a.date.reset();
  if (!d) return;
  a.date = CivilDate::parse(*d);
  if (!a.date) throw HeraldFailure{"bad_date: \"" + *d + "\" is not YYYY-MM-DD"};
}

// One coded article as the CLI writes it: its event lines, or the reject.
struct Coded {
  std::vector<std::string> lines;
  std::optional<std::string> error;
};

Coded to_coded(CodedArticle&& c) {
  Coded out;
  if (c.doc.ok()) out.lines = std::move(c.event_lines);
  else out.error = c.doc.error().to_string();
  return out;
}

// Coded documents kept in C++ between coding and writing (the Dask runner's
// partitions); pickled through document_codec.
struct CodedBatch {
  std::vector<Document> docs;
  std::vector<std::string> rejects;   // error text of articles that could not be coded

  std::vector<std::string> event_lines() const {
    std::vector<std::string> out;
    for (const Document& d : docs)
      for (size_t i = 0; i < d.events.size(); ++i) out.push_back(JsonLinesWriter::serialize(event_to_json(d, d.events[i], i)));
    return out;
  }
};

// `herald code` with more than one thread, driven from Python: submit()
// returns the articles finished so far, in input order.
class Coder {
 public:
  Coder(std::shared_ptr<Pipeline> pipeline, unsigned jobs, size_t in_flight)
      : pipeline_(std::move(pipeline)), coder_(*pipeline_, options(jobs, in_flight)) {}

  std::vector<Coded> submit(Article article) {
    std::vector<Coded> ready;
    {
      py::gil_scoped_release release;
      coder_.submit(std::move(article), [&](CodedArticle&& c) { ready.push_back(to_coded(std::move(c))); });
    }
    return ready;
  }

  std::vector<Coded> finish() {
    std::vector<Coded> ready;
    {
      py::gil_scoped_release release;
      coder_.finish([&](CodedArticle&& c) { ready.push_back(to_coded(std::move(c))); });
    }
    return ready;
  }

 private:
  static ParallelOptions options(unsigned jobs, size_t in_flight) {
    ParallelOptions o;
    o.jobs = jobs;
    o.in_flight = in_flight;
    o.events = true;
    return o;
  }
  std::shared_ptr<Pipeline> pipeline_;   // kept alive while the threads use it
  ParallelCoder coder_;
};

// Articles read by herald's reader (the CLI's order, doc_ids and rejects) on
// a background thread, handed out in chunks; at most `buffer` wait.
class ArticleStream {
 public:
  using Item = std::variant<Article, std::string>;   // an article, or a reject's text

  ArticleStream(std::vector<std::string> inputs, uint64_t max_article_bytes, size_t buffer)
      : buffer_(std::max<size_t>(buffer, 1)) {
    ReadOptions ro;
    ro.max_article_bytes = max_article_bytes;
    thread_ = std::thread([this, inputs = std::move(inputs), ro] {
      ArticleReader reader(inputs, ro);
      auto put = [this](Item&& item) {
        std::unique_lock lock(mu_);
        room_.wait(lock, [&] { return stop_ || items_.size() < buffer_; });
        if (stop_) return;
        items_.push_back(std::move(item));
        ready_.notify_one();
      };
      reader.read_all([&](Article&& a) { put(Item(std::move(a))); },
                      [&](const Error& e) { put(Item(e.to_string())); });
      std::lock_guard lock(mu_);
      done_ = true;
      ready_.notify_all();
    });
  }
  ~ArticleStream() {
    {
      std::lock_guard lock(mu_);
      stop_ = true;
    }
    room_.notify_all();
    thread_.join();
  }

  // Up to n items; an empty list at the end.
  std::vector<Item> next(size_t n) {
    std::vector<Item> out;
    py::gil_scoped_release release;
    std::unique_lock lock(mu_);
    while (out.size() < n) {
      ready_.wait(lock, [&] { return done_ || !items_.empty(); });
      if (items_.empty()) break;
      while (!items_.empty() && out.size() < n) {
        out.push_back(std::move(items_.front()));
        items_.pop_front();
      }
      room_.notify_all();
    }
    return out;
  }

 private:
  const size_t buffer_;
  std::mutex mu_;
  std::condition_variable ready_, room_;
  std::deque<Item> items_;
  bool done_ = false, stop_ = false;
  std::thread thread_;
};

// A store opened for writing, with the CLI's resume rule.
class Store {
 public:
  explicit Store(const std::string& location) : store_(take(EventStore::open(location))) {}

  bool has_article(const Article& a) {
    py::gil_scoped_release release;
    return take(store_->has_article(a.doc_id, EventStore::content_hash(a)));
  }

  // Writes the batch's documents that the store does not already hold with
  // the same content (a retried partition writes only what is missing), in
  // order, batch_size documents per transaction. Returns (written, skipped).
  std::pair<size_t, size_t> write(const CodedBatch& batch, size_t batch_size) {
    py::gil_scoped_release release;
    size_t written = 0, skipped = 0;
    std::vector<Document> pending;
    auto flush = [&] {
      if (pending.empty()) return;
      written += take(store_->write_batch(pending));
      pending.clear();
    };
    for (const Document& d : batch.docs) {
      if (take(store_->has_article(d.article.doc_id, EventStore::content_hash(d.article)))) {
        ++skipped;
        continue;
      }
      pending.push_back(d);
      if (pending.size() >= std::max<size_t>(batch_size, 1)) flush();
    }
    flush();
    return {written, skipped};
  }

 private:
  std::unique_ptr<EventStore> store_;
};

std::optional<CivilDate> parse_filter_date(const py::dict& f, const char* key) {
  if (!f.contains(key) || f[key].is_none()) return std::nullopt;
  std::string s = py::str(f[key]);
  auto d = CivilDate::parse(s);
  if (!d) throw HeraldFailure{std::string("bad_format: ") + key + " \"" + s + "\" is not YYYY-MM-DD"};
  return d;
}

// The store's events as GDELT 2.0 rows (herald export --format gdelt) with
// the query filters in f; returns (tsv, rows written, events skipped).
std::tuple<std::string, uint64_t, uint64_t> gdelt_tsv(const std::string& location, const py::dict& f,
                                                     const std::vector<std::string>& data_dirs) {
  ExportOptions o;
  o.format = ExportFormat::kGdelt;
  o.header = false;
  EventQuery& q = o.query;
  q.date_from = parse_filter_date(f, "date_from");
  q.date_to = parse_filter_date(f, "date_to");
  auto text = [&](const char* key, std::string& out) {
    if (f.contains(key) && !f[key].is_none()) out = py::str(f[key]);
  };
  text("actor", q.actor);
  text("source", q.source);
  text("target", q.target);
  text("country", q.country);
  text("root", q.root);
  text("code", q.code);
  text("text", q.text);
  text("doc_id", q.doc_id);
  if (f.contains("quad_class") && !f["quad_class"].is_none()) q.quad_class = f["quad_class"].cast<int>();
  if (f.contains("bbox") && !f["bbox"].is_none()) {
    auto b = f["bbox"].cast<std::vector<double>>();
    if (b.size() != 4) throw HeraldFailure{"bad_format: bbox is (min_lat, min_lon, max_lat, max_lon)"};
    q.bbox = BoundingBox{b[0], b[1], b[2], b[3]};
  }
  py::gil_scoped_release release;
  DataPaths paths = DataPaths::defaults();
  paths.dirs.insert(paths.dirs.begin(), data_dirs.begin(), data_dirs.end());
  auto exporter = take(EventExporter::load(paths));
  StoreOptions so;
  so.read_only = true;
  auto store = take(EventStore::open(location, so));
  char* buf = nullptr;
  size_t size = 0;
  std::FILE* mem = ::open_memstream(&buf, &size);
  if (!mem) throw HeraldFailure{"output: cannot allocate the export buffer"};
  auto stats = exporter.write(*store, o, mem);
  std::fclose(mem);
  std::string tsv(buf ? buf : "", size);
  std::free(buf);
  if (!stats.ok()) fail(stats.error());
  return {std::move(tsv), stats.value().written, stats.value().skipped};
}

}  // namespace

PYBIND11_MODULE(_herald, m) {
  m.doc() = "herald's C++ engine; use the `herald` package, not this module";
  static py::exception<HeraldFailure> error(m, "HeraldError", PyExc_ValueError);
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const HeraldFailure& f) {
      PyErr_SetString(error.ptr(), f.message.c_str());
    }
  });

  py::class_<Article>(m, "Article")
      .def(py::init([](std::string doc_id, std::string text, std::optional<std::string> date, std::string url,
                       std::string title, std::string input, uint64_t line) {
             Article a;
             a.doc_id = std::move(doc_id);
             a.text = std::move(text);
             set_date(a, date);
             a.url = std::move(url);
             a.title = std::move(title);
             a.input = std::move(input);
             a.line = line;
             return a;
           }),
           py::arg("doc_id"), py::arg("text"), py::arg("date") = py::none(), py::arg("url") = "",
           py::arg("title") = "", py::arg("input") = "", py::arg("line") = 0)
      .def_readwrite("doc_id", &Article::doc_id)
      .def_readwrite("text", &Article::text)
      .def_property("date", &date_text, &set_date)
      .def_readwrite("url", &Article::url)
      .def_readwrite("title", &Article::title)
      .def_readwrite("input", &Article::input)
      .def_readwrite("line", &Article::line)
      .def_property_readonly("text_bytes", [](const Article& a) { return a.text.size(); })
      .def_property_readonly("content_hash", [](const Article& a) { return EventStore::content_hash(a); })
      .def("__repr__", [](const Article& a) { return "<herald.Article " + a.doc_id + ">"; })
      .def(py::pickle(
          [](const Article& a) { return py::make_tuple(a.doc_id, a.text, date_text(a), a.url, a.title, a.input, a.line); },
          [](const py::tuple& t) {
            Article a;
            a.doc_id = t[0].cast<std::string>();
            a.text = t[1].cast<std::string>();
            set_date(a, t[2].cast<std::optional<std::string>>());
            a.url = t[3].cast<std::string>();
            a.title = t[4].cast<std::string>();
            a.input = t[5].cast<std::string>();
            a.line = t[6].cast<uint64_t>();
            return a;
          }));

  m.def("parse_record", [](const std::string& json_line, const std::string& input, uint64_t line) {
    return take(ArticleParser::parse_json_line(json_line, input, line));
  }, "An Article from one JSON-lines record, exactly as `herald code` reads it");
  m.def("parse_plain", [](const std::string& content, const std::string& input, const std::string& stem) {
    return take(ArticleParser::parse_plain(content, input, stem));
  }, "An Article from a plain article file's text (date line, title, body)");

  py::class_<Pipeline, std::shared_ptr<Pipeline>>(m, "Pipeline")
      .def(py::init([](const std::vector<std::string>& data_dirs, bool keep_negated) {
             PipelineOptions po;
             po.paths.dirs.insert(po.paths.dirs.begin(), data_dirs.begin(), data_dirs.end());
             po.keep_negated = keep_negated;
             std::shared_ptr<const Pipeline> p;
             {
               py::gil_scoped_release release;
               p = take(Pipeline::load(po));
             }
             return std::const_pointer_cast<Pipeline>(p);
           }),
           py::arg("data_dirs") = std::vector<std::string>{}, py::arg("keep_negated") = false)
      .def("code_lines", [](const Pipeline& p, Article a) {
        std::vector<std::string> lines;
        {
          py::gil_scoped_release release;
          ParallelOptions o;
          o.events = true;
          auto c = code_and_render(p, std::move(a), o);
          if (!c.doc.ok()) fail(c.doc.error());
          lines = std::move(c.event_lines);
        }
        return lines;
      }, "The article's events as JSON lines (HeraldError when it cannot be coded)")
      .def("code_batch", [](const Pipeline& p, std::vector<Article> articles) {
        auto batch = std::make_unique<CodedBatch>();
        py::gil_scoped_release release;
        for (Article& a : articles) {
          auto d = p.code(std::move(a));
          if (!d.ok()) {
            batch->rejects.push_back(d.error().to_string());
            continue;
          }
          Document& doc = d.value();
          // Only what the store and the outputs read travels on.
          for (Sentence& s : doc.sentences) std::vector<Token>().swap(s.tokens);
          doc.phrases.clear();
          doc.cues.clear();
          batch->docs.push_back(std::move(doc));
        }
        return batch;
      }, "Codes articles on this thread into a CodedBatch for Store.write");

  py::class_<CodedBatch>(m, "CodedBatch")
      .def("__len__", [](const CodedBatch& b) { return b.docs.size(); })
      .def_property_readonly("doc_ids", [](const CodedBatch& b) {
        std::vector<std::string> ids;
        for (const auto& d : b.docs) ids.push_back(d.article.doc_id);
        return ids;
      })
      .def_readonly("rejects", &CodedBatch::rejects)
      .def("event_lines", &CodedBatch::event_lines)
      .def_property_readonly("events", [](const CodedBatch& b) {
        size_t n = 0;
        for (const auto& d : b.docs) n += d.events.size();
        return n;
      })
      .def_property_readonly("roots", [](const CodedBatch& b) {
        std::map<std::string, size_t> n;   // events by CAMEO root, as the CLI's summary counts them
        for (const auto& d : b.docs)
          for (const auto& e : d.events) ++n[e.root];
        return n;
      })
      .def(py::pickle(
          [](const CodedBatch& b) { return py::make_tuple(py::bytes(encode_documents(b.docs)), b.rejects); },
          [](const py::tuple& t) {
            auto b = std::make_unique<CodedBatch>();
            std::string bytes = t[0].cast<std::string>();
            b->docs = take(decode_documents(bytes));
            b->rejects = t[1].cast<std::vector<std::string>>();
            return b;
          }));

  py::class_<Coded>(m, "Coded")
      .def_readonly("lines", &Coded::lines)
      .def_readonly("error", &Coded::error);

  py::class_<Coder>(m, "Coder")
      .def(py::init<std::shared_ptr<Pipeline>, unsigned, size_t>(), py::arg("pipeline"), py::arg("jobs"),
           py::arg("in_flight") = 0)
      .def("submit", &Coder::submit)
      .def("finish", &Coder::finish);

  py::class_<ArticleStream>(m, "ArticleStream")
      .def(py::init<std::vector<std::string>, uint64_t, size_t>(), py::arg("inputs"),
           py::arg("max_article_bytes") = uint64_t{4} << 20, py::arg("buffer") = 1024)
      .def("next", &ArticleStream::next, py::arg("n"));

  py::class_<Store>(m, "Store")
      .def(py::init<const std::string&>())
      .def("has_article", &Store::has_article)
      .def("write", &Store::write, py::arg("batch"), py::arg("batch_size") = 256);

  m.def("gdelt_tsv", &gdelt_tsv, py::arg("location"), py::arg("filters"), py::arg("data_dirs") = std::vector<std::string>{});
  m.def("gdelt_columns", [] {
    std::vector<std::string> cols;
    for (auto c : gdelt_columns()) cols.emplace_back(c);
    return cols;
  });
  m.def("machine_cores", &machine_cores);
}
