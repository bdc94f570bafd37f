#include "graph/store.h"

#include <gtest/gtest.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <map>
#include <unistd.h>
#include <sstream>

namespace kg {
namespace {

namespace fs = std::filesystem;

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = ::testing::TempDir();
    if (tmpl.empty() || tmpl.back() != '/') tmpl += '/';
    tmpl += "kg_store_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr) << tmpl;
    dir_ = tmpl;
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  std::string Path(const std::string& name = "kg.db") const { return (fs::path(dir_) / name).string(); }

  std::unique_ptr<Store> OpenOrDie(const std::string& path,
                                   Store::Mode mode = Store::Mode::kReadWrite) {
    std::unique_ptr<Store> store;
    Status s = Store::Open(path, mode, &store);
    EXPECT_TRUE(s.ok()) << s.message();
    return store;
  }

  std::string dir_;
};

std::string ReadBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void WriteBytes(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

// Runs SQL on a file directly, outside kg.
void RawExec(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* err = nullptr;
  int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
  EXPECT_EQ(rc, SQLITE_OK) << (err ? err : "");
  sqlite3_free(err);
  sqlite3_close(db);
}

std::string RawQuery(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::string out;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
      const unsigned char* t = sqlite3_column_text(st, 0);
      if (t) out = reinterpret_cast<const char*>(t);
    }
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return out;
}

// Turns a store of this kg back into the aliases layout of versions 3 and 4: one row per spelling,
// numbered in the article's order.
constexpr const char* kAliasesBeforeVersion5 = R"sql(
CREATE TABLE aliases_v4(
  article_id TEXT NOT NULL REFERENCES articles(id),
  seq INTEGER NOT NULL,
  entity_id TEXT NOT NULL REFERENCES entities(id),
  alias TEXT NOT NULL CHECK(alias <> ''),
  PRIMARY KEY(article_id, seq)
) WITHOUT ROWID;
WITH RECURSIVE split(article_id, seq, entity_id, n, alias, rest) AS (
  SELECT article_id, seq, entity_id, 0, '', alias || char(31) FROM aliases
  UNION ALL
  SELECT article_id, seq, entity_id, n + 1, substr(rest, 1, instr(rest, char(31)) - 1),
         substr(rest, instr(rest, char(31)) + 1) FROM split WHERE rest <> ''
)
INSERT INTO aliases_v4(article_id, seq, entity_id, alias)
  SELECT article_id, row_number() OVER (PARTITION BY article_id ORDER BY seq, n), entity_id, alias
  FROM split WHERE n > 0;
DROP TABLE aliases;
ALTER TABLE aliases_v4 RENAME TO aliases;
)sql";

// Turns a store of version 3 or 4 (kAliasesBeforeVersion5) back into the aliases layout of
// versions 1 and 2 (one rowid table, rows in ingest order, no entity_articles), as the kg of that
// time wrote it.
constexpr const char* kAliasesBeforeVersion3 = R"sql(
CREATE TABLE aliases_old(
  entity_id TEXT NOT NULL REFERENCES entities(id),
  alias TEXT NOT NULL CHECK(alias <> ''),
  article_id TEXT NOT NULL REFERENCES articles(id),
  UNIQUE(entity_id, alias, article_id)
);
INSERT INTO aliases_old(entity_id, alias, article_id)
  SELECT a.entity_id, a.alias, a.article_id FROM articles r CROSS JOIN aliases a
  ON a.article_id = r.id ORDER BY r.rowid, a.seq;
DROP TABLE aliases;
DROP TABLE entity_articles;
ALTER TABLE aliases_old RENAME TO aliases;
CREATE INDEX aliases_article ON aliases(article_id);
)sql";

// Evidence as kg wrote it before version 4: indexed by its three strings, no key.
constexpr const char* kEvidenceBeforeVersion4 = R"sql(
DROP INDEX evidence_key;
ALTER TABLE evidence DROP COLUMN triple_key;
CREATE INDEX evidence_triple ON evidence(source, relation, target);
)sql";

