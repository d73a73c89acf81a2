#include "pipeline/pipeline.h"

#include <algorithm>
#include <future>

#include "actors/actor_dictionary.h"
#include "actors/actor_matcher.h"
#include "actors/agent_placer.h"
#include "clean/text_cleaner.h"
#include "counts/count_extractor.h"
#include "coref/coref_resolver.h"
#include "dates/date_resolver.h"
#include "events/cameo_table.h"
#include "events/event_coder.h"
#include "events/event_words.h"
#include "events/statement_coder.h"
#include "events/verb_dictionary.h"
#include "geo/event_locator.h"
#include "geo/place_finder.h"
#include "tag/tagger.h"
#include "text/sentence_splitter.h"

namespace herald {

// Loaded dictionaries and the stage objects that use them. Members are
// declared in dependency order: matchers keep references to dictionaries.
struct Pipeline::Stages {
  TextCleaner cleaner;
  SentenceSplitter splitter;
  Tagger tagger;
  ActorDictionary actor_dictionary;
  ActorMatcher actor_matcher;
  CorefResolver coref;
  PlaceFinder place_finder;
  AgentPlacer agent_placer;
  VerbDictionary verbs;
  CameoTable cameo;
  StatementCoder statements;
  EventWords event_words;
  EventCoder event_coder;
  DateResolver date_resolver;
  EventLocator event_locator;
  CountExtractor counts;

  Stages(Tagger t, ActorDictionary a, CorefResolver r, PlaceFinder p, VerbDictionary v, CameoTable c, StatementCoder sc,
         EventWords w, DateResolver d, CountExtractor n)
      : tagger(std::move(t)),
        actor_dictionary(std::move(a)),
        actor_matcher(actor_dictionary),
        coref(std::move(r)),
        place_finder(std::move(p)),
        verbs(std::move(v)),
        cameo(std::move(c)),
        statements(std::move(sc)),
        event_words(std::move(w)),
        event_coder(verbs, cameo, /*keep_negated=*/true, &statements, &event_words),
        date_resolver(std::move(d)),
        event_locator(place_finder),
        counts(std::move(n)) {}
};

Pipeline::Pipeline(PipelineOptions options, std::unique_ptr<Stages> stages)
    : options_(std::move(options)), stages_(std::move(stages)) {}
Pipeline::~Pipeline() = default;

Result<std::shared_ptr<const Pipeline>> Pipeline::load(const PipelineOptions& options) {
  // The tagger and the actor dictionaries load on a second thread while
  // this one loads the rest: loaders share nothing, and start-up's wall
  // time on two cores is the larger half (issue 10). Where no thread can
  // be started, the first half runs here when asked for (deferred). Errors
  // come in the stages' order, as from one thread.
  const DataPaths& paths = options.paths;
  struct FirstHalf {
    Result<Tagger> tagger;
    Result<ActorDictionary> actors;
  };
  auto first = std::async(std::launch::async | std::launch::deferred,
                          [&paths] { return FirstHalf{Tagger::load(paths), ActorDictionary::load(paths)}; });
  auto coref = CorefResolver::load(paths);
  auto places = PlaceFinder::load(paths);
  auto verbs = VerbDictionary::load(paths);
  auto cameo = CameoTable::load(paths);
  auto statements = StatementCoder::load(paths);
  auto event_words = EventWords::load(paths);
  auto dates = DateResolver::load(paths);
  auto counts = CountExtractor::load(paths);
  auto [tagger, actors] = first.get();
  if (!tagger.ok()) return tagger.error();
  if (!actors.ok()) return actors.error();
  if (!coref.ok()) return coref.error();
  if (!places.ok()) return places.error();
  if (!verbs.ok()) return verbs.error();
  if (!cameo.ok()) return cameo.error();
  if (!statements.ok()) return statements.error();
  if (!event_words.ok()) return event_words.error();
  if (!dates.ok()) return dates.error();
  if (!counts.ok()) return counts.error();
  auto stages = std::make_unique<Stages>(std::move(tagger.value()), std::move(actors.value()),
                                         std::move(coref.value()), std::move(places.value()), std::move(verbs.value()),
                                         std::move(cameo.value()), std::move(statements.value()),
                                         std::move(event_words.value()), std::move(dates.value()),
                                         std::move(counts.value()));
  return std::shared_ptr<const Pipeline>(new Pipeline(options, std::move(stages)));
}

Result<Document> Pipeline::code(Article&& article) const { return code(std::move(article), nullptr); }

Result<Document> Pipeline::code(Article&& article, EventTrace* trace) const {
  Document doc;
  doc.article = std::move(article);
  // The hash of the article as read, before the cleaner rewrites its title:
  // the same key the store's resume check computes from a fresh read.
  if (doc.article.content_hash.empty()) doc.article.content_hash = article_content_hash(doc.article);
  const Stages& s = *stages_;
  s.cleaner.annotate(doc);
  if (doc.body.empty())
    return Error{ErrorCode::kEmptyArticle, doc.article.input, doc.article.line,
                 "no text left after cleaning (doc_id " + doc.article.doc_id + ")", ""};
  s.splitter.annotate(doc);
  s.tagger.annotate(doc);
  s.actor_matcher.annotate(doc);
  s.coref.annotate(doc);
  s.place_finder.annotate(doc);
  s.agent_placer.annotate(doc, PlaceFinder::main_country(doc, s.place_finder.title_countries(doc.article.title)));
  s.event_coder.annotate(doc, trace);
  s.date_resolver.annotate(doc);
  s.event_locator.annotate(doc);
  if (!options_.keep_negated)
    std::erase_if(doc.events, [](const Event& e) { return e.negated; });
  s.counts.annotate(doc);
  return doc;
}

}  // namespace herald
