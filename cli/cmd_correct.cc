// The analyst's corrections: merge, unmerge, alias add/remove, retype, corrections, undo. Each is
// one row in the store's corrections log (Store::AddCorrection), applied whenever the store is
// read, so it holds when articles are re-ingested and applies to new ones; each can be taken back
// (`kg undo N`, or the unmerge / alias remove verbs, which undo the matching correction).
//
//   kg merge داعش "تنظيم الدولة"        # تنظيم الدولة becomes part of داعش
//   kg unmerge "تنظيم الدولة"           # and is apart again
//   kg alias add داعش "ISIL"; kg alias remove داعش "ISIL"
//   kg retype "مركز أبحاث" organization
//   kg corrections; kg undo 3
//
// Names are resolved like every other command's (any spelling or an exact id; several matches
// list the candidates and exit 1). Exit codes: 0 done; 1 a name not found or ambiguous, or nothing
// to change; 2 usage or store errors.
//
// JSON (with --json): merge, alias add, alias remove, retype, unmerge and undo print
// {"corrections": [{"id","time","kind","args","undone"}]}, the corrections written or undone;
// `kg corrections --json` prints the whole log the same way.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/common.h"
#include "graph/fold.h"

namespace kg::cli {
namespace {

// ---------------------------------------------------------------------------------------------
// Plumbing

// Opens the store (for writing unless told); it must exist already (corrections are about what
// was ingested).
bool OpenStore(std::unique_ptr<Store>* store, Store::Mode mode = Store::Mode::kReadWrite) {
  const std::string path = StorePath();
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    PrintError("no store at " + path + "; run `kg ingest FILE...` first (or point --store / " +
               "KG_STORE at an existing store)");
    ExitCode() = kExitError;
    return false;
  }
  Status s = Store::Open(path, mode, store);
  if (!s.ok()) {
    PrintError(s.message());
    ExitCode() = kExitError;
    return false;
  }
  return true;
}

// The graph as queries see it (corrections applied), or as the articles gave it.
bool LoadFrom(const Store& store, bool apply_corrections, KnowledgeGraph* g) {
  GraphData data;
  Status s = store.Load(&data, LoadOptions{.apply_corrections = apply_corrections});
  if (!s.ok()) {
    PrintError(s.message());
    ExitCode() = kExitError;
    return false;
  }
  *g = KnowledgeGraph::Build(std::move(data));
  return true;
}

bool LogOf(const Store& store, std::vector<Correction>* log) {
  Status s = store.Corrections(log);
  if (!s.ok()) {
    PrintError(s.message());
    ExitCode() = kExitError;
  }
  return s.ok();
}

bool Resolve(const KnowledgeGraph& g, const std::string& name, Vertex* v) {
  int code = kExitNotFound;
  if (ResolveOne(g, name, v, &code)) return true;
  ExitCode() = code;
  return false;
}

std::string Label(const KnowledgeGraph& g, Vertex v) {
  const VertexProps& p = g.graph()[v];
  return !p.name.empty() ? p.name : !p.name_en.empty() ? p.name_en : p.id;
}

// "name (id)", or the id alone when the graph does not know it.
std::string Named(const KnowledgeGraph& g, const std::string& id) {
  std::optional<Vertex> v = g.FindId(id);
  if (!v) return id;
  const std::string label = Label(g, *v);
  return label == id ? id : label + " (" + id + ")";
}
std::string Named(const KnowledgeGraph& g, Vertex v) { return Named(g, g.graph()[v].id); }

// "a group", "an organization".
std::string AType(std::string_view type) {
  const bool vowel =
      !type.empty() && std::string_view("aeiou").find(type[0]) != std::string_view::npos;
  return (vowel ? "an " : "a ") + std::string(type);
}
std::string AType(EntityType type) { return AType(EntityTypeName(type)); }

// What a correction does, in words, with the entities named as `g` knows them.
std::string Describe(const KnowledgeGraph& g, const Correction& c) {
  const std::string& a = c.args[0];
  const std::string& b = c.args[1];
  switch (c.kind) {
    case CorrectionKind::kMerge:
      return Named(g, b) + " is part of " + Named(g, a);
    case CorrectionKind::kAlias:
      return Named(g, a) + " is also called '" + b + "'";
    case CorrectionKind::kUnalias:
      return Named(g, a) + " is not called '" + b + "'";
    case CorrectionKind::kRetype:
      return Named(g, a) + " is " + AType(b);
  }
  return "";
}

void PrintJson(const std::vector<Correction>& list) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  auto str = [&](std::string_view s) {
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  };
  w.StartObject();
  w.Key("corrections");
  w.StartArray();
  for (const Correction& c : list) {
    w.StartObject();
    w.Key("id");
    w.Int64(c.id);
    w.Key("time");
    str(c.time);
    w.Key("kind");
    str(CorrectionKindName(c.kind));
    w.Key("args");
    w.StartArray();
    for (const std::string& a : c.args) str(a);
    w.EndArray();
    w.Key("undone");
    w.Bool(c.undone);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  std::cout << buf.GetString() << "\n";
}

// Writes one correction and reports it: "correction N: what it does; how to take it back".
bool Write(Store& store, CorrectionKind kind, std::vector<std::string> args,
           std::vector<Correction>* written) {
  Correction c;
  c.kind = kind;
  c.args = std::move(args);
  int64_t id = 0;
  Status s = store.AddCorrection(c, &id);
  if (!s.ok()) {
    PrintError(s.message());
    ExitCode() = kExitError;
    return false;
  }
  // Read it back as stored (time, ids taken through merges).
  std::vector<Correction> log;
  if (!LogOf(store, &log)) return false;
  for (const Correction& stored : log) {
    if (stored.id == id) written->push_back(stored);
  }
  return true;
}

bool Undo(Store& store, Correction c, std::vector<Correction>* undone) {
  Status s = store.UndoCorrection(c.id);
  if (!s.ok()) {
    PrintError(s.message());
    ExitCode() = kExitError;
    return false;
  }
  c.undone = true;
  undone->push_back(std::move(c));
  return true;
}

// Prints what was written or undone (as JSON, or a line each naming the entities by `g`).
void Report(const KnowledgeGraph& g, const std::vector<Correction>& list, bool json,
            const std::string& hint) {
  if (json) {
    PrintJson(list);
  } else {
    for (const Correction& c : list) {
      if (c.undone) {
        std::cout << "undid correction " << c.id << " (" << Describe(g, c) << ")\n";
      } else {
        std::cout << "correction " << c.id << ": " << Describe(g, c) << "\n";
      }
    }
    if (!hint.empty()) std::cout << hint << "\n";
  }
  ExitCode() = kExitOk;
}

std::string UndoHint(const std::vector<Correction>& written, const std::string& verb) {
  if (written.empty()) return "";
  return "(take it back with `kg undo " + std::to_string(written.back().id) + "`" +
         (verb.empty() ? "" : " or `" + verb + "`") + ")";
}

bool SameFolded(const std::string& a, const std::string& b) {
  const std::string fa = Fold(a);
  return !fa.empty() && fa == Fold(b);
}

std::string Trim(const std::string& s) {
  const size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

// ---------------------------------------------------------------------------------------------
// merge / unmerge

struct MergeArgs {
  std::string into;
  std::string from;
  bool json = false;
};

void RunMerge(const MergeArgs& a) {
  std::unique_ptr<Store> store;
  KnowledgeGraph g;
  if (!OpenStore(&store) || !LoadFrom(*store, true, &g)) return;
  Vertex into, from;
  if (!Resolve(g, a.into, &into) || !Resolve(g, a.from, &from)) return;
  if (into == from) {
    PrintError("'" + a.from + "' is already " + Named(g, into) + "; nothing to merge");
    ExitCode() = kExitNotFound;
    return;
  }
  const Graph& graph = g.graph();
  if (graph[into].type != graph[from].type) {
    std::cerr << "kg: note: " << Named(g, from) << " is " << AType(graph[from].type) << "; "
              << Label(g, into) << " stays " << AType(graph[into].type)
              << " (`kg retype` changes that)\n";
  }
  std::vector<Correction> written;
  if (!Write(*store, CorrectionKind::kMerge, {graph[into].id, graph[from].id}, &written)) return;
  Report(g, written, a.json, UndoHint(written, "kg unmerge " + graph[from].id));
}

struct UnmergeArgs {
  std::vector<std::string> name;
  bool json = false;
};

void RunUnmerge(const UnmergeArgs& a) {
  std::string name;
  for (const std::string& w : a.name) name += (name.empty() ? "" : " ") + w;
  std::unique_ptr<Store> store;
  KnowledgeGraph raw, g;
  std::vector<Correction> log;
  if (!OpenStore(&store) || !LoadFrom(*store, false, &raw) || !LoadFrom(*store, true, &g) ||
      !LogOf(*store, &log)) {
    return;
  }
  // Which merged-away entity is meant: looked up as the articles named it, before the merges.
  std::vector<const Correction*> merges;
  for (const Correction& c : log) {
    if (c.kind == CorrectionKind::kMerge && !c.undone) merges.push_back(&c);
  }
  auto merged_away = [&](const std::string& id) {
    return std::any_of(merges.begin(), merges.end(),
                       [&](const Correction* c) { return c->args[1] == id; });
  };
  std::vector<std::string> ids;
  if (merged_away(name)) {
    ids.push_back(name);
  } else {
    for (Vertex v : raw.Lookup(name)) {
      if (merged_away(raw.graph()[v].id)) ids.push_back(raw.graph()[v].id);
    }
  }
  if (ids.size() > 1) {
    PrintError("'" + name + "' names " + std::to_string(ids.size()) +
               " merged entities; give one of these ids instead:");
    for (const std::string& id : ids) std::cerr << "  " << Named(raw, id) << "\n";
    ExitCode() = kExitNotFound;
    return;
  }
  if (ids.empty()) {
    std::string why = "'" + name + "' is not merged into anything";
    const std::vector<Vertex> hits = g.Lookup(name);
    if (hits.size() == 1) {
      const Vertex v = hits[0];
      const std::vector<std::string>& merged = g.entity(v).merged_ids;
      if (!merged.empty()) {
        why += "; merged into " + Named(g, v) + ":";
        for (const std::string& m : merged) why += " " + m;
        why += " (unmerge one of those)";
      }
    }
    PrintError(why);
    ExitCode() = kExitNotFound;
    return;
  }
  std::vector<Correction> undone;
  for (const Correction* c : merges) {
    if (c->args[1] == ids[0] && !Undo(*store, *c, &undone)) return;
  }
  Report(raw, undone, a.json, "");
}

// ---------------------------------------------------------------------------------------------
// alias add / remove

struct AliasArgs {
  std::string name;
  std::string alias;
  bool json = false;
};

void RunAliasAdd(const AliasArgs& a) {
  const std::string alias = Trim(a.alias);
  if (alias.empty() || Fold(alias).empty()) {
    PrintError("the alias is empty (or has no letters)");
    ExitCode() = kExitError;
    return;
  }
  std::unique_ptr<Store> store;
  KnowledgeGraph g;
  std::vector<Correction> log;
  if (!OpenStore(&store) || !LoadFrom(*store, true, &g) || !LogOf(*store, &log)) return;
  Vertex v;
  if (!Resolve(g, a.name, &v)) return;
  const std::string& id = g.graph()[v].id;
  // An alias the analyst removed earlier comes back by undoing that removal.
  std::vector<Correction> changed;
  for (const Correction& c : log) {
    if (c.kind == CorrectionKind::kUnalias && !c.undone && g.FindId(c.args[0]) == v &&
        SameFolded(c.args[1], alias) && !Undo(*store, c, &changed)) {
      return;
    }
  }
  if (!changed.empty()) {
    Report(g, changed, a.json, "");
    return;
  }
  const Entity& e = g.entity(v).entity;
  std::vector<std::string> names = e.aliases;
  names.push_back(e.name);
  names.push_back(e.name_en);
  for (const std::string& known : names) {
    if (SameFolded(known, alias)) {
      PrintError(Named(g, v) + " is already called '" + known + "'");
      ExitCode() = kExitNotFound;
      return;
    }
  }
  for (Vertex other : g.Lookup(alias)) {
    if (other != v) {
      std::cerr << "kg: note: '" << alias << "' also names " << Named(g, other)
                << "; that name now matches both\n";
    }
  }
  if (!Write(*store, CorrectionKind::kAlias, {id, alias}, &changed)) return;
  Report(g, changed, a.json, UndoHint(changed, "kg alias remove " + id + " '" + alias + "'"));
}

void RunAliasRemove(const AliasArgs& a) {
  const std::string alias = Trim(a.alias);
  std::unique_ptr<Store> store;
  KnowledgeGraph g;
  std::vector<Correction> log;
  if (!OpenStore(&store) || !LoadFrom(*store, true, &g) || !LogOf(*store, &log)) return;
  Vertex v;
  if (!Resolve(g, a.name, &v)) return;
  // An alias the analyst added goes by undoing that; one from the articles is hidden.
  std::vector<Correction> changed;
  for (const Correction& c : log) {
    if (c.kind == CorrectionKind::kAlias && !c.undone && g.FindId(c.args[0]) == v &&
        SameFolded(c.args[1], alias) && !Undo(*store, c, &changed)) {
      return;
    }
  }
  if (!changed.empty()) {
    Report(g, changed, a.json, "");
    return;
  }
  const Entity& e = g.entity(v).entity;
  if (SameFolded(e.name, alias)) {
    PrintError("'" + alias + "' is the display name of " + Named(g, v) +
               "; it cannot be removed (merge the entity into another instead)");
    ExitCode() = kExitNotFound;
    return;
  }
  std::vector<std::string> spellings;
  for (const std::string& known : e.aliases) {
    if (SameFolded(known, alias)) spellings.push_back(known);
  }
  if (spellings.empty()) {
    std::string known;
    for (const std::string& k : e.aliases) known += (known.empty() ? "" : ", ") + k;
    PrintError(Named(g, v) + " has no alias '" + alias + "'" +
               (known.empty() ? "" : "; its aliases: " + known));
    ExitCode() = kExitNotFound;
    return;
  }
  for (const std::string& s : spellings) {
    if (!Write(*store, CorrectionKind::kUnalias, {g.graph()[v].id, s}, &changed)) return;
  }
  Report(g, changed, a.json, UndoHint(changed, ""));
}

// ---------------------------------------------------------------------------------------------
// retype

struct RetypeArgs {
  std::string name;
  std::string type;
  bool json = false;
};

void RunRetype(const RetypeArgs& a) {
  const std::optional<EntityType> type = ParseEntityType(a.type);
  if (!type || *type == EntityType::kAttack) {
    PrintError("cannot retype to '" + a.type + "' (group, place, person, organization)");
    ExitCode() = kExitError;
    return;
  }
  std::unique_ptr<Store> store;
  KnowledgeGraph g;
  if (!OpenStore(&store) || !LoadFrom(*store, true, &g)) return;
  Vertex v;
  if (!Resolve(g, a.name, &v)) return;
  const EntityType was = g.graph()[v].type;
  if (was == EntityType::kAttack) {
    PrintError(Named(g, v) + " is an attack, an event the articles report; it keeps its type");
    ExitCode() = kExitError;
    return;
  }
  if (was == *type) {
    PrintError(Named(g, v) + " is already " + AType(was));
    ExitCode() = kExitNotFound;
    return;
  }
  std::vector<Correction> written;
  if (!Write(*store, CorrectionKind::kRetype, {g.graph()[v].id, std::string(EntityTypeName(*type))},
             &written)) {
    return;
  }
  Report(g, written, a.json,
         "(was " + AType(was) + "; take it back with `kg undo " +
             std::to_string(written.empty() ? 0 : written.back().id) + "`)");
}

// ---------------------------------------------------------------------------------------------
// corrections / undo

struct ListArgs {
  bool active = false;
  bool json = false;
};

void RunList(const ListArgs& a) {
  std::unique_ptr<Store> store;
  KnowledgeGraph raw;
  std::vector<Correction> log;
  if (!OpenStore(&store, Store::Mode::kReadOnly) || !LogOf(*store, &log)) return;
  if (a.active) {
    log.erase(std::remove_if(log.begin(), log.end(), [](const Correction& c) { return c.undone; }),
              log.end());
  }
  ExitCode() = log.empty() ? kExitNotFound : kExitOk;
  if (a.json) {
    PrintJson(log);
    return;
  }
  if (log.empty()) {
    std::cerr << "kg: no corrections" << (a.active ? " in force" : "") << "\n";
    return;
  }
  if (!LoadFrom(*store, false, &raw)) return;
  // Every column but the last is ASCII, so byte widths line them up.
  const size_t id_width = std::to_string(log.back().id).size();
  auto pad = [](std::string s, size_t width, bool right = false) {
    const std::string fill(width > s.size() ? width - s.size() : 0, ' ');
    return right ? fill + s : s + fill;
  };
  std::cout << pad("ID", std::max<size_t>(id_width, 2), true) << "  " << pad("TIME", 20) << "  "
            << pad("KIND", 7) << "  " << pad("STATE", 6) << "  WHAT\n";
  for (const Correction& c : log) {
    std::cout << pad(std::to_string(c.id), std::max<size_t>(id_width, 2), true) << "  "
              << pad(c.time, 20) << "  " << pad(std::string(CorrectionKindName(c.kind)), 7) << "  "
              << pad(c.undone ? "undone" : "active", 6) << "  " << Describe(raw, c) << "\n";
  }
}

struct UndoArgs {
  int64_t id = 0;
  bool json = false;
};

void RunUndo(const UndoArgs& a) {
  std::unique_ptr<Store> store;
  std::vector<Correction> log;
  KnowledgeGraph raw;
  if (!OpenStore(&store) || !LogOf(*store, &log) || !LoadFrom(*store, false, &raw)) return;
  auto it = std::find_if(log.begin(), log.end(), [&](const Correction& c) { return c.id == a.id; });
  if (it == log.end() || it->undone) {
    PrintError("correction " + std::to_string(a.id) +
               (it == log.end() ? " does not exist" : " is already undone") +
               " (`kg corrections` lists them)");
    ExitCode() = kExitNotFound;
    return;
  }
  std::vector<Correction> undone;
  if (!Undo(*store, *it, &undone)) return;
  Report(raw, undone, a.json, "");
}

const char* kJsonHelp =
    "Print {\"corrections\":[{\"id\",\"time\",\"kind\",\"args\",\"undone\"}]} on standard output";

}  // namespace

void SetupCorrections(CLI::App& app) {
  {
    auto a = std::make_shared<MergeArgs>();
    CLI::App* sub = app.add_subcommand(
        "merge",
        "Analyst correction: B is the same as A (its aliases, mentions and relations "
        "become A's, now and after any re-ingest)");
    sub->add_option("a", a->into, "The entity that stays (name, alias or id)")->required();
    sub->add_option("b", a->from, "The entity merged into it")->required();
    sub->add_flag("--json", a->json, kJsonHelp);
    sub->footer(
        "Reversible: `kg unmerge B` or `kg undo N`. Exit code 1 when a name matches no "
        "entity or several, or both name the same one.");
    sub->callback([a] { RunMerge(*a); });
  }
  {
    auto a = std::make_shared<UnmergeArgs>();
    CLI::App* sub = app.add_subcommand("unmerge", "Undo `kg merge`: B stands apart again");
    sub->add_option("b", a->name, "The merged entity (a name it had, or its id)")->required();
    sub->add_flag("--json", a->json, kJsonHelp);
    sub->callback([a] { RunUnmerge(*a); });
  }
  {
    CLI::App* alias = app.add_subcommand("alias", "Analyst correction: add or remove an alias");
    alias->require_subcommand(1);
    auto add = std::make_shared<AliasArgs>();
    CLI::App* sub = alias->add_subcommand("add", "Entity A is also called ALIAS");
    sub->add_option("a", add->name, "The entity (name, alias or id)")->required();
    sub->add_option("alias", add->alias, "The other name")->required();
    sub->add_flag("--json", add->json, kJsonHelp);
    sub->callback([add] { RunAliasAdd(*add); });
    auto remove = std::make_shared<AliasArgs>();
    sub = alias->add_subcommand(
        "remove",
        "Entity A is not called ALIAS (an added alias is taken back, one from the "
        "articles is hidden)");
    sub->add_option("a", remove->name, "The entity (name, alias or id)")->required();
    sub->add_option("alias", remove->alias, "The name to remove")->required();
    sub->add_flag("--json", remove->json, kJsonHelp);
    sub->callback([remove] { RunAliasRemove(*remove); });
  }
  {
    auto a = std::make_shared<RetypeArgs>();
    CLI::App* sub = app.add_subcommand("retype", "Analyst correction: A is of another type");
    sub->add_option("a", a->name, "The entity (name, alias or id)")->required();
    sub->add_option("type", a->type, "group, place, person or organization")->required();
    sub->add_flag("--json", a->json, kJsonHelp);
    sub->callback([a] { RunRetype(*a); });
  }
  {
    auto a = std::make_shared<ListArgs>();
    CLI::App* sub =
        app.add_subcommand("corrections", "List the analyst's corrections, oldest first");
    sub->add_flag("--active", a->active, "Only those in force (not undone)");
    sub->add_flag("--json", a->json, kJsonHelp);
    sub->footer("Exit code 1 when there are none.");
    sub->callback([a] { RunList(*a); });
  }
  {
    auto a = std::make_shared<UndoArgs>();
    CLI::App* sub = app.add_subcommand("undo", "Take back correction N (see `kg corrections`)");
    sub->add_option("n", a->id, "The correction's number")->required()->check(CLI::PositiveNumber);
    sub->add_flag("--json", a->json, kJsonHelp);
    sub->footer("Exit code 1 when there is no such correction or it is already undone.");
    sub->callback([a] { RunUndo(*a); });
  }
}

}  // namespace kg::cli
