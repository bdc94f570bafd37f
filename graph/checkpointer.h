// Checkpoints of a WAL store on a thread of their own, for a writer that commits often (ingest).
//
// In WAL mode a commit appends the transaction's pages to STORE-wal, and a checkpoint copies them
// into the store file and syncs it. SQLite's automatic checkpoint runs inside the commit that
// crosses 1000 frames, on the writer's thread: about 40% of the time ingest spent committing.
// While a Checkpointer lives, the writer's automatic checkpoints are off (its WAL hook is ours)
// and each commit asks this thread, on a connection of its own, for a passive checkpoint (one that
// never blocks the writer or a reader), which runs while the writer goes on with the next batch.
//
// A WAL can only start again from its beginning when a transaction begins with every frame copied;
// a writer that begins its next batch as soon as it commits never sees that. So once the WAL holds
// more than a limit, BeforeBegin waits for the checkpoint of the last commit, and the WAL does not
// grow past the limit plus one batch. Destroying the Checkpointer waits for a checkpoint under way
// and gives the writer its automatic checkpoints back; closing the writer's connection, the last
// one, then copies what is left and removes the WAL, as always.
#ifndef KG_GRAPH_CHECKPOINTER_H_
#define KG_GRAPH_CHECKPOINTER_H_

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

struct sqlite3;

namespace kg {

class Checkpointer {
 public:
  // Frames (pages) the WAL may hold before BeforeBegin waits: 128 MiB of 4 KiB pages.
  static constexpr int kWalFramesLimit = 32768;

  // Null (and `writer` untouched) when the second connection cannot be opened: the writer then
  // keeps checkpointing itself.
  static std::unique_ptr<Checkpointer> Start(sqlite3* writer, const std::string& path,
                                             int wal_frames_limit = kWalFramesLimit);
  ~Checkpointer();
  Checkpointer(const Checkpointer&) = delete;
  Checkpointer& operator=(const Checkpointer&) = delete;

  // Call before the writer begins a transaction (see above).
  void BeforeBegin();

 private:
  Checkpointer(sqlite3* writer, sqlite3* own, int wal_frames_limit);
  static int OnCommit(void* self, sqlite3* db, const char* schema, int frames);
  void Run();

  sqlite3* writer_;
  sqlite3* own_;
  const int wal_frames_limit_;
  std::mutex mu_;
  std::condition_variable cv_;
  uint64_t requested_ = 0;  // commits that asked for a checkpoint
  uint64_t done_ = 0;       // of those, the ones a finished checkpoint covered
  int wal_frames_ = 0;      // in the WAL after the writer's last commit
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace kg

#endif  // KG_GRAPH_CHECKPOINTER_H_
