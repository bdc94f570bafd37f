// Placeholder: replaced by the real SQLite store.
#include "graph/store.h"

#include <sqlite3.h>

namespace kg {

Status Store::Open(const std::string& path, Mode, std::unique_ptr<Store>*) {
  return Status::Error(path + ": store not implemented yet");
}
Store::~Store() { sqlite3_close(db_); }
Status Store::Ingest(const ArticleExtraction&, IngestOutcome*) { return Status::Error("todo"); }
Status Store::Load(GraphData*) const { return Status::Error("todo"); }
Status Store::Stats(StoreStats*) const { return Status::Error("todo"); }

}  // namespace kg
