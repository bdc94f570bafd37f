// The query subcommands: entities, show, stats, path, neighbors, connect, rank, timeline, search.
// Each parses its flags, resolves names, calls query/ and prints: an aligned table or short report
// for people, or with --json one JSON object on standard output for programs.
//
//   kg path داعش "أبو بكر البغدادي" -k 3 --relations leader_of,member_of
//   kg neighbors داعش --depth 2 --type person --json | jq '.levels[1].entities[].id'
//
// Exit codes: 0 answered; 1 a name not found or ambiguous, no path, or nothing to list; 2 usage or
// store errors.
//
// JSON (stable; snake_case keys; entity references are {"id","type","name","name_en"}; evidence is
// {"article","sentence","text","confidence","hedged"}):
//   entities   {"total", "entities": [{"id","type","name","name_en","mentions","articles",
//               "first_seen","last_seen"}]}
//   show       {"id","type","name","name_en","mentions","articles","first_seen","last_seen",
//               "merged": [ids merged into it by kg merge],
//               "aliases": [{"alias","article" ("correction N" when kg alias add gave it)}],
//               "relations_out": [{"relation","other","weight","evidence_count","confidence",
//                                  "evidence": [...]}], "relations_in": [same],
//               "attacks": [timeline entries]}
//   stats      {"articles","entities","relations","typed_relations","evidence","attacks",
//               "by_type": {"group",...}, "by_relation": {"leader_of",...}}
//   path       {"found": true, "from", "to", "co_mentioned_fallback",
//               "paths": [{"length","cost","entities": [ids], "hops": [{"from","to","relation",
//                          "direction","weight","evidence_count","evidence"|null}]}]}
//              {"found": false, "from", "to", "from_component": {"id","size"},
//               "to_component": {"id","size"}, "same_component"}
//   neighbors  {"center","depth","levels": [{"distance","entities": [{"id","type","name",
//               "name_en","via": {"from","relation","direction","weight"}}]}],
//               "edges": [{"source","relation","target","weight","evidence_count"}],
//               "hidden_co_mentioned","truncated"}
//   connect    {"terminals": [refs], "entities": [refs], "edges": [as neighbors],
//               "groups": [[ids]], "connected", "co_mentioned_fallback"}
//   rank       {"by","ranking": [{"rank","id","type","name","name_en","score"}]}
//   timeline   {"entity": ref|null, "attacks": [{"id","name","date","place","perpetrator","target"
//               (refs, or {"id"} alone when unknown to the graph, or null),"competing","roles",
//               "claims":
//               [{"article","article_date","killed","injured","approximate","evidence"}]}]}
//   search     {"query","results": [{"id","type","name","name_en","score","match","matched"}]}
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/common.h"
#include "export/export.h"
#include "query/path.h"
#include "query/profile.h"
#include "query/rank.h"
#include "query/search.h"
#include "query/subgraph.h"
#include "query/timeline.h"

