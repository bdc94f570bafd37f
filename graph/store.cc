// The SQLite store. Layout (schema version 6, PRAGMA user_version):
//
//   articles(id PK, path, title, date, content_hash, ingested_at)
//   entities(id PK, type, name, name_en)                 -- upserted, never deleted
//   aliases(article_id → articles, seq, entity_id → entities, alias)  PK(article_id, seq), no rowid;
//            the spellings an article gave its entities, in its order (since version 3; before,
//            a rowid table UNIQUE(entity_id, alias, article_id)); since version 5 one row per
//            (article, entity), `alias` its spellings joined by U+001F (AppendSpelling); since
//            version 6 also `mentions` (its mentions in the article, PackMention) and
//            `mention_count`
//   entity_articles(entity_id → entities PK, articles)  -- since version 3: how many articles
//            have aliases rows for the entity
//   mentions(article_id → articles, entity_id → entities, text, start, end, sentence)  -- since
//            version 6 only the mentions an aliases row cannot hold (kAliasesMentions)
//   evidence(article_id → articles, source, relation, target, sentence, start, end, text,
//            confidence, hedged, triple_key)              -- one row per extracted relation;
//            indexed by article and (since version 4) by triple_key = EvidenceKey(source,
//            relation, target), 8 bytes where the three strings took about 60: the index every
//            relation's evidence is looked up by is a quarter of the pages, and ingest, which
//            inserts into it at random places, writes that many fewer
//   co_mentions(id INTEGER PK, article_id → articles, sentence, start, end, text, confidence,
//            hedged, pairs)                            -- since version 6: the co_mentioned
//            relations of one sentence of an article, `pairs` their ends packed (see
//            kCoMentionsSchema); indexed by article
//   co_keys(triple_key, co_id → co_mentions)  PK(triple_key, co_id), no rowid; one entry per pair
//   attack_groups(place, id, first_row, date, perpetrator)  PK(place, id), no rowid; since
//            version 6: per place and attack, its first attacks row and greatest date and
//            perpetrator (kAttackGroupsSchema)
//   attacks(article_id → articles, id, name, place, perpetrator, target, date, killed, injured,
//           approximate, sentence, start, end, text, confidence, hedged)  UNIQUE(article_id, id)
//   corrections(id INTEGER PK, time, kind, args, undone)  -- since version 2; args a JSON array of
//            strings (SQLite's json_array/json_each); rows are never deleted, only marked undone
//
// Migrations run in one transaction when a store is opened read-write: 1 → 2 adds corrections,
// 2 → 3 rewrites aliases grouped by article and counts entity_articles, 3 → 4 keys the evidence,
// 4 → 5 packs each (article, entity)'s aliases into one row, 5 → 6 adds co_mentions and co_keys,
// fills attack_groups and gives aliases rows their mentions columns.
// A read-only open reads an older layout as it is.
//
// Every per-article row carries article_id (indexed) so that re-ingesting a changed article can
// delete exactly its facts. Relation ends are not foreign keys: an extractor may cite an entity it
// did not list, and the graph view skips such relations. All values are bound, never spliced.
#include "graph/store.h"

#include "graph/checkpointer.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <exception>
#include <fstream>
#include <iterator>
#include <map>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace kg {
namespace {

constexpr const char* kTables[] = {"articles", "entities", "aliases", "mentions", "evidence",
                                   "attacks"};

constexpr const char* kSchema = R"sql(
CREATE TABLE articles(
  id TEXT PRIMARY KEY NOT NULL,
  path TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  date TEXT NOT NULL DEFAULT '',
  content_hash TEXT NOT NULL DEFAULT '',
  ingested_at TEXT NOT NULL DEFAULT ''
);
CREATE TABLE entities(
  id TEXT PRIMARY KEY NOT NULL,
  type TEXT NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  name_en TEXT NOT NULL DEFAULT ''
);
CREATE TABLE mentions(
  article_id TEXT NOT NULL REFERENCES articles(id),
  entity_id TEXT NOT NULL REFERENCES entities(id),
  text TEXT NOT NULL,
  "start" INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  sentence INTEGER NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_id, entity_id);
CREATE TABLE evidence(
  article_id TEXT NOT NULL REFERENCES articles(id),
  source TEXT NOT NULL,
  relation TEXT NOT NULL,
  target TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  "start" INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  confidence REAL NOT NULL,
  hedged INTEGER NOT NULL,
  triple_key INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX evidence_article ON evidence(article_id);
CREATE INDEX evidence_key ON evidence(triple_key);
CREATE TABLE attacks(
  article_id TEXT NOT NULL REFERENCES articles(id),
  id TEXT NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  place TEXT NOT NULL DEFAULT '',
  perpetrator TEXT NOT NULL DEFAULT '',
  target TEXT NOT NULL DEFAULT '',
  date TEXT NOT NULL DEFAULT '',
  killed INTEGER,
  injured INTEGER,
  approximate INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  "start" INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  confidence REAL NOT NULL,
  hedged INTEGER NOT NULL,
  UNIQUE(article_id, id)
);
CREATE INDEX attacks_id ON attacks(id);
CREATE INDEX attacks_place ON attacks(place);
)sql";

// Version 3: an article's aliases are stored together, in the order it gave them (seq), so that
// ingest appends to one place instead of to one place per (entity, alias) in a store-wide index;
// entity_articles counts the articles that list each entity (what `kg stats` counts as present).
// Version 5: one row per (article, entity), `alias` holding its spellings joined by
// kSpellingSeparator (see PackAliases); a row of an older store holds one spelling.
constexpr const char* kAliasesTable = R"sql(
CREATE TABLE aliases(
  article_id TEXT NOT NULL REFERENCES articles(id),
  seq INTEGER NOT NULL,
  entity_id TEXT NOT NULL REFERENCES entities(id),
  alias TEXT NOT NULL CHECK(alias <> ''),
  PRIMARY KEY(article_id, seq)
) WITHOUT ROWID;
)sql";
constexpr const char* kAliasesSchema = R"sql(
CREATE TABLE entity_articles(
  entity_id TEXT PRIMARY KEY NOT NULL REFERENCES entities(id),
  articles INTEGER NOT NULL CHECK(articles > 0)
) WITHOUT ROWID;
)sql";

// 2 → 3: the same aliases, in the same order (the old rowid becomes seq), and their counts.
constexpr const char* kAliasesMigration = R"sql(
ALTER TABLE aliases RENAME TO aliases_v2;
DROP INDEX IF EXISTS aliases_article;
)sql";
constexpr const char* kAliasesCopy = R"sql(
INSERT INTO aliases(article_id, seq, entity_id, alias)
  SELECT article_id, rowid, entity_id, alias FROM aliases_v2 ORDER BY article_id, rowid;
INSERT INTO entity_articles(entity_id, articles)
  SELECT entity_id, count(DISTINCT article_id) FROM aliases GROUP BY entity_id;
DROP TABLE aliases_v2;
)sql";

// 3 → 4: evidence keyed by EvidenceKey (kg_evidence_key, registered for the migration) instead of
// indexed by its three strings.
constexpr const char* kEvidenceKeyMigration = R"sql(
ALTER TABLE evidence ADD COLUMN triple_key INTEGER NOT NULL DEFAULT 0;
UPDATE evidence SET triple_key = kg_evidence_key(source, relation, target);
DROP INDEX IF EXISTS evidence_triple;
CREATE INDEX evidence_key ON evidence(triple_key);
)sql";

void EvidenceKeyFunction(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  std::string_view parts[3];
  for (int i = 0; i < argc && i < 3; ++i) {
    const unsigned char* p = sqlite3_value_text(argv[i]);
    if (p) parts[i] = {reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_value_bytes(argv[i]))};
  }
  sqlite3_result_int64(ctx, EvidenceKey(parts[0], parts[1], parts[2]));
}

// Between the spellings of one aliases row (version 5). A spelling never holds it: it is a
// control character, which AppendSpelling turns into a space.
constexpr char kSpellingSeparator = '\x1f';

// Calls `fn` with each spelling of an aliases row, in order.
template <typename Fn>
void ForEachSpelling(std::string_view spellings, Fn&& fn) {
  for (;;) {
    const size_t end = spellings.find(kSpellingSeparator);
    fn(spellings.substr(0, end));
    if (end == std::string_view::npos) return;
    spellings.remove_prefix(end + 1);
  }
}

// Version 6: co_mentioned evidence one row per sentence instead of one per pair. An article
// names about 60 pairs of entities that share a sentence, each pair's first sentence its evidence:
// as evidence rows they were 7 in 10 of all, each a row and two index entries, and the most of
// what the writer did. Here a sentence is one row, `pairs` its pairs packed as source U+001F
// target U+001F source ..., and each pair one entry of co_keys, which `kg path` looks its evidence
// up by (triple_key = EvidenceKey(source, "co_mentioned", target), as in evidence). Evidence rows
// written before version 6 stay where they are, and a pair that cannot be packed (an end that
// this article gives no spelling, or with U+001F in its id; the same pair twice in one sentence)
// still goes there: every reader reads both.
constexpr const char* kCoMentionsSchema = R"sql(
CREATE TABLE co_mentions(
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id),
  sentence INTEGER NOT NULL,
  "start" INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  confidence REAL NOT NULL,
  hedged INTEGER NOT NULL,
  pairs TEXT NOT NULL
);
CREATE INDEX co_mentions_article ON co_mentions(article_id);
CREATE TABLE co_keys(
  triple_key INTEGER NOT NULL,
  co_id INTEGER NOT NULL,
  PRIMARY KEY(triple_key, co_id)
) WITHOUT ROWID;
)sql";

// Version 6: for each (place, attack id), what MergeKnownAttacks compares an incoming attack with:
// the first attacks row (rowid), the latest date and the greatest perpetrator, as the attacks rows
// have them. Kept by ingest as it writes and deletes attacks rows. It replaces a query that grouped
// all of a place's attacks rows for each attack ingested: 2 ms a query in a 100k-article store,
// 133k attacks, most of the writer's time there.
constexpr const char* kAttackGroupsSchema = R"sql(
CREATE TABLE attack_groups(
  place TEXT NOT NULL,
  id TEXT NOT NULL,
  first_row INTEGER NOT NULL,
  date TEXT NOT NULL,
  perpetrator TEXT NOT NULL,
  PRIMARY KEY(place, id)
) WITHOUT ROWID;
)sql";
constexpr const char* kAttackGroupsFill = R"sql(
INSERT INTO attack_groups(place, id, first_row, date, perpetrator)
  SELECT place, id, MIN(rowid), MAX(date), MAX(perpetrator) FROM attacks GROUP BY place, id;
)sql";

// Version 6: an aliases row also holds the entity's mentions in its article, each as start, end,
// sentence and text (PackMention), and their count: one row where each mention was a row of
// `mentions` and an entry of its index (1.1 a row on the bench corpus; 2 s of the writer's 10 for
// 10k articles). Mentions whose text holds U+001F, and those of an entity without an aliases row
// in its article, are still mentions rows; rows of older stores stay there, and readers read both.
constexpr const char* kAliasesMentions = R"sql(
ALTER TABLE aliases ADD COLUMN mentions TEXT NOT NULL DEFAULT '';
ALTER TABLE aliases ADD COLUMN mention_count INTEGER NOT NULL DEFAULT 0;
)sql";

void PackMention(std::string* row, const Mention& m) {
  for (int v : {m.start, m.end, m.sentence}) {
    if (!row->empty()) *row += kSpellingSeparator;
    *row += std::to_string(v);
  }
  *row += kSpellingSeparator;
  *row += m.text;
}

// Version 2: the analyst's corrections, applied by Load.
constexpr const char* kCorrectionsSchema = R"sql(
CREATE TABLE corrections(
  id INTEGER PRIMARY KEY,
  time TEXT NOT NULL,
  kind TEXT NOT NULL,
  args TEXT NOT NULL,
  undone INTEGER NOT NULL DEFAULT 0
);
)sql";

