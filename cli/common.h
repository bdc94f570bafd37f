// Shared plumbing for the subcommands: where the store is, how it is opened for a query, and how
// errors are printed. Every subcommand file declares `void SetupXxx(CLI::App& app)`; cli/main.cc
// calls them all. Exit codes: 0 ok, 1 not found / partial, 2 usage or fatal error.
#ifndef KG_CLI_COMMON_H_
#define KG_CLI_COMMON_H_

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "graph/graph.h"
#include "graph/topology.h"
#include "graph/store.h"
#include "query/indexed.h"

namespace kg::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitNotFound = 1;
inline constexpr int kExitError = 2;

// Options every subcommand that touches the store shares. `store` is resolved by StorePath().
struct GlobalOptions {
  std::string store;  // --store; empty = $KG_STORE or ./kg.db
};
GlobalOptions& Globals();

// --store, else $KG_STORE, else "kg.db".
std::string StorePath();

// Prints "kg: <message>" to stderr.
void PrintError(const std::string& message);

// Opens the store read-only and builds the graph. On failure prints why and returns false.
// A missing store is an error that says to run `kg ingest` first.
bool LoadGraph(KnowledgeGraph* out);

// The store's topology index (graph/topology.h) when it is current (its stamp is the store's) and
// carries the name index; false, silently, otherwise.
bool OpenCurrentIndex(Topology* out);
// The same, keeping the store open (read-only) for what the index does not hold.
bool OpenCurrentIndex(std::unique_ptr<Store>* store, Topology* out);
// LoadGraph, then the topology index saved beside the store for the next query (best effort: a
// read-only folder just has none). For commands that can answer from the index when it is current.
bool LoadGraphAndSaveIndex(KnowledgeGraph* out);

// `kg path`'s question: from the store's topology index (graph/topology.h) when it is current and
// the question fits it (each name matches one entity, no date window, `use_index`); otherwise by
// loading the graph, after which the index is saved beside the store for the next query (best
// effort). On failure prints why, sets the exit code and returns false.
bool LoadPathAnswer(const std::string& from, const std::string& to,
                    const std::vector<std::string>& avoid, bool use_index,
                    query::PathOptions options, query::IndexedPath* out);

// `kg neighbors`' question, the same way: from the index when it is current and `name` matches one
// entity there (and `use_index`), else from the loaded graph, saving the index for the next query.
// On failure prints why, sets the exit code and returns false.
bool LoadNeighborhoodAnswer(const std::string& name, int depth,
                            const query::NeighborFilters& filters, bool use_index,
                            query::IndexedNeighborhood* out);

// Resolves a user-typed name (any spelling the store knows) to one vertex. If none match, prints the
// nearest names and returns false with *exit_code = 1; if several match, lists the candidates with
// their ids and returns false with *exit_code = 1.
bool ResolveOne(const KnowledgeGraph& g, const std::string& name, Vertex* out, int* exit_code);

// Every subcommand sets its exit code here (CLI11 callbacks cannot return one).
int& ExitCode();

// The subcommands, one file each.
void SetupIngest(CLI::App& app);         // cmd_ingest.cc: ingest, extract
void SetupQueryCommands(CLI::App& app);  // cmd_query.cc: entities, show, stats, path, neighbors, ...
void SetupExport(CLI::App& app);         // cmd_export.cc: export
void SetupCorrections(CLI::App& app);    // cmd_correct.cc: merge, unmerge, alias, retype, undo, ...

}  // namespace kg::cli

#endif  // KG_CLI_COMMON_H_