// Turns a store of this kg back into one of version 5: each co_mentioned pair an evidence row, in
// the order of its sentence row then its pair; each mention a mentions row; no co_mentions,
// co_keys or attack_groups, no mentions in aliases rows.
void BeforeVersion6(const std::string& path) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* rows = nullptr;
  sqlite3_stmt* insert = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db,
                               "SELECT article_id, sentence, \"start\", \"end\", text, confidence, "
                               "hedged, pairs FROM co_mentions ORDER BY id",
                               -1, &rows, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_prepare_v2(db,
                               "INSERT INTO evidence(article_id, source, relation, target, sentence, "
                               "\"start\", \"end\", text, confidence, hedged, triple_key) "
                               "VALUES(?1, ?2, 'co_mentioned', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                               -1, &insert, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), SQLITE_OK);
  while (sqlite3_step(rows) == SQLITE_ROW) {
    auto text = [&](int i) {
      return std::string(reinterpret_cast<const char*>(sqlite3_column_text(rows, i)),
                         static_cast<size_t>(sqlite3_column_bytes(rows, i)));
    };
    const std::string article = text(0), sentence_text = text(4), pairs = text(7);
    ForEachPackedPair(pairs, [&](std::string_view source, std::string_view target) {
      sqlite3_bind_text(insert, 1, article.data(), static_cast<int>(article.size()), SQLITE_TRANSIENT);
      sqlite3_bind_text(insert, 2, source.data(), static_cast<int>(source.size()), SQLITE_TRANSIENT);
      sqlite3_bind_text(insert, 3, target.data(), static_cast<int>(target.size()), SQLITE_TRANSIENT);
      for (int i = 1; i <= 3; ++i) sqlite3_bind_int64(insert, 3 + i, sqlite3_column_int64(rows, i));
      sqlite3_bind_text(insert, 7, sentence_text.data(), static_cast<int>(sentence_text.size()),
                        SQLITE_TRANSIENT);
      sqlite3_bind_double(insert, 8, sqlite3_column_double(rows, 5));
      sqlite3_bind_int64(insert, 9, sqlite3_column_int64(rows, 6));
      sqlite3_bind_int64(insert, 10, EvidenceKey(source, "co_mentioned", target));
      EXPECT_EQ(sqlite3_step(insert), SQLITE_DONE) << sqlite3_errmsg(db);
      sqlite3_reset(insert);
    });
  }
  sqlite3_finalize(rows);
  sqlite3_finalize(insert);
  ASSERT_EQ(sqlite3_prepare_v2(db,
                               "SELECT article_id, entity_id, mentions FROM aliases "
                               "WHERE mention_count > 0 ORDER BY article_id, seq",
                               -1, &rows, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_prepare_v2(db,
                               "INSERT INTO mentions(article_id, entity_id, \"start\", \"end\", "
                               "sentence, text) VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
                               -1, &insert, nullptr),
            SQLITE_OK);
  while (sqlite3_step(rows) == SQLITE_ROW) {
    for (int i = 0; i < 2; ++i) {
      sqlite3_bind_text(insert, i + 1, reinterpret_cast<const char*>(sqlite3_column_text(rows, i)),
                        -1, SQLITE_TRANSIENT);
    }
    std::vector<std::string> fields;
    ForEachPackedPair(reinterpret_cast<const char*>(sqlite3_column_text(rows, 2)),
                      [&](std::string_view a, std::string_view b) {
                        fields.emplace_back(a);
                        fields.emplace_back(b);
                      });
    ASSERT_EQ(fields.size() % 4, 0u);
    for (size_t i = 0; i < fields.size(); i += 4) {
      for (int k = 0; k < 3; ++k) sqlite3_bind_int64(insert, 3 + k, std::stoll(fields[i + k]));
      sqlite3_bind_text(insert, 6, fields[i + 3].data(), static_cast<int>(fields[i + 3].size()),
                        SQLITE_TRANSIENT);
      EXPECT_EQ(sqlite3_step(insert), SQLITE_DONE) << sqlite3_errmsg(db);
      sqlite3_reset(insert);
    }
  }
  sqlite3_finalize(rows);
  sqlite3_finalize(insert);
  char* err = nullptr;
  EXPECT_EQ(sqlite3_exec(db,
                         "DROP TABLE co_mentions; DROP TABLE co_keys; DROP TABLE attack_groups; "
                         "ALTER TABLE aliases DROP COLUMN mentions; "
                         "ALTER TABLE aliases DROP COLUMN mention_count; COMMIT",
                         nullptr, nullptr, &err),
            SQLITE_OK)
      << (err ? err : "");
  sqlite3_free(err);
  sqlite3_close(db);
}

Mention M(const std::string& text, int start, int sentence = 0) {
  Mention m;
  m.text = text;
  m.start = start;
  m.end = start + 3;
  m.sentence = sentence;
  return m;
}

Entity E(const std::string& id, EntityType type, const std::string& name,
         std::vector<std::string> aliases = {}, std::vector<Mention> mentions = {},
         const std::string& name_en = "") {
  Entity e;
  e.id = id;
  e.type = type;
  e.name = name;
  e.name_en = name_en;
  e.aliases = std::move(aliases);
  e.mentions = std::move(mentions);
  return e;
}

Relation R(const std::string& source, const std::string& relation, const std::string& target,
           double confidence, const std::string& text, int sentence = 0, bool hedged = false) {
  Relation r;
  r.source = source;
  r.relation = relation;
  r.target = target;
  r.evidence.sentence = sentence;
  r.evidence.start = 10 * sentence;
  r.evidence.end = 10 * sentence + 9;
  r.evidence.text = text;
  r.evidence.confidence = confidence;
  r.evidence.hedged = hedged;
  return r;
}

ArticleExtraction X(const std::string& id, const std::string& hash, const std::string& date = "") {
  ArticleExtraction x;
  x.article.id = id;
  x.article.path = "samples/" + id + ".txt";
  x.article.title = "عنوان " + id;
  x.article.date = date;
  x.article.content_hash = hash;
  return x;
}

const AggregatedEntity* FindEntity(const GraphData& d, const std::string& id) {
  for (const AggregatedEntity& e : d.entities) {
    if (e.entity.id == id) return &e;
  }
  return nullptr;
}

const AggregatedRelation* FindRelation(const GraphData& d, const std::string& s,
                                       const std::string& r, const std::string& t) {
  for (const AggregatedRelation& a : d.relations) {
    if (a.source == s && a.relation == r && a.target == t) return &a;
  }
  return nullptr;
}

GraphData LoadOrDie(const Store& store) {
  GraphData d;
  Status s = store.Load(&d);
  EXPECT_TRUE(s.ok()) << s.message();
  return d;
}

StoreStats StatsOrDie(const Store& store) {
  StoreStats st;
  Status s = store.Stats(&st);
  EXPECT_TRUE(s.ok()) << s.message();
  // Everywhere Stats is checked, the summary ingest prints agrees with it.
  StoreStats summary;
  s = store.SummaryStats(&summary);
  EXPECT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(summary.articles, st.articles);
  EXPECT_EQ(summary.entities, st.entities);
  EXPECT_EQ(summary.relations, st.relations);
  return st;
}

// What Stats counts, counted on what Load returns (attacks and mentions apart).
void ExpectStatsCountLoad(const StoreStats& st, const GraphData& d) {
  int evidence = 0, typed = 0;
  for (const AggregatedRelation& r : d.relations) {
    evidence += r.evidence_count;
    typed += r.relation != "co_mentioned";
  }
  EXPECT_EQ(st.articles, static_cast<int>(d.articles.size()));
  EXPECT_EQ(st.entities, static_cast<int>(d.entities.size()));
  EXPECT_EQ(st.relations, static_cast<int>(d.relations.size()));
  EXPECT_EQ(st.typed_relations, typed);
  EXPECT_EQ(st.evidence, evidence);
}

bool SameStats(const StoreStats& a, const StoreStats& b) {
  return a.articles == b.articles && a.entities == b.entities && a.relations == b.relations &&
         a.typed_relations == b.typed_relations && a.evidence == b.evidence &&
         a.mentions == b.mentions && a.attacks == b.attacks;
}

IngestOutcome IngestOrDie(Store& store, const ArticleExtraction& x) {
  IngestOutcome o = IngestOutcome::kUnchanged;
  Status s = store.Ingest(x, &o);
  EXPECT_TRUE(s.ok()) << s.message();
  return o;
}

// One article about the Islamic State in Mosul: two groups, a place, a person, an attack.
ArticleExtraction Mosul(const std::string& hash = "h1") {
  ArticleExtraction x = X("mosul", hash, "2017-10-29");
  x.entities.push_back(E("group:islamic-state", EntityType::kGroup, "داعش",
                         {"تنظيم الدولة الإسلامية", "داعش", "", "تنظيم الدولة الإسلامية"},
                         {M("داعش", 0), M("لداعش", 40, 2)}, "Islamic State"));
  x.entities.push_back(E("place:mosul", EntityType::kPlace, "الموصل", {}, {M("الموصل", 20, 1)}));
  x.entities.push_back(E("person:al-baghdadi", EntityType::kPerson, "أبو بكر البغدادي",
                         {"البغدادي"}, {M("البغدادي", 30, 1)}));
  x.entities.push_back(E("attack:mosul-2017", EntityType::kAttack, "هجوم الموصل"));
  x.relations.push_back(R("group:islamic-state", "operates_in", "place:mosul", 0.8,
                          "ينشط داعش في الموصل", 1));
  x.relations.push_back(R("person:al-baghdadi", "leader_of", "group:islamic-state", 0.6,
                          "يعتقد أن البغدادي يقود التنظيم", 2, true));
  x.relations.push_back(R("group:islamic-state", "co_mentioned", "place:mosul", 0.3,
                          "داعش ... الموصل", 1));
  Attack a;
  a.id = "attack:mosul-2017";
  a.name = "هجوم الموصل";
  a.place = "place:mosul";
  a.perpetrator = "group:islamic-state";
  a.date = "2017-10-29";
  a.killed = 12;
  a.approximate = true;
  a.evidence.sentence = 3;
  a.evidence.start = 50;
  a.evidence.end = 70;
  a.evidence.text = "قتل نحو 12 شخصا";
  a.evidence.confidence = 0.7;
  x.attacks.push_back(a);
  x.relations.push_back(R("group:islamic-state", "perpetrated", "attack:mosul-2017", 0.9,
                          "نفذ داعش الهجوم", 3));
  return x;
}

TEST_F(StoreTest, CreatesPrivateWalStoreAndReopens) {
  const std::string path = Path();
  {
    auto store = OpenOrDie(path);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->path(), path);
    EXPECT_TRUE(SameStats(StatsOrDie(*store), StoreStats{}));
  }
  struct stat st;
  ASSERT_EQ(::stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  EXPECT_EQ(RawQuery(path, "PRAGMA user_version"), std::to_string(kSchemaVersion));
  EXPECT_EQ(RawQuery(path, "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(RawQuery(path, "PRAGMA page_size"), "16384");
  for (Store::Mode mode : {Store::Mode::kReadWrite, Store::Mode::kReadOnly}) {
    auto again = OpenOrDie(path, mode);
    ASSERT_TRUE(again);
    GraphData d = LoadOrDie(*again);
    EXPECT_TRUE(d.entities.empty());
    EXPECT_TRUE(d.relations.empty());
    EXPECT_TRUE(d.articles.empty());
  }
}

// A store made with SQLite's 4 KiB pages (before kg chose 16) is written as it is.
TEST_F(StoreTest, AStoreKeepsThePageSizeItWasMadeWith) {
  const std::string path = Path();
  {
    auto store = OpenOrDie(path);
    ASSERT_TRUE(store);
    IngestOrDie(*store, Mosul());
  }
  RawExec(path, "PRAGMA journal_mode = DELETE; PRAGMA page_size = 4096; VACUUM; PRAGMA journal_mode = WAL;");
  ASSERT_EQ(RawQuery(path, "PRAGMA page_size"), "4096");
  {
    auto store = OpenOrDie(path);
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->BeginBatch().ok());
    ArticleExtraction other = Mosul("h2");
    other.article.id = "other";
    IngestOrDie(*store, other);
    ASSERT_TRUE(store->CommitBatch().ok());
    GraphData d = LoadOrDie(*store);
    EXPECT_EQ(d.articles.size(), 2u);
    ExpectStatsCountLoad(StatsOrDie(*store), d);
  }
  EXPECT_EQ(RawQuery(path, "PRAGMA page_size"), "4096");
  EXPECT_EQ(RawQuery(path, "PRAGMA integrity_check"), "ok");
}

TEST_F(StoreTest, IngestThenLoadReturnsEverything) {
  auto store = OpenOrDie(Path());
  ASSERT_TRUE(store);
  EXPECT_EQ(IngestOrDie(*store, Mosul()), IngestOutcome::kAdded);
  GraphData d = LoadOrDie(*store);

  ASSERT_EQ(d.articles.size(), 1u);
  EXPECT_EQ(d.articles[0].id, "mosul");
  EXPECT_EQ(d.articles[0].path, "samples/mosul.txt");
  EXPECT_EQ(d.articles[0].title, "عنوان mosul");
  EXPECT_EQ(d.articles[0].date, "2017-10-29");
  EXPECT_EQ(d.articles[0].content_hash, "h1");

  // Entities sorted by id; aliases deduplicated, empty and the name itself left out.
  struct Want {
    const char* id;
    EntityType type;
    const char* name;
    const char* name_en;
    std::vector<std::string> aliases;
    int mentions;
  } want[] = {
      {"attack:mosul-2017", EntityType::kAttack, "هجوم الموصل", "", {}, 0},
      {"group:islamic-state", EntityType::kGroup, "داعش", "Islamic State",
       {"Islamic State", "تنظيم الدولة الإسلامية"}, 2},
      {"person:al-baghdadi", EntityType::kPerson, "أبو بكر البغدادي", "", {"البغدادي"}, 1},
      {"place:mosul", EntityType::kPlace, "الموصل", "", {}, 1},
  };
  ASSERT_EQ(d.entities.size(), std::size(want));
  for (size_t i = 0; i < std::size(want); ++i) {
    const AggregatedEntity& e = d.entities[i];
    SCOPED_TRACE(want[i].id);
    EXPECT_EQ(e.entity.id, want[i].id);
    EXPECT_EQ(e.entity.type, want[i].type);
    EXPECT_EQ(e.entity.name, want[i].name);
    EXPECT_EQ(e.entity.name_en, want[i].name_en);
    EXPECT_EQ(e.entity.aliases, want[i].aliases);
    EXPECT_TRUE(e.entity.mentions.empty());
    EXPECT_EQ(e.mention_count, want[i].mentions);
    EXPECT_EQ(e.article_count, 1);
    EXPECT_EQ(e.first_seen, "2017-10-29");
    EXPECT_EQ(e.last_seen, "2017-10-29");
  }
  const AggregatedEntity* is = FindEntity(d, "group:islamic-state");
  ASSERT_NE(is, nullptr);
  using P = std::pair<std::string, std::string>;
  EXPECT_EQ(is->alias_sources, (std::vector<P>{{"داعش", "mosul"},
                                               {"Islamic State", "mosul"},
                                               {"تنظيم الدولة الإسلامية", "mosul"}}));

  // Relations sorted by (source, relation, target), evidence exactly as ingested.
  ASSERT_EQ(d.relations.size(), 4u);
  EXPECT_EQ(d.relations[0].source, "group:islamic-state");
  EXPECT_EQ(d.relations[0].relation, "co_mentioned");
  EXPECT_EQ(d.relations[1].relation, "operates_in");
  EXPECT_EQ(d.relations[2].relation, "perpetrated");
  EXPECT_EQ(d.relations[3].source, "person:al-baghdadi");
  const AggregatedRelation* lead =
      FindRelation(d, "person:al-baghdadi", "leader_of", "group:islamic-state");
  ASSERT_NE(lead, nullptr);
  EXPECT_EQ(lead->evidence_count, 1);
  EXPECT_DOUBLE_EQ(lead->confidence, 0.6);
  EXPECT_DOUBLE_EQ(lead->weight, 0.6);
  ASSERT_EQ(lead->evidence.size(), 1u);
  const Evidence& ev = lead->evidence[0];
  EXPECT_EQ(ev.article, "mosul");
  EXPECT_EQ(ev.sentence, 2);
  EXPECT_EQ(ev.start, 20);
  EXPECT_EQ(ev.end, 29);
  EXPECT_EQ(ev.text, "يعتقد أن البغدادي يقود التنظيم");
  EXPECT_DOUBLE_EQ(ev.confidence, 0.6);
  EXPECT_TRUE(ev.hedged);

  ASSERT_EQ(d.attacks.size(), 1u);
  const Attack& a = d.attacks[0];
  EXPECT_EQ(a.id, "attack:mosul-2017");
  EXPECT_EQ(a.name, "هجوم الموصل");
  EXPECT_EQ(a.place, "place:mosul");
  EXPECT_EQ(a.perpetrator, "group:islamic-state");
  EXPECT_EQ(a.target, "");
  EXPECT_EQ(a.date, "2017-10-29");
  EXPECT_EQ(a.killed, std::optional<int>(12));
  EXPECT_EQ(a.injured, std::nullopt);
  EXPECT_TRUE(a.approximate);
  EXPECT_EQ(a.evidence.article, "mosul");
  EXPECT_EQ(a.evidence.text, "قتل نحو 12 شخصا");
  EXPECT_EQ(a.evidence.sentence, 3);
  EXPECT_DOUBLE_EQ(a.evidence.confidence, 0.7);

  StoreStats st = StatsOrDie(*store);
  EXPECT_EQ(st.articles, 1);
  EXPECT_EQ(st.entities, 4);
  EXPECT_EQ(st.relations, 4);
  EXPECT_EQ(st.typed_relations, 3);
  EXPECT_EQ(st.evidence, 4);
  EXPECT_EQ(st.mentions, 4);
  EXPECT_EQ(st.attacks, 1);
}

TEST_F(StoreTest, SameHashIsUnchanged) {
  auto store = OpenOrDie(Path());
  ASSERT_TRUE(store);
  EXPECT_EQ(IngestOrDie(*store, Mosul()), IngestOutcome::kAdded);
  const StoreStats before = StatsOrDie(*store);
  ArticleExtraction again = Mosul();
  again.relations.push_back(R("place:mosul", "located_in", "place:iraq", 1, "x"));  // ignored
  EXPECT_EQ(IngestOrDie(*store, again), IngestOutcome::kUnchanged);
  EXPECT_TRUE(SameStats(StatsOrDie(*store), before));
  EXPECT_EQ(FindRelation(LoadOrDie(*store), "place:mosul", "located_in", "place:iraq"), nullptr);
}

TEST_F(StoreTest, ChangedHashReplacesOnlyThatArticle) {
  auto store = OpenOrDie(Path());
  ASSERT_TRUE(store);
  ASSERT_EQ(IngestOrDie(*store, Mosul("h1")), IngestOutcome::kAdded);

  ArticleExtraction other = X("raqqa", "r1", "2018-01-01");
  other.entities.push_back(E("group:islamic-state", EntityType::kGroup, "داعش", {"الدولة"},
                             {M("داعش", 5)}));
  other.entities.push_back(E("place:raqqa", EntityType::kPlace, "الرقة", {}, {M("الرقة", 9)}));
  other.relations.push_back(R("group:islamic-state", "operates_in", "place:raqqa", 0.5, "في الرقة"));
  ASSERT_EQ(IngestOrDie(*store, other), IngestOutcome::kAdded);

  ArticleExtraction v2 = X("mosul", "h2", "2017-11-01");
  v2.article.title = "عنوان جديد";
  v2.entities.push_back(E("group:islamic-state", EntityType::kGroup, "داعش", {}, {M("داعش", 0)}));
  v2.entities.push_back(E("place:tal-afar", EntityType::kPlace, "تلعفر", {}, {M("تلعفر", 7)}));
  v2.relations.push_back(R("group:islamic-state", "operates_in", "place:tal-afar", 0.4, "في تلعفر"));
  EXPECT_EQ(IngestOrDie(*store, v2), IngestOutcome::kReplaced);

  GraphData d = LoadOrDie(*store);
  ASSERT_EQ(d.articles.size(), 2u);
  EXPECT_EQ(d.articles[0].id, "mosul");
  EXPECT_EQ(d.articles[0].content_hash, "h2");
  EXPECT_EQ(d.articles[0].title, "عنوان جديد");
  EXPECT_EQ(d.articles[1].id, "raqqa");

  // The old version's facts are gone...
  for (const char* gone : {"place:mosul", "person:al-baghdadi", "attack:mosul-2017"}) {
    EXPECT_EQ(FindEntity(d, gone), nullptr) << gone;
  }
  EXPECT_EQ(FindRelation(d, "group:islamic-state", "operates_in", "place:mosul"), nullptr);
  EXPECT_EQ(FindRelation(d, "person:al-baghdadi", "leader_of", "group:islamic-state"), nullptr);
  EXPECT_TRUE(d.attacks.empty());
  // ...the other article's facts and the new version's are there.
  EXPECT_NE(FindRelation(d, "group:islamic-state", "operates_in", "place:raqqa"), nullptr);
  EXPECT_NE(FindRelation(d, "group:islamic-state", "operates_in", "place:tal-afar"), nullptr);
  ASSERT_NE(FindEntity(d, "place:raqqa"), nullptr);
  ASSERT_NE(FindEntity(d, "place:tal-afar"), nullptr);
  const AggregatedEntity* is = FindEntity(d, "group:islamic-state");
  ASSERT_NE(is, nullptr);
  EXPECT_EQ(is->mention_count, 2);
  EXPECT_EQ(is->article_count, 2);
  EXPECT_EQ(is->first_seen, "2017-11-01");
  EXPECT_EQ(is->last_seen, "2018-01-01");
  // Aliases only the old version knew are gone; the kept ones survive. Islamic State's English
  // name stays on the entity row (entities are upserted, never dropped).
  EXPECT_EQ(is->entity.aliases, (std::vector<std::string>{"الدولة"}));

  StoreStats st = StatsOrDie(*store);
  EXPECT_EQ(st.articles, 2);
  EXPECT_EQ(st.entities, static_cast<int>(d.entities.size()));
  EXPECT_EQ(st.entities, 3);
  EXPECT_EQ(st.relations, 2);
  EXPECT_EQ(st.evidence, 2);
  EXPECT_EQ(st.mentions, 4);
  EXPECT_EQ(st.attacks, 0);
}

TEST_F(StoreTest, TwoArticlesAggregate) {
  auto store = OpenOrDie(Path());
  ASSERT_TRUE(store);
  ArticleExtraction a = X("a", "ha", "2017-10-29");
  a.entities.push_back(E("group:hts", EntityType::kGroup, "هيئة تحرير الشام", {"تحرير الشام"},
                         {M("الهيئة", 0), M("هيئة", 10)}));
  a.entities.push_back(E("place:idlib", EntityType::kPlace, "إدلب", {}, {M("إدلب", 20)}));
  a.relations.push_back(R("group:hts", "operates_in", "place:idlib", 0.6, "من أ"));
  ArticleExtraction b = X("b", "hb", "2016-01-02");
  b.entities.push_back(E("group:hts", EntityType::kGroup, "تحرير الشام (اسم آخر)",
                         {"تحرير الشام", "جبهة النصرة"}, {M("النصرة", 3)}, "HTS"));
  b.entities.push_back(E("place:idlib", EntityType::kPlace, "إدلب", {}, {M("بإدلب", 8)}));
  b.relations.push_back(R("group:hts", "operates_in", "place:idlib", 0.9, "من ب"));
  b.relations.push_back(R("group:hts", "operates_in", "place:idlib", 0.2, "من ب أيضا", 4));
  EXPECT_EQ(IngestOrDie(*store, a), IngestOutcome::kAdded);
  EXPECT_EQ(IngestOrDie(*store, b), IngestOutcome::kAdded);

  GraphData d = LoadOrDie(*store);
  ASSERT_EQ(d.entities.size(), 2u);
  const AggregatedEntity* hts = FindEntity(d, "group:hts");
  ASSERT_NE(hts, nullptr);
  EXPECT_EQ(hts->entity.name, "هيئة تحرير الشام");  // the first name stays
  EXPECT_EQ(hts->entity.name_en, "HTS");             // an empty English name is filled in
  EXPECT_EQ(hts->mention_count, 3);
  EXPECT_EQ(hts->article_count, 2);
  EXPECT_EQ(hts->first_seen, "2016-01-02");
  EXPECT_EQ(hts->last_seen, "2017-10-29");
  EXPECT_EQ(hts->entity.aliases,
            (std::vector<std::string>{"تحرير الشام", "تحرير الشام (اسم آخر)", "HTS", "جبهة النصرة"}));
  using P = std::pair<std::string, std::string>;
  EXPECT_EQ(hts->alias_sources, (std::vector<P>{{"هيئة تحرير الشام", "a"},
                                                {"تحرير الشام", "a"},
                                                {"تحرير الشام (اسم آخر)", "b"},
                                                {"HTS", "b"},
                                                {"جبهة النصرة", "b"}}));

  ASSERT_EQ(d.relations.size(), 1u);
  const AggregatedRelation& r = d.relations[0];
  EXPECT_EQ(r.evidence_count, 3);
  EXPECT_DOUBLE_EQ(r.confidence, 0.9);
  EXPECT_NEAR(r.weight, 0.6 + 0.9 + 0.2, 1e-9);
  ASSERT_EQ(r.evidence.size(), 3u);
  EXPECT_EQ(r.evidence[0].text, "من ب");
  EXPECT_EQ(r.evidence[1].text, "من أ");
  EXPECT_EQ(r.evidence[2].text, "من ب أيضا");
  EXPECT_EQ(r.evidence[0].article, "b");
  EXPECT_EQ(r.evidence[1].article, "a");
}

TEST_F(StoreTest, WeightStaysPositive) {
  auto store = OpenOrDie(Path());
  ASSERT_TRUE(store);
  ArticleExtraction a = X("a", "ha");
  a.entities.push_back(E("group:x", EntityType::kGroup, "س", {}, {M("س", 0)}));
  a.entities.push_back(E("group:y", EntityType::kGroup, "ص", {}, {M("ص", 5)}));
  a.relations.push_back(R("group:x", "fights", "group:y", 0.0, "ضعيف"));
  IngestOrDie(*store, a);
  GraphData d = LoadOrDie(*store);
  ASSERT_EQ(d.relations.size(), 1u);
  EXPECT_GT(d.relations[0].weight, 0);
  // Undated articles leave first/last seen empty.
  ASSERT_FALSE(d.entities.empty());
  EXPECT_EQ(d.entities[0].first_seen, "");
  EXPECT_EQ(d.entities[0].last_seen, "");
}

TEST_F(StoreTest, FailedIngestRollsBack) {
  auto store = OpenOrDie(Path());
  ASSERT_TRUE(store);
  ASSERT_EQ(IngestOrDie(*store, Mosul("h1")), IngestOutcome::kAdded);
  const StoreStats before = StatsOrDie(*store);
  const GraphData loaded_before = LoadOrDie(*store);

  // A new article whose last relation cannot be stored: article, entities, aliases and mentions
  // are written first, then the transaction must be rolled back.
  ArticleExtraction bad = X("bad", "hb", "2020-01-01");
  bad.entities.push_back(E("group:new", EntityType::kGroup, "جديد", {"الجديد"}, {M("جديد", 0)}));
  bad.relations.push_back(R("group:new", "fights", "group:islamic-state", 0.5, "يقاتل"));
  bad.relations.push_back(R("group:new", "operates_in", "place:mosul",
                            std::numeric_limits<double>::quiet_NaN(), "ليس رقما"));
  // A replacement of mosul that fails the same way must leave the old version intact.
  ArticleExtraction bad_replacement = Mosul("h2");
  bad_replacement.entities.push_back(E("group:only-new", EntityType::kGroup, "آخر", {}, {M("آخر", 0)}));
  bad_replacement.relations.back().evidence.confidence = std::numeric_limits<double>::infinity();

  for (const ArticleExtraction* x : {&bad, &bad_replacement}) {
    IngestOutcome o = IngestOutcome::kAdded;
    Status s = store->Ingest(*x, &o);
    EXPECT_FALSE(s.ok()) << x->article.id;
    EXPECT_NE(s.message().find(Path()), std::string::npos) << s.message();
    EXPECT_NE(s.message().find("not a number"), std::string::npos) << s.message();
    EXPECT_TRUE(SameStats(StatsOrDie(*store), before));
    GraphData d = LoadOrDie(*store);
    EXPECT_EQ(d.articles.size(), 1u);
    EXPECT_EQ(d.articles[0].content_hash, "h1");
    EXPECT_EQ(FindEntity(d, "group:new"), nullptr);
    EXPECT_EQ(FindEntity(d, "group:only-new"), nullptr);
    EXPECT_EQ(d.entities.size(), loaded_before.entities.size());
    EXPECT_EQ(d.relations.size(), loaded_before.relations.size());
  }
  // The store still works and the old hash is still the stored one.
  EXPECT_EQ(IngestOrDie(*store, Mosul("h1")), IngestOutcome::kUnchanged);
  bad.relations.pop_back();
  EXPECT_EQ(IngestOrDie(*store, bad), IngestOutcome::kAdded);
}

TEST_F(StoreTest, ReadOnlyStoreRefusesIngestAndStaysUnchanged) {
  const std::string path = Path();
  auto rw = OpenOrDie(path);
  ASSERT_TRUE(rw);
  IngestOrDie(*rw, Mosul());
  const StoreStats before = StatsOrDie(*rw);

  auto ro = OpenOrDie(path, Store::Mode::kReadOnly);
  ASSERT_TRUE(ro);
  ArticleExtraction other = X("other", "o1");
  other.entities.push_back(E("group:z", EntityType::kGroup, "ز", {}, {M("ز", 0)}));
  IngestOutcome o = IngestOutcome::kAdded;
  Status s = ro->Ingest(other, &o);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find(path), std::string::npos) << s.message();
  EXPECT_TRUE(SameStats(StatsOrDie(*ro), before));
  EXPECT_TRUE(SameStats(StatsOrDie(*rw), before));
  EXPECT_EQ(LoadOrDie(*ro).entities.size(), static_cast<size_t>(before.entities));
}

TEST_F(StoreTest, ReadOnlyOpenOfMissingFileSaysIngestFirst) {
  const std::string path = Path("missing.db");
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, Store::Mode::kReadOnly, &store);
  EXPECT_FALSE(s.ok());
  EXPECT_FALSE(store);
  EXPECT_EQ(s.message(), path + ": no store here; run `kg ingest` first (or pass --store)");
  EXPECT_FALSE(fs::exists(path));
}

