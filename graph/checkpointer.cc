#include "graph/checkpointer.h"

#include <pthread.h>
#include <sqlite3.h>

namespace kg {

std::unique_ptr<Checkpointer> Checkpointer::Start(sqlite3* writer, const std::string& path,
                                                  int wal_frames_limit) {
  sqlite3* own = nullptr;
  if (sqlite3_open_v2(path.c_str(), &own, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    sqlite3_close(own);
    return nullptr;
  }
  // It is never the last connection to close while the writer lives, but never checkpoint on
  // close in any case: the writer's close does the last one.
  sqlite3_db_config(own, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
  // A connection finds the WAL when it first reads; until then it checkpoints nothing.
  sqlite3_busy_timeout(own, 5000);
  if (sqlite3_exec(own, "PRAGMA schema_version", nullptr, nullptr, nullptr) != SQLITE_OK) {
    sqlite3_close(own);
    return nullptr;
  }
  try {
    return std::unique_ptr<Checkpointer>(new Checkpointer(writer, own, wal_frames_limit));
  } catch (...) {  // no thread
    sqlite3_close(own);
    return nullptr;
  }
}

Checkpointer::Checkpointer(sqlite3* writer, sqlite3* own, int wal_frames_limit)
    : writer_(writer), own_(own), wal_frames_limit_(wal_frames_limit) {
  thread_ = std::thread([this] {
    pthread_setname_np(pthread_self(), "kg-checkpoint");  // as top and perf show it
    Run();
  });
  sqlite3_wal_hook(writer_, &Checkpointer::OnCommit, this);  // replaces the automatic checkpoint
}

Checkpointer::~Checkpointer() {
  sqlite3_wal_autocheckpoint(writer_, 1000);  // SQLite's default, and its own WAL hook again
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  thread_.join();
  sqlite3_close(own_);
}

int Checkpointer::OnCommit(void* self, sqlite3*, const char*, int frames) {
  auto* c = static_cast<Checkpointer*>(self);
  {
    std::lock_guard<std::mutex> lock(c->mu_);
    ++c->requested_;
    c->wal_frames_ = frames;
  }
  c->cv_.notify_all();
  return SQLITE_OK;
}

void Checkpointer::BeforeBegin() {
  std::unique_lock<std::mutex> lock(mu_);
  if (wal_frames_ <= wal_frames_limit_) return;
  cv_.wait(lock, [&] { return done_ >= requested_; });
  wal_frames_ = 0;  // or as good as: the next commit says
}

void Checkpointer::Run() {
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    cv_.wait(lock, [&] { return stop_ || done_ < requested_; });
    if (stop_) return;
    const uint64_t target = requested_;
    lock.unlock();
    // Passive: copies what no reader still needs, takes no lock a writer or reader waits on, and
    // gives up (SQLITE_BUSY) if another checkpoint is running. Nothing to report either way: the
    // frames not copied stay in the WAL, which readers read, and a later checkpoint copies them.
    sqlite3_wal_checkpoint_v2(own_, "main", SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    lock.lock();
    done_ = target;
    cv_.notify_all();
  }
}

}  // namespace kg
