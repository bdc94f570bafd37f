#include "graph/checkpointer.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <string>

namespace kg {
namespace {

int64_t FileSize(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 ? st.st_size : -1;
}

int64_t Count(const std::string& path) {
  sqlite3* db = nullptr;
  int64_t n = -1;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT count(*) FROM t", -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
      n = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return n;
}

int AutoCheckpoint(sqlite3* db) {
  sqlite3_stmt* st = nullptr;
  int n = -1;
  if (sqlite3_prepare_v2(db, "PRAGMA wal_autocheckpoint", -1, &st, nullptr) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW) {
    n = sqlite3_column_int(st, 0);
  }
  sqlite3_finalize(st);
  return n;
}

class CheckpointerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = ::testing::TempDir() + "kg_checkpointer_" + std::to_string(::getpid()) + ".db";
    Remove();
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db_), SQLITE_OK);
    ASSERT_EQ(Exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
                   "CREATE TABLE t(id INTEGER PRIMARY KEY, v BLOB)"),
              SQLITE_OK);
  }
  void TearDown() override {
    sqlite3_close(db_);
    Remove();
  }
  void Remove() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path_ + suffix).c_str());
  }
  int Exec(const std::string& sql) { return sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr); }
  // One batch: `rows` rows of 1000 bytes each (about a quarter of a page each).
  int Batch(int rows) {
    return Exec("BEGIN IMMEDIATE; WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                "WHERE i < " + std::to_string(rows) + ") INSERT INTO t(v) SELECT randomblob(1000) FROM n; COMMIT");
  }

  std::string path_;
  sqlite3* db_ = nullptr;
};

TEST_F(CheckpointerTest, CopiesCommitsIntoTheStoreWhileTheWalStaysBounded) {
  constexpr int kLimit = 64, kBatches = 40, kRows = 200;  // a batch: about 50 pages
  const int64_t frame = 4096 + 24;
  {
    auto c = Checkpointer::Start(db_, path_, kLimit);
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(AutoCheckpoint(db_), 0);  // the writer no longer checkpoints itself
    int64_t max_wal = 0;
    for (int b = 0; b < kBatches; ++b) {
      c->BeforeBegin();
      ASSERT_EQ(Batch(kRows), SQLITE_OK);
      max_wal = std::max(max_wal, FileSize(path_ + "-wal"));
    }
    // Without restarts the WAL would hold every batch: about 2000 frames.
    EXPECT_LT(max_wal, (kLimit + 3 * 60) * frame) << max_wal / frame << " frames";
    c->BeforeBegin();  // the last commit is copied too once the WAL is past the limit
    // The store file has the rows already, before any close.
    EXPECT_GT(FileSize(path_), int64_t{kBatches - 2} * kRows * 1000);
  }
  EXPECT_EQ(AutoCheckpoint(db_), 1000);  // SQLite's default again
  ASSERT_EQ(Batch(10), SQLITE_OK);
  sqlite3_close(db_);
  db_ = nullptr;
  EXPECT_EQ(Count(path_), kBatches * kRows + 10);
  EXPECT_LE(FileSize(path_ + "-wal"), 0);  // the last close checkpointed and removed it
}

TEST_F(CheckpointerTest, NoSecondConnectionMeansNoCheckpointer) {
  EXPECT_EQ(Checkpointer::Start(db_, path_ + ".missing/nothing"), nullptr);
  EXPECT_EQ(AutoCheckpoint(db_), 1000);
}

}  // namespace
}  // namespace kg