TEST_F(StoreTest, RefusesFilesThatAreNotKgStoresWithoutTouchingThem) {
  // Not SQLite at all.
  const std::string text = Path("notes.txt");
  std::string bytes;
  for (int i = 0; i < 200; ++i) bytes += "هذا ليس ملف قاعدة بيانات / not a database\n";
  WriteBytes(text, bytes);
  // SQLite, but someone else's.
  const std::string other = Path("other.db");
  RawExec(other, "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT);"
                 "INSERT INTO notes(body) VALUES('keep me');");
  const std::string other_bytes = ReadBytes(other);
  ASSERT_FALSE(other_bytes.empty());
  // SQLite with a user_version but not our tables.
  const std::string versioned = Path("versioned.db");
  RawExec(versioned, "CREATE TABLE articles(id TEXT); PRAGMA user_version = 1;");
  const std::string versioned_bytes = ReadBytes(versioned);

  struct Case {
    std::string path;
    std::string bytes;
    std::string says;
  } cases[] = {
      {text, bytes, "not a SQLite database"},
      {other, other_bytes, "not a kg store"},
      {versioned, versioned_bytes, "not a kg store"},
  };
  for (const Case& c : cases) {
    for (Store::Mode mode : {Store::Mode::kReadWrite, Store::Mode::kReadOnly}) {
      SCOPED_TRACE(c.path);
      std::unique_ptr<Store> store;
      Status s = Store::Open(c.path, mode, &store);
      EXPECT_FALSE(s.ok());
      EXPECT_FALSE(store);
      EXPECT_NE(s.message().find(c.path), std::string::npos) << s.message();
      EXPECT_NE(s.message().find(c.says), std::string::npos) << s.message();
      EXPECT_EQ(ReadBytes(c.path), c.bytes);
      EXPECT_FALSE(fs::exists(c.path + "-wal"));
    }
  }
  EXPECT_EQ(RawQuery(other, "SELECT body FROM notes"), "keep me");
  EXPECT_EQ(RawQuery(other, "PRAGMA journal_mode"), "delete");
}

TEST_F(StoreTest, RefusesNewerSchema) {
  const std::string path = Path();
  { ASSERT_TRUE(OpenOrDie(path)); }
  RawExec(path, "PRAGMA user_version = " + std::to_string(kSchemaVersion + 1));
  for (Store::Mode mode : {Store::Mode::kReadWrite, Store::Mode::kReadOnly}) {
    std::unique_ptr<Store> store;
    Status s = Store::Open(path, mode, &store);
    EXPECT_FALSE(s.ok());
    EXPECT_EQ(s.message(), path + " was written by a newer kg (schema " +
                               std::to_string(kSchemaVersion + 1) + ", this kg reads up to " +
                               std::to_string(kSchemaVersion) +
                               "); the file was left as it is: use a newer kg, or pass another --store");
  }
  EXPECT_EQ(RawQuery(path, "PRAGMA user_version"), std::to_string(kSchemaVersion + 1));
}

TEST_F(StoreTest, EmptyFileBecomesAStoreOnlyInReadWrite) {
  const std::string path = Path("empty.db");
  WriteBytes(path, "");
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, Store::Mode::kReadOnly, &store);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("kg ingest"), std::string::npos) << s.message();
  EXPECT_EQ(ReadBytes(path), "");
  s = Store::Open(path, Store::Mode::kReadWrite, &store);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(IngestOrDie(*store, Mosul()), IngestOutcome::kAdded);
}

