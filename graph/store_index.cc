// What the store does for the topology index (graph/topology.h) and the benchmarks: the stamp that
// tells a saved topology from a stale one, one relation's evidence on demand, and a bulk loader.
//
//   kg_stamp(store_id, generation)   one row; store_id random, given once
//   kg_stamp_<table>_{insert,update,delete}   triggers on `articles` and `corrections`:
//                                             generation + 1
//
// Every write kg makes goes through one of those two tables: an ingest adds, replaces or deletes
// its article row along with the article's entities, aliases, mentions, evidence and attacks, and
// a correction is a row of the log. So a topology saved at generation g is current while the
// store still says g. (Triggers on every table counted each row of an ingest and cost it a
// quarter of its time; a hand edit of another table should be followed by removing PATH.topo.)
// The triggers are created, and older kgs' triggers on other tables dropped, by every read-write
// open; a store only ever opened read-only since it was written by an older kg has no stamp, and
// queries then load it as before.
#include <sqlite3.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "graph/store.h"

namespace kg {
namespace {

// A prepared statement, finalized on scope exit; text bound SQLITE_STATIC (valid until the step).
class Query {
 public:
  Query(sqlite3* db, const char* sql) : db_(db) {
    rc_ = sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr);
  }
  ~Query() { sqlite3_finalize(stmt_); }
  Query(const Query&) = delete;
  Query& operator=(const Query&) = delete;

  bool ok() const { return rc_ == SQLITE_OK || rc_ == SQLITE_ROW || rc_ == SQLITE_DONE; }
  void Text(int i, std::string_view s) {
    Keep(sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_STATIC));
  }
  void Int(int i, int64_t v) { Keep(sqlite3_bind_int64(stmt_, i, v)); }
  void Double(int i, double v) { Keep(sqlite3_bind_double(stmt_, i, v)); }
  // One step: true while a row is available.
  bool Step() {
    if (!ok()) return false;
    rc_ = sqlite3_step(stmt_);
    return rc_ == SQLITE_ROW;
  }
  // Runs to the end and resets for the next binds.
  bool Run() {
    while (Step()) {
    }
    const bool good = ok();
    sqlite3_reset(stmt_);
    if (good) rc_ = SQLITE_OK;
    return good;
  }
  void Reset() {
    sqlite3_reset(stmt_);
    if (ok()) rc_ = SQLITE_OK;
  }
  std::string_view ColText(int i) const {
    const unsigned char* p = sqlite3_column_text(stmt_, i);
    return p ? std::string_view(reinterpret_cast<const char*>(p),
                                static_cast<size_t>(sqlite3_column_bytes(stmt_, i)))
             : std::string_view();
  }
  int64_t ColInt(int i) const { return sqlite3_column_int64(stmt_, i); }
  double ColDouble(int i) const { return sqlite3_column_double(stmt_, i); }

 private:
  void Keep(int rc) {
    if (rc != SQLITE_OK && ok()) rc_ = rc;
  }
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  int rc_ = SQLITE_OK;
};

// The row's first seven columns: article_id, sentence, start, end, text, confidence, hedged.
Evidence EvidenceAt(const Query& q) {
  Evidence ev;
  ev.article = std::string(q.ColText(0));
  ev.sentence = static_cast<int>(q.ColInt(1));
  ev.start = static_cast<int>(q.ColInt(2));
  ev.end = static_cast<int>(q.ColInt(3));
  ev.text = std::string(q.ColText(4));
  ev.confidence = q.ColDouble(5);
  ev.hedged = q.ColInt(6) != 0;
  return ev;
}

Status Error(sqlite3* db, const std::string& path, const std::string& what) {
  return Status::Error(path + ": " + what + ": " + sqlite3_errmsg(db));
}

