// Fuzzy lookup of an entity from whatever a user typed: any spelling the store knows, a clitic or
// diacritized form, a near miss, or a Latin transliteration ("daesh", "qurashi").
//
// Candidates are scored in [0, 1] against every name, English name, alias and id of every entity,
// best match per entity:
//   exact      1.00  KnowledgeGraph::Lookup (folded, clitics tried off the query);
//              0.95  folded keys equal with clitics taken off the name too;
//   substring  0.55–0.90  the folded query inside a folded name (longer share scores higher,
//              a match at the start of a word 0.05 more);
//              0.50–0.80  a whole folded name inside the query ("هجوم داعش");
//   token      0.40–0.80  share of query words found among the name's words (a word of five
//              letters or more one edit off counts 0.6 of a word);
//   fuzzy      0.75 − 0.10·d  edit distance d on folded code points, d ≤ 1 for up to 6 letters,
//              2 up to 10, 3 beyond (nothing for names of 3 letters or fewer);
//   latin      0.70 when the consonant skeletons agree, 0.50–0.70 when the query's skeleton is
//              inside the name's, 0.45 at one edit. A skeleton is the ICU transliteration
//              (kg::Slug) with "al", doubled letters, vowels, w, y and a word-final h dropped, k
//              read as q — the same on both sides, so "daesh" meets داعش and "qurashi" meets
//              القرشي. Latin spellings of the ids ("baghdadi") also match through the other kinds.
//
//   kg::query::SearchIndex index(g);
//   for (const kg::query::SearchHit& h : index.Search("daesh")) ...
#ifndef KG_QUERY_SEARCH_H_
#define KG_QUERY_SEARCH_H_

#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"
#include "graph/model.h"

namespace kg::query {

enum class MatchKind { kExact, kSubstring, kToken, kFuzzy, kLatin };

// "exact", "substring", "token", "fuzzy", "latin".
std::string_view MatchKindName(MatchKind kind);

struct SearchHit {
  Vertex vertex = 0;
  double score = 0;
  MatchKind kind = MatchKind::kExact;
  std::string matched;  // the name or alias that matched, as stored
};

struct SearchOptions {
  int limit = 10;  // 0 = all
  double min_score = 0.4;
  std::vector<EntityType> types;  // empty = all
};

class SearchIndex {
 public:
  // Folds every name of every entity once; keeps a reference to g.
  explicit SearchIndex(const KnowledgeGraph& g);

  // Best first: score, then mention count, then id.
  std::vector<SearchHit> Search(std::string_view text, const SearchOptions& options = {}) const;

 private:
  struct Name {
    std::string original;
    std::vector<std::string> keys;                // FoldKeys: keys[0] is the folded form
    std::vector<std::u32string> key_points;       // the same as code points
    std::vector<std::vector<std::string>> words;  // per folded word, its FoldKeys variants
    mutable std::string skeleton;                 // filled on the first Latin query
  };
  const KnowledgeGraph& g_;
  std::vector<std::vector<Name>> names_;  // by vertex
  mutable bool skeletons_ready_ = false;
};

// Builds a SearchIndex and searches once.
std::vector<SearchHit> Search(const KnowledgeGraph& g, std::string_view text,
                              const SearchOptions& options = {});

// The Latin consonant skeleton described above; exposed for tests.
std::string LatinSkeleton(std::string_view text);

}  // namespace kg::query

#endif  // KG_QUERY_SEARCH_H_