TEST_F(StoreTest, ArabicAndOddTextRoundTripsByteForByte) {
  auto store = OpenOrDie(Path());
  ASSERT_TRUE(store);
  // Diacritics, tatweel, RLM/ZWNJ, Arabic-Indic digits, quotes, SQL-looking text, emoji, NUL.
  const std::string odd = std::string("أَبُو بَكْرٍ الـبـغـدادي \xE2\x80\x8F\xE2\x80\x8C ٢٠١٧ «داعش» ") +
                          "'); DROP TABLE articles; -- \xF0\x9F\x94\xA5" + std::string(1, '\0') + "end";
  ArticleExtraction x = X("مقال-١'", "hash'\"", "2017-10-29");
  x.article.title = odd;
  x.article.path = "/tmp/مقالات/a b.txt";
  x.entities.push_back(E("person:odd", EntityType::kPerson, odd, {odd + "2"}, {M(odd, 0)}, "Abu 'Bakr'"));
  x.entities.push_back(E("place:x", EntityType::kPlace, "مكان", {}, {M("مكان", 0)}));
  x.relations.push_back(R("person:odd", "held_in", "place:x", 0.5, odd));
  Attack a;
  a.id = "attack:odd";
  a.name = odd;
  a.evidence.text = odd;
  x.attacks.push_back(a);
  ASSERT_EQ(IngestOrDie(*store, x), IngestOutcome::kAdded);

  auto reopened = OpenOrDie(Path(), Store::Mode::kReadOnly);
  ASSERT_TRUE(reopened);
  GraphData d = LoadOrDie(*reopened);
  ASSERT_EQ(d.articles.size(), 1u);
  EXPECT_EQ(d.articles[0].id, "مقال-١'");
  EXPECT_EQ(d.articles[0].title, odd);
  EXPECT_EQ(d.articles[0].path, "/tmp/مقالات/a b.txt");
  EXPECT_EQ(d.articles[0].content_hash, "hash'\"");
  const AggregatedEntity* e = FindEntity(d, "person:odd");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->entity.name, odd);
  EXPECT_EQ(e->entity.name_en, "Abu 'Bakr'");
  EXPECT_EQ(e->entity.aliases, (std::vector<std::string>{"Abu 'Bakr'", odd + "2"}));
  ASSERT_EQ(d.relations.size(), 1u);
  ASSERT_EQ(d.relations[0].evidence.size(), 1u);
  EXPECT_EQ(d.relations[0].evidence[0].text, odd);
  EXPECT_EQ(d.relations[0].evidence[0].article, "مقال-١'");
  ASSERT_EQ(d.attacks.size(), 1u);
  EXPECT_EQ(d.attacks[0].name, odd);
  EXPECT_EQ(d.attacks[0].evidence.text, odd);
  // The attack was not listed among the entities: it is added as one.
  const AggregatedEntity* attack = FindEntity(d, "attack:odd");
  ASSERT_NE(attack, nullptr);
  EXPECT_EQ(attack->entity.type, EntityType::kAttack);
}

TEST_F(StoreTest, StatsAgreeWithLoad) {
  auto store = OpenOrDie(Path());
  ASSERT_TRUE(store);
  IngestOrDie(*store, Mosul());
  // The same attack seen by a second article: two attack rows, one attack.
  ArticleExtraction second = X("second", "s1", "2017-10-30");
  second.entities.push_back(E("attack:mosul-2017", EntityType::kAttack, "هجوم الموصل"));
  second.entities.push_back(E("group:islamic-state", EntityType::kGroup, "داعش", {}, {M("داعش", 1)}));
  Attack a;
  a.id = "attack:mosul-2017";
  a.name = "هجوم الموصل";
  a.killed = 15;
  second.attacks.push_back(a);
  second.relations.push_back(R("group:islamic-state", "claimed", "attack:mosul-2017", 0.7, "تبنى"));
  // A relation whose end is in no article's entity list still counts as a relation.
  second.relations.push_back(R("group:islamic-state", "allied_with", "group:unknown", 0.4, "حليف"));
  IngestOrDie(*store, second);

  GraphData d = LoadOrDie(*store);
  StoreStats st = StatsOrDie(*store);
  ExpectStatsCountLoad(st, d);
  EXPECT_EQ(st.attacks, 1);
  EXPECT_EQ(st.mentions, 5);
  ASSERT_EQ(d.attacks.size(), 2u);
  EXPECT_EQ(d.attacks[0].evidence.article, "mosul");
  EXPECT_EQ(d.attacks[0].killed, std::optional<int>(12));
  EXPECT_EQ(d.attacks[1].evidence.article, "second");
  EXPECT_EQ(d.attacks[1].killed, std::optional<int>(15));
  EXPECT_EQ(FindEntity(d, "group:unknown"), nullptr);
  EXPECT_NE(FindRelation(d, "group:islamic-state", "allied_with", "group:unknown"), nullptr);
  const AggregatedEntity* attack = FindEntity(d, "attack:mosul-2017");
  ASSERT_NE(attack, nullptr);
  EXPECT_EQ(attack->article_count, 2);

  // Entity rows nothing refers to are not counted; one that is only a relation's target (no
  // alias, no mention) is, as Load lists it.
  RawExec(Path(),
          "INSERT INTO entities(id, type, name, name_en) VALUES "
          "('person:orphan', 'person', '', ''), ('group:unknown', 'group', '', '')");
  d = LoadOrDie(*store);
  st = StatsOrDie(*store);
  EXPECT_EQ(st.entities, static_cast<int>(d.entities.size()));
  EXPECT_EQ(FindEntity(d, "person:orphan"), nullptr);
}

TEST_F(StoreTest, RejectsArticleWithoutId) {
  auto store = OpenOrDie(Path());
  ASSERT_TRUE(store);
  IngestOutcome o;
  Status s = store->Ingest(X("", "h"), &o);
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(StatsOrDie(*store).articles, 0);
}

}  // namespace
}  // namespace kg

namespace kg {
namespace {

ArticleExtraction AttackArticle(const std::string& id, const std::string& attack_id,
                                const std::string& date, int killed) {
  ArticleExtraction x;
  x.article.id = id;
  x.article.content_hash = id + attack_id + date;
  Entity place{"place:moscow", EntityType::kPlace, "موسكو", "Moscow", {}, {{"موسكو", 0, 5, 0}}};
  Entity group{"group:islamic-state", EntityType::kGroup, "داعش", "", {}, {{"داعش", 6, 10, 0}}};
  Entity attack{attack_id, EntityType::kAttack, "هجوم موسكو", "", {}, {}};
  x.entities = {place, group, attack};
  Attack a;
  a.id = attack_id;
  a.name = "هجوم موسكو";
  a.place = "place:moscow";
  a.perpetrator = "group:islamic-state";
  a.date = date;
  a.killed = killed;
  a.evidence = {id, 0, 0, 10, "موسكو داعش", 0.8, false};
  x.attacks = {a};
  x.relations = {{"group:islamic-state", "perpetrated", attack_id, a.evidence},
                 {attack_id, "occurred_in", "place:moscow", a.evidence}};
  return x;
}

// attack_groups as "place id first_row date perpetrator; ...", and the same summed up from the
// attacks rows: what ingest keeps, and what it has to equal.
std::string AttackGroups(const std::string& path) {
  return RawQuery(path,
                  "SELECT group_concat(g, '; ') FROM (SELECT place || ' ' || id || ' ' || first_row "
                  "|| ' ' || date || ' ' || perpetrator AS g FROM attack_groups ORDER BY place, id)");
}
std::string AttackGroupsFromRows(const std::string& path) {
  return RawQuery(path,
                  "SELECT group_concat(g, '; ') FROM (SELECT place || ' ' || id || ' ' || "
                  "MIN(rowid) || ' ' || MAX(date) || ' ' || MAX(perpetrator) AS g FROM attacks "
                  "GROUP BY place, id ORDER BY place, id)");
}

TEST_F(StoreTest, AttackGroupsFollowTheAttacksRowsThroughReplacedArticles) {
  const std::string path = Path();
  auto store = OpenOrDie(path);
  ASSERT_TRUE(store);
  IngestOrDie(*store, AttackArticle("a1", "attack:moscow-2024-03", "2024-03", 145));
  IngestOrDie(*store, AttackArticle("a2", "attack:moscow", "", 140));  // joins a1's attack
  IngestOrDie(*store, AttackArticle("a3", "attack:moscow-2024-07", "2024-07", 3));
  EXPECT_EQ(AttackGroups(path),
            "place:moscow attack:moscow-2024-03 1 2024-03 group:islamic-state; "
            "place:moscow attack:moscow-2024-07 3 2024-07 group:islamic-state");
  // a1 told again, of May: its row goes, the group keeps a2's row (no date, so any month fits),
  // and the new row joins it.
  IngestOrDie(*store, AttackArticle("a1", "attack:moscow-2024-05", "2024-05", 150));
  EXPECT_EQ(AttackGroups(path),
            "place:moscow attack:moscow-2024-03 2 2024-05 group:islamic-state; "
            "place:moscow attack:moscow-2024-07 3 2024-07 group:islamic-state");
  EXPECT_EQ(AttackGroups(path), AttackGroupsFromRows(path));
  // a2 and then a1 told without the attack: the group goes with its last row.
  for (const char* id : {"a2", "a1"}) {
    ArticleExtraction quiet = AttackArticle(id, "attack:none", "", 0);
    quiet.article.content_hash += "-quiet";
    quiet.attacks.clear();
    quiet.relations.clear();
    quiet.entities.pop_back();
    IngestOrDie(*store, quiet);
    EXPECT_EQ(AttackGroups(path), AttackGroupsFromRows(path)) << id;
  }
  EXPECT_EQ(AttackGroups(path), "place:moscow attack:moscow-2024-07 3 2024-07 group:islamic-state");
  // A March attack now starts a group of its own, as nothing stored fits it.
  IngestOrDie(*store, AttackArticle("a4", "attack:moscow-2024-03", "2024-03", 145));
  EXPECT_EQ(AttackGroups(path), AttackGroupsFromRows(path));
  EXPECT_NE(AttackGroups(path).find("attack:moscow-2024-03 4 2024-03"), std::string::npos)
      << AttackGroups(path);
}

TEST(StoreAttacks, OneAttackToldByTwoArticlesIsOneNodeWithBothFigures) {
  const std::string dir = ::testing::TempDir() + "/kg_attack_merge_" + std::to_string(::getpid());
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::unique_ptr<Store> store;
  ASSERT_TRUE(Store::Open(dir + "/kg.db", Store::Mode::kReadWrite, &store).ok());
  IngestOutcome o;
  ASSERT_TRUE(store->Ingest(AttackArticle("a1", "attack:moscow-2024-03", "2024-03", 145), &o).ok());
  ASSERT_TRUE(store->Ingest(AttackArticle("a2", "attack:moscow", "", 140), &o).ok());
  // A Moscow attack in another month stays apart.
  ASSERT_TRUE(store->Ingest(AttackArticle("a3", "attack:moscow-2024-07", "2024-07", 3), &o).ok());
  GraphData d;
  ASSERT_TRUE(store->Load(&d).ok());
  std::map<std::string, std::vector<int>> figures;
  for (const Attack& a : d.attacks) figures[a.id].push_back(a.killed.value_or(-1));
  ASSERT_EQ(figures.size(), 2u);
  EXPECT_EQ(figures["attack:moscow-2024-03"], (std::vector<int>{145, 140}));
  EXPECT_EQ(figures["attack:moscow-2024-07"], (std::vector<int>{3}));
  int perpetrated = 0;
  for (const AggregatedRelation& r : d.relations) {
    if (r.relation == "perpetrated" && r.target == "attack:moscow-2024-03") perpetrated = r.evidence_count;
  }
  EXPECT_EQ(perpetrated, 2);
  std::filesystem::remove_all(dir);
}

TEST_F(StoreTest, CleanCloseSkipsTheNextPageCheckUntilTheFileChanges) {
  const std::string path = Path();
  {
    auto store = OpenOrDie(path);
    ASSERT_TRUE(store);
    IngestOrDie(*store, Mosul());
  }
  // The close recorded the file as kg left it.
  struct stat st {};
  ASSERT_EQ(::stat(path.c_str(), &st), 0);
  std::ifstream in(path + ".checked");
  std::string mark((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(mark, std::to_string(st.st_dev) + " " + std::to_string(st.st_ino) + " " +
                      std::to_string(st.st_size) + " " + std::to_string(st.st_mtim.tv_sec) + "." +
                      std::to_string(st.st_mtim.tv_nsec) + "\n");

  // Damage the evidence table's root page. A damage that even keeps the file's time (which only
  // a deliberate edit does) is trusted: that is what skipping the check means.
  const int root = std::stoi(RawQuery(path, "SELECT rootpage FROM sqlite_master WHERE name = 'evidence'"));
  const int page = std::stoi(RawQuery(path, "PRAGMA page_size"));
  {
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(root - 1) * page);
    f.write(std::string(64, '\x5a').data(), 64);
  }
  const struct timespec times[2] = {st.st_atim, st.st_mtim};
  ASSERT_EQ(::utimensat(AT_FDCWD, path.c_str(), times, 0), 0);
  {
    std::unique_ptr<Store> store;
    EXPECT_TRUE(Store::Open(path, Store::Mode::kReadWrite, &store).ok());
  }
  // The file changed since (as any other writer changes it): the check runs and refuses.
  {
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(root - 1) * page);
    f.write(std::string(64, '\x5b').data(), 64);
  }
  std::unique_ptr<Store> store;
  const Status s = Store::Open(path, Store::Mode::kReadWrite, &store);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("the store is damaged"), std::string::npos) << s.message();
}

TEST_F(StoreTest, AttacksAreFoundByPlaceThroughAnIndexOldStoresGainOnWrite) {
  const std::string path = Path();
  // How SQLite would find a place's attacks: the details of the query plan, one line each.
  auto plan = [&] {
    sqlite3* db = nullptr;
    std::string out;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
      sqlite3_stmt* st = nullptr;
      if (sqlite3_prepare_v2(db,
                             "EXPLAIN QUERY PLAN SELECT id FROM attacks WHERE place = 'place:x' "
                             "AND article_id <> 'a'",
                             -1, &st, nullptr) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW) {
          const unsigned char* t = sqlite3_column_text(st, 3);
          if (t) out.append(reinterpret_cast<const char*>(t)).append("\n");
        }
      }
      sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return out;
  };
  {
    std::unique_ptr<Store> store;
    ASSERT_TRUE(Store::Open(path, Store::Mode::kReadWrite, &store).ok());
    IngestOutcome o;
    ASSERT_TRUE(store->Ingest(AttackArticle("a1", "attack:moscow", "2024-03", 145), &o).ok());
  }
  EXPECT_NE(plan().find("attacks_place"), std::string::npos) << plan();
  // A store made before the index: a read-only open leaves it as it is, a read-write one adds it.
  RawExec(path, "DROP INDEX attacks_place");
  {
    std::unique_ptr<Store> store;
    ASSERT_TRUE(Store::Open(path, Store::Mode::kReadOnly, &store).ok());
  }
  EXPECT_EQ(plan().find("attacks_place"), std::string::npos) << plan();
  {
    std::unique_ptr<Store> store;
    ASSERT_TRUE(Store::Open(path, Store::Mode::kReadWrite, &store).ok());
  }
  EXPECT_NE(plan().find("attacks_place"), std::string::npos) << plan();
}

}  // namespace
}  // namespace kg