std::string SqliteError(const std::string& path, sqlite3* db, std::string_view what) {
  std::string m = path;
  m += ": ";
  m += what;
  m += ": ";
  m += db ? sqlite3_errmsg(db) : "out of memory";
  return m;
}

// A prepared statement that finalizes itself; every call reports through Status.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

}  // namespace

// The statements a connection runs over and over (ingest's nine per article), each prepared once
// rather than parsed and planned again for every article.
class StmtCache {
 public:
  explicit StmtCache(sqlite3* db) : db_(db) {}
  ~StmtCache() {
    for (auto& [sql, stmt] : stmts_) sqlite3_finalize(stmt);
  }
  StmtCache(const StmtCache&) = delete;
  StmtCache& operator=(const StmtCache&) = delete;

  // The statement for `sql`, reset and unbound; SQLite's error code when it cannot be prepared.
  int Get(std::string_view sql, sqlite3_stmt** out) {
    auto it = stmts_.find(sql);
    if (it != stmts_.end()) {
      *out = it->second;
      return SQLITE_OK;
    }
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
      sqlite3_finalize(stmt);
      return rc;
    }
    stmts_.emplace(std::string(sql), stmt);
    *out = stmt;
    return SQLITE_OK;
  }

 private:
  sqlite3* db_;
  StringMap<sqlite3_stmt*> stmts_;
};

namespace {

// A prepared statement: its own (finalized on scope exit), or, given a StmtCache, the cache's
// (reset and unbound on scope exit, for the next user).
class Stmt {
 public:
  Stmt(sqlite3* db, const std::string& path, StmtCache* cache = nullptr)
      : db_(db), path_(path), cache_(cache) {}
  ~Stmt() { Release(); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  Status Prepare(std::string_view sql) {
    Release();
    sql_ = sql;
    const int rc =
        cache_ ? cache_->Get(sql, &stmt_)
               : sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
    if (rc != SQLITE_OK) {
      stmt_ = nullptr;
      return Fail("cannot prepare");
    }
    return Status::Ok();
  }

  // Binds are 1-based; a failed bind is remembered and reported by the next Step. Text is bound
  // without a copy: its bytes must stay as they are until the statement is reset (Run, Reset, a
  // new Prepare, scope exit).
  void Text(int i, std::string_view s) {
    Check(sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_STATIC));
  }
  void Int(int i, int64_t v) { Check(sqlite3_bind_int64(stmt_, i, v)); }
  void Double(int i, double v) { Check(sqlite3_bind_double(stmt_, i, v)); }
  void Null(int i) { Check(sqlite3_bind_null(stmt_, i)); }
  void OptInt(int i, const std::optional<int>& v) {
    if (v) {
      Int(i, *v);
    } else {
      Null(i);
    }
  }

  // Steps once: *row is true when a row is available, false when done.
  Status Step(bool* row) {
    if (bind_rc_ != SQLITE_OK) return Fail("cannot bind");
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) {
      *row = true;
      return Status::Ok();
    }
    if (rc == SQLITE_DONE) {
      *row = false;
      return Status::Ok();
    }
    return Fail("cannot run");
  }
  // Runs a statement that returns no rows we care about, then resets it for reuse.
  Status Run() {
    bool row = false;
    Status s = Step(&row);
    while (s.ok() && row) s = Step(&row);
    Reset();
    return s;
  }
  void Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    bind_rc_ = SQLITE_OK;
  }

  std::string_view ColText(int i) const {
    const unsigned char* p = sqlite3_column_text(stmt_, i);
    if (!p) return {};
    return std::string_view(reinterpret_cast<const char*>(p),
                            static_cast<size_t>(sqlite3_column_bytes(stmt_, i)));
  }
  std::string ColString(int i) const { return std::string(ColText(i)); }
  int ColInt(int i) const { return sqlite3_column_int(stmt_, i); }
  int64_t ColInt64(int i) const { return sqlite3_column_int64(stmt_, i); }
  double ColDouble(int i) const { return sqlite3_column_double(stmt_, i); }
  bool ColNull(int i) const { return sqlite3_column_type(stmt_, i) == SQLITE_NULL; }
  std::optional<int> ColOptInt(int i) const {
    if (ColNull(i)) return std::nullopt;
    return ColInt(i);
  }

 private:
  void Check(int rc) {
    if (rc != SQLITE_OK && bind_rc_ == SQLITE_OK) bind_rc_ = rc;
  }
  Status Fail(std::string_view what) const {
    std::string w(what);
    // Name the statement's first words so that a failure can be traced without a debugger.
    std::string head = sql_.substr(0, std::min<size_t>(sql_.find('('), 40));
    while (!head.empty() && (head.back() == ' ' || head.back() == '\n')) head.pop_back();
    size_t nl = head.find('\n');
    if (nl != std::string::npos) head = head.substr(0, nl);
    if (!head.empty()) w += " \"" + head + "\"";
    return Status::Error(SqliteError(path_, db_, w));
  }

  void Release() {
    if (cache_ && stmt_) {
      sqlite3_reset(stmt_);
      sqlite3_clear_bindings(stmt_);
    } else {
      sqlite3_finalize(stmt_);
    }
    stmt_ = nullptr;
    bind_rc_ = SQLITE_OK;
  }

  sqlite3* db_;
  const std::string& path_;
  StmtCache* cache_;
  sqlite3_stmt* stmt_ = nullptr;
  std::string sql_;
  int bind_rc_ = SQLITE_OK;
};

Status Exec(sqlite3* db, const std::string& path, const char* sql) {
  char* err = nullptr;
  int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string m = path + ": " + sql + ": " + (err ? err : sqlite3_errstr(rc));
    sqlite3_free(err);
    return Status::Error(std::move(m));
  }
  return Status::Ok();
}

// Runs `sql` and reads one integer from its first row.
Status QueryInt(sqlite3* db, const std::string& path, std::string_view sql, int64_t* out) {
  Stmt st(db, path);
  Status s = st.Prepare(sql);
  if (!s.ok()) return s;
  bool row = false;
  s = st.Step(&row);
  if (!s.ok()) return s;
  *out = row ? st.ColInt64(0) : 0;
  return Status::Ok();
}

