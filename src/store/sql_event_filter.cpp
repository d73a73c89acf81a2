// The shared WHERE clause of the read path (sql_event_filter.h): every value
// bound, every SQL text fixed per filter.
#include "store/sql_event_filter.h"

#include <cctype>
#include <set>
#include <string_view>

namespace herald {

namespace {

// PostgreSQL's English stop words (its snowball english.stop): plainto_tsquery
// drops them, so SQLite's query drops them too and both backends answer a
// query the same way; a query of stop words alone ("the") matches nothing on
// either, instead of every article.
bool stop_word(std::string_view w) {
  static const std::set<std::string_view> kStop = {
      "i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "your", "yours", "yourself",
      "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself",
      "they", "them", "their", "theirs", "themselves", "what", "which", "who", "whom", "this", "that", "these",
      "those", "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having", "do",
      "does", "did", "doing", "a", "an", "the", "and", "but", "if", "or", "because", "as", "until", "while",
      "of", "at", "by", "for", "with", "about", "against", "between", "into", "through", "during", "before",
      "after", "above", "below", "to", "from", "up", "down", "in", "out", "on", "off", "over", "under",
      "again", "further", "then", "once", "here", "there", "when", "where", "why", "how", "all", "any",
      "both", "each", "few", "more", "most", "other", "some", "such", "no", "nor", "not", "only", "own",
      "same", "so", "than", "too", "very", "s", "t", "can", "will", "just", "don", "should", "now"};
  std::string lower(w);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return kStop.count(lower) > 0;
}

// "ceasefire talks" -> "\"ceasefire\" \"talks\"": every word a quoted FTS5
// string, so no query syntax reaches FTS5 from the user; stop words dropped.
std::string fts5_query(const std::string& text) {
  std::string out, word;
  auto flush = [&] {
    if (word.empty() || stop_word(word)) {
      word.clear();
      return;
    }
    if (!out.empty()) out += ' ';
    out += '"';
    for (char c : word) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
    word.clear();
  };
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') flush();
    else word += c;
  }
  flush();
  return out;
}

// The full-text condition over alias t ('e' or 'm'); "" when the text has no
// word that is not a stop word (the caller then matches nothing).
std::string text_condition(SqlWhere& w, const EventQuery& q, char t, TextPath path) {
  const std::string fts = fts5_query(q.text);
  if (fts.empty()) return "";
  // Version 5 keys: the index mentions_article_event answers, no article or
  // mention row is read.
  if (path == TextPath::kSqliteRowids || path == TextPath::kSqliteIds) {
    if (t == 'm')
      return "m.article_rowid IN (SELECT f.rowid FROM articles_fts f WHERE articles_fts MATCH " + w.bind(fts) + ")";
    const bool rowids = path == TextPath::kSqliteRowids;
    return std::string(rowids ? "e.rowid IN (SELECT k.event_rowid" : "e.id IN (SELECT k.event_id") +
           " FROM articles_fts f JOIN mentions k ON k.article_rowid = f.rowid WHERE articles_fts MATCH " +
           w.bind(fts) + ")";
  }
  std::string match;
  if (path == TextPath::kSqliteDocIds)
    match = "(SELECT x.doc_id FROM articles x JOIN articles_fts f ON f.rowid = x.rowid "
            "WHERE articles_fts MATCH " + w.bind(fts) + ")";
  else
    match = "(SELECT x.doc_id FROM articles x WHERE x.tsv @@ plainto_tsquery('english', " + w.bind(q.text) + "))";
  return t == 'e' ? "e.id IN (SELECT event_id FROM mentions WHERE doc_id IN " + match + ")"
                  : "(m.doc_id IN " + match + ")";
}

SqlWhere filter_where(const EventQuery& q, char t, TextPath path) {
  SqlWhere w;
  auto add = [&w](const std::string& cond) { w.sql += (w.sql.empty() ? " WHERE " : " AND ") + cond; };
  const std::string a(1, t);
  if (q.date_from) add(a + ".date >= " + w.bind(q.date_from->iso()));
  if (q.date_to) add(a + ".date <= " + w.bind(q.date_to->iso()));
  if (!q.actor.empty()) {
    std::string like = q.actor + "%";
    add("(" + a + ".source_code LIKE " + w.bind(like) + " OR " + a + ".target_code LIKE " + w.bind(like) + ")");
  }
  if (!q.source.empty()) add(a + ".source_code LIKE " + w.bind(q.source + "%"));
  if (!q.target.empty()) add(a + ".target_code LIKE " + w.bind(q.target + "%"));
  if (!q.country.empty()) add(a + ".geo_country = " + w.bind(q.country));
  if (!q.root.empty()) add(a + ".root = " + w.bind(q.root));
  if (!q.code.empty()) add(a + ".code = " + w.bind(q.code));
  if (q.quad_class) add(a + ".quad_class = " + w.bind(int64_t{*q.quad_class}));
  if (q.bbox) {
    add(a + ".lat >= " + w.bind(q.bbox->min_lat) + " AND " + a + ".lat <= " + w.bind(q.bbox->max_lat));
    add(a + ".lon >= " + w.bind(q.bbox->min_lon) + " AND " + a + ".lon <= " + w.bind(q.bbox->max_lon));
  }
  if (!q.doc_id.empty())
    add(t == 'e' ? "e.id IN (SELECT event_id FROM mentions WHERE doc_id = " + w.bind(q.doc_id) + ")"
                 : "(m.doc_id = " + w.bind(q.doc_id) + ")");
  bool has_word = false;
  for (unsigned char c : q.text) has_word = has_word || std::isalnum(c) || c >= 0x80;
  const std::string text = has_word ? text_condition(w, q, t, path) : "";
  // Words, but none that is not a stop word (or no word at all): nothing
  // matches, on SQLite as on PostgreSQL.
  if (q.text.find_first_not_of(" \t\r\n") != std::string::npos && text.empty()) add("1 = 0");
  if (!text.empty()) add(text);
  return w;
}

}  // namespace

TextPath in_id_order(TextPath path) { return path == TextPath::kSqliteRowids ? TextPath::kSqliteIds : path; }

SqlWhere event_filter_where(const EventQuery& q, TextPath path) { return filter_where(q, 'e', path); }

SqlWhere mention_filter_where(const EventQuery& q, TextPath path) { return filter_where(q, 'm', path); }

}  // namespace herald
