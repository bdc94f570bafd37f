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
// Schema version is PRAGMA user_version (kSchemaVersion); a store written by a newer kg is refused,
// an older one is migrated when opened read-write (read-only opens read it as it is).
//
// Analyst corrections (merge, alias, unalias, retype) are a log in the store, applied when the
// store is read: Load rewrites ids through the merges, adds and hides aliases and overrides types,
// so a correction still holds after the articles it touches are re-ingested, and applies to new
// articles too. Undoing one only marks it undone.
//
//   int64_t id;
//   s = store->AddCorrection({.kind = kg::CorrectionKind::kMerge, .args = {"group:a", "group:b"}},
//                            &id);
//   s = store->UndoCorrection(id);
#ifndef KG_GRAPH_STORE_H_
#define KG_GRAPH_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"
#include "graph/topology.h"

struct sqlite3;

namespace kg {

// 1: articles, entities, aliases, mentions, evidence, attacks. 2: + corrections. 3: aliases kept
// by article, + entity_articles. 4: evidence indexed by a 64-bit key of (source, relation, target)
// instead of the three strings. 5: one aliases row per (article, entity), its spellings packed.
// 6: co_mentioned evidence one row per sentence (co_mentions), its pairs keyed in co_keys; each
// place's attacks summed up in attack_groups; an entity's mentions in its aliases row.
inline constexpr int kSchemaVersion = 6;

// Schema 5's aliases rows hold an entity's spellings from one article joined by U+001F: appends
// `spelling` to `row`, any U+001F in it turned into a space. Part of the file format.
void AppendSpelling(std::string* row, std::string_view spelling);

// Schema 6's co_mentions rows pack their pairs the same way, source, target, source, ...: calls
// fn(source, target) for each pair of `pairs`.
void ForEachPackedPair(std::string_view pairs,
                       const std::function<void(std::string_view, std::string_view)>& fn);

// The key an evidence row is indexed by (schema 4): a 64-bit hash of source, relation and target
// (FNV-1a, then a finalizing mix), whose lowest bit is 1 exactly for co_mentioned, so counts by
// kind read the index alone. Part of the file format: never change it.
int64_t EvidenceKey(std::string_view source, std::string_view relation, std::string_view target);

// Every article inserts its evidence keys at random places across their whole index, so in a
// large store nearly every row dirties a page of its own, and a commit writes each dirty page
// once however many rows it took. So batches and the writer's cache grow with the store:
// - WriterCacheKiB: the page cache (KiB, SQLite's negative cache_size), a sixteenth of the
//   store (the evidence key index is about a thirtieth), at least 64 MiB and at most 1 GiB.
//   SQLite takes pages as they are used, so a small store never costs the maximum.
// - BatchArticles: how many articles a batch should hold, one per 2 MiB of store, from 256 to
//   2048 (a 10k-article store is about 0.5 GB). In small stores, larger batches only made each
//   commit, and the checkpoint the next batch may wait for, longer.
// 5k articles into a 100k-article store (4.9 GB): 16 GB written with 256-article batches and a
// 64 MiB cache, 6 GB with 2048 and 256 MiB or more, in about 0.7 of the time; 2048-article
// batches with the 64 MiB cache were no faster.
int64_t WriterCacheKiB(int64_t store_bytes);
int BatchArticles(int64_t store_bytes);

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

// What an analyst correction does; its args, all entity ids as the store knows them:
//   kMerge   {into, from}  `from` becomes part of `into`: its aliases, mentions and relations
//   kAlias   {entity, alias}  adds an alias
//   kUnalias {entity, alias}  hides an alias the articles or the lexicon gave
//   kRetype  {entity, type}   overrides the type ("group", "person", ...)
enum class CorrectionKind { kMerge, kAlias, kUnalias, kRetype };

// "merge", "alias", "unalias", "retype".
std::string_view CorrectionKindName(CorrectionKind kind);
std::optional<CorrectionKind> ParseCorrectionKind(std::string_view name);

struct Correction {
  int64_t id = 0;     // assigned by the store, increasing
  std::string time;   // UTC, "YYYY-MM-DDTHH:MM:SSZ", set by the store
  CorrectionKind kind = CorrectionKind::kMerge;
  std::vector<std::string> args;  // see CorrectionKind
  bool undone = false;
};

struct LoadOptions {
  bool apply_corrections = true;  // false: the facts exactly as the articles gave them
};

class StmtCache;     // store.cc: a connection's prepared statements
class WriterState;     // store.cc: what ingest keeps between the articles of a batch
class Checkpointer;  // checkpointer.h: the batches' checkpoints, on a thread of their own

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