// A transaction that rolls back unless committed. Inside an open transaction (a Store batch) it
// adds no SQL of its own: committing leaves the writes to the batch's commit, and failing rolls
// the whole batch back (an article is never left half written; the batch reports its loss).
// Abandon() ends one that wrote nothing without undoing anything else.
class Transaction {
 public:
  Transaction(sqlite3* db, const std::string& path) : db_(db), path_(path) {}
  ~Transaction() {
    if (open_ && !sqlite3_get_autocommit(db_)) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  Status Begin(const char* sql) {
    nested_ = !sqlite3_get_autocommit(db_);
    if (nested_) {
      open_ = true;
      return Status::Ok();
    }
    Status s = Exec(db_, path_, sql);
    open_ = s.ok();
    return s;
  }
  Status Commit() {
    if (nested_) {
      open_ = false;
      return Status::Ok();
    }
    Status s = Exec(db_, path_, "COMMIT");
    // A failed COMMIT may leave the transaction open (SQLITE_BUSY); the destructor rolls it back.
    if (s.ok() || sqlite3_get_autocommit(db_)) open_ = false;
    return s;
  }
  // Part of a batch (BeginBatch's transaction).
  bool nested() const { return nested_; }
  // Nothing was written: a transaction of its own is rolled back, a batch is left as it is.
  void Abandon() {
    if (open_ && !nested_ && !sqlite3_get_autocommit(db_)) {
      sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    open_ = false;
  }

 private:
  sqlite3* db_;
  const std::string& path_;
  bool open_ = false;
  bool nested_ = false;
};

enum class Shape { kEmpty, kStore };

// Reads (never writes) what the file holds: an empty database, a kg store of a version this kg
// reads, or something to refuse.
Status Inspect(sqlite3* db, const std::string& path, Shape* shape, int64_t* out_version = nullptr) {
  int64_t version = 0;
  {
    // The first read of the header: a file that is not SQLite fails here (at prepare or step).
    Stmt st(db, path);
    Status s = st.Prepare("PRAGMA user_version");
    bool row = false;
    if (s.ok()) s = st.Step(&row);
    if (!s.ok()) {
      if ((sqlite3_errcode(db) & 0xff) == SQLITE_NOTADB) {
        return Status::Error(path + ": not a SQLite database, so not a kg store (" +
                             sqlite3_errmsg(db) + "); the file was left as it is");
      }
      return s;
    }
    if (row) version = st.ColInt64(0);
  }
  if (version > kSchemaVersion) {
    return Status::Error(path + " was written by a newer kg (schema " + std::to_string(version) +
                         ", this kg reads up to " + std::to_string(kSchemaVersion) +
                         "); the file was left as it is: use a newer kg, or pass another --store");
  }
  int64_t objects = 0;
  Status s = QueryInt(db, path, "SELECT count(*) FROM sqlite_master", &objects);
  if (!s.ok()) return s;
  if (version == 0 && objects == 0) {
    *shape = Shape::kEmpty;
    return Status::Ok();
  }
  if (version <= 0) {
    return Status::Error(path +
                         ": not a kg store (a SQLite database with other tables); the file was "
                         "left as it is — pass another --store path");
  }
  Stmt st(db, path);
  s = st.Prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1");
  if (!s.ok()) return s;
  std::vector<const char*> tables(std::begin(kTables), std::end(kTables));
  if (version >= 2) tables.push_back("corrections");
  if (version >= 3) tables.push_back("entity_articles");
  if (version >= 6) {
    tables.push_back("co_mentions");
    tables.push_back("co_keys");
    tables.push_back("attack_groups");
  }
  for (const char* table : tables) {
    st.Text(1, table);
    bool row = false;
    s = st.Step(&row);
    st.Reset();
    if (!s.ok()) return s;
    if (!row) {
      return Status::Error(path + ": not a kg store (schema " + std::to_string(version) +
                           " but no table \"" + table + "\"); the file was left as it is");
    }
  }
  *shape = Shape::kStore;
  if (out_version) *out_version = version;
  return Status::Ok();
}

Status CreateSchema(sqlite3* db, const std::string& path) {
  Transaction tx(db, path);
  Status s = tx.Begin("BEGIN IMMEDIATE");
  if (!s.ok()) return s;
  // Another process may have created the store between our look and our lock.
  Shape shape = Shape::kEmpty;
  s = Inspect(db, path, &shape);
  if (!s.ok()) return s;
  if (shape == Shape::kEmpty) {
    s = Exec(db, path, kSchema);
    if (s.ok()) s = Exec(db, path, kAliasesTable);
    if (s.ok()) s = Exec(db, path, kAliasesSchema);
    if (s.ok()) s = Exec(db, path, kCorrectionsSchema);
    if (s.ok()) s = Exec(db, path, kCoMentionsSchema);
    if (s.ok()) s = Exec(db, path, kAttackGroupsSchema);
    if (s.ok()) s = Exec(db, path, kAliasesMentions);
    if (!s.ok()) return s;
    // A constant from this file, not a value from outside.
    const std::string pragma = "PRAGMA user_version = " + std::to_string(kSchemaVersion);
    s = Exec(db, path, pragma.c_str());
    if (!s.ok()) return s;
  }
  return tx.Commit();
}

// 4 → 5: one aliases row per (article, entity) instead of one per spelling (ingest wrote a row
// for every spelling of every entity of every article, nine in ten of them the entity's own name
// or English name: 122 rows per bench article, half the rows it wrote). A row takes the seq of
// the entity's first spelling in its article, so Load meets each entity's spellings, and the
// articles, in the same order as before.
Status PackAliases(sqlite3* db, const std::string& path) {
  Status s = Exec(db, path, "ALTER TABLE aliases RENAME TO aliases_v4");
  if (s.ok()) s = Exec(db, path, kAliasesTable);
  if (!s.ok()) return s;
  Stmt read(db, path), write(db, path);
  s = read.Prepare("SELECT article_id, seq, entity_id, alias FROM aliases_v4 ORDER BY article_id, seq");
  if (s.ok()) s = write.Prepare("INSERT INTO aliases(article_id, seq, entity_id, alias) VALUES(?1, ?2, ?3, ?4)");
  if (!s.ok()) return s;
  struct Packed {
    int64_t seq;
    std::string entity, spellings;
  };
  std::string article;
  std::vector<Packed> rows;  // the article's, in order
  auto flush = [&]() -> Status {
    for (const Packed& p : rows) {
      write.Text(1, article);
      write.Int(2, p.seq);
      write.Text(3, p.entity);
      write.Text(4, p.spellings);
      Status w = write.Run();
      if (!w.ok()) return w;
    }
    rows.clear();
    return Status::Ok();
  };
  bool row = false;
  while ((s = read.Step(&row)).ok() && row) {
    if (read.ColText(0) != article) {
      s = flush();
      if (!s.ok()) return s;
      article = read.ColText(0);
    }
    const std::string_view entity = read.ColText(2);
    auto it = std::find_if(rows.begin(), rows.end(), [&](const Packed& p) { return p.entity == entity; });
    if (it == rows.end()) it = rows.insert(rows.end(), {read.ColInt64(1), std::string(entity), ""});
    AppendSpelling(&it->spellings, read.ColText(3));
  }
  if (s.ok()) s = flush();
  if (s.ok()) s = Exec(db, path, "DROP TABLE aliases_v4");
  return s;
}

// Brings an older store up to kSchemaVersion in one transaction (all steps or none).
Status Migrate(sqlite3* db, const std::string& path) {
  Transaction tx(db, path);
  Status s = tx.Begin("BEGIN IMMEDIATE");
  if (!s.ok()) return s;
  // Another process may have migrated it between our look and our lock.
  Shape shape = Shape::kEmpty;
  int64_t version = 0;
  s = Inspect(db, path, &shape, &version);
  if (!s.ok()) return s;
  if (shape != Shape::kStore || version >= kSchemaVersion) return Status::Ok();
  if (version < 2) {
    s = Exec(db, path, kCorrectionsSchema);
    if (!s.ok()) return s;
  }
  if (version < 3) {
    s = Exec(db, path, kAliasesMigration);
    if (s.ok()) s = Exec(db, path, kAliasesTable);
    if (s.ok()) s = Exec(db, path, kAliasesSchema);
    if (s.ok()) s = Exec(db, path, kAliasesCopy);
    if (!s.ok()) return s;
  }
  if (version < 4) {
    if (sqlite3_create_function_v2(db, "kg_evidence_key", 3, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                   nullptr, EvidenceKeyFunction, nullptr, nullptr,
                                   nullptr) != SQLITE_OK) {
      return Status::Error(SqliteError(path, db, "cannot migrate the evidence"));
    }
    s = Exec(db, path, kEvidenceKeyMigration);
    if (!s.ok()) return s;
  }
  if (version < 5) {
    s = PackAliases(db, path);
    if (!s.ok()) return s;
  }
  if (version < 6) {
    s = Exec(db, path, kCoMentionsSchema);
    if (s.ok()) s = Exec(db, path, kAttackGroupsSchema);
    if (s.ok()) s = Exec(db, path, kAttackGroupsFill);
    if (s.ok()) s = Exec(db, path, kAliasesMentions);
    if (!s.ok()) return s;
  }
  const std::string pragma = "PRAGMA user_version = " + std::to_string(kSchemaVersion);
  s = Exec(db, path, pragma.c_str());
  if (!s.ok()) return s;
  return tx.Commit();
}

// PRAGMA quick_check: fails with SQLite's first complaint when a page or index is damaged.
// What a clean close leaves behind, as "device inode size mtime": the store file as kg last wrote
// it, with no WAL holding frames. Empty when there is a WAL with frames or the file cannot be read.
std::string CleanMark(const std::string& path) {
  struct stat db {}, wal {};
  if (::stat(path.c_str(), &db) != 0) return "";
  if (::stat((path + "-wal").c_str(), &wal) == 0 && wal.st_size > 0) return "";
  return std::to_string(db.st_dev) + " " + std::to_string(db.st_ino) + " " +
         std::to_string(db.st_size) + " " + std::to_string(db.st_mtim.tv_sec) + "." +
         std::to_string(db.st_mtim.tv_nsec) + "\n";
}

// PATH.checked holds the CleanMark of the last clean close of a read-write kg: the state it
// checked (or made from a checked state) and wrote. While the file still matches it, nothing
// else has written the store since, and the page-by-page check is skipped (it reads the whole
// file: 10 s on a 5.7 GB store, before an ingest of one article).
std::string CheckedPath(const std::string& path) { return path + ".checked"; }

bool StillAsChecked(const std::string& path) {
  const std::string mark = CleanMark(path);
  if (mark.empty()) return false;
  std::ifstream in(CheckedPath(path), std::ios::binary);
  std::string saved((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return saved == mark;
}

// After a read-write close: records the mark, or removes an old one (best effort).
void RecordChecked(const std::string& path) {
  const std::string mark = CleanMark(path);
  const std::string checked = CheckedPath(path), tmp = checked + ".tmp";
  if (!mark.empty()) {
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd >= 0) {
      const bool written = ::write(fd, mark.data(), mark.size()) == static_cast<ssize_t>(mark.size());
      ::close(fd);
      if (written && std::rename(tmp.c_str(), checked.c_str()) == 0) return;
      std::remove(tmp.c_str());
    }
  }
  std::remove(checked.c_str());
}

Status QuickCheck(sqlite3* db, const std::string& path) {
  Stmt st(db, path);
  Status s = st.Prepare("PRAGMA quick_check(3)");
  bool row = false;
  if (s.ok()) s = st.Step(&row);
  std::string problem = !s.ok() ? s.message() : row ? st.ColString(0) : "no answer";
  if (problem == "ok") return Status::Ok();
  for (char& c : problem) c = c == '\n' ? ';' : c;
  return Status::Error(path + ": the store is damaged (" + problem +
                       "); it was not written. Restore it from a backup, or save what can be read "
                       "with `sqlite3 " + path + " .recover > recovered.sql`");
}

Status OpenImpl(const std::string& path, Store::Mode mode, sqlite3** out_db) {
  const bool read_only = mode == Store::Mode::kReadOnly;
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    if (errno != ENOENT) return Status::Error(path + ": " + std::strerror(errno));
    if (read_only) {
      return Status::Error(path + ": no store here; run `kg ingest` first (or pass --store)");
    }
    // Create the file ourselves so that it is private from the first byte (SQLite would use 0644).
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0 && errno != EEXIST) {
      return Status::Error(path + ": cannot create the store: " + std::strerror(errno));
    }
    if (fd >= 0) ::close(fd);
  } else if (S_ISDIR(st.st_mode)) {
    return Status::Error(path + ": is a directory, not a store file");
  }

  // Before SQLite's first use in the process: no global memory statistics, which otherwise take
  // a process-wide mutex around every allocation SQLite makes (a no-op if SQLite is in use).
  static const int memstatus_off = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)memstatus_off;
  sqlite3* db = nullptr;
  const int flags = (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) |
                    SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    Status s = Status::Error(SqliteError(path, db, "cannot open"));
    sqlite3_close(db);
    return s;
  }
  auto fail = [&](Status s) {
    sqlite3_close(db);
    return s;
  };
  sqlite3_extended_result_codes(db, 1);
  rc = sqlite3_busy_timeout(db, 5000);
  if (rc != SQLITE_OK) return fail(Status::Error(SqliteError(path, db, "cannot set busy timeout")));
  if (read_only && (sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr) & 0xff) == SQLITE_CANTOPEN) {
    // A WAL store in a read-only folder or on read-only media: SQLite cannot create its -shm file
    // beside it, so every read fails. Nothing can change such a file: read it as immutable.
    std::string uri = "file:";
    for (char c : path) {
      if (c == '%' || c == '?' || c == '#') {
        static constexpr char kHex[] = "0123456789ABCDEF";
        uri += {'%', kHex[(c >> 4) & 0xF], kHex[c & 0xF]};
      } else {
        uri += c;
      }
    }
    uri += "?immutable=1";
    sqlite3_close(db);
    db = nullptr;
    rc = sqlite3_open_v2(uri.c_str(), &db, flags | SQLITE_OPEN_URI, nullptr);
    if (rc != SQLITE_OK) return fail(Status::Error(SqliteError(path, db, "cannot open read-only")));
    sqlite3_extended_result_codes(db, 1);
  } else if (read_only &&
             (sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr) & 0xff) == SQLITE_READONLY) {
    // A kg killed mid-write can leave the WAL index (PATH-shm) to be rebuilt, which a read-only
    // connection may not do. Rebuild it through a writable connection that reads only (the store's
    // content is not touched, and closing it does not checkpoint), then read as asked.
    sqlite3_close(db);
    db = nullptr;
    sqlite3* fix = nullptr;
    if (sqlite3_open_v2(path.c_str(), &fix, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) == SQLITE_OK) {
      sqlite3_db_config(fix, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
      sqlite3_busy_timeout(fix, 5000);
      sqlite3_exec(fix, "PRAGMA schema_version", nullptr, nullptr, nullptr);
    }
    sqlite3_close(fix);
    rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) return fail(Status::Error(SqliteError(path, db, "cannot open")));
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 5000);
  }

  // Look before touching anything: a file that is not ours is refused unmodified.
  Shape shape = Shape::kEmpty;
  int64_t version = 0;
  Status s;
  {
    // One read transaction, so that a store another kg creates meanwhile is seen whole or not at all.
    Transaction look(db, path);
    s = look.Begin("BEGIN");
    if (s.ok()) s = Inspect(db, path, &shape, &version);
  }
  if (!s.ok()) return fail(s);
  if (read_only && shape == Shape::kEmpty) {
    return fail(Status::Error(path + ": empty store; run `kg ingest` first (or pass --store)"));
  }

  s = Exec(db, path, "PRAGMA foreign_keys = ON");
  if (!s.ok()) return fail(s);
  if (!read_only && shape == Shape::kStore && !StillAsChecked(path)) {
    // Writing into a damaged b-tree spreads the damage: check every page before the first write,
    // unless the file is as kg last left it (see CheckedPath).
    s = QuickCheck(db, path);
    if (!s.ok()) return fail(s);
  }
  if (!read_only) {
    if (shape == Shape::kEmpty) {
      // A new store's pages are 16 KiB, not SQLite's 4: ingest writes rows of a few hundred
      // bytes by the hundred thousand, and a commit's cost goes by the pages it writes (each
      // checksummed into the WAL, later copied by the checkpointer). 10k articles, two cores,
      // writer thread CPU 7.9/8.8 s -> 6.4/6.4 s, checkpointer 1.1/1.2 -> 0.6/0.6 s, same store
      // size; queries the same. Set before the first write fixes it; older stores keep theirs.
      s = Exec(db, path, "PRAGMA page_size = 16384");
      if (!s.ok()) return fail(s);
    }
    // journal_mode=WAL is persistent (it writes the header), so only in read-write mode.
    s = Exec(db, path, "PRAGMA journal_mode = WAL");
    if (!s.ok()) return fail(s);
    s = Exec(db, path, "PRAGMA synchronous = NORMAL");
    if (!s.ok()) return fail(s);
    // Savepoints (one per article in a batch) and sorts keep their journals in memory rather than
    // in temporary files, and a batch's pages stay in the cache until its commit (64 MiB here;
    // BeginBatch grows it with the store: WriterCacheKiB).
    s = Exec(db, path, "PRAGMA temp_store = MEMORY");
    if (!s.ok()) return fail(s);
    s = Exec(db, path, "PRAGMA cache_size = -65536");
    if (!s.ok()) return fail(s);
    if (shape == Shape::kEmpty) {
      s = CreateSchema(db, path);
      if (!s.ok()) return fail(s);
    } else if (version < kSchemaVersion) {
      s = Migrate(db, path);
      if (!s.ok()) return fail(s);
    }
    // Stores made before it lack the index that finds a place's stored attacks (without it, every
    // attack ingested reads all attacks, and ingest slows as the store grows). Built once here.
    if (shape != Shape::kEmpty) {
      s = Exec(db, path, "CREATE INDEX IF NOT EXISTS attacks_place ON attacks(place)");
      if (!s.ok()) return fail(s);
    }
  }
  *out_db = db;
  return Status::Ok();
}

