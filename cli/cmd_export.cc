// `kg export`: writes the store's graph, filtered, for Gephi, Gephi Lite, NetworkX, Neo4j or
// Graphviz.
//
//   kg export --format gexf -o out.gexf --no-co-mentioned
//   kg export --format csv -o out.csv            → out.nodes.csv, out.edges.csv
//   kg export --format json -o - | jq .          → standard output (single-file formats only)
//
// Prints "kg: wrote N nodes, M edges to PATH" on stderr; with --json also a JSON object on stdout.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <iostream>
#include <memory>

#include "cli/common.h"
#include "export/export.h"

namespace kg::cli {
namespace {

struct ExportArgs {
  std::string format;
  std::string output;
  std::string label = "ar";
  std::vector<std::string> types;
  std::vector<std::string> relations;
  double min_weight = 0;
  bool no_co_mentioned = false;
  bool no_isolated = false;
  bool json = false;
};

std::string KnownRelations() {
  std::string out;
  for (std::string_view r : kRelationTypes) {
    if (!out.empty()) out += ", ";
    out += r;
  }
  return out;
}

// Turns the flags into ExportOptions; prints the first problem and returns false.
bool MakeOptions(const ExportArgs& a, ExportOptions* opt) {
  const std::optional<Format> format = ParseFormat(a.format);
  if (!format) {
    PrintError("unknown format '" + a.format + "' (graphml, gexf, json, csv, neo4j, dot)");
    return false;
  }
  opt->format = *format;
  if (a.label == "ar") {
    opt->label = ExportOptions::Label::kArabic;
  } else if (a.label == "en") {
    opt->label = ExportOptions::Label::kEnglish;
  } else if (a.label == "latin") {
    opt->label = ExportOptions::Label::kLatin;
  } else {
    PrintError("unknown label '" + a.label + "' (ar, en, latin)");
    return false;
  }
  for (const std::string& t : a.types) {
    const std::optional<EntityType> type = ParseEntityType(t);
    if (!type) {
      PrintError("unknown entity type '" + t + "' (group, place, person, organization, attack)");
      return false;
    }
    opt->types.push_back(*type);
  }
  for (const std::string& r : a.relations) {
    if (!IsKnownRelation(r)) {
      PrintError("unknown relation '" + r + "' (" + KnownRelations() + ")");
      return false;
    }
    opt->relations.push_back(r);
  }
  if (!std::isfinite(a.min_weight) || a.min_weight < 0) {
    PrintError("--min-weight must be a number >= 0");
    return false;
  }
  opt->min_weight = a.min_weight;
  opt->include_co_mentioned = !a.no_co_mentioned;
  opt->drop_isolated = a.no_isolated;
  if (a.output == "-" && !IsSingleStream(opt->format)) {
    PrintError(a.format + " writes two files (nodes and edges): give -o PATH, not -o -");
    return false;
  }
  if (a.output == "-" && a.json) {
    PrintError("--json prints to standard output: give -o PATH with it, not -o -");
    return false;
  }
  return true;
}

void RunExport(const ExportArgs& a) {
  ExportOptions opt;
  if (!MakeOptions(a, &opt)) {
    ExitCode() = kExitError;
    return;
  }
  KnowledgeGraph g;
  if (!LoadGraph(&g)) {
    ExitCode() = kExitError;
    return;
  }
  ExportResult result;
  const Status s = WriteToPath(g, SelectAll(g, opt), opt, a.output, &result);
  if (!s.ok()) {
    PrintError(s.message());
    ExitCode() = kExitError;
    return;
  }
  std::string where;
  for (const std::string& p : result.paths) {
    if (!where.empty()) where += ", ";
    where += p == "-" ? "standard output" : p;
  }
  std::cerr << "kg: wrote " << result.nodes << (result.nodes == 1 ? " node, " : " nodes, ")
            << result.edges << (result.edges == 1 ? " edge" : " edges") << " to " << where << "\n";
  if (a.json) {
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    w.StartObject();
    w.Key("format");
    w.String(a.format.c_str());
    w.Key("path");
    w.String(a.output.c_str());
    w.Key("files");
    w.StartArray();
    for (const std::string& p : result.paths) w.String(p.c_str());
    w.EndArray();
    w.Key("nodes");
    w.Int(result.nodes);
    w.Key("edges");
    w.Int(result.edges);
    w.EndObject();
    std::cout << buf.GetString() << "\n";
  }
  ExitCode() = kExitOk;
}

}  // namespace

void SetupExport(CLI::App& app) {
  auto args = std::make_shared<ExportArgs>();
  CLI::App* sub = app.add_subcommand(
      "export", "Write the graph for Gephi, Gephi Lite, NetworkX, Neo4j or Graphviz");
  sub->add_option("-f,--format", args->format, "graphml, gexf, json, csv, neo4j or dot")
      ->required()
      ->check(CLI::IsMember({"graphml", "gexf", "json", "csv", "neo4j", "dot"}));
  sub->add_option("-o,--output", args->output,
                  "Output file; csv/neo4j write <stem>.nodes.csv and <stem>.edges.csv "
                  "(neo4j: <stem>.relationships.csv); - for standard output")
      ->required();
  sub->add_option("--label", args->label, "Node label: ar (Arabic name), en (English), latin")
      ->check(CLI::IsMember({"ar", "en", "latin"}))
      ->capture_default_str();
  sub->add_option("--type", args->types, "Keep only these entity types (repeatable, or a,b)")
      ->delimiter(',');
  sub->add_option("--relation", args->relations, "Keep only these relations (repeatable, or a,b)")
      ->delimiter(',');
  sub->add_option("--min-weight", args->min_weight, "Drop edges lighter than this")
      ->check(CLI::NonNegativeNumber);
  sub->add_flag("--no-co-mentioned", args->no_co_mentioned,
                "Drop co_mentioned edges (same-sentence co-occurrence)");
  sub->add_flag("--no-isolated", args->no_isolated, "Drop nodes left without edges");
  sub->add_flag("--json", args->json,
                "Also print {\"format\",\"path\",\"files\",\"nodes\",\"edges\"} on stdout");
  sub->callback([args] { RunExport(*args); });
}

}  // namespace kg::cli