namespace kg {
namespace {

// Analyst corrections: a log in the store, applied by Load, surviving re-ingest.
class CorrectionsTest : public StoreTest {
 protected:
  int64_t AddOrDie(Store& store, CorrectionKind kind, std::vector<std::string> args) {
    Correction c;
    c.kind = kind;
    c.args = std::move(args);
    int64_t id = 0;
    Status s = store.AddCorrection(c, &id);
    EXPECT_TRUE(s.ok()) << s.message();
    return id;
  }
  Status Add(Store& store, CorrectionKind kind, std::vector<std::string> args) {
    Correction c;
    c.kind = kind;
    c.args = std::move(args);
    int64_t id = 0;
    return store.AddCorrection(c, &id);
  }
};

// A second article that spells the Islamic State another way, with its own facts.
ArticleExtraction Raqqa(const std::string& hash = "r1", const std::string& place = "place:raqqa") {
  ArticleExtraction x = X("raqqa", hash, "2018-01-05");
  x.entities.push_back(E("group:dawla", EntityType::kOrganization, "تنظيم الدولة", {"الدولة"},
                         {M("تنظيم الدولة", 0), M("التنظيم", 30, 2)}));
  x.entities.push_back(E(place, EntityType::kPlace, place == "place:raqqa" ? "الرقة" : "دير الزور",
                         {}, {M("الرقة", 10)}));
  x.entities.push_back(
      E("group:islamic-state", EntityType::kGroup, "داعش", {}, {M("داعش", 40, 3)}));
  x.relations.push_back(R("group:dawla", "operates_in", place, 0.7, "ينشط تنظيم الدولة", 0));
  x.relations.push_back(R("group:dawla", "co_mentioned", "group:islamic-state", 0.3, "... ...", 3));
  x.relations.push_back(R("person:al-baghdadi", "leader_of", "group:dawla", 0.9, "يقود", 1));
  return x;
}

// "id type [aliases] mentions; relations" for the entities named, relations as "s -r-> t (n)".
std::string Summary(const GraphData& d, const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) {
    const AggregatedEntity* e = FindEntity(d, id);
    if (!e) {
      out += id + " absent\n";
      continue;
    }
    out += id + " " + std::string(EntityTypeName(e->entity.type)) + " [";
    for (size_t i = 0; i < e->entity.aliases.size(); ++i) {
      out += (i ? "|" : "") + e->entity.aliases[i];
    }
    out += "] " + std::to_string(e->mention_count) + " merged:";
    for (const std::string& m : e->merged_ids) out += " " + m;
    out += "\n";
  }
  for (const AggregatedRelation& r : d.relations) {
    out += r.source + " -" + r.relation + "-> " + r.target + " (" +
           std::to_string(r.evidence_count) + ")\n";
  }
  return out;
}

TEST_F(CorrectionsTest, MergeMovesAliasesMentionsAndRelationsAndUndoRestores) {
  auto store = OpenOrDie(Path());
  ASSERT_TRUE(store);
  IngestOrDie(*store, Mosul());
  IngestOrDie(*store, Raqqa());
  const std::vector<std::string> ids = {"group:islamic-state", "group:dawla"};
  const std::string before = Summary(LoadOrDie(*store), ids);
  const StoreStats stats_before = StatsOrDie(*store);

  const int64_t id = AddOrDie(*store, CorrectionKind::kMerge, {"group:islamic-state", "group:dawla"});
  EXPECT_EQ(id, 1);
  GraphData d = LoadOrDie(*store);
  EXPECT_EQ(Summary(d, ids),
            "group:islamic-state group [Islamic State|تنظيم الدولة الإسلامية|تنظيم الدولة|الدولة] "
            "5 merged: group:dawla\n"
            "group:dawla absent\n"
            "group:islamic-state -co_mentioned-> place:mosul (1)\n"
            "group:islamic-state -operates_in-> place:mosul (1)\n"
            "group:islamic-state -operates_in-> place:raqqa (1)\n"
            "group:islamic-state -perpetrated-> attack:mosul-2017 (1)\n"
            "person:al-baghdadi -leader_of-> group:islamic-state (2)\n");
  const AggregatedEntity* is = FindEntity(d, "group:islamic-state");
  ASSERT_NE(is, nullptr);
  EXPECT_EQ(is->article_count, 2);
  EXPECT_EQ(is->first_seen, "2017-10-29");
  EXPECT_EQ(is->last_seen, "2018-01-05");

  // Stats count what Load shows.
  const StoreStats st = StatsOrDie(*store);
  EXPECT_EQ(st.entities, static_cast<int>(d.entities.size()));
  EXPECT_EQ(st.relations, static_cast<int>(d.relations.size()));
  EXPECT_EQ(st.entities, stats_before.entities - 1);
  EXPECT_EQ(st.mentions, stats_before.mentions);

  // The facts as the articles gave them are still there.
  GraphData raw;
  ASSERT_TRUE(store->Load(&raw, LoadOptions{.apply_corrections = false}).ok());
  EXPECT_EQ(Summary(raw, ids), before);

  ASSERT_TRUE(store->UndoCorrection(id).ok());
  EXPECT_EQ(Summary(LoadOrDie(*store), ids), before);
  EXPECT_TRUE(SameStats(StatsOrDie(*store), stats_before));
}

TEST_F(CorrectionsTest, MergeHoldsWhenArticlesAreReingestedAndForNewArticles) {
  auto store = OpenOrDie(Path());
  ASSERT_TRUE(store);
  IngestOrDie(*store, Mosul());
  IngestOrDie(*store, Raqqa());
  AddOrDie(*store, CorrectionKind::kMerge, {"group:islamic-state", "group:dawla"});
  // The article that introduced group:dawla changes: its facts are replaced, the merge stays.
  ASSERT_EQ(IngestOrDie(*store, Raqqa("r2", "place:deir-ez-zor")), IngestOutcome::kReplaced);
  // A new article names group:dawla too.
  ArticleExtraction later = X("later", "l1", "2019-03-23");
  later.entities.push_back(E("group:dawla", EntityType::kOrganization, "تنظيم الدولة", {},
                             {M("تنظيم الدولة", 0)}));
  later.entities.push_back(E("place:baghouz", EntityType::kPlace, "الباغوز", {}, {M("الباغوز", 9)}));
  later.relations.push_back(R("group:dawla", "operates_in", "place:baghouz", 0.8, "في الباغوز"));
  IngestOrDie(*store, later);
  GraphData d = LoadOrDie(*store);
  EXPECT_EQ(FindEntity(d, "group:dawla"), nullptr);
  EXPECT_NE(FindRelation(d, "group:islamic-state", "operates_in", "place:deir-ez-zor"), nullptr);
  EXPECT_NE(FindRelation(d, "group:islamic-state", "operates_in", "place:baghouz"), nullptr);
  EXPECT_EQ(FindRelation(d, "group:islamic-state", "operates_in", "place:raqqa"), nullptr);
  for (const AggregatedRelation& r : d.relations) {
    EXPECT_NE(r.source, "group:dawla");
    EXPECT_NE(r.target, "group:dawla");
  }
  const AggregatedEntity* is = FindEntity(d, "group:islamic-state");
  ASSERT_NE(is, nullptr);
  EXPECT_EQ(is->mention_count, 2 + 3 + 1);
  EXPECT_EQ(is->last_seen, "2019-03-23");
  EXPECT_EQ(is->entity.type, EntityType::kGroup);
}

TEST_F(CorrectionsTest, MergesChainAndUndoOneLink) {
  auto store = OpenOrDie(Path());
  ASSERT_TRUE(store);
  IngestOrDie(*store, Mosul());
  IngestOrDie(*store, Raqqa());
  const int64_t first =
      AddOrDie(*store, CorrectionKind::kMerge, {"group:islamic-state", "group:dawla"});
  // Merging into or from an id already merged uses what it is part of.
  EXPECT_FALSE(Add(*store, CorrectionKind::kMerge, {"group:dawla", "group:islamic-state"}).ok());
  const int64_t second =
      AddOrDie(*store, CorrectionKind::kMerge, {"person:al-baghdadi", "group:dawla"});
  std::vector<Correction> log;
  ASSERT_TRUE(store->Corrections(&log).ok());
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log[1].id, second);
  EXPECT_EQ(log[1].args, (std::vector<std::string>{"person:al-baghdadi", "group:islamic-state"}));

  GraphData d = LoadOrDie(*store);
  const AggregatedEntity* p = FindEntity(d, "person:al-baghdadi");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->merged_ids, (std::vector<std::string>{"group:dawla", "group:islamic-state"}));
  EXPECT_EQ(FindEntity(d, "group:islamic-state"), nullptr);
  // leader_of between them became a self-loop and is gone; the attack follows the perpetrator.
  EXPECT_EQ(FindRelation(d, "person:al-baghdadi", "leader_of", "person:al-baghdadi"), nullptr);
  ASSERT_EQ(d.attacks.size(), 1u);
  EXPECT_EQ(d.attacks[0].perpetrator, "person:al-baghdadi");

  ASSERT_TRUE(store->UndoCorrection(first).ok());
  d = LoadOrDie(*store);
  p = FindEntity(d, "person:al-baghdadi");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->merged_ids, (std::vector<std::string>{"group:islamic-state"}));
  EXPECT_NE(FindEntity(d, "group:dawla"), nullptr);
  EXPECT_NE(FindRelation(d, "person:al-baghdadi", "leader_of", "group:dawla"), nullptr);
}

TEST_F(CorrectionsTest, AliasAddRemoveAndRetypeLastAndUndo) {
  auto store = OpenOrDie(Path());
  ASSERT_TRUE(store);
  IngestOrDie(*store, Mosul());
  IngestOrDie(*store, Raqqa());
  const int64_t alias = AddOrDie(*store, CorrectionKind::kAlias, {"group:dawla", "ISIL"});
  const int64_t unalias = AddOrDie(*store, CorrectionKind::kUnalias, {"group:dawla", "الدولة"});
  const int64_t retype = AddOrDie(*store, CorrectionKind::kRetype, {"group:dawla", "groups"});
  // Re-ingesting the article changes nothing of that.
  IngestOrDie(*store, Raqqa("r2"));
  GraphData d = LoadOrDie(*store);
  EXPECT_EQ(Summary(d, {"group:dawla"}).substr(0, Summary(d, {"group:dawla"}).find('\n')),
            "group:dawla group [ISIL] 2 merged:");
  const AggregatedEntity* e = FindEntity(d, "group:dawla");
  ASSERT_NE(e, nullptr);
  using P = std::pair<std::string, std::string>;
  EXPECT_EQ(e->alias_sources, (std::vector<P>{{"تنظيم الدولة", "raqqa"},
                                              {"ISIL", "correction " + std::to_string(alias)}}));

  std::vector<Correction> log;
  ASSERT_TRUE(store->Corrections(&log).ok());
  ASSERT_EQ(log.size(), 3u);
  EXPECT_EQ(log[2].kind, CorrectionKind::kRetype);
  EXPECT_EQ(log[2].args, (std::vector<std::string>{"group:dawla", "group"}));  // canonical name
  EXPECT_FALSE(log[2].undone);
  EXPECT_EQ(log[0].time.size(), 20u) << log[0].time;  // 2024-03-22T19:00:00Z
  EXPECT_EQ(log[0].time.back(), 'Z');

  // An alias or type given to an entity follows it when it is merged afterwards.
  AddOrDie(*store, CorrectionKind::kMerge, {"group:islamic-state", "group:dawla"});
  d = LoadOrDie(*store);
  e = FindEntity(d, "group:islamic-state");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(std::find(e->entity.aliases.begin(), e->entity.aliases.end(), "ISIL"),
            e->entity.aliases.end());

  for (int64_t id : {alias, unalias, retype}) ASSERT_TRUE(store->UndoCorrection(id).ok());
  ASSERT_TRUE(store->Corrections(&log).ok());
  EXPECT_TRUE(log[0].undone && log[1].undone && log[2].undone);
  EXPECT_FALSE(log[3].undone);
  ASSERT_TRUE(store->UndoCorrection(log[3].id).ok());
  d = LoadOrDie(*store);
  e = FindEntity(d, "group:dawla");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->entity.type, EntityType::kOrganization);
  EXPECT_EQ(e->entity.aliases, (std::vector<std::string>{"الدولة"}));
}