bool Exec(sqlite3* db, const std::string& sql) {
  return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

// "name" quoted as an SQL identifier.
std::string Quoted(std::string_view name) {
  std::string out = "\"";
  for (char c : name) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

constexpr const char* kOps[] = {"insert", "update", "delete"};

// The tables whose writes move the generation (see above).
constexpr const char* kStampedTables[] = {"articles", "corrections"};

// What brings the triggers to the set above: CREATE for the missing, DROP for older kgs' others.
std::vector<std::string> MissingTriggers(sqlite3* db) {
  std::vector<std::string> tables, triggers, missing;
  Query q(db,
          "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'trigger') AND name NOT "
          "LIKE 'sqlite_%'");
  while (q.Step()) {
    (q.ColText(0) == "table" ? tables : triggers).emplace_back(q.ColText(1));
  }
  std::vector<std::string> wanted;
  for (const char* t : kStampedTables) {
    if (std::find(tables.begin(), tables.end(), t) == tables.end()) continue;
    for (const char* op : kOps) {
      const std::string name = std::string("kg_stamp_") + t + "_" + op;
      wanted.push_back(name);
      if (std::find(triggers.begin(), triggers.end(), name) == triggers.end()) {
        missing.push_back("CREATE TRIGGER IF NOT EXISTS " + Quoted(name) + " AFTER " +
                          std::string(op) + " ON " + Quoted(t) +
                          " BEGIN UPDATE kg_stamp SET generation = generation + 1; END");
      }
    }
  }
  for (const std::string& name : triggers) {
    if (name.rfind("kg_stamp_", 0) == 0 &&
        std::find(wanted.begin(), wanted.end(), name) == wanted.end()) {
      missing.push_back("DROP TRIGGER IF EXISTS " + Quoted(name));
    }
  }
  return missing;
}

}  // namespace

void Store::PrepareStamp() {
  bool has_table = false;
  {
    Query q(db_, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kg_stamp'");
    has_table = q.Step();
  }
  if (has_table && MissingTriggers(db_).empty()) return;
  // Best effort: a store that cannot take the write (read-only medium, busy) simply has no stamp
  // yet, and queries load it in full.
  if (!Exec(db_, "BEGIN IMMEDIATE")) return;
  bool ok = Exec(db_,
                 "CREATE TABLE IF NOT EXISTS kg_stamp(store_id INTEGER NOT NULL, "
                 "generation INTEGER NOT NULL)");
  if (ok) {
    std::random_device rd;
    const uint64_t id = (static_cast<uint64_t>(rd()) << 32 | rd()) & 0x7fffffffffffffffull;
    Query q(db_, "INSERT INTO kg_stamp SELECT ?1, 0 WHERE NOT EXISTS (SELECT 1 FROM kg_stamp)");
    q.Int(1, static_cast<int64_t>(id));
    ok = q.Run();
  }
  for (const std::string& sql : ok ? MissingTriggers(db_) : std::vector<std::string>{}) {
    if (!(ok = Exec(db_, sql))) break;
  }
  if (!ok || !Exec(db_, "COMMIT")) Exec(db_, "ROLLBACK");
}

Status Store::Stamp(TopologyStamp* out) const {
  {
    Query q(db_, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kg_stamp'");
    if (!q.Step()) return Status::Error(path_ + ": no stamp yet");
  }
  Query q(db_, "SELECT store_id, generation FROM kg_stamp");
  if (!q.Step()) {
    return q.ok() ? Status::Error(path_ + ": no stamp yet") : Error(db_, path_, "stamp");
  }
  out->store_id = static_cast<uint64_t>(q.ColInt(0));
  out->generation = static_cast<uint64_t>(q.ColInt(1));
  return Status::Ok();
}

Status Store::RelationEvidence(const std::vector<std::string>& sources, std::string_view relation,
                               const std::vector<std::string>& targets, int limit,
                               std::vector<Evidence>* out) const {
  out->clear();
  Query q(db_,
          keyed_evidence_
              ? "SELECT article_id, sentence, \"start\", \"end\", text, confidence, hedged "
                "FROM evidence WHERE triple_key = ?4 AND source = ?1 AND relation = ?2 AND "
                "target = ?3 ORDER BY confidence DESC, article_id, sentence, \"start\", \"end\""
              : "SELECT article_id, sentence, \"start\", \"end\", text, confidence, hedged "
                "FROM evidence WHERE source = ?1 AND relation = ?2 AND target = ?3 "
                "ORDER BY confidence DESC, article_id, sentence, \"start\", \"end\"");
  if (!q.ok()) return Error(db_, path_, "cannot read evidence");
  // A relation from an entity to itself counts only the rows stored that way (Load drops rows
  // between two entities merged into one).
  const bool loop = sources == targets;
  for (const std::string& s : sources) {
    for (const std::string& t : targets) {
      if (loop && s != t) continue;
      q.Text(1, s);
      q.Text(2, relation);
      q.Text(3, t);
      if (keyed_evidence_) q.Int(4, EvidenceKey(s, relation, t));
      int rows = 0;
      while ((limit <= 0 || rows < limit) && q.Step()) {
        out->push_back(EvidenceAt(q));
        ++rows;
      }
      if (!q.ok()) return Error(db_, path_, "cannot read evidence");
      q.Reset();
    }
  }
  if (co_keys_ && relation == "co_mentioned") {
    // Schema 6: the sentences whose packed pairs hold (s, t), one per key entry (an open batch's
    // entries are written first).
    if (Status s = FlushWriter(); !s.ok()) return s;
    Query co(db_,
             "SELECT c.article_id, c.sentence, c.\"start\", c.\"end\", c.text, c.confidence, "
             "c.hedged, c.pairs FROM co_keys k CROSS JOIN co_mentions c ON c.id = k.co_id "
             "WHERE k.triple_key = ?1 "
             "ORDER BY c.confidence DESC, c.article_id, c.sentence, c.\"start\", c.\"end\"");
    if (!co.ok()) return Error(db_, path_, "cannot read evidence");
    for (const std::string& s : sources) {
      for (const std::string& t : targets) {
        if (loop && s != t) continue;
        co.Int(1, EvidenceKey(s, relation, t));
        int rows = 0;
        while ((limit <= 0 || rows < limit) && co.Step()) {
          bool holds = false;  // not another pair with the same key
          ForEachPackedPair(co.ColText(7), [&](std::string_view source, std::string_view target) {
            holds = holds || (source == s && target == t);
          });
          if (!holds) continue;
          out->push_back(EvidenceAt(co));
          ++rows;
        }
        if (!co.ok()) return Error(db_, path_, "cannot read evidence");
        co.Reset();
      }
    }
  }
  std::stable_sort(out->begin(), out->end(), EvidenceBefore);
  if (limit > 0 && out->size() > static_cast<size_t>(limit)) out->resize(limit);
  return Status::Ok();
}

Status Store::BulkLoad(const std::function<Status(BulkSink&)>& fill) {
  {
    Query q(db_, "SELECT 1 FROM articles LIMIT 1");
    if (q.Step()) return Status::Error(path_ + ": bulk load needs a store without articles");
    if (!q.ok()) return Error(db_, path_, "cannot read");
  }
  Exec(db_, "PRAGMA cache_size = -262144");
  if (!Exec(db_, "BEGIN IMMEDIATE")) return Error(db_, path_, "cannot begin");

  class Sink : public BulkSink {
   public:
    explicit Sink(sqlite3* db)
        : db_(db),
          article_(db,
                   "INSERT INTO articles(id, path, title, date, content_hash) "
                   "VALUES(?1, ?2, ?3, ?4, ?5)"),
          entity_(db,
                  "INSERT INTO entities(id, type, name, name_en) VALUES(?1, ?2, ?3, ?4) "
                  "ON CONFLICT(id) DO NOTHING"),
          alias_(db, "INSERT INTO aliases(article_id, seq, entity_id, alias) VALUES(?1, ?2, ?3, ?4)"),
          count_(db,
                 "INSERT INTO entity_articles(entity_id, articles) VALUES(?1, 1) "
                 "ON CONFLICT(entity_id) DO UPDATE SET articles = articles + 1"),
          mention_(db,
                   "INSERT INTO mentions(article_id, entity_id, text, \"start\", \"end\", sentence) "
                   "VALUES(?1, ?2, ?3, 0, ?4, 0)"),
          evidence_(db,
                    "INSERT INTO evidence(article_id, source, relation, target, sentence, "
                    "\"start\", \"end\", text, confidence, hedged, triple_key) "
                    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)") {}
    bool ok() const {
      return article_.ok() && entity_.ok() && alias_.ok() && count_.ok() && mention_.ok() &&
             evidence_.ok();
    }
    Status AddArticle(const Article& a) override {
      article_.Text(1, a.id);
      article_.Text(2, a.path);
      article_.Text(3, a.title);
      article_.Text(4, a.date);
      article_.Text(5, a.content_hash);
      return Done(article_.Run(), "article " + a.id);
    }
    Status AddEntity(const Entity& e, std::string_view article) override {
      entity_.Text(1, e.id);
      entity_.Text(2, EntityTypeName(e.type));
      entity_.Text(3, e.name);
      entity_.Text(4, e.name_en);
      if (!entity_.Run()) return Done(false, "entity " + e.id);
      // One aliases row: the entity's spellings, as ingest writes them.
      std::vector<std::string_view> seen;
      std::string spellings;
      auto add = [&](std::string_view alias) {
        if (alias.empty() || std::find(seen.begin(), seen.end(), alias) != seen.end()) return;
        seen.push_back(alias);
        AppendSpelling(&spellings, alias);
      };
      add(e.name);
      add(e.name_en);
      for (const std::string& a : e.aliases) add(a);
      bool ok = true;
      if (!spellings.empty()) {
        alias_.Text(1, article);
        alias_.Int(2, ++seq_);
        alias_.Text(3, e.id);
        alias_.Text(4, spellings);
        count_.Text(1, e.id);
        ok = alias_.Run() && count_.Run();
      }
      if (!ok) return Done(false, "aliases of " + e.id);
      mention_.Text(1, article);
      mention_.Text(2, e.id);
      mention_.Text(3, e.name);
      mention_.Int(4, static_cast<int64_t>(e.name.size()));
      return Done(mention_.Run(), "mention of " + e.id);
    }
    Status AddRelation(const Relation& r) override {
      const Evidence& ev = r.evidence;
      evidence_.Text(1, ev.article);
      evidence_.Text(2, r.source);
      evidence_.Text(3, r.relation);
      evidence_.Text(4, r.target);
      evidence_.Int(5, ev.sentence);
      evidence_.Int(6, ev.start);
      evidence_.Int(7, ev.end);
      evidence_.Text(8, ev.text);
      evidence_.Double(9, ev.confidence);
      evidence_.Int(10, ev.hedged ? 1 : 0);
      evidence_.Int(11, EvidenceKey(r.source, r.relation, r.target));
      return Done(evidence_.Run(), "relation " + r.source + " " + r.relation + " " + r.target);
    }

   private:
    Status Done(bool ok, const std::string& what) {
      if (ok) return Status::Ok();
      return Status::Error(std::string("cannot write ") + what + ": " + sqlite3_errmsg(db_));
    }
    sqlite3* db_;
    Query article_, entity_, alias_, count_, mention_, evidence_;
    int64_t seq_ = 0;  // one order over all aliases rows, so also within each article
  };

  Status s = Status::Ok();
  {
    Sink sink(db_);
    s = sink.ok() ? fill(sink) : Error(db_, path_, "cannot prepare the bulk load");
  }
  if (s.ok() && !Exec(db_, "COMMIT")) s = Error(db_, path_, "cannot commit");
  if (!s.ok()) {
    Exec(db_, "ROLLBACK");
    return s.message().find(path_) == std::string::npos ? Status::Error(path_ + ": " + s.message())
                                                          : s;
  }
  return Status::Ok();
}

}  // namespace kg