namespace kg::cli {
namespace {

// ---------------------------------------------------------------------------------------------
// Output helpers

// Columns a UTF-8 string takes in a terminal: one per code point, none for combining marks
// (Arabic harakat), tatweel aside, and invisible format characters.
size_t DisplayWidth(std::string_view s) {
  size_t width = 0;
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < len && i + k < s.size(); ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    }
    i += len;
    const bool zero = (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x0610 && cp <= 0x061A) ||
                      (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 ||
                      (cp >= 0x06D6 && cp <= 0x06DC) || (cp >= 0x06DF && cp <= 0x06E4) ||
                      cp == 0x06E7 || cp == 0x06E8 || (cp >= 0x06EA && cp <= 0x06ED) ||
                      (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
                      (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF || cp == 0x061C;
    width += zero ? 0 : 1;
  }
  return width;
}

// An aligned text table: columns padded by display width, two spaces apart, numbers right-aligned.
class Table {
 public:
  explicit Table(std::vector<std::string> headers, std::vector<bool> right = {})
      : headers_(std::move(headers)), right_(std::move(right)) {
    right_.resize(headers_.size(), false);
  }
  void Add(std::vector<std::string> row) {
    row.resize(headers_.size());
    rows_.push_back(std::move(row));
  }
  bool empty() const { return rows_.empty(); }
  // Prints the rows under the header row (none when `header` is false).
  void Print(std::ostream& out, const std::string& indent = "", bool header = true) const {
    std::vector<size_t> width(headers_.size(), 0);
    auto measure = [&](const std::vector<std::string>& row) {
      for (size_t c = 0; c < row.size(); ++c) width[c] = std::max(width[c], DisplayWidth(row[c]));
    };
    measure(headers_);
    for (const auto& row : rows_) measure(row);
    auto print = [&](const std::vector<std::string>& row) {
      std::string line = indent;
      for (size_t c = 0; c < row.size(); ++c) {
        const std::string pad(width[c] - DisplayWidth(row[c]), ' ');
        const bool last = c + 1 == row.size();
        if (c > 0) line += "  ";
        line += right_[c] ? pad + row[c] : (last ? row[c] : row[c] + pad);
      }
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out << line << "\n";
    };
    if (header) print(headers_);
    for (const auto& row : rows_) print(row);
  }

 private:
  std::vector<std::string> headers_;
  std::vector<bool> right_;
  std::vector<std::vector<std::string>> rows_;
};

// Up to `digits` significant digits, no trailing zeros, no exponent for ordinary values.
std::string Num(double x, int digits = 4) {
  if (std::isfinite(x) && x == std::floor(x) && std::abs(x) < 1e15) {
    return std::to_string(static_cast<long long>(x));
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*g", digits, x);
  return buf;
}

std::string Confidence(double c) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", c);
  std::string s = buf;
  while (s.size() > 1 && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

std::string Label(const KnowledgeGraph& g, Vertex v) {
  const VertexProps& p = g.graph()[v];
  return !p.name.empty() ? p.name : !p.name_en.empty() ? p.name_en : p.id;
}

// The name of an entity id, or the id itself when the graph does not know it.
std::string LabelOfId(const KnowledgeGraph& g, const std::string& id) {
  if (id.empty()) return "";
  std::optional<Vertex> v = g.FindId(id);
  return v ? Label(g, *v) : id;
}

std::string TypeName(const KnowledgeGraph& g, Vertex v) {
  return std::string(EntityTypeName(g.graph()[v].type));
}

// "—leader_of→" when the relation points along the walk, "←leader_of—" against it.
std::string Arrow(const std::string& relation, bool forward) {
  return forward ? "\u2014" + relation + "\u2192" : "\u2190" + relation + "\u2014";
}

std::string EvidenceLine(const Evidence& e) {
  std::string s =
      "\"" + e.text + "\" (article " + e.article + ", confidence " + Confidence(e.confidence);
  if (e.hedged) s += ", hedged";
  return s + ")";
}

std::string Figure(const std::optional<int>& n, bool approximate) {
  if (!n) return "-";
  return (approximate ? "~" : "") + std::to_string(*n);
}

std::string Join(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (const std::string& p : parts) {
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

// A JSON object writer on standard output, one line per answer.
class Json {
 public:
  Json() : w_(buf_) {}
  Json& Key(std::string_view k) {
    w_.Key(k.data(), static_cast<rapidjson::SizeType>(k.size()));
    return *this;
  }
  Json& Str(std::string_view s) {
    w_.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
    return *this;
  }
  Json& Int(int64_t n) {
    w_.Int64(n);
    return *this;
  }
  Json& Num(double x) {
    if (std::isfinite(x)) {
      w_.Double(x);
    } else {
      w_.Null();
    }
    return *this;
  }
  Json& Bool(bool b) {
    w_.Bool(b);
    return *this;
  }
  Json& Null() {
    w_.Null();
    return *this;
  }
  Json& OptInt(const std::optional<int>& n) { return n ? Int(*n) : Null(); }
  Json& Begin() {
    w_.StartObject();
    return *this;
  }
  Json& End() {
    w_.EndObject();
    return *this;
  }
  Json& BeginArray() {
    w_.StartArray();
    return *this;
  }
  Json& EndArray() {
    w_.EndArray();
    return *this;
  }
  Json& Ref(const KnowledgeGraph& g, Vertex v) {
    const VertexProps& p = g.graph()[v];
    Begin().Key("id").Str(p.id).Key("type").Str(EntityTypeName(p.type));
    Key("name").Str(p.name).Key("name_en").Str(p.name_en);
    return End();
  }
  // A reference by id that may be unknown to the graph; null for an empty id.
  Json& RefId(const KnowledgeGraph& g, const std::string& id) {
    if (id.empty()) return Null();
    if (std::optional<Vertex> v = g.FindId(id)) return Ref(g, *v);
    return Begin().Key("id").Str(id).End();
  }
  Json& Ev(const Evidence& e) {
    Begin().Key("article").Str(e.article).Key("sentence").Int(e.sentence);
    Key("text").Str(e.text).Key("confidence").Num(e.confidence).Key("hedged").Bool(e.hedged);
    return End();
  }
  Json& EdgeObject(const KnowledgeGraph& g, Edge e) {
    const Graph& graph = g.graph();
    Begin().Key("source").Str(graph[boost::source(e, graph)].id);
    Key("relation").Str(graph[e].relation);
    Key("target").Str(graph[boost::target(e, graph)].id);
    Key("weight").Num(graph[e].weight).Key("evidence_count").Int(graph[e].evidence_count);
    return End();
  }
  void Print() { std::cout << buf_.GetString() << "\n"; }

 private:
  rapidjson::StringBuffer buf_;
  rapidjson::Writer<rapidjson::StringBuffer> w_;
};

void TimelineJson(Json& j, const KnowledgeGraph& g, const std::vector<query::TimelineEntry>& t) {
  j.BeginArray();
  for (const query::TimelineEntry& e : t) {
    j.Begin().Key("id").Str(e.attack_id).Key("name").Str(e.name).Key("date").Str(e.date);
    j.Key("place").RefId(g, e.place).Key("perpetrator").RefId(g, e.perpetrator);
    j.Key("target").RefId(g, e.target).Key("competing").Bool(e.competing);
    j.Key("roles").BeginArray();
    for (const std::string& r : e.roles) j.Str(r);
    j.EndArray().Key("claims").BeginArray();
    for (const query::Claim& c : e.claims) {
      j.Begin().Key("article").Str(c.article).Key("article_date").Str(c.article_date);
      j.Key("killed").OptInt(c.killed).Key("injured").OptInt(c.injured);
      j.Key("approximate").Bool(c.approximate).Key("evidence").Ev(c.evidence).End();
    }
    j.EndArray().End();
  }
  j.EndArray();
}

void TimelineTable(std::ostream& out, const KnowledgeGraph& g,
                   const std::vector<query::TimelineEntry>& t, const std::string& indent) {
  Table table({"DATE", "KILLED", "INJURED", "SOURCE", "NOTE", "ATTACK", "PLACE", "PERPETRATOR"},
              {false, true, true});
  for (const query::TimelineEntry& e : t) {
    for (size_t i = 0; i < e.claims.size(); ++i) {
      const query::Claim& c = e.claims[i];
      std::string source = c.article;
      if (!c.article_date.empty()) source += " (" + c.article_date + ")";
      if (i == 0) {
        std::string note = e.competing ? "competing figures" : "";
        if (!e.roles.empty()) note += (note.empty() ? "" : "; ") + Join(e.roles, ",");
        table.Add({e.date.empty() ? "?" : e.date, Figure(c.killed, c.approximate),
                   Figure(c.injured, c.approximate), source, note,
                   e.name.empty() ? e.attack_id : e.name, LabelOfId(g, e.place),
                   LabelOfId(g, e.perpetrator)});
      } else {
        table.Add({"", Figure(c.killed, c.approximate), Figure(c.injured, c.approximate), source});
      }
    }
  }
  table.Print(out, indent);
}

// ---------------------------------------------------------------------------------------------
// Flag parsing shared by the commands. Each prints its problem and returns false.

bool ParseTypes(const std::vector<std::string>& names, std::vector<EntityType>* out) {
  for (const std::string& n : names) {
    std::optional<EntityType> t = ParseEntityType(n);
    if (!t) {
      PrintError("unknown entity type '" + n + "' (group, place, person, organization, attack)");
      return false;
    }
    out->push_back(*t);
  }
  return true;
}

bool ParseRelations(const std::vector<std::string>& names, std::vector<std::string>* out) {
  for (const std::string& n : names) {
    if (!IsKnownRelation(n)) {
      std::vector<std::string> known(std::begin(kRelationTypes), std::end(kRelationTypes));
      PrintError("unknown relation '" + n + "' (" + Join(known, ", ") + ")");
      return false;
    }
    out->push_back(n);
  }
  return true;
}

// Resolves each name; on the first failure sets the exit code and returns false.
bool ResolveAll(const KnowledgeGraph& g, const std::vector<std::string>& names,
                std::vector<Vertex>* out) {
  for (const std::string& n : names) {
    Vertex v;
    int code = kExitNotFound;
    if (!ResolveOne(g, n, &v, &code)) {
      ExitCode() = code;
      return false;
    }
    out->push_back(v);
  }
  return true;
}

// Words given without quotes ("kg show تنظيم الدولة") make one name.
std::string Words(const std::vector<std::string>& words) { return Join(words, " "); }

// Loads the graph or sets the error exit code.
bool Load(KnowledgeGraph* g) {
  if (LoadGraph(g)) return true;
  ExitCode() = kExitError;
  return false;
}

// --export FILE [--export-format F], shared by path, neighbors and connect.
struct ExportFlags {
  std::string path;
  std::string format;
};

void AddExportFlags(CLI::App* sub, ExportFlags* flags) {
  sub->add_option("--export", flags->path,
                  "Also write the entities and relations shown to FILE (format from the extension: "
                  ".graphml, .gexf, .json, .csv, .dot; or --export-format)");
  sub->add_option("--export-format", flags->format, "graphml, gexf, json, csv, neo4j or dot")
      ->check(CLI::IsMember({"graphml", "gexf", "json", "csv", "neo4j", "dot"}));
}

// Writes the selection when --export was given; false (exit code set) on failure.
bool MaybeExport(const KnowledgeGraph& g, const ExportFlags& flags, const Selection& selection) {
  if (flags.path.empty()) return true;
  std::string format = flags.format;
  if (format.empty()) {
    const size_t dot = flags.path.rfind('.');
    const std::string ext = dot == std::string::npos ? "" : flags.path.substr(dot + 1);
    format = ext == "gv" ? "dot" : ext;
  }
  ExportOptions options;
  std::optional<Format> parsed = ParseFormat(format);
  if (!parsed) {
    PrintError("cannot tell the export format of '" + flags.path + "'; give --export-format");
    ExitCode() = kExitError;
    return false;
  }
  options.format = *parsed;
  if (flags.path == "-") {
    PrintError("--export needs a file, not standard output (which carries the answer)");
    ExitCode() = kExitError;
    return false;
  }
  ExportResult result;
  Status s = WriteToPath(g, selection, options, flags.path, &result);
  if (!s.ok()) {
    PrintError(s.message());
    ExitCode() = kExitError;
    return false;
  }
  std::cerr << "kg: wrote " << result.nodes << " nodes, " << result.edges << " edges to "
            << Join(result.paths, ", ") << "\n";
  return true;
}

// ---------------------------------------------------------------------------------------------
// entities

struct EntitiesArgs {
  std::vector<std::string> types;
  int limit = 0;
  bool json = false;
};

void RunEntities(const EntitiesArgs& a) {
  std::vector<EntityType> types;
  if (!ParseTypes(a.types, &types)) {
    ExitCode() = kExitError;
    return;
  }
  KnowledgeGraph g;
  if (!Load(&g)) return;
  const Graph& graph = g.graph();
  std::vector<Vertex> list;
  for (Vertex v : boost::make_iterator_range(boost::vertices(graph))) {
    if (types.empty() || std::find(types.begin(), types.end(), graph[v].type) != types.end()) {
      list.push_back(v);
    }
  }
  std::sort(list.begin(), list.end(), [&](Vertex x, Vertex y) {
    if (graph[x].mention_count != graph[y].mention_count) {
      return graph[x].mention_count > graph[y].mention_count;
    }
    return graph[x].id < graph[y].id;
  });
  const size_t total = list.size();
  if (a.limit > 0 && list.size() > static_cast<size_t>(a.limit)) list.resize(a.limit);
  if (a.json) {
    Json j;
    j.Begin().Key("total").Int(static_cast<int64_t>(total)).Key("entities").BeginArray();
    for (Vertex v : list) {
      const AggregatedEntity& e = g.entity(v);
      j.Begin().Key("id").Str(e.entity.id).Key("type").Str(EntityTypeName(e.entity.type));
      j.Key("name").Str(e.entity.name).Key("name_en").Str(e.entity.name_en);
      j.Key("mentions").Int(e.mention_count).Key("articles").Int(e.article_count);
      j.Key("first_seen").Str(e.first_seen).Key("last_seen").Str(e.last_seen).End();
    }
    j.EndArray().End().Print();
  } else {
    Table t({"ID", "TYPE", "MENTIONS", "ARTICLES", "NAME"}, {false, false, true, true});
    for (Vertex v : list) {
      t.Add({graph[v].id, TypeName(g, v), std::to_string(graph[v].mention_count),
             std::to_string(graph[v].article_count), Label(g, v)});
    }
    if (!list.empty()) t.Print(std::cout);
    if (list.size() < total) std::cout << "(" << list.size() << " of " << total << " shown)\n";
    if (total == 0)
      std::cerr << "kg: no entities" << (types.empty() ? "" : " of that type") << "\n";
  }
  ExitCode() = total == 0 ? kExitNotFound : kExitOk;
}

// ---------------------------------------------------------------------------------------------
// show

struct ShowArgs {
  std::vector<std::string> name;
  int max_evidence = 0;
  bool json = false;
};

void RunShow(const ShowArgs& a) {
  KnowledgeGraph g;
  if (!Load(&g)) return;
  std::vector<Vertex> v;
  if (!ResolveAll(g, {Words(a.name)}, &v)) return;
  const query::EntityProfile p = query::Profile(g, v[0]);
  auto evidence_of = [&](const query::RelationInfo& r) {
    std::vector<Evidence> ev = r.evidence;
    if (a.max_evidence > 0 && ev.size() > static_cast<size_t>(a.max_evidence))
      ev.resize(a.max_evidence);
    return ev;
  };
  if (a.json) {
    Json j;
    j.Begin().Key("id").Str(p.id).Key("type").Str(EntityTypeName(p.type));
    j.Key("name").Str(p.name).Key("name_en").Str(p.name_en);
    j.Key("mentions").Int(p.mention_count).Key("articles").Int(p.article_count);
    j.Key("first_seen").Str(p.first_seen).Key("last_seen").Str(p.last_seen);
    j.Key("merged").BeginArray();
    for (const std::string& m : g.entity(v[0]).merged_ids) j.Str(m);
    j.EndArray();
    j.Key("aliases").BeginArray();
    for (const query::AliasInfo& al : p.aliases) {
      j.Begin().Key("alias").Str(al.alias).Key("article").Str(al.article).End();
    }
    j.EndArray();
    for (const auto& [key, list] : {std::pair<const char*, const std::vector<query::RelationInfo>*>{
                                        "relations_out", &p.outgoing},
                                    {"relations_in", &p.incoming}}) {
      j.Key(key).BeginArray();
      for (const query::RelationInfo& r : *list) {
        j.Begin().Key("relation").Str(r.relation).Key("other").Ref(g, r.other);
        j.Key("weight").Num(r.weight).Key("evidence_count").Int(r.evidence_count);
        j.Key("confidence").Num(r.confidence).Key("evidence").BeginArray();
        for (const Evidence& e : evidence_of(r)) j.Ev(e);
        j.EndArray().End();
      }
      j.EndArray();
    }
    j.Key("attacks");
    TimelineJson(j, g, p.attacks);
    j.End().Print();
    ExitCode() = kExitOk;
    return;
  }
  std::ostream& out = std::cout;
  out << (p.name.empty() ? p.id : p.name) << "\n";
  Table facts({"", ""});
  facts.Add({"id", p.id});
  facts.Add({"type", std::string(EntityTypeName(p.type))});
  if (!p.name_en.empty()) facts.Add({"english", p.name_en});
  facts.Add({"mentions", std::to_string(p.mention_count) + " in " +
                             std::to_string(p.article_count) + " article" +
                             (p.article_count == 1 ? "" : "s")});
  if (!p.first_seen.empty() || !p.last_seen.empty()) {
    facts.Add({"seen", p.first_seen + " .. " + p.last_seen});
  }
  if (!g.entity(v[0]).merged_ids.empty()) {
    facts.Add({"merged", Join(g.entity(v[0]).merged_ids, ", ") + " (kg merge; kg unmerge undoes)"});
  }
  facts.Print(out, "  ", false);
  if (!p.aliases.empty()) {
    out << "\naliases (" << p.aliases.size() << ")\n";
    Table t({"ALIAS", "INTRODUCED BY"});
    for (const query::AliasInfo& al : p.aliases)
      t.Add({al.alias, al.article.empty() ? "-" : al.article});
    t.Print(out, "  ");
  }
  auto relations = [&](const char* title, const std::vector<query::RelationInfo>& list,
                       bool out_going) {
    if (list.empty()) return;
    out << "\n" << title << " (" << list.size() << ")\n";
    for (const query::RelationInfo& r : list) {
      out << "  " << (out_going ? Label(g, p.vertex) : Label(g, r.other)) << " "
          << Arrow(r.relation, true) << " " << (out_going ? Label(g, r.other) : Label(g, p.vertex))
          << "  [" << g.graph()[r.other].id << "; weight " << Num(r.weight) << ", "
          << r.evidence_count << " evidence]\n";
      for (const Evidence& e : evidence_of(r)) out << "    evidence: " << EvidenceLine(e) << "\n";
      if (evidence_of(r).size() < r.evidence.size()) {
        out << "    (" << r.evidence.size() - evidence_of(r).size() << " more)\n";
      }
    }
  };
  relations("relations out", p.outgoing, true);
  relations("relations in", p.incoming, false);
  if (!p.attacks.empty()) {
    out << "\nattacks (" << p.attacks.size() << ")\n";
    TimelineTable(out, g, p.attacks, "  ");
  }
  ExitCode() = kExitOk;
}

// ---------------------------------------------------------------------------------------------
// stats

struct StatsArgs {
  bool json = false;
};

void RunStats(const StatsArgs& a) {
  std::map<std::string, int64_t> by_type;
  for (EntityType t : {EntityType::kGroup, EntityType::kPlace, EntityType::kPerson,
                       EntityType::kOrganization, EntityType::kAttack}) {
    by_type[std::string(EntityTypeName(t))] = 0;
  }
  std::map<std::string, int64_t> by_relation;
  int64_t articles = 0, entities = 0, relations = 0, typed = 0, evidence = 0, attacks = 0;
  // From the topology index when it is current (a big store is not loaded: the counts of a
  // 100k-article store in milliseconds), with the articles and attacks counted in the store;
  // otherwise from the loaded graph, saving the index for the next query.
  std::unique_ptr<Store> store;
  Topology t;
  if (OpenCurrentIndex(&store, &t)) {
    Status s = store->ArticleAndAttackCounts(&articles, &attacks);
    if (!s.ok()) {
      PrintError(s.message());
      ExitCode() = kExitError;
      return;
    }
    entities = t.num_vertices();
    relations = t.num_edges();
    for (int32_t v = 0; v < t.num_vertices(); ++v) ++by_type[std::string(EntityTypeName(t.type(v)))];
    std::vector<int64_t> per_code(static_cast<size_t>(t.num_relation_codes()), 0);
    for (int32_t e = 0; e < t.num_edges(); ++e) {
      ++per_code[t.relation_code(e)];
      evidence += t.evidence_count(e);
    }
    for (int code = 0; code < t.num_relation_codes(); ++code) {
      if (per_code[code] == 0) continue;
      by_relation[std::string(t.relation_name(code))] = per_code[code];
      if (t.relation_name(code) != "co_mentioned") typed += per_code[code];
    }
  } else {
    KnowledgeGraph g;
    if (!LoadGraphAndSaveIndex(&g)) {
      ExitCode() = kExitError;
      return;
    }
    const Graph& graph = g.graph();
    const GraphData& data = g.data();
    for (Vertex v : boost::make_iterator_range(boost::vertices(graph))) {
      ++by_type[std::string(EntityTypeName(graph[v].type))];
    }
    for (Edge e : boost::make_iterator_range(boost::edges(graph))) {
      ++by_relation[graph[e].relation];
      typed += graph[e].relation != "co_mentioned";
      evidence += graph[e].evidence_count;
    }
    std::vector<std::string> attack_ids;
    for (const Attack& at : data.attacks) attack_ids.push_back(at.id);
    std::sort(attack_ids.begin(), attack_ids.end());
    attack_ids.erase(std::unique(attack_ids.begin(), attack_ids.end()), attack_ids.end());
    articles = static_cast<int64_t>(data.articles.size());
    entities = static_cast<int64_t>(boost::num_vertices(graph));
    relations = static_cast<int64_t>(boost::num_edges(graph));
    attacks = static_cast<int64_t>(attack_ids.size());
  }
  if (a.json) {
    Json j;
    j.Begin().Key("articles").Int(articles).Key("entities").Int(entities);
    j.Key("relations").Int(relations).Key("typed_relations").Int(typed);
    j.Key("evidence").Int(evidence).Key("attacks").Int(attacks);
    j.Key("by_type").Begin();
    for (const auto& [k, n] : by_type) j.Key(k).Int(n);
    j.End().Key("by_relation").Begin();
    for (const auto& [k, n] : by_relation) j.Key(k).Int(n);
    j.End().End().Print();
  } else {
    Table t({"", ""}, {false, true});
    t.Add({"articles", std::to_string(articles)});
    t.Add({"entities", std::to_string(entities)});
    for (const auto& [k, n] : by_type) t.Add({"  " + k, std::to_string(n)});
    t.Add({"relations", std::to_string(relations)});
    t.Add({"  typed", std::to_string(typed)});
    t.Add({"  co_mentioned", std::to_string(relations - typed)});
    t.Add({"evidence", std::to_string(evidence)});
    t.Add({"attacks", std::to_string(attacks)});
    t.Print(std::cout, "", false);
  }
  ExitCode() = kExitOk;
}

// ---------------------------------------------------------------------------------------------
// path

struct PathArgs {
  std::string from;
  std::string to;
  bool directed = false;
  int k = 1;
  std::vector<std::string> relations;
  std::vector<std::string> avoid;
  std::vector<std::string> avoid_types;
  std::vector<std::string> via_types;
  int max_hops = 0;
  std::string since;
  std::string until;
  bool include_co_mentioned = false;
  bool json = false;
  ExportFlags export_flags;
};

// "YYYY", "YYYY-MM" or "YYYY-MM-DD" (month 01-12, day 01-31).
bool IsDateBound(const std::string& s) {
  auto digits = [&](size_t from, size_t n) {
    for (size_t i = from; i < from + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
    }
    return true;
  };
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  if (!digits(0, 4)) return false;
  if (s.size() >= 7 && (s[4] != '-' || !digits(5, 2) || s.substr(5, 2) < "01" ||
                        s.substr(5, 2) > "12")) {
    return false;
  }
  if (s.size() == 10 && (s[7] != '-' || !digits(8, 2) || s.substr(8, 2) < "01" ||
                         s.substr(8, 2) > "31")) {
    return false;
  }
  return true;
}

void RunPath(const PathArgs& a) {
  query::PathOptions o;
  o.directed = a.directed;
  o.k = a.k;
  o.max_hops = a.max_hops;
  o.include_co_mentioned = a.include_co_mentioned;
  for (const std::string* bound : {&a.since, &a.until}) {
    if (!bound->empty() && !IsDateBound(*bound)) {
      PrintError("'" + *bound + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
      ExitCode() = kExitError;
      return;
    }
  }
  const size_t common = std::min(a.since.size(), a.until.size());
  if (a.since.compare(0, common, a.until, 0, common) > 0) {
    PrintError("--since " + a.since + " is after --until " + a.until);
    ExitCode() = kExitError;
    return;
  }
  o.since = a.since;
  o.until = a.until;
  if (!ParseRelations(a.relations, &o.relations) || !ParseTypes(a.avoid_types, &o.avoid_types) ||
      !ParseTypes(a.via_types, &o.via_types)) {
    ExitCode() = kExitError;
    return;
  }
  // Answered from the store's topology index when it can be (no --export: that writes every
  // attribute of the entities shown, which only the whole graph has).
  query::IndexedPath answer;
  if (!LoadPathAnswer(a.from, a.to, a.avoid, a.export_flags.path.empty(), o, &answer)) return;
  const KnowledgeGraph& g = answer.graph;
  const Vertex from = answer.from, to = answer.to;
  const std::optional<query::PathResult>& r = answer.result;
  if (!r) {
    const query::NoPathReport& why = answer.why;
    if (a.json) {
      Json j;
      j.Begin().Key("found").Bool(false).Key("from").Ref(g, from).Key("to").Ref(g, to);
      j.Key("from_component")
          .Begin()
          .Key("id")
          .Int(why.from.id)
          .Key("size")
          .Int(why.from.size)
          .End();
      j.Key("to_component").Begin().Key("id").Int(why.to.id).Key("size").Int(why.to.size).End();
      j.Key("same_component").Bool(why.same_component).End().Print();
    } else {
      std::cout << "no path from " << Label(g, from) << " to " << Label(g, to) << "\n";
      auto entities = [](int n) { return std::to_string(n) + (n == 1 ? " entity" : " entities"); };
      if (why.same_component) {
        std::cout << "  both are in component " << why.from.id << " (" << entities(why.from.size)
                  << "): the options (direction, relations, avoid, max hops, dates) rule out every "
                     "path between them\n";
      } else {
        std::cout << "  " << Label(g, from) << " is in component " << why.from.id << " ("
                  << entities(why.from.size) << "); " << Label(g, to) << " is in component "
                  << why.to.id << " (" << entities(why.to.size) << "); nothing links the two\n";
      }
    }
    ExitCode() = kExitNotFound;
    return;
  }
  Selection selection;
  for (const query::Path& p : r->paths) {
    selection.vertices.insert(selection.vertices.end(), p.vertices.begin(), p.vertices.end());
    for (const query::PathHop& h : p.hops) selection.edges.push_back(h.edge);
  }
  if (a.json) {
    Json j;
    j.Begin().Key("found").Bool(true).Key("from").Ref(g, from).Key("to").Ref(g, to);
    j.Key("co_mentioned_fallback").Bool(r->co_mentioned_fallback).Key("paths").BeginArray();
    for (const query::Path& p : r->paths) {
      j.Begin().Key("length").Int(static_cast<int64_t>(p.hops.size())).Key("cost").Num(p.cost);
      j.Key("entities").BeginArray();
      for (Vertex v : p.vertices) j.Str(g.graph()[v].id);
      j.EndArray().Key("hops").BeginArray();
      for (const query::PathHop& h : p.hops) {
        j.Begin().Key("from").Ref(g, h.from).Key("to").Ref(g, h.to).Key("relation").Str(h.relation);
        j.Key("direction").Str(h.forward ? "forward" : "backward");
        j.Key("weight").Num(h.weight).Key("evidence_count").Int(h.evidence_count);
        j.Key("evidence");
        if (h.evidence) {
          j.Ev(*h.evidence);
        } else {
          j.Null();
        }
        j.End();
      }
      j.EndArray().End();
    }
    j.EndArray().End().Print();
  } else {
    if (r->co_mentioned_fallback) {
      std::cout
          << "(no path through typed relations; this one uses co_mentioned links: the entities "
             "were named in the same sentence)\n";
    }
    for (size_t i = 0; i < r->paths.size(); ++i) {
      const query::Path& p = r->paths[i];
      if (i > 0) std::cout << "\n";
      std::cout << "path " << i + 1 << " of " << r->paths.size() << ": " << p.hops.size() << " hop"
                << (p.hops.size() == 1 ? "" : "s") << ", cost " << Num(p.cost) << "\n";
      for (const query::PathHop& h : p.hops) {
        std::cout << Label(g, h.from) << " " << Arrow(h.relation, h.forward) << " "
                  << Label(g, h.to) << "\n";
        if (h.evidence) {
          std::cout << "  evidence: " << EvidenceLine(*h.evidence) << "\n";
        } else {
          std::cout << "  evidence: none stored\n";
        }
      }
    }
    if (static_cast<int>(r->paths.size()) < a.k) {
      std::cout << "\n(only " << r->paths.size() << " of the " << a.k
                << " paths asked for exist)\n";
    }
  }
  if (!MaybeExport(g, a.export_flags, selection)) return;
  ExitCode() = kExitOk;
}

// ---------------------------------------------------------------------------------------------
// neighbors

struct NeighborsArgs {
  std::vector<std::string> name;
  int depth = 1;
  std::vector<std::string> types;
  std::vector<std::string> relations;
  double min_weight = 0;
  int limit = 0;
  bool include_co_mentioned = false;
  bool json = false;
  ExportFlags export_flags;
};

void RunNeighbors(const NeighborsArgs& a) {
  query::NeighborFilters f;
  f.min_weight = a.min_weight;
  f.limit = a.limit;
  f.include_co_mentioned = a.include_co_mentioned;
  if (!ParseTypes(a.types, &f.types) || !ParseRelations(a.relations, &f.relations)) {
    ExitCode() = kExitError;
    return;
  }
  // From the topology index when it is current (--export writes every attribute of the entities
  // shown, which only the whole graph has).
  query::IndexedNeighborhood answer;
  if (!LoadNeighborhoodAnswer(Words(a.name), a.depth, f, a.export_flags.path.empty(), &answer)) {
    return;
  }
  const KnowledgeGraph& g = answer.graph;
  const query::NeighborhoodResult& r = answer.result;
  const Graph& graph = g.graph();
  if (a.json) {
    Json j;
    j.Begin().Key("center").Ref(g, r.center).Key("depth").Int(std::max(1, a.depth));
    j.Key("levels").BeginArray();
    for (size_t d = 0; d < r.levels.size(); ++d) {
      j.Begin().Key("distance").Int(static_cast<int64_t>(d + 1)).Key("entities").BeginArray();
      for (const query::Neighbor& n : r.levels[d]) {
        const VertexProps& p = graph[n.vertex];
        j.Begin().Key("id").Str(p.id).Key("type").Str(EntityTypeName(p.type));
        j.Key("name").Str(p.name).Key("name_en").Str(p.name_en);
        j.Key("via")
            .Begin()
            .Key("from")
            .Str(graph[n.parent].id)
            .Key("relation")
            .Str(graph[n.via].relation);
        j.Key("direction").Str(n.forward ? "forward" : "backward");
        j.Key("weight").Num(graph[n.via].weight).End().End();
      }
      j.EndArray().End();
    }
    j.EndArray().Key("edges").BeginArray();
    for (Edge e : r.edges) j.EdgeObject(g, e);
    j.EndArray().Key("hidden_co_mentioned").Int(r.hidden_co_mentioned);
    j.Key("truncated").Bool(r.truncated).End().Print();
  } else {
    std::cout << Label(g, r.center) << " (" << graph[r.center].id << "): " << r.vertices.size() - 1
              << " neighbor" << (r.vertices.size() == 2 ? "" : "s") << " within "
              << std::max(1, a.depth) << " hop" << (std::max(1, a.depth) == 1 ? "" : "s") << "\n";
    Table t({"HOPS", "ID", "TYPE", "WEIGHT", "FROM", "LINK", "NAME"}, {true, false, false, true});
    for (const auto& level : r.levels) {
      for (const query::Neighbor& n : level) {
        t.Add({std::to_string(n.distance), graph[n.vertex].id, TypeName(g, n.vertex),
               Num(graph[n.via].weight), Label(g, n.parent),
               Arrow(graph[n.via].relation, n.forward), Label(g, n.vertex)});
      }
    }
    if (!t.empty()) t.Print(std::cout);
    if (r.truncated) std::cout << "(limit reached: more neighbors not shown)\n";
    if (r.hidden_co_mentioned > 0) {
      std::cout << "(" << r.hidden_co_mentioned << " co_mentioned link"
                << (r.hidden_co_mentioned == 1 ? "" : "s")
                << " not shown; --include-co-mentioned shows them)\n";
    }
  }
  if (!MaybeExport(g, a.export_flags, Selection{r.vertices, r.edges})) return;
  ExitCode() = kExitOk;
}

// ---------------------------------------------------------------------------------------------
// connect

struct ConnectArgs {
  std::vector<std::string> names;
  std::vector<std::string> relations;
  bool include_co_mentioned = false;
  bool json = false;
  ExportFlags export_flags;
};

void RunConnect(const ConnectArgs& a) {
  query::ConnectOptions o;
  o.include_co_mentioned = a.include_co_mentioned;
  if (!ParseRelations(a.relations, &o.relations)) {
    ExitCode() = kExitError;
    return;
  }
  KnowledgeGraph g;
  if (!Load(&g)) return;
  std::vector<Vertex> terminals;
  if (!ResolveAll(g, a.names, &terminals)) return;
  const query::ConnectResult r = query::Connect(g, terminals, o);
  const Graph& graph = g.graph();
  const bool connected = r.groups.size() <= 1;
  if (a.json) {
    Json j;
    j.Begin().Key("terminals").BeginArray();
    for (Vertex v : r.terminals) j.Ref(g, v);
    j.EndArray().Key("entities").BeginArray();
    for (Vertex v : r.vertices) j.Ref(g, v);
    j.EndArray().Key("edges").BeginArray();
    for (Edge e : r.edges) j.EdgeObject(g, e);
    j.EndArray().Key("groups").BeginArray();
    for (const auto& group : r.groups) {
      j.BeginArray();
      for (Vertex v : group) j.Str(graph[v].id);
      j.EndArray();
    }
    j.EndArray().Key("connected").Bool(connected);
    j.Key("co_mentioned_fallback").Bool(r.co_mentioned_fallback).End().Print();
  } else {
    if (r.co_mentioned_fallback) {
      std::cout << "(typed relations do not join them; co_mentioned links are used)\n";
    }
    const size_t extra = r.vertices.size() - r.terminals.size();
    std::cout << r.terminals.size() << " entities joined through " << extra << " more by "
              << r.edges.size() << " relation" << (r.edges.size() == 1 ? "" : "s") << "\n";
    for (Edge e : r.edges) {
      std::cout << Label(g, boost::source(e, graph)) << " " << Arrow(graph[e].relation, true) << " "
                << Label(g, boost::target(e, graph)) << "\n";
      const AggregatedRelation& rel = g.relation(e);
      if (!rel.evidence.empty()) {
        std::cout << "  evidence: " << EvidenceLine(rel.evidence.front()) << "\n";
      } else {
        std::cout << "  evidence: none stored\n";
      }
    }
    if (!connected) {
      std::cout << "not all could be joined; " << r.groups.size() << " separate groups:\n";
      for (const auto& group : r.groups) {
        std::vector<std::string> names;
        for (Vertex v : group) names.push_back(Label(g, v));
        std::cout << "  " << Join(names, ", ") << "\n";
      }
    }
  }
  if (!MaybeExport(g, a.export_flags, Selection{r.vertices, r.edges})) return;
  ExitCode() = connected ? kExitOk : kExitNotFound;
}

// ---------------------------------------------------------------------------------------------
// rank

struct RankArgs {
  std::string by = "degree";
  std::vector<std::string> types;
  int limit = 10;
  bool include_co_mentioned = false;
  bool json = false;
};

void RunRank(const RankArgs& a) {
  query::RankOptions o;
  o.limit = a.limit;
  o.include_co_mentioned = a.include_co_mentioned;
  std::optional<query::RankMeasure> m = query::ParseRankMeasure(a.by);
  if (!m) {
    PrintError("unknown measure '" + a.by + "' (degree, betweenness, pagerank)");
    ExitCode() = kExitError;
    return;
  }
  o.measure = *m;
  if (!ParseTypes(a.types, &o.types)) {
    ExitCode() = kExitError;
    return;
  }
  // From the topology index when it is current (no store load: seconds become milliseconds on a
  // big store); otherwise from the graph, saving the index for the next query.
  struct Row {
    std::string id, type, name, name_en, label;
    double score = 0;
  };
  std::vector<Row> rows;
  Topology t;
  if (OpenCurrentIndex(&t)) {
    for (const query::RankEntry& e : query::Rank(t, o)) {
      const auto v = static_cast<int32_t>(e.vertex);
      Row row{std::string(t.id(v)), std::string(EntityTypeName(t.type(v))), std::string(t.name(v)),
              std::string(t.name_en(v)), "", e.score};
      row.label = !row.name.empty() ? row.name : !row.name_en.empty() ? row.name_en : row.id;
      rows.push_back(std::move(row));
    }
  } else {
    KnowledgeGraph g;
    if (!LoadGraphAndSaveIndex(&g)) {
      ExitCode() = kExitError;
      return;
    }
    for (const query::RankEntry& e : query::Rank(g, o)) {
      const VertexProps& p = g.graph()[e.vertex];
      rows.push_back({p.id, TypeName(g, e.vertex), p.name, p.name_en, Label(g, e.vertex), e.score});
    }
  }
  if (a.json) {
    Json j;
    j.Begin().Key("by").Str(query::RankMeasureName(o.measure)).Key("ranking").BeginArray();
    for (size_t i = 0; i < rows.size(); ++i) {
      j.Begin().Key("rank").Int(static_cast<int64_t>(i + 1)).Key("id").Str(rows[i].id);
      j.Key("type").Str(rows[i].type).Key("name").Str(rows[i].name).Key("name_en").Str(rows[i].name_en);
      j.Key("score").Num(rows[i].score).End();
    }
    j.EndArray().End().Print();
  } else if (!rows.empty()) {
    Table table({"RANK", "SCORE", "ID", "TYPE", "NAME"}, {true, true});
    for (size_t i = 0; i < rows.size(); ++i) {
      table.Add({std::to_string(i + 1), Num(rows[i].score), rows[i].id, rows[i].type, rows[i].label});
    }
    table.Print(std::cout);
  } else {
    std::cerr << "kg: nothing to rank\n";
  }
  ExitCode() = rows.empty() ? kExitNotFound : kExitOk;
}

// ---------------------------------------------------------------------------------------------
// timeline

struct TimelineArgs {
  std::vector<std::string> name;
  bool json = false;
};

void RunTimeline(const TimelineArgs& a) {
  KnowledgeGraph g;
  if (!Load(&g)) return;
  std::optional<Vertex> entity;
  if (!a.name.empty()) {
    std::vector<Vertex> v;
    if (!ResolveAll(g, {Words(a.name)}, &v)) return;
    entity = v[0];
  }
  const std::vector<query::TimelineEntry> t = query::Timeline(g, entity);
  if (a.json) {
    Json j;
    j.Begin().Key("entity");
    if (entity) {
      j.Ref(g, *entity);
    } else {
      j.Null();
    }
    j.Key("attacks");
    TimelineJson(j, g, t);
    j.End().Print();
  } else if (!t.empty()) {
    TimelineTable(std::cout, g, t, "");
  } else {
    std::cerr << "kg: no attacks" << (entity ? " involving " + Label(g, *entity) : "") << "\n";
  }
  ExitCode() = t.empty() ? kExitNotFound : kExitOk;
}

// ---------------------------------------------------------------------------------------------
// search

struct SearchArgs {
  std::vector<std::string> text;
  std::vector<std::string> types;
  int limit = 10;
  bool json = false;
};

void RunSearch(const SearchArgs& a) {
  query::SearchOptions o;
  o.limit = a.limit;
  if (!ParseTypes(a.types, &o.types)) {
    ExitCode() = kExitError;
    return;
  }
  KnowledgeGraph g;
  if (!Load(&g)) return;
  const std::string text = Words(a.text);
  const std::vector<query::SearchHit> hits = query::Search(g, text, o);
  const Graph& graph = g.graph();
  if (a.json) {
    Json j;
    j.Begin().Key("query").Str(text).Key("results").BeginArray();
    for (const query::SearchHit& h : hits) {
      const VertexProps& p = graph[h.vertex];
      j.Begin().Key("id").Str(p.id).Key("type").Str(EntityTypeName(p.type));
      j.Key("name").Str(p.name).Key("name_en").Str(p.name_en).Key("score").Num(h.score);
      j.Key("match").Str(query::MatchKindName(h.kind)).Key("matched").Str(h.matched).End();
    }
    j.EndArray().End().Print();
  } else if (!hits.empty()) {
    Table t({"SCORE", "MATCH", "ID", "TYPE", "NAME", "MATCHED"}, {true});
    for (const query::SearchHit& h : hits) {
      t.Add({Num(h.score, 2), std::string(query::MatchKindName(h.kind)), graph[h.vertex].id,
             TypeName(g, h.vertex), Label(g, h.vertex),
             h.matched == Label(g, h.vertex) ? "" : h.matched});
    }
    t.Print(std::cout);
  } else {
    std::cerr << "kg: nothing matches '" << text << "'\n";
  }
  ExitCode() = hits.empty() ? kExitNotFound : kExitOk;
}

// --json help: the top-level keys (each command's full shape is at the top of this file).
std::string JsonHelp(const std::string& keys) {
  return "Print one JSON object on standard output: " + keys;
}

}  // namespace

void SetupQueryCommands(CLI::App& app) {
  {
    auto a = std::make_shared<EntitiesArgs>();
    CLI::App* sub = app.add_subcommand("entities", "List entities, most mentioned first");
    sub->add_option("--type", a->types,
                    "Only these types: group, place, person, organization, attack")
        ->delimiter(',');
    sub->add_option("--limit", a->limit, "At most N entities (0 = all)")
        ->check(CLI::NonNegativeNumber);
    sub->add_flag("--json", a->json,
                  JsonHelp("{\"total\",\"entities\":[{\"id\",\"type\",\"name\",\"name_en\","
                           "\"mentions\",\"articles\",\"first_seen\",\"last_seen\"}]}"));
    sub->footer("Exit code 1 when nothing is listed.");
    sub->callback([a] { RunEntities(*a); });
  }
  {
    auto a = std::make_shared<ShowArgs>();
    CLI::App* sub = app.add_subcommand(
        "show",
        "Everything known about one entity: names, aliases and their sources, relations "
        "with evidence, attacks");
    sub->add_option("name", a->name,
                    "Any name, alias or id the store knows (clitics and "
                    "diacritics are fine)")
        ->required();
    sub->add_option("--max-evidence", a->max_evidence,
                    "Evidence sentences shown per relation (0 = all, best first)")
        ->check(CLI::NonNegativeNumber);
    sub->add_flag(
        "--json", a->json,
        JsonHelp("{\"id\",\"type\",\"name\",\"name_en\",\"mentions\",\"articles\",\"first_seen\","
                 "\"last_seen\",\"merged\",\"aliases\",\"relations_out\",\"relations_in\","
                 "\"attacks\"}"));
    sub->footer("Exit code 1 when the name matches no entity or several.");
    sub->callback([a] { RunShow(*a); });
  }
  {
    auto a = std::make_shared<StatsArgs>();
    CLI::App* sub = app.add_subcommand(
        "stats",
        "Counts: articles, entities (by type), relations (with and without co_mentioned), "
        "evidence, attacks");
    sub->add_flag("--json", a->json,
                  "Print {\"articles\",\"entities\",\"relations\",\"typed_relations\",\"evidence\","
                  "\"attacks\",\"by_type\":{...},\"by_relation\":{...}}");
    sub->footer("entities and relations are the node and edge counts of a full `kg export`.");
    sub->callback([a] { RunStats(*a); });
  }
  {
    auto a = std::make_shared<PathArgs>();
    CLI::App* sub = app.add_subcommand(
        "path",
        "How two entities are connected: the shortest chain(s) of relations, with evidence");
    sub->add_option("from", a->from, "First entity (name, alias or id)")->required();
    sub->add_option("to", a->to, "Second entity")->required();
    sub->add_flag("--directed", a->directed,
                  "Follow relations only from source to target (fights, allied_with and "
                  "co_mentioned hold both ways)");
    sub->add_option("-k", a->k, "Alternative paths wanted (k shortest simple paths)")
        ->check(CLI::Range(1, 100));
    sub->add_option("--relations", a->relations, "Walk only these relations (comma-separated)")
        ->delimiter(',');
    sub->add_option("--avoid", a->avoid, "Never pass through these entities (comma-separated)")
        ->delimiter(',');
    sub->add_option("--avoid-type", a->avoid_types, "Never pass through entities of these types")
        ->delimiter(',');
    sub->add_option("--via-type", a->via_types,
                    "Pass only through entities of these types (e.g. person)")
        ->delimiter(',');
    sub->add_option("--max-hops", a->max_hops, "Longest path accepted (0 = any, at most 50)")
        ->check(CLI::Range(0, 50));
    sub->add_option("--since", a->since,
                    "Walk only relations with evidence from articles dated on or after this "
                    "(YYYY, YYYY-MM or YYYY-MM-DD)");
    sub->add_option("--until", a->until,
                    "Walk only relations with evidence from articles dated on or before this "
                    "(\"2024\" includes all of 2024); each hop cites its evidence in the window");
    sub->add_flag("--include-co-mentioned", a->include_co_mentioned,
                  "Also walk co_mentioned links (used anyway, and said so, when no typed path "
                  "exists)");
    sub->add_flag(
        "--json", a->json,
        JsonHelp("{\"found\",\"from\",\"to\",\"co_mentioned_fallback\",\"paths\":[{\"length\","
                 "\"cost\",\"entities\",\"hops\":[{\"from\",\"to\",\"relation\",\"direction\","
                 "\"weight\",\"evidence_count\",\"evidence\"}]}]}; without a path "
                 "{\"found\":false,\"from\",\"to\",\"from_component\",\"to_component\",\"same_"
                 "component\"}"));
    AddExportFlags(sub, &a->export_flags);
    sub->footer(
        "Fewest hops win; among paths as long, the better attested (each hop costs "
        "1 + 1/(1 + weight)); then the smaller ids.\nExit code 1 when there is no path (the "
        "answer then says which components the two ends are in).");
    sub->callback([a] { RunPath(*a); });
  }
  {
    auto a = std::make_shared<NeighborsArgs>();
    CLI::App* sub = app.add_subcommand("neighbors", "Entities within k hops of one entity");
    sub->add_option("name", a->name, "The entity (name, alias or id)")->required();
    sub->add_option("--depth", a->depth, "Hops from the entity")
        ->check(CLI::Range(1, 10))
        ->capture_default_str();
    sub->add_option("--type", a->types,
                    "Only entities of these types (others are not walked through either)")
        ->delimiter(',');
    sub->add_option("--relation,--relations", a->relations, "Walk only these relations")
        ->delimiter(',');
    sub->add_option("--min-weight", a->min_weight, "Walk only relations at least this strong")
        ->check(CLI::NonNegativeNumber);
    sub->add_option("--limit", a->limit,
                    "At most N neighbors, nearest and strongest first (0 = all)")
        ->check(CLI::NonNegativeNumber);
    sub->add_flag("--include-co-mentioned", a->include_co_mentioned,
                  "Also walk co_mentioned links");
    sub->add_flag(
        "--json", a->json,
        JsonHelp(
            "{\"center\",\"depth\",\"levels\":[{\"distance\",\"entities\":[{\"id\",\"type\","
            "\"name\",\"name_en\",\"via\"}]}],\"edges\",\"hidden_co_mentioned\",\"truncated\"}"));
    AddExportFlags(sub, &a->export_flags);
    sub->footer("Exit code 1 when the name matches no entity or several.");
    sub->callback([a] { RunNeighbors(*a); });
  }
  {
    auto a = std::make_shared<ConnectArgs>();
    CLI::App* sub = app.add_subcommand(
        "connect", "A small tree of relations joining several entities (Steiner approximation)");
    sub->add_option("names", a->names, "Two or more entities")->required()->expected(2, -1);
    sub->add_option("--relations", a->relations, "Walk only these relations")->delimiter(',');
    sub->add_flag("--include-co-mentioned", a->include_co_mentioned,
                  "Also walk co_mentioned links (used anyway, and said so, when typed relations "
                  "cannot join them)");
    sub->add_flag("--json", a->json,
                  JsonHelp("{\"terminals\",\"entities\",\"edges\",\"groups\",\"connected\",\"co_"
                           "mentioned_fallback\"}"));
    AddExportFlags(sub, &a->export_flags);
    sub->footer("Exit code 1 when some of them cannot be joined (the groups that can are listed).");
    sub->callback([a] { RunConnect(*a); });
  }
  {
    auto a = std::make_shared<RankArgs>();
    CLI::App* sub = app.add_subcommand("rank", "The most central entities");
    sub->add_option("--by", a->by, "degree, betweenness or pagerank")
        ->check(CLI::IsMember({"degree", "betweenness", "pagerank"}))
        ->capture_default_str();
    sub->add_option("--type", a->types,
                    "List only these types (centrality is computed on the whole "
                    "graph)")
        ->delimiter(',');
    sub->add_option("--limit", a->limit, "Top N (0 = all)")
        ->check(CLI::NonNegativeNumber)
        ->capture_default_str();
    sub->add_flag("--include-co-mentioned", a->include_co_mentioned,
                  "Count co_mentioned links as relations");
    sub->add_flag(
        "--json", a->json,
        JsonHelp(
            "{\"by\",\"ranking\":[{\"rank\",\"id\",\"type\",\"name\",\"name_en\",\"score\"}]}"));
    sub->footer(
        "degree: entities directly related; betweenness: shortest paths through it (Brandes); "
        "pagerank: random-walk share (damping 0.85). Relations count in both directions.");
    sub->callback([a] { RunRank(*a); });
  }
  {
    auto a = std::make_shared<TimelineArgs>();
    CLI::App* sub = app.add_subcommand(
        "timeline",
        "Attacks by date, each source's figures kept apart; optionally only those "
        "involving one entity");
    sub->add_option("name", a->name,
                    "Only attacks where this entity is place, perpetrator, target "
                    "or related to the attack");
    sub->add_flag(
        "--json", a->json,
        JsonHelp("{\"entity\",\"attacks\":[{\"id\",\"name\",\"date\",\"place\",\"perpetrator\","
                 "\"target\",\"competing\",\"roles\",\"claims\":[{\"article\",\"article_date\","
                 "\"killed\",\"injured\",\"approximate\",\"evidence\"}]}]}"));
    sub->footer("Unknown dates come last. Exit code 1 when there is no attack to list.");
    sub->callback([a] { RunTimeline(*a); });
  }
  {
    auto a = std::make_shared<SearchArgs>();
    CLI::App* sub =
        app.add_subcommand("search",
                           "Find entities by any spelling: exact, partial, near misses, Latin "
                           "transliteration (\"daesh\")");
    sub->add_option("text", a->text, "What to look for")->required();
    sub->add_option("--type", a->types, "Only these types")->delimiter(',');
    sub->add_option("--limit", a->limit, "At most N results (0 = all)")
        ->check(CLI::NonNegativeNumber)
        ->capture_default_str();
    sub->add_flag("--json", a->json,
                  JsonHelp("{\"query\",\"results\":[{\"id\",\"type\",\"name\",\"name_en\","
                           "\"score\",\"match\",\"matched\"}]}"));
    sub->footer("Exit code 1 when nothing matches.");
    sub->callback([a] { RunSearch(*a); });
  }
}

}  // namespace kg::cli
