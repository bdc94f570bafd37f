// Exports a knowledge graph, or any subgraph of it, in the formats analysts open elsewhere:
// GraphML (Gephi, yEd, NetworkX, igraph), GEXF 1.3 (Gephi, Gephi Lite), graphology JSON (Gephi
// Lite, sigma.js), CSV for Gephi's spreadsheet import, CSV for `neo4j-admin database import`, and
// DOT (Graphviz). Every format carries the same node ids, labels and attributes, so a file opened
// in one tool can be checked against another.
//
//   kg::ExportOptions opt;
//   opt.format = kg::Format::kGexf;
//   opt.include_co_mentioned = false;
//   kg::Selection sel = kg::SelectAll(graph, opt);      // or a Selection built by query/
//   kg::ExportResult done;
//   kg::Status s = kg::WriteToPath(graph, sel, opt, "out.gexf", &done);
//
// Text is made safe for every reader once, before any format sees it: invalid UTF-8 becomes U+FFFD,
// characters XML 1.0 forbids are removed, surrounding white space is trimmed (labels also collapse
// inner white space). Node ids are the entity ids restricted to [A-Za-z0-9:_.-] and made unique.
// Numbers are written with std::to_chars, so the global locale never changes them.
//
// Caveat: Gephi's GraphML importer merges parallel edges between the same two nodes (summing their
// weights); GEXF keeps them apart through each edge's `kind` (= relation). Prefer GEXF for Gephi.
#ifndef KG_EXPORT_EXPORT_H_
#define KG_EXPORT_EXPORT_H_

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"
#include "graph/status.h"

namespace kg {

enum class Format { kGraphML, kGexf, kJson, kCsv, kNeo4j, kDot };

// "graphml", "gexf", "json", "csv", "neo4j", "dot"; anything else → nullopt.
std::optional<Format> ParseFormat(std::string_view name);
std::string_view FormatName(Format format);
// CSV and Neo4j write a nodes file and an edges file; the others one stream.
bool IsSingleStream(Format format);

struct ExportOptions {
  Format format = Format::kGraphML;
  // Which name becomes each node's `label`: Arabic (falls back to English, then the id), English
  // (falls back to Arabic), or the Arabic name transliterated to ASCII Latin.
  enum class Label { kArabic, kEnglish, kLatin };
  Label label = Label::kArabic;

  // Filters used by SelectAll (Write and WriteToPath write a Selection as given).
  std::vector<EntityType> types;       // keep only these entity types; empty = all
  std::vector<std::string> relations;  // keep only these relations; empty = all
  double min_weight = 0;               // keep edges with weight >= min_weight
  bool include_co_mentioned = true;    // false drops co_mentioned edges
  bool drop_isolated = false;          // drop nodes left without any kept edge
};

// A subgraph to write. Duplicates are ignored; the endpoints of every edge are written even when
// they are missing from `vertices`, so a path or neighbourhood can be passed as its edges alone.
struct Selection {
  std::vector<Vertex> vertices;
  std::vector<Edge> edges;
};

// Every vertex and edge of `g` that passes the filters in `options`, in graph order. An edge is
// kept when its relation and weight pass and both of its ends are kept.
Selection SelectAll(const KnowledgeGraph& g, const ExportOptions& options);

// What a write produced.
struct ExportResult {
  int nodes = 0;
  int edges = 0;
  std::vector<std::string> paths;  // files written, in order ("-" for standard output)
};

// Writes a single-stream format (GraphML, GEXF, JSON, DOT) to `out`. CSV and Neo4j need two files:
// use WriteToPath. Fails on a vertex that is not in `g` or when the stream fails.
Status Write(const KnowledgeGraph& g, const Selection& selection, const ExportOptions& options,
             std::ostream& out, ExportResult* result = nullptr);

// Writes to `path` atomically: into `path.tmp-XXXXXX` beside it, flushed and synced, then renamed
// over `path`, so an interrupted export never leaves a truncated file. CSV writes
// `<stem>.nodes.csv` and `<stem>.edges.csv` (Neo4j: `<stem>.nodes.csv`,
// `<stem>.relationships.csv`), where `<stem>` is `path` less a trailing ".csv"; both are written
// before either is renamed into place. `path` "-" writes a single-stream format to standard output.
Status WriteToPath(const KnowledgeGraph& g, const Selection& selection,
                   const ExportOptions& options, const std::string& path,
                   ExportResult* result = nullptr);

// The files WriteToPath writes for `path` in `format`.
std::vector<std::string> OutputPaths(Format format, const std::string& path);

// `text` (UTF-8) transliterated to ASCII Latin through ICU ("Any-Latin; Latin-ASCII"), e.g.
// "الموصل" → "almwsl", "داعش" → "da'sh"; characters with no ASCII form are dropped. Returns the
// input unchanged if ICU cannot build the transliterator.
std::string Transliterate(std::string_view text);

}  // namespace kg

#endif  // KG_EXPORT_EXPORT_H_