  // Batches: between BeginBatch and CommitBatch, every Ingest writes into one transaction, so
  // many articles share one commit (the pages SQLite writes per commit are what an ingest spends
  // its time on). An article is still all in or all out: an Ingest that fails rolls the whole
  // batch back (CommitBatch then says so). A crash loses the open batch, never a part of an
  // article, and leaves the store as the last commit left it. Closing the store commits an open
  // batch.
  Status BeginBatch();
  // How many articles the open batch should take before its commit (BatchArticles of the store's
  // size when the batch began).
  int batch_articles() const { return batch_articles_; }
  // Commits the open batch (nothing to do without one). On failure the batch's articles are not
  // in the store: the message says so.
  Status CommitBatch();

  // Reads everything, aggregated: entities (with alias sources, counts, first/last seen),
  // relations per (source, relation, target) with all their evidence best first, attacks.
  // Active corrections are applied (see above) unless `options` say otherwise.
  Status Load(GraphData* out, const LoadOptions& options = {}) const;

  // Counts as Load sees them (so after corrections).
  Status Stats(StoreStats* out) const;
  // Articles, entities and relations only, the same as Stats gives them; the other fields may be
  // left 0. What ingest's closing line prints: on the 100k-article store the other counts (typed
  // relations, evidence rows, mentions, attacks) took 1.45 s of the 2 s.
  Status SummaryStats(StoreStats* out) const;
  // Only the articles and the attacks (distinct ids, merges applied, as Load groups them): what a
  // count from the topology index cannot give. Fast on any store.
  Status ArticleAndAttackCounts(int64_t* articles, int64_t* attacks) const;

  // Appends a correction to the log after checking it: known kind, the right args, entities that
  // the store has. Merge ids are taken to what they are already merged into; merging an entity
  // with itself (so) is refused. *id gets the new correction's id.
  Status AddCorrection(const Correction& correction, int64_t* id);
  // Marks correction `id` undone; an unknown or already undone id is an error.
  Status UndoCorrection(int64_t id);
  // The whole log, oldest first, undone ones included.
  Status Corrections(std::vector<Correction>* out) const;

  // ---- For the topology index (graph/topology.h, graph/store_index.cc) ----

  // What ties a saved topology to this state of the store: a random id given to the store and a
  // generation that every write increments (triggers on every table, so any code path counts).
  // Fails on a store that no read-write open of this kg has prepared yet.
  Status Stamp(TopologyStamp* out) const;

  // The evidence of one relation as Load aggregates it, best first, at most `limit` (0 = all).
  // `sources` and `targets` are the stored ids Load folds into each end: the entity's own id and
  // the ids merged into it (AggregatedEntity::merged_ids).
  Status RelationEvidence(const std::vector<std::string>& sources, std::string_view relation,
                          const std::vector<std::string>& targets, int limit,
                          std::vector<Evidence>* out) const;

  // Bulk load of generated data (bench/): `fill` gets a sink and everything it adds is written in
  // one transaction, statements prepared once. Refused unless the store holds no article. An
  // entity brings its aliases (name, English name, aliases) and one mention, credited to the
  // article given (each entity once per article); a relation is one evidence row of its article.
  class BulkSink {
   public:
    virtual Status AddArticle(const Article& a) = 0;
    virtual Status AddEntity(const Entity& e, std::string_view article) = 0;
    virtual Status AddRelation(const Relation& r) = 0;

   protected:
    ~BulkSink() = default;
  };
  Status BulkLoad(const std::function<Status(BulkSink&)>& fill);

  const std::string& path() const { return path_; }

 private:
  // Creates the stamp table and its triggers when missing (read-write opens; best effort).
  void PrepareStamp();
  // Writes what the writer's state holds back (WriterState::Flush) before a read that needs it.
  Status FlushWriter() const;
  Store(sqlite3* db, std::string path);
  sqlite3* db_ = nullptr;
  bool keyed_evidence_ = false;  // schema 4's evidence_key (a read-only open of an older store: no)
  bool co_keys_ = false;         // schema 6's co_mentions and co_keys
  bool batch_open_ = false;
  int64_t cache_kib_ = 0;  // the cache_size BeginBatch last set (WriterCacheKiB)
  int batch_articles_ = 256;
  std::string path_;
  // Ingest's statements, prepared once per connection (finalized before it closes).
  std::unique_ptr<StmtCache> statements_;
  // What ingest keeps between articles: the open batch's entity_articles increments and co_keys
  // entries, written as it commits (and before a read), and the entities it need not upsert again.
  std::unique_ptr<WriterState> writer_;
  // Started by the first BeginBatch; stopped before the connection closes.
  std::unique_ptr<Checkpointer> checkpointer_;
  bool checkpointer_tried_ = false;
};

}  // namespace kg

#endif  // KG_GRAPH_STORE_H_