TEST_F(CorrectionsTest, RefusesBadCorrectionsAndWritesNothing) {
  auto store = OpenOrDie(Path());
  ASSERT_TRUE(store);
  IngestOrDie(*store, Mosul());
  struct Case {
    CorrectionKind kind;
    std::vector<std::string> args;
    std::string says;
  } cases[] = {
      {CorrectionKind::kMerge, {"group:islamic-state", "group:nobody"}, "no entity group:nobody"},
      {CorrectionKind::kMerge, {"group:islamic-state", "group:islamic-state"}, "already part of"},
      {CorrectionKind::kMerge, {"group:islamic-state"}, "needs 2 arguments"},
      {CorrectionKind::kAlias, {"group:islamic-state", ""}, "empty"},
      {CorrectionKind::kRetype, {"group:islamic-state", "tribe"}, "unknown type 'tribe'"},
      {CorrectionKind::kUnalias, {"place:nowhere", "x"}, "no entity place:nowhere"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.says);
    Status s = Add(*store, c.kind, c.args);
    EXPECT_FALSE(s.ok());
    EXPECT_NE(s.message().find(c.says), std::string::npos) << s.message();
  }
  std::vector<Correction> log;
  ASSERT_TRUE(store->Corrections(&log).ok());
  EXPECT_TRUE(log.empty());

  Status s = store->UndoCorrection(7);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("no correction 7"), std::string::npos) << s.message();
  const int64_t id = AddOrDie(*store, CorrectionKind::kAlias, {"place:mosul", "Mosul"});
  ASSERT_TRUE(store->UndoCorrection(id).ok());
  s = store->UndoCorrection(id);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("already undone"), std::string::npos) << s.message();

  auto read_only = OpenOrDie(Path(), Store::Mode::kReadOnly);
  ASSERT_TRUE(read_only);
  s = Add(*read_only, CorrectionKind::kAlias, {"place:mosul", "Mosul"});
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("read-only"), std::string::npos) << s.message();
  EXPECT_FALSE(read_only->UndoCorrection(id).ok());
}

TEST_F(CorrectionsTest, MergedAttacksMakeOneEventWithBothFigures) {
  auto store = OpenOrDie(Path());
  ASSERT_TRUE(store);
  IngestOrDie(*store, AttackArticle("a1", "attack:moscow-2024-03", "2024-03", 145));
  // Another month, so the store keeps it apart; the analyst knows better.
  IngestOrDie(*store, AttackArticle("a2", "attack:moscow-2024-04", "2024-04", 140));
  AddOrDie(*store, CorrectionKind::kMerge, {"attack:moscow-2024-03", "attack:moscow-2024-04"});
  GraphData d = LoadOrDie(*store);
  ASSERT_EQ(d.attacks.size(), 2u);
  EXPECT_EQ(d.attacks[0].id, "attack:moscow-2024-03");
  EXPECT_EQ(d.attacks[0].killed, std::optional<int>(145));
  EXPECT_EQ(d.attacks[1].id, "attack:moscow-2024-03");
  EXPECT_EQ(d.attacks[1].killed, std::optional<int>(140));
  EXPECT_EQ(FindEntity(d, "attack:moscow-2024-04"), nullptr);
  const AggregatedRelation* r =
      FindRelation(d, "group:islamic-state", "perpetrated", "attack:moscow-2024-03");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->evidence_count, 2);
  EXPECT_EQ(StatsOrDie(*store).attacks, 1);
}

TEST_F(CorrectionsTest, VersionOneStoreIsReadAsItIsAndMigratedOnWrite) {
  const std::string path = Path();
  {
    auto store = OpenOrDie(path);
    ASSERT_TRUE(store);
    IngestOrDie(*store, Mosul());
  }
  // What kg wrote before corrections existed.
  BeforeVersion6(path);
  RawExec(path, std::string(kEvidenceBeforeVersion4) + kAliasesBeforeVersion5 + kAliasesBeforeVersion3 +
                    "DROP TABLE corrections; PRAGMA user_version = 1;");
  {
    auto store = OpenOrDie(path, Store::Mode::kReadOnly);
    ASSERT_TRUE(store);
    EXPECT_EQ(LoadOrDie(*store).entities.size(), 4u);
    std::vector<Correction> log;
    ASSERT_TRUE(store->Corrections(&log).ok());
    EXPECT_TRUE(log.empty());
    EXPECT_EQ(StatsOrDie(*store).entities, 4);
  }
  EXPECT_EQ(RawQuery(path, "PRAGMA user_version"), "1");
  {
    auto store = OpenOrDie(path);
    ASSERT_TRUE(store);
    EXPECT_EQ(RawQuery(path, "PRAGMA user_version"), std::to_string(kSchemaVersion));
    EXPECT_EQ(LoadOrDie(*store).entities.size(), 4u);
    AddOrDie(*store, CorrectionKind::kRetype, {"place:mosul", "organization"});
    EXPECT_EQ(FindEntity(LoadOrDie(*store), "place:mosul")->entity.type, EntityType::kOrganization);
  }
  // A store of this version without its corrections table is not one of ours.
  RawExec(path, "DROP TABLE corrections;");
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, Store::Mode::kReadOnly, &store);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("no table \"corrections\""), std::string::npos) << s.message();
  // And a store of the next version is newer than this kg.
  const std::string next = std::to_string(kSchemaVersion + 1);
  RawExec(path, "PRAGMA user_version = " + next + ";");
  s = Store::Open(path, Store::Mode::kReadWrite, &store);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("newer kg (schema " + next), std::string::npos) << s.message();
}

// Everything Load says about entities' spellings: aliases and where each came from, in order.
std::string Spellings(const GraphData& d) {
  std::string out;
  for (const AggregatedEntity& e : d.entities) {
    out += e.entity.id + " " + std::to_string(e.article_count) + ":";
    for (const std::string& a : e.entity.aliases) out += " " + a;
    out += " /";
    for (const auto& [alias, article] : e.alias_sources) out += " " + alias + "@" + article;
    out += "\n";
  }
  return out;
}

TEST_F(CorrectionsTest, VersionTwoAliasesAreReadAsTheyAreAndRegroupedOnWrite) {
  const std::string path = Path();
  ArticleExtraction a = X("a", "ha", "2017-10-29");
  a.entities.push_back(E("group:hts", EntityType::kGroup, "هيئة تحرير الشام", {"تحرير الشام"},
                         {M("الهيئة", 0)}));
  a.entities.push_back(E("place:idlib", EntityType::kPlace, "إدلب", {}, {M("إدلب", 20)}));
  a.relations.push_back(R("group:hts", "operates_in", "place:idlib", 0.6, "من أ"));
  ArticleExtraction b = X("b", "hb", "2016-01-02");
  b.entities.push_back(E("group:hts", EntityType::kGroup, "تحرير الشام (اسم آخر)",
                         {"تحرير الشام", "جبهة النصرة"}, {M("النصرة", 3)}, "HTS"));
  b.entities.push_back(E("place:idlib", EntityType::kPlace, "إدلب", {}, {M("بإدلب", 8)}));
  ArticleExtraction a2 = a;  // "a" again, changed: ingested last, so its spellings come last
  a2.article.content_hash = "ha2";
  a2.entities[0].aliases = {"الهيئة"};
  std::string want, want_stats;
  StoreStats stats;
  {
    auto store = OpenOrDie(path);
    ASSERT_TRUE(store);
    IngestOrDie(*store, a);
    IngestOrDie(*store, b);
    IngestOrDie(*store, Mosul());
    EXPECT_EQ(IngestOrDie(*store, a2), IngestOutcome::kReplaced);
    want = Spellings(LoadOrDie(*store));
    stats = StatsOrDie(*store);
  }
  EXPECT_NE(want.find("group:hts 2: تحرير الشام (اسم آخر) HTS تحرير الشام جبهة النصرة الهيئة"),
            std::string::npos)
      << want;
  EXPECT_EQ(RawQuery(path, "SELECT group_concat(entity_id || '=' || articles, ' ') FROM "
                           "(SELECT * FROM entity_articles ORDER BY entity_id)"),
            "attack:mosul-2017=1 group:hts=2 group:islamic-state=1 person:al-baghdadi=1 "
            "place:idlib=2 place:mosul=1");
  BeforeVersion6(path);
  RawExec(path, std::string(kEvidenceBeforeVersion4) + kAliasesBeforeVersion5 + kAliasesBeforeVersion3 +
                    "PRAGMA user_version = 2;");
  {
    auto store = OpenOrDie(path, Store::Mode::kReadOnly);
    ASSERT_TRUE(store);
    EXPECT_EQ(Spellings(LoadOrDie(*store)), want);
    EXPECT_TRUE(SameStats(StatsOrDie(*store), stats));
  }
  EXPECT_EQ(RawQuery(path, "PRAGMA user_version"), "2");
  {
    auto store = OpenOrDie(path);
    ASSERT_TRUE(store);
    EXPECT_EQ(RawQuery(path, "PRAGMA user_version"), std::to_string(kSchemaVersion));
    EXPECT_EQ(Spellings(LoadOrDie(*store)), want);
    EXPECT_TRUE(SameStats(StatsOrDie(*store), stats));
    // The counts were rebuilt, so a replaced article still takes its entities with it.
    ArticleExtraction b2 = b;
    b2.article.content_hash = "hb2";
    b2.entities.pop_back();
    b2.relations.clear();
    EXPECT_EQ(IngestOrDie(*store, b2), IngestOutcome::kReplaced);
    GraphData d = LoadOrDie(*store);
    EXPECT_EQ(StatsOrDie(*store).entities, static_cast<int>(d.entities.size()));
    EXPECT_EQ(FindEntity(d, "place:idlib")->article_count, 1);
  }
  EXPECT_EQ(RawQuery(path, "SELECT articles FROM entity_articles WHERE entity_id = 'place:idlib'"),
            "1");
  EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'aliases%'"), "1");
}

// Version 3 indexed evidence by its three strings; 4 by EvidenceKey. Both answer the same.
TEST_F(CorrectionsTest, VersionThreeEvidenceIsReadAsItIsAndKeyedOnWrite) {
  const std::string path = Path();
  StoreStats stats;
  {
    auto store = OpenOrDie(path);
    ASSERT_TRUE(store);
    IngestOrDie(*store, Mosul());
    stats = StatsOrDie(*store);
  }
  EXPECT_EQ(stats.relations, 4);
  EXPECT_EQ(stats.typed_relations, 3);
  auto evidence = [](const Store& store) {
    std::vector<Evidence> ev;
    Status s = store.RelationEvidence({"person:al-baghdadi"}, "leader_of", {"group:islamic-state"},
                                      0, &ev);
    EXPECT_TRUE(s.ok()) << s.message();
    return ev.size() == 1 ? ev[0].text : "rows: " + std::to_string(ev.size());
  };
  BeforeVersion6(path);
  RawExec(path, std::string(kEvidenceBeforeVersion4) + kAliasesBeforeVersion5 + "PRAGMA user_version = 3;");
  {
    auto store = OpenOrDie(path, Store::Mode::kReadOnly);
    ASSERT_TRUE(store);
    EXPECT_TRUE(SameStats(StatsOrDie(*store), stats));
    EXPECT_EQ(evidence(*store), "يعتقد أن البغدادي يقود التنظيم");
  }
  EXPECT_EQ(RawQuery(path, "PRAGMA user_version"), "3");
  {
    auto store = OpenOrDie(path);
    ASSERT_TRUE(store);
    EXPECT_EQ(RawQuery(path, "PRAGMA user_version"), std::to_string(kSchemaVersion));
    EXPECT_TRUE(SameStats(StatsOrDie(*store), stats));
    EXPECT_EQ(evidence(*store), "يعتقد أن البغدادي يقود التنظيم");
  }
  EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM sqlite_master WHERE name = 'evidence_triple'"), "0");
  EXPECT_EQ(RawQuery(path, "SELECT triple_key FROM evidence WHERE relation = 'leader_of'"),
            std::to_string(EvidenceKey("person:al-baghdadi", "leader_of", "group:islamic-state")));
  EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM evidence WHERE (triple_key & 1) = "
                           "(relation = 'co_mentioned')"),
            "4");
}

