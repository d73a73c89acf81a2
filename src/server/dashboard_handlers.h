// The aggregate endpoints the web dashboard (web/) reads, independent of the
// HTTP library like ApiHandlers: events per day and QuadClass with
// casualties, per coordinate, per country, per actor pair; actor search as
// you type; an article's actor entries and counts. docs/api.md lists them.
//
//   herald::DashboardHandlers d(pool, api_handlers);
//   herald::ApiRequest req;  req.params = {{"country", "UKR"}};
//   herald::ApiReply r = d.timeline(req);   // {"days": [...], "casualties": [...], "undated": 3}
//
// The filters are those of /api/events (query_params.h); `offset` and
// `total` are refused, `limit` bounds the rows of places, countries, network
// and actors. Every store access goes through the same read-only pool.
#pragma once

#include "server/api_handlers.h"

namespace herald {

class DashboardHandlers {
 public:
  // api answers store errors the same way for both sets of endpoints.
  DashboardHandlers(StorePool& pool, const ApiHandlers& api) : pool_(pool), api_(api) {}

  ApiReply timeline(const ApiRequest& req) const;      // GET /api/timeline
  ApiReply places(const ApiRequest& req) const;        // GET /api/places
  ApiReply countries(const ApiRequest& req) const;     // GET /api/countries
  ApiReply network(const ApiRequest& req) const;       // GET /api/network
  ApiReply actors(const ApiRequest& req) const;        // GET /api/actors?q=...
  ApiReply annotations(const ApiRequest& req) const;   // GET /api/annotations?article=...

  static constexpr uint32_t kDefaultPlaces = 1000, kDefaultCountries = 300, kDefaultEdges = 150;
  static constexpr uint32_t kDefaultActors = 10, kMaxActors = 50;

 private:
  StorePool& pool_;
  const ApiHandlers& api_;
};

}  // namespace herald