// ---- Ingest ----

// "YYYY[-MM[-DD]]" dates that can name the same event: either unknown, or equal as far as both go
// (to the month at most: "2024-03" and "2024-03-22" agree, "2024-03" and "2024-07" do not).
bool DatesCompatible(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return true;
  const size_t n = std::min<size_t>({a.size(), b.size(), 7});
  return a.compare(0, n, b, 0, n) == 0;
}

}  // namespace

// What the writer keeps between the articles of a batch, so that an article does not repeat in
// SQL what an earlier one did:
// - the entity_articles increments (schema 3's counts), added up per entity and written once per
//   entity as the batch commits rather than once per (article, entity): an article lists about 56
//   entities (10k articles: 563k upserts before, 55k now). Anything that reads the counts before
//   the commit flushes them first;
// - the entities whose row exists with both names filled in, for which the entity upsert would
//   change nothing (rows are never deleted; a rolled-back batch's are, so a failure forgets all);
// - the co_keys entries of the batch's co_mentions rows, written in key order as the batch
//   commits (or before anything reads or deletes co_keys) instead of as each article goes in.
class WriterState {
 public:
  void AddListing(const std::string& id) { ++pending_[id]; }
  bool Named(const std::string& id) const {
    auto it = named_.find(id);
    return it != named_.end() && it->second == kBoth;
  }
  // After the upsert of `id` with these names: an empty name is filled in by the first non-empty one.
  void NoteNames(const std::string& id, bool name, bool name_en) {
    named_[id] |= (name ? kName : 0) | (name_en ? kNameEn : 0);
  }
  void AddCoKey(int64_t triple_key, int64_t co_id) { co_keys_.emplace_back(triple_key, co_id); }
  void Forget() {
    pending_.clear();
    named_.clear();
    co_keys_.clear();
  }
  // Inside the open transaction; a failure leaves it to be rolled back (and Forget to be called).
  Status Flush(sqlite3* db, const std::string& path, StmtCache* cache) {
    Status s = FlushCounts(db, path, cache);
    return s.ok() ? FlushCoKeys(db, path, cache) : s;
  }

 private:
  Status FlushCounts(sqlite3* db, const std::string& path, StmtCache* cache) {
    if (pending_.empty()) return Status::Ok();
    Stmt st(db, path, cache);
    Status s = st.Prepare(
        "INSERT INTO entity_articles(entity_id, articles) VALUES(?1, ?2) "
        "ON CONFLICT(entity_id) DO UPDATE SET articles = articles + excluded.articles");
    for (auto it = pending_.begin(); s.ok() && it != pending_.end(); ++it) {
      st.Text(1, it->first);
      st.Int(2, it->second);
      s = st.Run();
    }
    if (s.ok()) pending_.clear();
    return s;
  }
  // In the index's order: each insert lands beside the one before, in pages still in the CPU's
  // caches, where the articles' order scatters them over the whole index.
  Status FlushCoKeys(sqlite3* db, const std::string& path, StmtCache* cache) {
    if (co_keys_.empty()) return Status::Ok();
    std::sort(co_keys_.begin(), co_keys_.end());
    Stmt st(db, path, cache);
    Status s = st.Prepare("INSERT INTO co_keys(triple_key, co_id) VALUES(?1, ?2)");
    for (auto it = co_keys_.begin(); s.ok() && it != co_keys_.end(); ++it) {
      st.Int(1, it->first);
      st.Int(2, it->second);
      s = st.Run();
    }
    if (s.ok()) co_keys_.clear();
    return s;
  }

  static constexpr uint8_t kName = 1, kNameEn = 2, kBoth = 3;
  std::map<std::string, int64_t, std::less<>> pending_;  // in key order: the index's order
  std::unordered_map<std::string, uint8_t> named_;
  std::vector<std::pair<int64_t, int64_t>> co_keys_;  // (triple_key, co_id)
};

namespace {

constexpr std::string_view kCoMentioned = "co_mentioned";

// An article's co_mentioned relations gathered by evidence (schema 6): one co_mentions row per
// (sentence, span, text, confidence, hedged), one co_keys entry per pair (handed to the writer's
// state, which writes a batch's entries together).
class CoMentionRows {
 public:
  // Takes the relation unless it cannot be packed: an end whose id holds the separator, or a
  // pair (a key) its sentence has already. The caller writes those as evidence rows.
  bool Add(const Relation& r) {
    if (r.source.find(kSpellingSeparator) != std::string::npos ||
        r.target.find(kSpellingSeparator) != std::string::npos) {
      return false;
    }
    const Evidence& ev = r.evidence;
    auto [it, inserted] = index_.try_emplace(
        Group{ev.sentence, ev.start, ev.end, ev.text, ev.confidence, ev.hedged}, rows_.size());
    if (inserted) rows_.push_back(Row{&ev, {}, {}});
    Row& row = rows_[it->second];
    const int64_t key = EvidenceKey(r.source, kCoMentioned, r.target);
    if (std::find(row.keys.begin(), row.keys.end(), key) != row.keys.end()) return false;
    row.keys.push_back(key);
    AppendSpelling(&row.pairs, r.source);
    AppendSpelling(&row.pairs, r.target);
    return true;
  }

  Status Write(sqlite3* db, const std::string& path, StmtCache* cache, WriterState* state,
               const std::string& aid) {
    if (rows_.empty()) return Status::Ok();
    Stmt row(db, path, cache);
    Status s = row.Prepare(
        "INSERT INTO co_mentions(article_id, sentence, \"start\", \"end\", text, confidence, "
        "hedged, pairs) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    for (size_t i = 0; s.ok() && i < rows_.size(); ++i) {
      const Row& r = rows_[i];
      row.Text(1, aid);
      row.Int(2, r.evidence->sentence);
      row.Int(3, r.evidence->start);
      row.Int(4, r.evidence->end);
      row.Text(5, r.evidence->text);
      row.Double(6, r.evidence->confidence);
      row.Int(7, r.evidence->hedged ? 1 : 0);
      row.Text(8, r.pairs);
      s = row.Run();
      const int64_t id = sqlite3_last_insert_rowid(db);
      if (s.ok()) {
        for (const int64_t key : r.keys) state->AddCoKey(key, id);
      }
    }
    return s;
  }