// Version 4 kept one aliases row per spelling; 5 one per (article, entity). Both read the same.
TEST_F(CorrectionsTest, VersionFourAliasesAreReadAsTheyAreAndPackedOnWrite) {
  const std::string path = Path();
  ArticleExtraction a = X("a", "ha", "2017-10-29");
  a.entities.push_back(E("group:hts", EntityType::kGroup, "هيئة تحرير الشام", {"تحرير الشام", "الهيئة"},
                         {M("الهيئة", 0)}, "HTS"));
  a.entities.push_back(E("place:idlib", EntityType::kPlace, "إدلب", {}, {M("إدلب", 20)}));
  ArticleExtraction b = X("b", "hb", "2016-01-02");
  // A spelling with the separator in it keeps a space there.
  b.entities.push_back(E("group:hts", EntityType::kGroup, "تحرير الشام", {"جبهة النصرة", "Tahrir\x1f al-Sham"},
                         {M("النصرة", 3)}));
  b.entities.push_back(E("place:idlib", EntityType::kPlace, "إدلب", {}, {M("بإدلب", 8)}));
  std::string want;
  StoreStats stats;
  {
    auto store = OpenOrDie(path);
    ASSERT_TRUE(store);
    IngestOrDie(*store, a);
    IngestOrDie(*store, Mosul());
    IngestOrDie(*store, b);
    want = Spellings(LoadOrDie(*store));
    stats = StatsOrDie(*store);
  }
  EXPECT_NE(want.find("group:hts 2: HTS تحرير الشام الهيئة جبهة النصرة Tahrir  al-Sham / هيئة تحرير الشام@a "
                      "HTS@a تحرير الشام@a الهيئة@a جبهة النصرة@b Tahrir  al-Sham@b"),
            std::string::npos)
      << want;
  const std::string packed = RawQuery(path, "SELECT count(*) FROM aliases");
  EXPECT_EQ(packed, RawQuery(path, "SELECT count(*) FROM (SELECT DISTINCT article_id, entity_id FROM aliases)"));
  BeforeVersion6(path);
  RawExec(path, std::string(kAliasesBeforeVersion5) + "PRAGMA user_version = 4;");
  EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM aliases"), "16");  // a spelling a row
  {
    auto store = OpenOrDie(path, Store::Mode::kReadOnly);
    ASSERT_TRUE(store);
    EXPECT_EQ(Spellings(LoadOrDie(*store)), want);
    EXPECT_TRUE(SameStats(StatsOrDie(*store), stats));
  }
  EXPECT_EQ(RawQuery(path, "PRAGMA user_version"), "4");
  {
    auto store = OpenOrDie(path);
    ASSERT_TRUE(store);
    EXPECT_EQ(RawQuery(path, "PRAGMA user_version"), std::to_string(kSchemaVersion));
    EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM aliases"), packed);
    EXPECT_EQ(Spellings(LoadOrDie(*store)), want);
    EXPECT_TRUE(SameStats(StatsOrDie(*store), stats));
    // A replaced article still takes its entities with it.
    ArticleExtraction b2 = b;
    b2.article.content_hash = "hb2";
    b2.entities.pop_back();
    EXPECT_EQ(IngestOrDie(*store, b2), IngestOutcome::kReplaced);
    EXPECT_EQ(FindEntity(LoadOrDie(*store), "place:idlib")->article_count, 1);
  }
  EXPECT_EQ(RawQuery(path, "SELECT articles FROM entity_articles WHERE entity_id = 'place:idlib'"), "1");
  EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'aliases%'"), "1");
}

// Entities "a".."d" in sentence 1, "a" and "b" again in sentence 2, as the extractor gives
// their co_mentioned pairs (each pair once, at its first sentence), plus pairs kept as evidence
// rows: one whose end the article lists without a spelling, one given twice in its sentence.
ArticleExtraction Crowded(const std::string& hash = "c1") {
  ArticleExtraction x = X("crowded", hash, "2019-03-01");
  for (const char* id : {"group:a", "group:b", "place:c", "person:d"}) {
    x.entities.push_back(E(id, EntityType::kGroup, std::string("اسم ") + id, {}, {M("اسم", 12, 1)}));
  }
  x.entities.push_back(E("group:nameless", EntityType::kGroup, ""));
  x.relations.push_back(R("group:a", "fights", "group:b", 0.8, "تقاتل أ ب", 1));
  const char* ids[] = {"group:a", "group:b", "place:c", "person:d"};
  for (int i = 0; i < 4; ++i) {
    for (int j = i + 1; j < 4; ++j) {
      x.relations.push_back(R(ids[i], "co_mentioned", ids[j], 0.3, "جملة فيها أ ب ج د", 1));
    }
  }
  x.relations.push_back(R("group:a", "co_mentioned", "group:nameless", 0.3, "جملة أخرى", 2));
  x.relations.push_back(R("place:c", "co_mentioned", "person:d", 0.3, "جملة فيها أ ب ج د", 1));
  return x;
}

TEST_F(StoreTest, CoMentionedEvidenceIsOneRowPerSentenceAndReadLikeAnyOther) {
  const std::string path = Path();
  auto store = OpenOrDie(path);
  ASSERT_TRUE(store);
  IngestOrDie(*store, Mosul());
  IngestOrDie(*store, Crowded());
  EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM co_mentions"), "2");  // a sentence each
  EXPECT_EQ(RawQuery(path, "SELECT pairs FROM co_mentions WHERE article_id = 'crowded'"),
            "group:a\x1fgroup:b\x1fgroup:a\x1fplace:c\x1fgroup:a\x1fperson:d\x1fgroup:b\x1fplace:c"
            "\x1fgroup:b\x1fperson:d\x1fplace:c\x1fperson:d");
  EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM co_keys"), "7");
  EXPECT_EQ(RawQuery(path, "SELECT group_concat(source || ' ' || target, ', ') FROM evidence "
                           "WHERE relation = 'co_mentioned'"),
            "group:a group:nameless, place:c person:d");

  GraphData d = LoadOrDie(*store);
  StoreStats st = StatsOrDie(*store);
  ExpectStatsCountLoad(st, d);
  EXPECT_EQ(st.relations, 4 + 1 + 6 + 1);
  EXPECT_EQ(st.evidence, 4 + 1 + 6 + 2);
  const AggregatedRelation* cd = FindRelation(d, "place:c", "co_mentioned", "person:d");
  ASSERT_NE(cd, nullptr);
  EXPECT_EQ(cd->evidence_count, 2);
  ASSERT_EQ(cd->evidence.size(), 2u);
  EXPECT_EQ(cd->evidence[0].article, "crowded");
  EXPECT_EQ(cd->evidence[0].sentence, 1);
  EXPECT_EQ(cd->evidence[0].start, 10);
  EXPECT_EQ(cd->evidence[0].end, 19);
  EXPECT_EQ(cd->evidence[0].text, "جملة فيها أ ب ج د");
  EXPECT_DOUBLE_EQ(cd->evidence[0].confidence, 0.3);
  const AggregatedRelation* im = FindRelation(d, "group:islamic-state", "co_mentioned", "place:mosul");
  ASSERT_NE(im, nullptr);
  EXPECT_EQ(im->evidence_count, 1);
  EXPECT_EQ(im->evidence[0].text, "داعش ... الموصل");

  // `kg path`'s lookup finds the same rows, from either table; a pair in the other order is
  // another relation.
  auto evidence = [&](const std::string& s, const std::string& t) {
    std::vector<Evidence> ev;
    Status status = store->RelationEvidence({s}, "co_mentioned", {t}, 0, &ev);
    EXPECT_TRUE(status.ok()) << status.message();
    std::string out;
    for (const Evidence& e : ev) out += e.article + ":" + std::to_string(e.sentence) + " " + e.text + "; ";
    return out;
  };
  EXPECT_EQ(evidence("place:c", "person:d"), "crowded:1 جملة فيها أ ب ج د; crowded:1 جملة فيها أ ب ج د; ");
  EXPECT_EQ(evidence("group:b", "place:c"), "crowded:1 جملة فيها أ ب ج د; ");
  EXPECT_EQ(evidence("place:c", "group:b"), "");
  EXPECT_EQ(evidence("group:a", "group:nameless"), "crowded:2 جملة أخرى; ");
  std::vector<Evidence> one;
  ASSERT_TRUE(store->RelationEvidence({"place:c"}, "co_mentioned", {"person:d"}, 1, &one).ok());
  EXPECT_EQ(one.size(), 1u);

  // A replaced article takes its sentence rows and every key of them along.
  ArticleExtraction fewer = Crowded("c2");
  fewer.relations.resize(3);  // fights, a-b, a-c
  EXPECT_EQ(IngestOrDie(*store, fewer), IngestOutcome::kReplaced);
  EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM co_keys"), "3");
  EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM co_keys WHERE co_id NOT IN (SELECT id FROM co_mentions)"), "0");
  EXPECT_EQ(evidence("place:c", "person:d"), "");
  d = LoadOrDie(*store);
  ExpectStatsCountLoad(StatsOrDie(*store), d);
  EXPECT_EQ(FindRelation(d, "place:c", "co_mentioned", "person:d"), nullptr);
  EXPECT_NE(FindRelation(d, "group:a", "co_mentioned", "place:c"), nullptr);
}

// Ingest hands a batch's co_keys entries to the writer's state, which writes them in key order as
// the batch commits: whatever reads or deletes them before then finds them written, and a batch
// that fails leaves none behind.
TEST_F(StoreTest, ABatchsCoKeysAreWrittenBeforeAnythingNeedsThem) {
  const std::string path = Path();
  auto store = OpenOrDie(path);
  ASSERT_TRUE(store);
  // Each co_mentions row's pairs have their entries, and no entry is without its row.
  auto keys_match_rows = [&] {
    EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM co_keys WHERE co_id NOT IN (SELECT id FROM co_mentions)"), "0");
    EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM co_keys"),
              RawQuery(path, "SELECT coalesce(sum((length(pairs) - length(replace(pairs, char(31), '')) "
                             "+ 1) / 2), 0) FROM co_mentions"));
  };
  ASSERT_TRUE(store->BeginBatch().ok());
  IngestOrDie(*store, Mosul());
  IngestOrDie(*store, Crowded());
  std::vector<Evidence> ev;
  ASSERT_TRUE(store->RelationEvidence({"group:b"}, "co_mentioned", {"place:c"}, 0, &ev).ok());
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].article, "crowded");
  EXPECT_EQ(StatsOrDie(*store).relations, 4 + 1 + 6 + 1);
  ArticleExtraction fewer = Crowded("c2");
  fewer.relations.resize(3);  // fights, a-b, a-c
  EXPECT_EQ(IngestOrDie(*store, fewer), IngestOutcome::kReplaced);  // in the same batch
  ASSERT_TRUE(store->CommitBatch().ok());
  EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM co_keys"), "3");
  keys_match_rows();

  ArticleExtraction bad = X("bad", "hb", "2020-01-01");
  bad.relations.push_back(R("group:islamic-state", "operates_in", "place:mosul",
                            std::numeric_limits<double>::quiet_NaN(), "ليس رقما"));
  ASSERT_TRUE(store->BeginBatch().ok());
  EXPECT_EQ(IngestOrDie(*store, Crowded("c3")), IngestOutcome::kReplaced);
  IngestOutcome o;
  EXPECT_FALSE(store->Ingest(bad, &o).ok());
  EXPECT_FALSE(store->CommitBatch().ok());
  ASSERT_TRUE(store->BeginBatch().ok());
  IngestOrDie(*store, Raqqa());
  ASSERT_TRUE(store->CommitBatch().ok());
  keys_match_rows();
  ev.clear();
  ASSERT_TRUE(store->RelationEvidence({"group:b"}, "co_mentioned", {"place:c"}, 0, &ev).ok());
  EXPECT_TRUE(ev.empty());
  ExpectStatsCountLoad(StatsOrDie(*store), LoadOrDie(*store));
}

TEST_F(StoreTest, MentionsGoInTheEntitysAliasesRowUnlessTheyCannot) {
  const std::string path = Path();
  auto store = OpenOrDie(path);
  ASSERT_TRUE(store);
  ArticleExtraction x = X("m", "m1");
  x.entities.push_back(E("group:a", EntityType::kGroup, "أ", {}, {M("أ", 0), M("بأ", 30, 2)}));
  // Listed again, with no spelling new to the article: no aliases row to hold its mentions.
  x.entities.push_back(E("group:a", EntityType::kGroup, "أ", {}, {M("أ", 60, 4)}));
  // A text with the separator in it stays a mentions row, as written.
  x.entities.push_back(E("place:b", EntityType::kPlace, "ب", {}, {M("ب\x1fب", 80, 5)}));
  IngestOrDie(*store, x);
  EXPECT_EQ(RawQuery(path, "SELECT mentions || '|' || mention_count FROM aliases WHERE entity_id = 'group:a'"),
            "0\x1f" "3\x1f" "0\x1f" "أ\x1f" "30\x1f" "33\x1f" "2\x1f" "بأ|2");
  EXPECT_EQ(RawQuery(path, "SELECT group_concat(entity_id || ' ' || \"start\" || ' ' || text, ', ') "
                           "FROM mentions"),
            "group:a 60 أ, place:b 80 ب\x1fب");
  GraphData d = LoadOrDie(*store);
  EXPECT_EQ(FindEntity(d, "group:a")->mention_count, 3);
  EXPECT_EQ(FindEntity(d, "place:b")->mention_count, 1);
  const StoreStats st = StatsOrDie(*store);
  EXPECT_EQ(st.mentions, 4);
  ExpectStatsCountLoad(st, d);
}

