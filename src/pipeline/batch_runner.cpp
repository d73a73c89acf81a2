#include "pipeline/batch_runner.h"

#include <chrono>
#include <cstdio>
#include <optional>
#include <unordered_map>

#include "output/event_json.h"
#include "output/json_lines_writer.h"
#include "pipeline/parallel_coder.h"
#include "pipeline/progress_line.h"
#include "read/article_reader.h"
#include "store/event_store.h"

namespace herald {

namespace {

// Keeps the optional outputs of one run open and writes each coded document.
class Sinks {
 public:
  std::optional<Error> open(const RunOptions& o) {
    if (!o.events_path.empty()) {
      auto w = JsonLinesWriter::open(o.events_path);
      if (!w.ok()) return w.error();
      events_.emplace(std::move(w.value()));
    }
    if (!o.articles_path.empty()) {
      auto w = JsonLinesWriter::open(o.articles_path);
      if (!w.ok()) return w.error();
      articles_.emplace(std::move(w.value()));
    }
    if (!o.db_path.empty()) {
      auto s = EventStore::open(o.db_path);
      if (!s.ok()) return s.error();
      store_ = std::move(s.value());
      // Only the store is written: articles it already holds unchanged
      // (same doc_id and content hash) need no coding, so a killed run
      // resumes where it stopped.
      resume_ = !events_ && !articles_;
    }
    batch_size_ = o.batch_size;
    return std::nullopt;
  }

  // What the coding threads render for these sinks.
  bool wants_events() const { return events_.has_value(); }
  bool wants_articles() const { return articles_.has_value(); }

  // Writes one coded article, its lines rendered by code_and_render().
  std::optional<Error> write(CodedArticle&& coded) {
    if (events_) {
      for (const std::string& line : coded.event_lines) {
        auto r = events_->write_line(line);
        if (!r.ok()) return r.error();
      }
    }
    if (articles_) {
      auto r = articles_->write_line(coded.article_line);
      if (!r.ok()) return r.error();
    }
    if (store_) {
      batch_.push_back(std::move(coded.doc.value()));
      if (batch_.size() >= batch_size_) return flush();
    }
    return std::nullopt;
  }

  // What the store holds under the article's doc_id.
  enum class Stored : uint8_t { kNone, kSame, kOther };
  Result<Stored> stored(const Article& a, std::string& where) {
    if (!store_) return Stored::kNone;
    auto origin = store_->stored_origin(a.doc_id);
    if (!origin.ok()) return origin.error();
    if (!origin.value()) return Stored::kNone;
    if (origin.value()->content_hash == EventStore::content_hash(a)) return Stored::kSame;
    where = origin.value()->input;
    if (origin.value()->line > 0) where += ":" + std::to_string(origin.value()->line);
    return Stored::kOther;
  }
  // true when nothing but the store is written: stored articles need no coding.
  bool resume() const { return resume_; }

  std::optional<Error> flush() {
    if (store_ && !batch_.empty()) {
      auto r = store_->write_batch(batch_);
      batch_.clear();
      if (!r.ok()) return r.error();
    }
    return std::nullopt;
  }

  // Flushes and closes the files: a full disk shows up here, not in a destructor.
  std::optional<Error> close() {
    if (auto e = flush()) return e;
    for (auto* w : {&events_, &articles_}) {
      if (!*w) continue;
      auto r = (*w)->close();
      if (!r.ok()) return r.error();
    }
    return std::nullopt;
  }

 private:
  std::optional<JsonLinesWriter> events_, articles_;
  std::unique_ptr<EventStore> store_;
  bool resume_ = false;
  std::vector<Document> batch_;
  size_t batch_size_ = 256;
};

}  // namespace

Result<RunStats> run_batch(const Pipeline& pipeline, const RunOptions& options,
                           const std::function<void(const Error&)>& on_error) {
  const auto start = std::chrono::steady_clock::now();
  Sinks sinks;
  if (auto e = sinks.open(options)) return *e;

  RunStats stats;
  std::optional<Error> fatal;
  ReadOptions ro;
  ro.max_article_bytes = options.max_article_bytes;
  ArticleReader reader(options.inputs, ro);
  // Where each doc_id of this run was read: a second article with the same
  // id is refused rather than allowed to replace the first.
  std::unordered_map<std::string, std::string> seen;
  std::optional<ProgressLine> progress;
  if (options.progress) progress.emplace(stderr, options.inputs);
  // Articles are coded on options.jobs threads and written here, in input order.
  ParallelOptions po;
  po.jobs = options.jobs;
  po.in_flight = options.in_flight;
  po.events = sinks.wants_events();
  po.articles = sinks.wants_articles();
  ParallelCoder coder(pipeline, po);
  auto write = [&](CodedArticle&& coded) {
    if (fatal) return;
    if (!coded.doc.ok()) {
      ++stats.rejected;
      on_error(coded.doc.error());
      return;
    }
    const Document& doc = coded.doc.value();
    ++stats.articles_coded;
    stats.events += doc.events.size();
    for (const auto& e : doc.events) ++stats.events_by_root[e.root];
    if (auto e = sinks.write(std::move(coded))) fatal = *e;
    if (progress) progress->update(stats.articles_coded + stats.rejected, stats.bytes, stats.events);
  };

  auto read_stats = reader.read_all(
      [&](Article&& article) {
        if (fatal) return;
        stats.bytes += article.text.size();
        std::string here = article.input + (article.line > 0 ? ":" + std::to_string(article.line) : "");
        auto [first, fresh] = seen.emplace(article.doc_id, here);
        if (!fresh) {
          // Through the coder, so rejects are reported in input order.
          coder.submit(Error{ErrorCode::kDuplicateId, article.input, article.line,
                             "doc_id \"" + article.doc_id + "\" was already read from " + first->second +
                                 "; this article is not coded (give it an id of its own)",
                             ""},
                       write);
          return;
        }
        std::string where;
        auto stored = sinks.stored(article, where);
        if (!stored.ok()) {
          fatal = stored.error();
          return;
        }
        if (stored.value() == Sinks::Stored::kSame && sinks.resume()) {
          ++stats.skipped;
          return;  // read but not coded: already in the store
        }
        if (stored.value() == Sinks::Stored::kOther) {
          ++stats.replaced;
          if (options.on_notice)
            options.on_notice(here + ": doc_id \"" + article.doc_id + "\" replaces the stored article read from " +
                              where + " (its content differs)");
        }
        coder.submit(std::move(article), write);
      },
      // Through the coder, so rejects are reported in input order.
      [&](const Error& e) { coder.submit(Error(e), write); });
  coder.finish(write);
  if (progress) progress->clear();
  if (fatal) return *fatal;
  if (auto e = sinks.close()) return *e;

  stats.inputs = read_stats.inputs;
  stats.articles_read = read_stats.articles;
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return stats;
}

}  // namespace herald