 private:
  using Group = std::tuple<int, int, int, std::string_view, double, bool>;
  struct Row {
    const Evidence* evidence;
    std::string pairs;
    std::vector<int64_t> keys;
  };
  std::map<Group, size_t> index_;
  std::vector<Row> rows_;
};

// Deletes the co_keys entries of an article's co_mentions rows (before the rows go).
Status DeleteCoKeys(sqlite3* db, const std::string& path, StmtCache* cache,
                    const std::string& aid) {
  Stmt rows(db, path, cache), del(db, path, cache);
  Status s = rows.Prepare("SELECT id, pairs FROM co_mentions WHERE article_id = ?1");
  if (s.ok()) s = del.Prepare("DELETE FROM co_keys WHERE triple_key = ?1 AND co_id = ?2");
  if (!s.ok()) return s;
  rows.Text(1, aid);
  bool row = false;
  while (s.ok() && (s = rows.Step(&row)).ok() && row) {
    const int64_t id = rows.ColInt64(0);
    ForEachPackedPair(rows.ColText(1), [&](std::string_view source, std::string_view target) {
      if (!s.ok()) return;
      del.Int(1, EvidenceKey(source, kCoMentioned, target));
      del.Int(2, id);
      s = del.Run();
    });
  }
  return s;
}

// The same attack told by another article becomes one node: an incoming attack takes the id of a
// stored one with the same place, a compatible date and a compatible perpetrator. Returns the
// extraction with those ids rewritten (attacks, their entities and the relations that name them)
// in *out, left empty when no id changes.
Status MergeKnownAttacks(sqlite3* db, const std::string& path, StmtCache* cache,
                         const ArticleExtraction& x, std::optional<ArticleExtraction>* out) {
  out->reset();
  std::unordered_map<std::string, std::string> remap;
  Stmt st(db, path, cache);
  // The place's attacks in the order they were first stored (schema 6's attack_groups; an article
  // that replaces itself has had its own attacks rows deleted by now).
  Status s = st.Prepare(
      "SELECT id, date, perpetrator FROM attack_groups WHERE place = ?1 ORDER BY first_row");
  if (!s.ok()) return s;
  for (const Attack& a : x.attacks) {
    if (a.place.empty()) continue;
    st.Reset();
    st.Text(1, a.place);
    bool row = false;
    for (;;) {
      s = st.Step(&row);
      if (!s.ok()) return s;
      if (!row) break;
      const std::string id(st.ColText(0)), date(st.ColText(1)), perp(st.ColText(2));
      if (!DatesCompatible(date, a.date)) continue;
      if (!perp.empty() && !a.perpetrator.empty() && perp != a.perpetrator) continue;
      if (id != a.id) remap.emplace(a.id, id);
      break;
    }
  }
  if (remap.empty()) return Status::Ok();
  auto fix = [&](std::string& id) {
    auto it = remap.find(id);
    if (it != remap.end()) id = it->second;
  };
  ArticleExtraction& merged = out->emplace(x);
  for (Attack& a : merged.attacks) fix(a.id);
  for (Entity& e : merged.entities) fix(e.id);
  for (Relation& r : merged.relations) {
    fix(r.source);
    fix(r.target);
  }
  return Status::Ok();
}

Status IngestImpl(sqlite3* db, const std::string& path, StmtCache* cache, WriterState* state,
                  const ArticleExtraction& original, IngestOutcome* outcome) {
  const std::string& aid = original.article.id;
  if (aid.empty()) return Status::Error(path + ": cannot ingest an article without an id");
  if (sqlite3_db_readonly(db, "main") == 1) {
    return Status::Error(path + ": store opened read-only; cannot ingest " + aid);
  }
  Transaction tx(db, path);
  Status s = tx.Begin("BEGIN IMMEDIATE");
  if (!s.ok()) return s;

  IngestOutcome result = IngestOutcome::kAdded;
  {
    Stmt st(db, path, cache);
    s = st.Prepare("SELECT content_hash FROM articles WHERE id = ?1");
    if (!s.ok()) return s;
    st.Text(1, aid);
    bool row = false;
    s = st.Step(&row);
    if (!s.ok()) return s;
    if (row) {
      if (st.ColText(0) == original.article.content_hash) {
        *outcome = IngestOutcome::kUnchanged;
        tx.Abandon();  // nothing was written
        return Status::Ok();
      }
      result = IngestOutcome::kReplaced;
    }
  }
  if (result == IngestOutcome::kReplaced) {
    // The counts below go down from what they are, and co_keys entries go.
    s = state->Flush(db, path, cache);
    if (!s.ok()) return s;
    static constexpr std::string_view kDeletes[] = {
        // The article no longer lists its entities: one article fewer for each.
        "DELETE FROM entity_articles WHERE articles = 1 AND entity_id IN "
        "(SELECT DISTINCT entity_id FROM aliases WHERE article_id = ?1)",
        "UPDATE entity_articles SET articles = articles - 1 WHERE entity_id IN "
        "(SELECT DISTINCT entity_id FROM aliases WHERE article_id = ?1)",
        "DELETE FROM aliases WHERE article_id = ?1", "DELETE FROM mentions WHERE article_id = ?1",
        "DELETE FROM evidence WHERE article_id = ?1", "DELETE FROM attacks WHERE article_id = ?1",
        "DELETE FROM co_mentions WHERE article_id = ?1", "DELETE FROM articles WHERE id = ?1"};
    s = DeleteCoKeys(db, path, cache, aid);
    if (!s.ok()) return s;
    std::vector<std::pair<std::string, std::string>> groups;  // the article's (place, attack)
    {
      Stmt st(db, path, cache);
      s = st.Prepare("SELECT DISTINCT place, id FROM attacks WHERE article_id = ?1");
      if (!s.ok()) return s;
      st.Text(1, aid);
      bool row = false;
      while ((s = st.Step(&row)).ok() && row) groups.emplace_back(st.ColString(0), st.ColString(1));
      if (!s.ok()) return s;
    }
    for (std::string_view sql : kDeletes) {
      Stmt st(db, path, cache);
      s = st.Prepare(sql);
      if (!s.ok()) return s;
      st.Text(1, aid);
      s = st.Run();
      if (!s.ok()) return s;
    }
    // Those groups again, from the attacks rows other articles still have.
    Stmt drop(db, path, cache), regroup(db, path, cache);
    s = drop.Prepare("DELETE FROM attack_groups WHERE place = ?1 AND id = ?2");
    if (s.ok()) {
      s = regroup.Prepare(
          "INSERT INTO attack_groups(place, id, first_row, date, perpetrator) "
          "SELECT place, id, MIN(rowid), MAX(date), MAX(perpetrator) FROM attacks "
          "WHERE id = ?2 AND place = ?1 GROUP BY place, id");
    }
    for (size_t i = 0; s.ok() && i < groups.size(); ++i) {
      for (Stmt* st : {&drop, &regroup}) {
        st->Text(1, groups[i].first);
        st->Text(2, groups[i].second);
        if (s.ok()) s = st->Run();
      }
    }
    if (!s.ok()) return s;
  }

  std::optional<ArticleExtraction> merged;
  s = MergeKnownAttacks(db, path, cache, original, &merged);
  if (!s.ok()) return s;
  const ArticleExtraction& x = merged ? *merged : original;

  {
    Stmt st(db, path, cache);
    s = st.Prepare(
        "INSERT INTO articles(id, path, title, date, content_hash, ingested_at) "
        "VALUES(?1, ?2, ?3, ?4, ?5, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))");
    if (!s.ok()) return s;
    st.Text(1, aid);
    st.Text(2, x.article.path);
    st.Text(3, x.article.title);
    st.Text(4, x.article.date);
    st.Text(5, x.article.content_hash);
    s = st.Run();
    if (!s.ok()) return s;
  }

  Stmt upsert(db, path, cache), alias(db, path, cache), mention(db, path, cache);
  s = upsert.Prepare(
      "INSERT INTO entities(id, type, name, name_en) VALUES(?1, ?2, ?3, ?4) "
      "ON CONFLICT(id) DO UPDATE SET "
      "name = CASE WHEN entities.name = '' THEN excluded.name ELSE entities.name END, "
      "name_en = CASE WHEN entities.name_en = '' THEN excluded.name_en ELSE entities.name_en END "
      "WHERE (entities.name = '' AND excluded.name <> '') OR "
      "(entities.name_en = '' AND excluded.name_en <> '')");
  if (!s.ok()) return s;
  s = alias.Prepare(
      "INSERT INTO aliases(article_id, seq, entity_id, alias, mentions, mention_count) "
      "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
  if (!s.ok()) return s;
  s = mention.Prepare(
      "INSERT INTO mentions(article_id, entity_id, text, \"start\", \"end\", sentence) "
      "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
  if (!s.ok()) return s;

  // An (entity, alias) once per article, and each entity with aliases counted once.
  std::unordered_set<std::string> article_aliases, counted_entities;
  int64_t alias_rows = 0;
  // *packed: the entity's mentions went into its aliases row (schema 6), when it has one and no
  // mention's text holds the separator; otherwise the caller writes them as mentions rows.
  auto put_entity = [&](const std::string& id, EntityType type, const std::string& name,
                        const std::string& name_en, const std::vector<std::string>& aliases,
                        const std::vector<Mention>& mentions, bool* packed) -> Status {
    *packed = false;
    if (id.empty()) return Status::Error(path + ": " + aid + ": an entity has an empty id");
    Status r = Status::Ok();
    if (!state->Named(id)) {
      upsert.Text(1, id);
      upsert.Text(2, EntityTypeName(type));
      upsert.Text(3, name);
      upsert.Text(4, name_en);
      r = upsert.Run();
      if (!r.ok()) return r;
      state->NoteNames(id, !name.empty(), !name_en.empty());
    }
    // The entity's spellings from this article, new to it, in one row (schema 5).
    std::string spellings;
    auto add = [&](const std::string& a) {
      if (!a.empty() && article_aliases.insert(id + '\x1f' + a).second) AppendSpelling(&spellings, a);
    };
    add(name);
    add(name_en);
    for (const std::string& a : aliases) add(a);
    if (spellings.empty()) return Status::Ok();
    std::string packed_mentions;
    *packed = std::none_of(mentions.begin(), mentions.end(), [](const Mention& m) {
      return m.text.find(kSpellingSeparator) != std::string::npos;
    });
    if (*packed) {
      for (const Mention& m : mentions) PackMention(&packed_mentions, m);
    }
    alias.Text(1, aid);
    alias.Int(2, ++alias_rows);
    alias.Text(3, id);
    alias.Text(4, spellings);
    alias.Text(5, packed_mentions);
    alias.Int(6, *packed ? static_cast<int64_t>(mentions.size()) : 0);
    r = alias.Run();
    if (r.ok() && counted_entities.insert(id).second) state->AddListing(id);
    return r;
  };

  std::unordered_set<std::string_view> listed;
  for (const Entity& e : x.entities) {
    bool packed = false;
    s = put_entity(e.id, e.type, e.name, e.name_en, e.aliases, e.mentions, &packed);
    if (!s.ok()) return s;
    listed.insert(e.id);
    if (packed) continue;
    for (const Mention& m : e.mentions) {
      mention.Text(1, aid);
      mention.Text(2, e.id);
      mention.Text(3, m.text);
      mention.Int(4, m.start);
      mention.Int(5, m.end);
      mention.Int(6, m.sentence);
      s = mention.Run();
      if (!s.ok()) return s;
    }
  }
  // An attack is also an entity; add it when the extraction did not list it.
  for (const Attack& a : x.attacks) {
    if (listed.count(a.id)) continue;
    bool packed = false;
    s = put_entity(a.id, EntityType::kAttack, a.name, "", {}, {}, &packed);
    if (!s.ok()) return s;
    listed.insert(a.id);
  }

  {
    Stmt st(db, path, cache);
    s = st.Prepare(
        "INSERT INTO evidence(article_id, source, relation, target, sentence, \"start\", \"end\", "
        "text, confidence, hedged, triple_key) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    if (!s.ok()) return s;
    CoMentionRows co;
    for (size_t i = 0; i < x.relations.size(); ++i) {
      const Relation& r = x.relations[i];
      const Evidence& ev = r.evidence;
      if (r.source.empty() || r.target.empty() || r.relation.empty()) {
        return Status::Error(path + ": " + aid + ": relation " + std::to_string(i) +
                             " has an empty source, relation or target");
      }
      if (!std::isfinite(ev.confidence)) {
        return Status::Error(path + ": " + aid + ": relation " + std::to_string(i) + " (" +
                             r.source + " " + r.relation + " " + r.target +
                             ") has a confidence that is not a number");
      }
      if (r.relation == kCoMentioned && counted_entities.count(r.source) &&
          counted_entities.count(r.target) && co.Add(r)) {
        continue;
      }
      st.Text(1, aid);
      st.Text(2, r.source);
      st.Text(3, r.relation);
      st.Text(4, r.target);
      st.Int(5, ev.sentence);
      st.Int(6, ev.start);
      st.Int(7, ev.end);
      st.Text(8, ev.text);
      st.Double(9, ev.confidence);
      st.Int(10, ev.hedged ? 1 : 0);
      st.Int(11, EvidenceKey(r.source, r.relation, r.target));
      s = st.Run();
      if (!s.ok()) return s;
    }
    s = co.Write(db, path, cache, state, aid);
    if (!s.ok()) return s;
  }

  {
    Stmt st(db, path, cache);
    s = st.Prepare(
        "INSERT INTO attacks(article_id, id, name, place, perpetrator, target, date, killed, "
        "injured, approximate, sentence, \"start\", \"end\", text, confidence, hedged) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) "
        "ON CONFLICT(article_id, id) DO NOTHING");
    if (!s.ok()) return s;
    Stmt group(db, path, cache);
    s = group.Prepare(
        "INSERT INTO attack_groups(place, id, first_row, date, perpetrator) "
        "VALUES(?1, ?2, ?3, ?4, ?5) ON CONFLICT(place, id) DO UPDATE SET "
        "first_row = min(first_row, excluded.first_row), date = max(date, excluded.date), "
        "perpetrator = max(perpetrator, excluded.perpetrator) "
        "WHERE excluded.first_row < attack_groups.first_row OR "
        "excluded.date > attack_groups.date OR excluded.perpetrator > attack_groups.perpetrator");
    if (!s.ok()) return s;
    for (const Attack& a : x.attacks) {
      const Evidence& ev = a.evidence;
      if (!std::isfinite(ev.confidence)) {
        return Status::Error(path + ": " + aid + ": attack " + a.id +
                             " has a confidence that is not a number");
      }
      st.Text(1, aid);
      st.Text(2, a.id);
      st.Text(3, a.name);
      st.Text(4, a.place);
      st.Text(5, a.perpetrator);
      st.Text(6, a.target);
      st.Text(7, a.date);
      st.OptInt(8, a.killed);
      st.OptInt(9, a.injured);
      st.Int(10, a.approximate ? 1 : 0);
      st.Int(11, ev.sentence);
      st.Int(12, ev.start);
      st.Int(13, ev.end);
      st.Text(14, ev.text);
      st.Double(15, ev.confidence);
      st.Int(16, ev.hedged ? 1 : 0);
      s = st.Run();
      if (!s.ok()) return s;
      if (sqlite3_changes(db) == 0) continue;  // the article gave this attack already
      group.Text(1, a.place);
      group.Text(2, a.id);
      group.Int(3, sqlite3_last_insert_rowid(db));
      group.Text(4, a.date);
      group.Text(5, a.perpetrator);
      s = group.Run();
      if (!s.ok()) return s;
    }
  }

  if (!tx.nested()) {
    s = state->Flush(db, path, cache);
    if (!s.ok()) return s;
  }
  s = tx.Commit();
  if (!s.ok()) return s;
  *outcome = result;
  return Status::Ok();
}

// ---- Load ----


int Find(const StringMap<int>& m, std::string_view key) {
  auto it = m.find(key);
  return it == m.end() ? -1 : it->second;
}

// ---- Corrections ----

constexpr CorrectionKind kCorrectionKinds[] = {CorrectionKind::kMerge, CorrectionKind::kAlias,
                                               CorrectionKind::kUnalias, CorrectionKind::kRetype};

Status HasTable(sqlite3* db, const std::string& path, const char* table, bool* out,
                const char* type = "table") {
  Stmt st(db, path);
  Status s = st.Prepare("SELECT 1 FROM sqlite_master WHERE type = ?2 AND name = ?1");
  if (!s.ok()) return s;
  st.Text(1, table);
  st.Text(2, type);
  return st.Step(out);
}

// The log, oldest first (only the active corrections when `active_only`). A store of version 1
// opened read-only has no log. Rows that do not parse (possible only by editing the file by hand:
// unknown kind, args not a JSON array of two strings) are left out.
Status ReadCorrections(sqlite3* db, const std::string& path, bool active_only,
                       std::vector<Correction>* out) {
  out->clear();
  bool exists = false;
  Status s = HasTable(db, path, "corrections", &exists);
  if (!s.ok() || !exists) return s;
  Stmt st(db, path);
  // One row per argument; args that are not valid JSON read as the number 0 (so: bad).
  std::string sql =
      "SELECT c.id, c.time, c.kind, c.undone, j.value, j.type FROM corrections c LEFT JOIN "
      "json_each(CASE WHEN json_valid(c.args) THEN c.args ELSE '0' END) j ";
  if (active_only) sql += "WHERE c.undone = 0 ";
  sql += "ORDER BY c.id, j.key";
  s = st.Prepare(sql);
  if (!s.ok()) return s;
  std::vector<Correction> all;
  std::vector<bool> bad;
  bool row = false;
  while ((s = st.Step(&row)).ok() && row) {
    const int64_t id = st.ColInt64(0);
    if (all.empty() || all.back().id != id) {
      Correction c;
      c.id = id;
      c.time = st.ColString(1);
      std::optional<CorrectionKind> kind = ParseCorrectionKind(st.ColText(2));
      c.kind = kind.value_or(CorrectionKind::kMerge);
      c.undone = st.ColInt(3) != 0;
      all.push_back(std::move(c));
      bad.push_back(!kind);
    }
    if (st.ColNull(4) || st.ColText(5) != "text") {
      bad.back() = true;
    } else {
      all.back().args.push_back(st.ColString(4));
    }
  }
  if (!s.ok()) return s;
  for (size_t i = 0; i < all.size(); ++i) {
    if (bad[i] || all[i].args.size() != 2) continue;
    out->push_back(std::move(all[i]));
  }
  return Status::Ok();
}

// The active corrections in the form Load applies them. Every entity id is taken through the
// merges (the later ones included), so that an alias or type given to an entity follows it into
// whatever it is merged into afterwards.
class Fixes {
 public:
  void Build(const std::vector<Correction>& active) {
    StringMap<std::string> parent;
    for (const Correction& c : active) {
      if (c.kind == CorrectionKind::kMerge && c.args[0] != c.args[1]) parent[c.args[1]] = c.args[0];
    }
    // Follow each chain to its root; a cycle (only by hand edits) drops the ids on it.
    for (const auto& [from, to] : parent) {
      std::string root = to;
      size_t steps = 0;
      for (auto it = parent.find(root); it != parent.end() && steps <= parent.size();
           it = parent.find(root), ++steps) {
        root = it->second;
      }
      if (steps <= parent.size() && root != from) into_.emplace(from, std::move(root));
    }
    for (const Correction& c : active) {
      const std::string id(Resolve(c.args[0]));
      switch (c.kind) {
        case CorrectionKind::kMerge:
          break;
        case CorrectionKind::kAlias:
          aliases_.push_back({id, c.args[1], c.id});
          break;
        case CorrectionKind::kUnalias:
          hidden_.insert(Key(id, c.args[1]));
          break;
        case CorrectionKind::kRetype:
          if (std::optional<EntityType> t = ParseEntityType(c.args[1])) types_[id] = *t;
          break;
      }
    }
  }

  // What `id` is now part of: itself unless merged.
  std::string_view Resolve(std::string_view id) const {
    auto it = into_.find(id);
    return it == into_.end() ? id : std::string_view(it->second);
  }
  bool Hidden(std::string_view entity, std::string_view alias) const {
    return !hidden_.empty() && hidden_.count(Key(entity, alias)) > 0;
  }

  struct Alias {
    std::string entity;
    std::string alias;
    int64_t correction = 0;
  };
  const StringMap<std::string>& into() const { return into_; }
  const StringMap<EntityType>& types() const { return types_; }
  const std::vector<Alias>& aliases() const { return aliases_; }

 private:
  static std::string Key(std::string_view entity, std::string_view alias) {
    std::string k(entity);
    k += '\x1f';
    k += alias;
    return k;
  }

  StringMap<std::string> into_;  // merged id → the root it is now part of
  StringMap<EntityType> types_;  // root id → type
  std::vector<Alias> aliases_;   // added, in log order, entity ids resolved
  std::unordered_set<std::string, StringHash, std::equal_to<>> hidden_;  // Key(root, alias)
};

Status ReadFixes(sqlite3* db, const std::string& path, Fixes* out) {
  std::vector<Correction> active;
  Status s = ReadCorrections(db, path, /*active_only=*/true, &active);
  if (!s.ok()) return s;
  out->Build(active);
  return Status::Ok();
}

Status LoadImpl(sqlite3* db, const std::string& path, GraphData* out,
                const LoadOptions& options) {
  GraphData data;
  Transaction tx(db, path);  // one snapshot for every scan
  Status s = tx.Begin("BEGIN");
  if (!s.ok()) return s;
  bool row = false;

  // Articles, by id.
  StringMap<int> article_index;
  {
    Stmt st(db, path);
    s = st.Prepare("SELECT id, path, title, date, content_hash FROM articles ORDER BY id");
    if (!s.ok()) return s;
    while ((s = st.Step(&row)).ok() && row) {
      Article a;
      a.id = st.ColString(0);
      a.path = st.ColString(1);
      a.title = st.ColString(2);
      a.date = st.ColString(3);
      a.content_hash = st.ColString(4);
      article_index.emplace(a.id, static_cast<int>(data.articles.size()));
      data.articles.push_back(std::move(a));
    }
    if (!s.ok()) return s;
  }

  // Entities, by id; each with what the scans below find.
  struct Acc {
    AggregatedEntity agg;
    bool present = false;
    std::vector<int> articles;  // article indexes, duplicates allowed until the end
  };
  std::vector<Acc> acc;
  StringMap<int> entity_index;
  {
    Stmt st(db, path);
    s = st.Prepare("SELECT id, type, name, name_en FROM entities ORDER BY id");
    if (!s.ok()) return s;
    while ((s = st.Step(&row)).ok() && row) {
      Acc a;
      a.agg.entity.id = st.ColString(0);
      a.agg.entity.type = ParseEntityType(st.ColText(1)).value_or(EntityType::kGroup);
      a.agg.entity.name = st.ColString(2);
      a.agg.entity.name_en = st.ColString(3);
      entity_index.emplace(a.agg.entity.id, static_cast<int>(acc.size()));
      acc.push_back(std::move(a));
    }
    if (!s.ok()) return s;
  }

  // Corrections: a merged entity's id now finds the entity it is part of, so every scan below
  // counts its aliases, mentions and relations there.
  Fixes fixes;
  if (options.apply_corrections) {
    s = ReadFixes(db, path, &fixes);
    if (!s.ok()) return s;
    for (const auto& [from, root] : fixes.into()) {
      auto it = entity_index.find(from);
      const int r = Find(entity_index, root);
      if (it == entity_index.end() || r < 0) continue;
      it->second = r;
      acc[r].agg.merged_ids.push_back(from);
    }
    for (const auto& [id, type] : fixes.types()) {
      const int e = Find(entity_index, id);
      if (e >= 0) acc[e].agg.entity.type = type;
    }
  }

  // Aliases in ingest order: the first row of an (entity, alias) names the article that
  // introduced it. Then the analyst's, unless the articles gave them already.
  {
    std::unordered_set<std::string, StringHash, std::equal_to<>> seen;
    std::string key;
    auto add_alias = [&](Acc& a, std::string_view alias, std::string_view source) {
      key.assign(a.agg.entity.id);
      key += '\x1f';
      key += alias;
      if (!seen.insert(key).second) return;
      a.agg.alias_sources.emplace_back(std::string(alias), std::string(source));
      if (alias != a.agg.entity.name) a.agg.entity.aliases.emplace_back(alias);
    };
    // Version 3 keeps each article's aliases together in its order; articles come in ingest
    // order (rowid). Version 2 (read-only opens) kept one rowid order over all articles.
    bool by_article = false, packed = false;  // version 3; version 6: mentions in the row
    s = HasTable(db, path, "entity_articles", &by_article);
    if (s.ok()) s = HasTable(db, path, "co_keys", &packed);
    if (!s.ok()) return s;
    Stmt st(db, path);
    s = st.Prepare(packed ? "SELECT a.entity_id, a.alias, a.article_id, a.mention_count FROM "
                            "articles r CROSS JOIN aliases a ON a.article_id = r.id "
                            "ORDER BY r.rowid, a.seq"
                   : by_article ? "SELECT a.entity_id, a.alias, a.article_id, 0 FROM articles r "
                                  "CROSS JOIN aliases a ON a.article_id = r.id "
                                  "ORDER BY r.rowid, a.seq"
                                : "SELECT entity_id, alias, article_id, 0 FROM aliases ORDER BY rowid");
    if (!s.ok()) return s;
    while ((s = st.Step(&row)).ok() && row) {
      const int e = Find(entity_index, st.ColText(0));
      if (e < 0) continue;
      Acc& a = acc[e];
      a.present = true;
      a.agg.mention_count += st.ColInt(3);
      const std::string_view article = st.ColText(2);
      const int ai = Find(article_index, article);
      if (ai >= 0) a.articles.push_back(ai);
      ForEachSpelling(st.ColText(1), [&](std::string_view alias) {
        if (!fixes.Hidden(a.agg.entity.id, alias)) add_alias(a, alias, article);
      });
    }
    if (!s.ok()) return s;
    for (const Fixes::Alias& f : fixes.aliases()) {
      const int e = Find(entity_index, f.entity);
      if (e >= 0) add_alias(acc[e], f.alias, "correction " + std::to_string(f.correction));
    }
  }

  // Mentions, counted per (article, entity) by the covering index.
  {
    Stmt st(db, path);
    s = st.Prepare(
        "SELECT article_id, entity_id, count(*) FROM mentions GROUP BY article_id, entity_id");
    if (!s.ok()) return s;
    while ((s = st.Step(&row)).ok() && row) {
      const int e = Find(entity_index, st.ColText(1));
      if (e < 0) continue;
      Acc& a = acc[e];
      a.present = true;
      a.agg.mention_count += st.ColInt(2);
      const int ai = Find(article_index, st.ColText(0));
      if (ai >= 0) a.articles.push_back(ai);
    }
    if (!s.ok()) return s;
  }

  // Evidence, aggregated per (source, relation, target): the evidence rows, then (schema 6) each
  // co_mentions row's pairs.
  {
    StringMap<int> triple_index;
    std::string key;
    auto add = [&](std::string_view stored_source, std::string_view relation,
                   std::string_view stored_target, Evidence ev) {
      const std::string_view source = fixes.Resolve(stored_source),
                             target = fixes.Resolve(stored_target);
      // A relation between two entities merged into one says nothing about the one.
      if (source == target && stored_source != stored_target) return;
      key.assign(source);
      key += '\x1f';
      key += relation;
      key += '\x1f';
      key += target;
      auto [it, inserted] = triple_index.try_emplace(key, static_cast<int>(data.relations.size()));
      if (inserted) {
        AggregatedRelation r;
        r.source = std::string(source);
        r.relation = std::string(relation);
        r.target = std::string(target);
        data.relations.push_back(std::move(r));
        for (std::string_view end : {source, target}) {
          const int e = Find(entity_index, end);
          if (e >= 0) acc[e].present = true;
        }
      }
      AggregatedRelation& r = data.relations[it->second];
      r.evidence_count += 1;
      r.confidence = r.evidence_count == 1 ? ev.confidence : std::max(r.confidence, ev.confidence);
      r.weight += ev.confidence;
      r.evidence.push_back(std::move(ev));
    };
    auto read_evidence = [](const Stmt& st, int first) {
      Evidence ev;
      ev.article = st.ColString(first);
      ev.sentence = st.ColInt(first + 1);
      ev.start = st.ColInt(first + 2);
      ev.end = st.ColInt(first + 3);
      ev.text = st.ColString(first + 4);
      ev.confidence = st.ColDouble(first + 5);
      ev.hedged = st.ColInt(first + 6) != 0;
      return ev;
    };
    Stmt st(db, path);
    s = st.Prepare(
        "SELECT source, relation, target, article_id, sentence, \"start\", \"end\", text, "
        "confidence, hedged FROM evidence");
    if (!s.ok()) return s;
    while ((s = st.Step(&row)).ok() && row) {
      add(st.ColText(0), st.ColText(1), st.ColText(2), read_evidence(st, 3));
    }
    if (!s.ok()) return s;
    bool co_rows = false;
    s = HasTable(db, path, "co_mentions", &co_rows);
    if (!s.ok()) return s;
    if (co_rows) {
      Stmt co(db, path);
      s = co.Prepare(
          "SELECT pairs, article_id, sentence, \"start\", \"end\", text, confidence, hedged "
          "FROM co_mentions");
      if (!s.ok()) return s;
      while ((s = co.Step(&row)).ok() && row) {
        const Evidence ev = read_evidence(co, 1);
        ForEachPackedPair(co.ColText(0), [&](std::string_view source, std::string_view target) {
          add(source, kCoMentioned, target, ev);
        });
      }
      if (!s.ok()) return s;
    }
  }
  for (AggregatedRelation& r : data.relations) {
    r.weight = std::max(r.weight, 0.01);
    std::sort(r.evidence.begin(), r.evidence.end(), EvidenceBefore);
  }
  std::sort(data.relations.begin(), data.relations.end(),
            [](const AggregatedRelation& a, const AggregatedRelation& b) {
              if (a.source != b.source) return a.source < b.source;
              if (a.relation != b.relation) return a.relation < b.relation;
              return a.target < b.target;
            });

  // Attacks: every (article, attack) row, by attack id then article.
  {
    Stmt st(db, path);
    s = st.Prepare(
        "SELECT id, name, place, perpetrator, target, date, killed, injured, approximate, "
        "article_id, sentence, \"start\", \"end\", text, confidence, hedged FROM attacks "
        "ORDER BY id, article_id");
    if (!s.ok()) return s;
    while ((s = st.Step(&row)).ok() && row) {
      Attack a;
      a.id = st.ColString(0);
      a.name = st.ColString(1);
      a.place = st.ColString(2);
      a.perpetrator = st.ColString(3);
      a.target = st.ColString(4);
      a.date = st.ColString(5);
      a.killed = st.ColOptInt(6);
      a.injured = st.ColOptInt(7);
      a.approximate = st.ColInt(8) != 0;
      a.evidence.article = st.ColString(9);
      a.evidence.sentence = st.ColInt(10);
      a.evidence.start = st.ColInt(11);
      a.evidence.end = st.ColInt(12);
      a.evidence.text = st.ColString(13);
      a.evidence.confidence = st.ColDouble(14);
      a.evidence.hedged = st.ColInt(15) != 0;
      for (std::string* id : {&a.id, &a.place, &a.perpetrator, &a.target}) {
        const std::string_view root = fixes.Resolve(*id);
        if (root.data() != id->data()) id->assign(root);
      }
      data.attacks.push_back(std::move(a));
    }
    if (!s.ok()) return s;
    if (!fixes.into().empty()) {
      std::stable_sort(data.attacks.begin(), data.attacks.end(),
                       [](const Attack& x, const Attack& y) {
                         if (x.id != y.id) return x.id < y.id;
                         return x.evidence.article < y.evidence.article;
                       });
    }
  }
  s = tx.Commit();
  if (!s.ok()) return s;

  // Entities that still have something to show, already in id order.
  for (Acc& a : acc) {
    if (!a.present) continue;
    std::sort(a.articles.begin(), a.articles.end());
    a.articles.erase(std::unique(a.articles.begin(), a.articles.end()), a.articles.end());
    std::sort(a.agg.merged_ids.begin(), a.agg.merged_ids.end());
    a.agg.article_count = static_cast<int>(a.articles.size());
    for (int ai : a.articles) {
      const std::string& date = data.articles[ai].date;
      if (date.empty()) continue;
      if (a.agg.first_seen.empty() || date < a.agg.first_seen) a.agg.first_seen = date;
      if (a.agg.last_seen.empty() || date > a.agg.last_seen) a.agg.last_seen = date;
    }
    data.entities.push_back(std::move(a.agg));
  }
  *out = std::move(data);
  return Status::Ok();
}

// Stats after corrections: counted on what Load returns.
Status StatsFromLoad(sqlite3* db, const std::string& path, StoreStats* out) {
  GraphData d;
  Status s = LoadImpl(db, path, &d, LoadOptions{});
  if (!s.ok()) return s;
  StoreStats stats;
  stats.articles = static_cast<int>(d.articles.size());
  stats.entities = static_cast<int>(d.entities.size());
  stats.relations = static_cast<int>(d.relations.size());
  for (const AggregatedRelation& r : d.relations) {
    stats.typed_relations += r.relation != "co_mentioned";
    stats.evidence += r.evidence_count;
  }
  for (const AggregatedEntity& e : d.entities) stats.mentions += e.mention_count;
  std::unordered_set<std::string_view> attacks;
  for (const Attack& a : d.attacks) attacks.insert(a.id);
  stats.attacks = static_cast<int>(attacks.size());
  *out = stats;
  return Status::Ok();
}

Status StatsImpl(sqlite3* db, const std::string& path, bool summary, StoreStats* out) {
  {
    std::vector<Correction> active;
    Status s = ReadCorrections(db, path, /*active_only=*/true, &active);
    if (!s.ok()) return s;
    if (!active.empty()) return StatsFromLoad(db, path, out);
  }
  Transaction tx(db, path);
  Status s = tx.Begin("BEGIN");
  if (!s.ok()) return s;
  struct Count {
    std::string_view sql;
    int* field;
  };
  StoreStats stats;
  bool by_article = false;  // version 3: entity_articles counts who lists an entity
  s = HasTable(db, path, "entity_articles", &by_article);
  if (!s.ok()) return s;
  bool keyed = false;  // version 4: evidence_key, whose lowest bit tells co_mentioned
  s = HasTable(db, path, "evidence_key", &keyed, "index");
  if (!s.ok()) return s;
  bool co = false;  // version 6: co_mentioned evidence in co_keys too, mentions in aliases rows
  s = HasTable(db, path, "co_keys", &co);
  if (!s.ok()) return s;
  const Count counts[] = {
      {"SELECT count(*) FROM articles", &stats.articles},
      // Entities something still refers to. Nearly every one has an alias or is a relation's
      // source, both indexed; the rest (targets only, and rows left by replaced articles) are
      // looked up in one set that SQLite builds only if such an entity comes up. The union of all
      // four took over a second on a 10k-article store; this takes milliseconds.
      // (Version 4 has no index by source: there, sources join the set.)
      {keyed && by_article ? "SELECT count(*) FROM entities e WHERE "
               "EXISTS (SELECT 1 FROM entity_articles WHERE entity_id = e.id) OR "
               "e.id IN (SELECT entity_id FROM mentions UNION ALL SELECT source FROM evidence "
               "UNION ALL SELECT target FROM evidence)"
       : by_article ? "SELECT count(*) FROM entities e WHERE "
                      "EXISTS (SELECT 1 FROM entity_articles WHERE entity_id = e.id) OR "
                      "EXISTS (SELECT 1 FROM evidence WHERE source = e.id) OR "
                      "e.id IN (SELECT entity_id FROM mentions UNION ALL SELECT target FROM evidence)"
                    : "SELECT count(*) FROM entities e WHERE "
                      "EXISTS (SELECT 1 FROM aliases WHERE entity_id = e.id) OR "
                      "EXISTS (SELECT 1 FROM evidence WHERE source = e.id) OR "
                      "e.id IN (SELECT entity_id FROM mentions UNION ALL SELECT target FROM evidence)",
       &stats.entities},
      // Version 4 counts distinct keys, read from the index alone: two relations whose 64-bit
      // keys collide would count as one (odds about n² / 2⁶⁵: 3 in a million at 10M relations).
      // Version 6: both key indexes merged in key order (a pair can have rows in both).
      {co ? "SELECT count(*) FROM (SELECT triple_key FROM evidence UNION "
            "SELECT triple_key FROM co_keys ORDER BY 1)"
       : keyed ? "SELECT count(*) FROM (SELECT DISTINCT triple_key FROM evidence)"
               : "SELECT count(*) FROM (SELECT 1 FROM evidence GROUP BY source, relation, target)",
       &stats.relations},
      {keyed ? "SELECT count(*) FROM (SELECT DISTINCT triple_key FROM evidence "
               "WHERE triple_key & 1 = 0)"
             : "SELECT count(*) FROM (SELECT 1 FROM evidence WHERE relation <> 'co_mentioned' "
               "GROUP BY source, relation, target)",
       &stats.typed_relations},
      {co ? "SELECT (SELECT count(*) FROM evidence) + (SELECT count(*) FROM co_keys)"
          : "SELECT count(*) FROM evidence",
       &stats.evidence},
      {co ? "SELECT (SELECT count(*) FROM mentions) + "
            "(SELECT coalesce(sum(mention_count), 0) FROM aliases)"
          : "SELECT count(*) FROM mentions",
       &stats.mentions},
      {"SELECT count(DISTINCT id) FROM attacks", &stats.attacks},
  };
  for (const Count& c : counts) {
    if (summary && c.field != &stats.articles && c.field != &stats.entities &&
        c.field != &stats.relations) {
      continue;
    }
    int64_t v = 0;
    s = QueryInt(db, path, c.sql, &v);
    if (!s.ok()) return s;
    *c.field = static_cast<int>(v);
  }
  s = tx.Commit();
  if (!s.ok()) return s;
  *out = stats;
  return Status::Ok();
}

// Checks a correction against the store and writes it with its entity ids taken through the
// active merges.
Status AddCorrectionImpl(sqlite3* db, const std::string& path, const Correction& c, int64_t* id) {
  const std::string_view kind = CorrectionKindName(c.kind);
  if (kind.empty()) return Status::Error(path + ": unknown correction kind");
  const std::string what = path + ": " + std::string(kind) + ": ";
  if (c.args.size() != 2) return Status::Error(what + "needs 2 arguments");
  for (const std::string& a : c.args) {
    if (a.empty()) return Status::Error(what + "an argument is empty");
  }
  if (sqlite3_db_readonly(db, "main") == 1) {
    return Status::Error(path + ": store opened read-only; cannot record a correction");
  }
  Transaction tx(db, path);
  Status s = tx.Begin("BEGIN IMMEDIATE");
  if (!s.ok()) return s;
  Fixes fixes;
  s = ReadFixes(db, path, &fixes);
  if (!s.ok()) return s;

  std::vector<std::string> args = c.args;
  const size_t entities = c.kind == CorrectionKind::kMerge ? 2 : 1;
  {
    Stmt st(db, path);
    s = st.Prepare("SELECT 1 FROM entities WHERE id = ?1");
    if (!s.ok()) return s;
    for (size_t i = 0; i < entities; ++i) {
      st.Reset();
      st.Text(1, args[i]);
      bool row = false;
      s = st.Step(&row);
      if (!s.ok()) return s;
      if (!row) return Status::Error(what + "no entity " + args[i] + " in the store");
      args[i] = std::string(fixes.Resolve(args[i]));
    }
  }
  if (c.kind == CorrectionKind::kMerge && args[0] == args[1]) {
    return Status::Error(what + c.args[1] + " is already part of " + args[0]);
  }
  if (c.kind == CorrectionKind::kRetype) {
    std::optional<EntityType> t = ParseEntityType(args[1]);
    if (!t) return Status::Error(what + "unknown type '" + args[1] + "'");
    args[1] = std::string(EntityTypeName(*t));
  }
  {
    Stmt st(db, path);
    s = st.Prepare(
        "INSERT INTO corrections(time, kind, args, undone) "
        "VALUES(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?1, json_array(?2, ?3), 0)");
    if (!s.ok()) return s;
    st.Text(1, kind);
    st.Text(2, args[0]);
    st.Text(3, args[1]);
    s = st.Run();
    if (!s.ok()) return s;
  }
  const int64_t new_id = sqlite3_last_insert_rowid(db);
  s = tx.Commit();
  if (!s.ok()) return s;
  if (id) *id = new_id;
  return Status::Ok();
}

Status UndoCorrectionImpl(sqlite3* db, const std::string& path, int64_t id) {
  if (sqlite3_db_readonly(db, "main") == 1) {
    return Status::Error(path + ": store opened read-only; cannot undo a correction");
  }
  Transaction tx(db, path);
  Status s = tx.Begin("BEGIN IMMEDIATE");
  if (!s.ok()) return s;
  bool exists = false;
  s = HasTable(db, path, "corrections", &exists);
  if (!s.ok()) return s;
  int undone = -1;
  if (exists) {
    Stmt st(db, path);
    s = st.Prepare("SELECT undone FROM corrections WHERE id = ?1");
    if (!s.ok()) return s;
    st.Int(1, id);
    bool row = false;
    s = st.Step(&row);
    if (!s.ok()) return s;
    if (row) undone = st.ColInt(0);
  }
  const std::string name = "correction " + std::to_string(id);
  if (undone < 0) return Status::Error(path + ": no " + name + " (`kg corrections` lists them)");
  if (undone > 0) return Status::Error(path + ": " + name + " is already undone");
  {
    Stmt st(db, path);
    s = st.Prepare("UPDATE corrections SET undone = 1 WHERE id = ?1");
    if (!s.ok()) return s;
    st.Int(1, id);
    s = st.Run();
    if (!s.ok()) return s;
  }
  return tx.Commit();
}

// Turns anything thrown (std::bad_alloc, mostly) into a Status naming the store.
template <typename F>
Status Guard(const std::string& path, F&& f) noexcept {
  try {
    return f();
  } catch (const std::exception& e) {
    try {
      return Status::Error(path + ": " + e.what());
    } catch (...) {
      return Status::Error("out of memory");
    }
  } catch (...) {
    return Status::Error("unexpected error");
  }
}

}  // namespace

std::string_view CorrectionKindName(CorrectionKind kind) {
  switch (kind) {
    case CorrectionKind::kMerge:
      return "merge";
    case CorrectionKind::kAlias:
      return "alias";
    case CorrectionKind::kUnalias:
      return "unalias";
    case CorrectionKind::kRetype:
      return "retype";
  }
  return "";
}

std::optional<CorrectionKind> ParseCorrectionKind(std::string_view name) {
  for (CorrectionKind k : kCorrectionKinds) {
    if (CorrectionKindName(k) == name) return k;
  }
  return std::nullopt;
}

Status Store::Open(const std::string& path, Mode mode, std::unique_ptr<Store>* out) {
  return Guard(path, [&]() -> Status {
    if (out == nullptr) return Status::Error(path + ": Store::Open needs an output");
    if (path.empty()) return Status::Error("no store path given (pass --store)");
    sqlite3* db = nullptr;
    Status s = OpenImpl(path, mode, &db);
    if (!s.ok()) return s;
    try {
      out->reset(new Store(db, path));
    } catch (...) {
      sqlite3_close(db);
      throw;
    }
    if (mode == Mode::kReadWrite) (*out)->PrepareStamp();
    return Status::Ok();
  });
}

Store::Store(sqlite3* db, std::string path)
    : db_(db),
      path_(std::move(path)),
      statements_(std::make_unique<StmtCache>(db)),
      writer_(std::make_unique<WriterState>()) {
  bool keyed = false;
  keyed_evidence_ = HasTable(db_, path_, "evidence_key", &keyed, "index").ok() && keyed;
  bool co = false;
  co_keys_ = HasTable(db_, path_, "co_keys", &co).ok() && co;
}

void AppendSpelling(std::string* row, std::string_view spelling) {
  if (!row->empty()) *row += kSpellingSeparator;
  const size_t from = row->size();
  *row += spelling;
  std::replace(row->begin() + static_cast<std::ptrdiff_t>(from), row->end(), kSpellingSeparator, ' ');
}

void ForEachPackedPair(std::string_view pairs,
                       const std::function<void(std::string_view, std::string_view)>& fn) {
  std::string_view source;
  bool have_source = false;
  ForEachSpelling(pairs, [&](std::string_view part) {
    if (have_source) fn(source, part);
    source = part;
    have_source = !have_source;
  });
}

int64_t EvidenceKey(std::string_view source, std::string_view relation, std::string_view target) {
  uint64_t h = 14695981039346656037ull;  // FNV-1a 64
  auto add = [&](std::string_view part) {
    for (unsigned char c : part) {
      h ^= c;
      h *= 1099511628211ull;
    }
  };
  add(source);
  add("\x1f");
  add(relation);
  add("\x1f");
  add(target);
  // MurmurHash3's fmix64: every input bit moves every output bit.
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  h = (h & ~uint64_t{1}) | (relation == "co_mentioned" ? 1u : 0u);
  return static_cast<int64_t>(h);
}

Store::~Store() {
  const bool read_write = sqlite3_db_readonly(db_, "main") == 0;
  if (batch_open_ && !sqlite3_get_autocommit(db_) &&
      writer_->Flush(db_, path_, statements_.get()).ok()) {
    sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr);  // on failure, close rolls back
  }
  statements_.reset();  // a connection with statements left does not close
  checkpointer_.reset();  // before the close, which checkpoints what is left
  if (sqlite3_close(db_) == SQLITE_OK && read_write) RecordChecked(path_);
}

int64_t WriterCacheKiB(int64_t store_bytes) {
  constexpr int64_t kMin = 64 << 10, kMax = 1 << 20;  // KiB
  return std::clamp(store_bytes / 16 / 1024, kMin, kMax);
}

int BatchArticles(int64_t store_bytes) {
  return static_cast<int>(std::clamp<int64_t>(store_bytes >> 21, 256, 2048));
}

Status Store::BeginBatch() {
  return Guard(path_, [&]() -> Status {
    if (batch_open_) return Status::Ok();
    if (sqlite3_db_readonly(db_, "main") == 1) {
      return Status::Error(path_ + ": store opened read-only; cannot ingest");
    }
    if (!checkpointer_tried_) {
      checkpointer_tried_ = true;
      checkpointer_ = Checkpointer::Start(db_, path_);
    }
    if (checkpointer_) checkpointer_->BeforeBegin();
    // The cache follows the store as it grows (a first ingest of 100k articles starts empty).
    int64_t pages = 0, page_size = 0;
    if (QueryInt(db_, path_, "PRAGMA page_count", &pages).ok() &&
        QueryInt(db_, path_, "PRAGMA page_size", &page_size).ok()) {
      batch_articles_ = BatchArticles(pages * page_size);
      if (const int64_t kib = WriterCacheKiB(pages * page_size); kib != cache_kib_) {
        const std::string sql = "PRAGMA cache_size = " + std::to_string(-kib);
        if (Exec(db_, path_, sql.c_str()).ok()) cache_kib_ = kib;
      }
    }
    Status s = Exec(db_, path_, "BEGIN IMMEDIATE");
    batch_open_ = s.ok();
    return s;
  });
}

Status Store::CommitBatch() {
  return Guard(path_, [&]() -> Status {
    if (!batch_open_) return Status::Ok();
    if (sqlite3_get_autocommit(db_)) {
      batch_open_ = false;
      writer_->Forget();
      return Status::Error(path_ + ": the store rolled the last batch back after an error");
    }
    Status s = writer_->Flush(db_, path_, statements_.get());
    if (s.ok()) s = Exec(db_, path_, "COMMIT");
    if (s.ok()) {
      batch_open_ = false;
      return s;
    }
    if (!sqlite3_get_autocommit(db_)) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    batch_open_ = false;
    writer_->Forget();
    return s;
  });
}

Status Store::Ingest(const ArticleExtraction& x, IngestOutcome* outcome) {
  Status s = Guard(path_, [&]() -> Status {
    IngestOutcome ignored;
    return IngestImpl(db_, path_, statements_.get(), writer_.get(), x, outcome ? outcome : &ignored);
  });
  if (!s.ok()) writer_->Forget();  // the article's transaction, or its batch, is undone
  return s;
}

Status Store::Load(GraphData* out, const LoadOptions& options) const {
  return Guard(path_, [&]() -> Status {
    if (out == nullptr) return Status::Error(path_ + ": Store::Load needs an output");
    return LoadImpl(db_, path_, out, options);
  });
}

Status Store::AddCorrection(const Correction& correction, int64_t* id) {
  return Guard(path_, [&]() -> Status { return AddCorrectionImpl(db_, path_, correction, id); });
}

Status Store::UndoCorrection(int64_t id) {
  return Guard(path_, [&]() -> Status { return UndoCorrectionImpl(db_, path_, id); });
}

Status Store::Corrections(std::vector<Correction>* out) const {
  return Guard(path_, [&]() -> Status {
    if (out == nullptr) return Status::Error(path_ + ": Store::Corrections needs an output");
    return ReadCorrections(db_, path_, /*active_only=*/false, out);
  });
}

Status Store::ArticleAndAttackCounts(int64_t* articles, int64_t* attacks) const {
  return Guard(path_, [&]() -> Status {
    if (articles == nullptr || attacks == nullptr) {
      return Status::Error(path_ + ": Store::ArticleAndAttackCounts needs outputs");
    }
    Transaction tx(db_, path_);
    Status s = tx.Begin("BEGIN");
    if (!s.ok()) return s;
    s = QueryInt(db_, path_, "SELECT count(*) FROM articles", articles);
    if (!s.ok()) return s;
    Fixes fixes;
    s = ReadFixes(db_, path_, &fixes);
    if (!s.ok()) return s;
    if (fixes.into().empty()) {
      s = QueryInt(db_, path_, "SELECT count(DISTINCT id) FROM attacks", attacks);
    } else {
      // Merged attacks are one: count their ids as Load resolves them.
      Stmt st(db_, path_);
      s = st.Prepare("SELECT DISTINCT id FROM attacks");
      if (!s.ok()) return s;
      std::unordered_set<std::string> ids;
      bool row = false;
      while ((s = st.Step(&row)).ok() && row) ids.insert(std::string(fixes.Resolve(st.ColText(0))));
      *attacks = static_cast<int64_t>(ids.size());
    }
    if (!s.ok()) return s;
    return tx.Commit();
  });
}

Status Store::FlushWriter() const {
  return Guard(path_, [&] { return writer_->Flush(db_, path_, statements_.get()); });
}

Status Store::Stats(StoreStats* out) const {
  return Guard(path_, [&]() -> Status {
    if (out == nullptr) return Status::Error(path_ + ": Store::Stats needs an output");
    Status s = writer_->Flush(db_, path_, statements_.get());
    return s.ok() ? StatsImpl(db_, path_, /*summary=*/false, out) : s;
  });
}

Status Store::SummaryStats(StoreStats* out) const {
  return Guard(path_, [&]() -> Status {
    if (out == nullptr) return Status::Error(path_ + ": Store::SummaryStats needs an output");
    Status s = writer_->Flush(db_, path_, statements_.get());
    return s.ok() ? StatsImpl(db_, path_, /*summary=*/true, out) : s;
  });
}

}  // namespace kg