// Version 5 kept each co_mentioned pair as an evidence row. Those rows are read as they are, also
// after the store is opened read-write, beside the pairs of articles ingested since.
TEST_F(CorrectionsTest, VersionFiveCoMentionsAreReadAsTheyAreBesideNewOnes) {
  const std::string path = Path();
  std::string want;
  StoreStats stats;
  {
    auto store = OpenOrDie(path);
    ASSERT_TRUE(store);
    IngestOrDie(*store, Mosul());
    IngestOrDie(*store, Crowded());
    want = Summary(LoadOrDie(*store), {});
    stats = StatsOrDie(*store);
  }
  BeforeVersion6(path);
  RawExec(path, "PRAGMA user_version = 5;");
  EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM evidence WHERE relation = 'co_mentioned'"), "9");
  {
    auto store = OpenOrDie(path, Store::Mode::kReadOnly);
    ASSERT_TRUE(store);
    EXPECT_EQ(Summary(LoadOrDie(*store), {}), want);
    EXPECT_TRUE(SameStats(StatsOrDie(*store), stats));
  }
  EXPECT_EQ(RawQuery(path, "PRAGMA user_version"), "5");
  auto store = OpenOrDie(path);
  ASSERT_TRUE(store);
  EXPECT_EQ(RawQuery(path, "PRAGMA user_version"), std::to_string(kSchemaVersion));
  EXPECT_EQ(AttackGroups(path), "place:mosul attack:mosul-2017 1 2017-10-29 group:islamic-state");
  EXPECT_EQ(Summary(LoadOrDie(*store), {}), want);
  EXPECT_TRUE(SameStats(StatsOrDie(*store), stats));
  // A new article's pairs go to co_mentions; a pair with rows in both places is one relation.
  ArticleExtraction more = X("more", "m1", "2019-04-01");
  more.entities.push_back(E("place:c", EntityType::kPlace, "ج"));
  more.entities.push_back(E("person:d", EntityType::kPerson, "د"));
  more.relations.push_back(R("place:c", "co_mentioned", "person:d", 0.3, "ج و د", 4));
  IngestOrDie(*store, more);
  EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM co_keys"), "1");
  GraphData d = LoadOrDie(*store);
  StoreStats after = StatsOrDie(*store);
  ExpectStatsCountLoad(after, d);
  EXPECT_EQ(after.relations, stats.relations);
  EXPECT_EQ(after.evidence, stats.evidence + 1);
  std::vector<Evidence> ev;
  ASSERT_TRUE(store->RelationEvidence({"place:c"}, "co_mentioned", {"person:d"}, 0, &ev).ok());
  ASSERT_EQ(ev.size(), 3u);
  EXPECT_EQ(ev[0].article, "crowded");
  EXPECT_EQ(ev[2].article, "more");
  // The older article, replaced, leaves its evidence rows for a sentence row.
  EXPECT_EQ(IngestOrDie(*store, Crowded("c2")), IngestOutcome::kReplaced);
  EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM evidence WHERE relation = 'co_mentioned' AND "
                           "article_id = 'crowded'"),
            "2");
  EXPECT_EQ(RawQuery(path, "SELECT count(*) FROM co_keys"), "7");
  EXPECT_EQ(Summary(LoadOrDie(*store), {}), Summary(d, {}));
  ExpectStatsCountLoad(StatsOrDie(*store), LoadOrDie(*store));
}

TEST(EvidenceKeyTest, StableAndMarksCoMentioned) {
  // Part of the file format: a change would orphan every stored key.
  EXPECT_EQ(EvidenceKey("a", "b", "c"), EvidenceKey("a", "b", "c"));
  EXPECT_NE(EvidenceKey("ab", "", "c"), EvidenceKey("a", "b", "c"));
  EXPECT_NE(EvidenceKey("a", "b", "c"), EvidenceKey("c", "b", "a"));
  EXPECT_EQ(EvidenceKey("a", "co_mentioned", "c") & 1, 1);
  EXPECT_EQ(EvidenceKey("a", "leader_of", "c") & 1, 0);
  EXPECT_EQ(EvidenceKey("", "", ""), 3864859450461747840);  // FNV-1a of "\x1f\x1f", fmix64
}

TEST_F(CorrectionsTest, HandEditedRowsThatDoNotParseAreLeftOut) {
  auto store = OpenOrDie(Path());
  ASSERT_TRUE(store);
  IngestOrDie(*store, Mosul());
  RawExec(Path(),
          "INSERT INTO corrections(time, kind, args) VALUES"
          "('t', 'explode', '[\"place:mosul\",\"x\"]'), ('t', 'alias', 'not json'),"
          "('t', 'alias', '[\"place:mosul\"]'), ('t', 'alias', '[\"place:mosul\", 3]'),"
          "('t', 'alias', '[\"place:mosul\", \"الموصل الحدباء\"]');");
  std::vector<Correction> log;
  ASSERT_TRUE(store->Corrections(&log).ok());
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].id, 5);
  const GraphData d = LoadOrDie(*store);
  const AggregatedEntity* mosul = FindEntity(d, "place:mosul");
  ASSERT_NE(mosul, nullptr);
  EXPECT_EQ(mosul->entity.aliases, (std::vector<std::string>{"الموصل الحدباء"}));
}

// Batches: one commit for many articles; each article still all in or all out.
TEST_F(CorrectionsTest, BatchKeepsWholeArticlesAndAFailureDropsTheBatch) {
  auto store = OpenOrDie(Path());
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->BeginBatch().ok());
  EXPECT_EQ(store->batch_articles(), 256);  // a small store: BatchArticles' floor
  EXPECT_EQ(IngestOrDie(*store, Mosul()), IngestOutcome::kAdded);
  EXPECT_EQ(IngestOrDie(*store, Mosul()), IngestOutcome::kUnchanged);  // leaves the batch open
  EXPECT_EQ(IngestOrDie(*store, Raqqa()), IngestOutcome::kAdded);
  // The batch's entity_articles counts are written as it commits, or before anything reads them.
  ASSERT_TRUE(store->CommitBatch().ok());
  EXPECT_EQ(RawQuery(Path(), "SELECT articles FROM entity_articles WHERE entity_id = 'group:islamic-state'"), "2");
  EXPECT_EQ(LoadOrDie(*store).articles.size(), 2u);
  StoreStats committed = StatsOrDie(*store);
  ASSERT_TRUE(store->BeginBatch().ok());
  ArticleExtraction raqqa2 = Raqqa("r2");
  raqqa2.entities.pop_back();  // no longer names the Islamic State
  EXPECT_EQ(IngestOrDie(*store, Mosul("h2")), IngestOutcome::kReplaced);
  EXPECT_EQ(IngestOrDie(*store, raqqa2), IngestOutcome::kReplaced);
  EXPECT_EQ(StatsOrDie(*store).entities, committed.entities);  // mid-batch
  ArticleExtraction quiet = X("quiet", "q1");
  quiet.entities.push_back(E("group:quiet", EntityType::kGroup, "هادئ"));  // listed, nothing else
  EXPECT_EQ(IngestOrDie(*store, quiet), IngestOutcome::kAdded);
  EXPECT_EQ(StatsOrDie(*store).entities, committed.entities + 1);
  EXPECT_EQ(IngestOrDie(*store, Raqqa("r3")), IngestOutcome::kReplaced);
  ASSERT_TRUE(store->CommitBatch().ok());
  EXPECT_EQ(RawQuery(Path(), "SELECT articles FROM entity_articles WHERE entity_id = 'group:islamic-state'"), "2");
  EXPECT_EQ(RawQuery(Path(), "SELECT articles FROM entity_articles WHERE entity_id = 'group:quiet'"), "1");
  committed = StatsOrDie(*store);

  // A failure inside a batch rolls the whole batch back, the good article before it included.
  ArticleExtraction good = X("good", "g1", "2020-01-01");
  // Both names: an entity whose row the writer then takes as written, until the batch is undone.
  good.entities.push_back(E("group:good", EntityType::kGroup, "طيب", {}, {M("طيب", 0)}, "Good"));
  ArticleExtraction bad = X("bad", "hb", "2020-01-01");
  bad.relations.push_back(R("group:islamic-state", "operates_in", "place:mosul",
                            std::numeric_limits<double>::quiet_NaN(), "ليس رقما"));
  ASSERT_TRUE(store->BeginBatch().ok());
  EXPECT_EQ(IngestOrDie(*store, good), IngestOutcome::kAdded);
  IngestOutcome o;
  EXPECT_FALSE(store->Ingest(bad, &o).ok());
  Status c = store->CommitBatch();
  EXPECT_FALSE(c.ok());
  EXPECT_NE(c.message().find("rolled the last batch back"), std::string::npos) << c.message();
  EXPECT_TRUE(SameStats(StatsOrDie(*store), committed));
  EXPECT_EQ(LoadOrDie(*store).articles.size(), 3u);
  EXPECT_EQ(RawQuery(Path(), "SELECT count(*) FROM entity_articles WHERE entity_id = 'group:good'"), "0");

  // Closing the store commits an open batch, its counts included.
  ASSERT_TRUE(store->BeginBatch().ok());
  EXPECT_EQ(IngestOrDie(*store, good), IngestOutcome::kAdded);
  store.reset();
  store = OpenOrDie(Path());
  EXPECT_EQ(LoadOrDie(*store).articles.size(), 4u);
  EXPECT_EQ(RawQuery(Path(), "SELECT articles FROM entity_articles WHERE entity_id = 'group:good'"), "1");
}

// A writer's cache: a sixteenth of the store, between 64 MiB and 1 GiB (in KiB, as cache_size).
TEST(WriterCache, ASixteenthOfTheStoreWithinBounds) {
  constexpr int64_t kMiB = 1 << 20;
  EXPECT_EQ(WriterCacheKiB(0), 64 << 10);
  EXPECT_EQ(WriterCacheKiB(1024 * kMiB), 64 << 10);
  EXPECT_EQ(WriterCacheKiB(4096 * kMiB), 256 << 10);
  EXPECT_EQ(WriterCacheKiB(16384 * kMiB), 1 << 20);
  EXPECT_EQ(WriterCacheKiB(int64_t{1} << 40), 1 << 20);
  EXPECT_EQ(WriterCacheKiB(-1), 64 << 10);  // an unreadable size gets the floor
}

// A batch: one article per 2 MiB of store, at least 256 and at most 2048.
TEST(WriterCache, BatchesGrowWithTheStore) {
  constexpr int64_t kMiB = 1 << 20;
  EXPECT_EQ(BatchArticles(0), 256);
  EXPECT_EQ(BatchArticles(512 * kMiB), 256);
  EXPECT_EQ(BatchArticles(1024 * kMiB), 512);
  EXPECT_EQ(BatchArticles(4096 * kMiB), 2048);
  EXPECT_EQ(BatchArticles(int64_t{1} << 40), 2048);
  EXPECT_EQ(BatchArticles(-1), 256);
}

// The stamp (what ties a saved topology index to the store) moves with every write kg makes, and
// only then; per-table triggers of older versions are dropped on a read-write open.
TEST_F(CorrectionsTest, StampMovesWithEveryWriteAndOnlyThen) {
  auto store = OpenOrDie(Path());
  ASSERT_TRUE(store);
  auto stamp = [&] {
    TopologyStamp s;
    EXPECT_TRUE(store->Stamp(&s).ok());
    return s;
  };
  TopologyStamp last = stamp();
  auto moved = [&] {
    const TopologyStamp now = stamp();
    const bool m = !(now == last);
    EXPECT_EQ(now.store_id, last.store_id);
    last = now;
    return m;
  };
  IngestOrDie(*store, Mosul());
  EXPECT_TRUE(moved()) << "added";
  IngestOrDie(*store, Mosul());
  EXPECT_FALSE(moved()) << "unchanged";
  IngestOrDie(*store, Mosul("h2"));
  EXPECT_TRUE(moved()) << "replaced";
  IngestOrDie(*store, Raqqa());
  const int64_t id = AddOrDie(*store, CorrectionKind::kMerge, {"group:islamic-state", "group:dawla"});
  EXPECT_TRUE(moved()) << "correction";
  ASSERT_TRUE(store->UndoCorrection(id).ok());
  EXPECT_TRUE(moved()) << "undo";

  store.reset();
  RawExec(Path(),
          "CREATE TRIGGER kg_stamp_aliases_insert AFTER INSERT ON aliases BEGIN "
          "UPDATE kg_stamp SET generation = generation + 1; END");
  store = OpenOrDie(Path());
  EXPECT_EQ(RawQuery(Path(), "SELECT count(*) FROM sqlite_master WHERE name = 'kg_stamp_aliases_insert'"),
            "0");
  EXPECT_EQ(RawQuery(Path(), "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"), "6");
}

}  // namespace
}  // namespace kg
