// The persistent store: one SQLite file holding articles, entities, aliases, mentions, relations
// with their evidence, and attacks. It survives crashes (WAL, one transaction per article) and
// re-ingest of the same article (content hash: identical content is a no-op, changed content
// replaces that article's facts).
//
//   std::unique_ptr<kg::Store> store;
//   kg::Status s = kg::Store::Open("kg.db", kg::Store::Mode::kReadWrite, &store);
//   if (!s.ok()) { ... s.message() ... }
//   kg::IngestOutcome o;
//   s = store->Ingest(extraction, &o);
//   kg::GraphData data;
//   s = store->Load(&data);
//
// Schema version is PRAGMA user_version (kSchemaVersion); a store written by a newer kg is refused.
#ifndef KG_GRAPH_STORE_H_
#define KG_GRAPH_STORE_H_

#include <memory>
#include <string>

#include "graph/model.h"
#include "graph/status.h"

struct sqlite3;

namespace kg {

inline constexpr int kSchemaVersion = 1;

enum class IngestOutcome { kAdded, kUnchanged, kReplaced };

struct StoreStats {
  int articles = 0;
  int entities = 0;        // entities that have at least one mention or relation
  int relations = 0;       // aggregated (source, relation, target) triples, co_mentioned included
  int typed_relations = 0; // the same without co_mentioned
  int evidence = 0;        // evidence rows
  int mentions = 0;
  int attacks = 0;         // distinct attack ids
};

class Store {
 public:
  enum class Mode { kReadOnly, kReadWrite };

  // Opens (kReadWrite creates if missing, with mode 0600) and checks/migrates the schema.
  static Status Open(const std::string& path, Mode mode, std::unique_ptr<Store>* out);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Writes one article's extraction in a single transaction. `x.article.content_hash` decides:
  // same id and hash already stored → kUnchanged and nothing is written; same id, other hash →
  // the old article's facts are deleted and the new ones written (kReplaced).
  Status Ingest(const ArticleExtraction& x, IngestOutcome* outcome);

  // Reads everything, aggregated: entities (with alias sources, counts, first/last seen),
  // relations per (source, relation, target) with all their evidence best first, attacks.
  Status Load(GraphData* out) const;

  Status Stats(StoreStats* out) const;

  const std::string& path() const { return path_; }

 private:
  Store(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_ = nullptr;
  std::string path_;
};

}  // namespace kg

#endif  // KG_GRAPH_STORE_H_
