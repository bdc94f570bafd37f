#include "query/timeline.h"

#include <algorithm>
#include <map>
#include <set>

namespace kg::query {
namespace {

void AddRole(std::vector<std::string>* roles, const std::string& role) {
  if (std::find(roles->begin(), roles->end(), role) == roles->end()) roles->push_back(role);
}

// Roles the entity plays in the attack, in a fixed order: place, perpetrator, target, attack, then
// the relations linking them by name.
std::vector<std::string> Roles(const KnowledgeGraph& g, Vertex v, const TimelineEntry& entry,
                               const std::vector<const Attack*>& rows) {
  const Graph& graph = g.graph();
  const std::string& id = graph[v].id;
  std::vector<std::string> roles;
  for (const Attack* a : rows) {
    if (a->place == id) AddRole(&roles, "place");
  }
  for (const Attack* a : rows) {
    if (a->perpetrator == id) AddRole(&roles, "perpetrator");
  }
  for (const Attack* a : rows) {
    if (a->target == id) AddRole(&roles, "target");
  }
  if (entry.attack_id == id) AddRole(&roles, "attack");
  if (entry.vertex && *entry.vertex != v) {
    std::set<std::string> relations;
    for (Edge e : boost::make_iterator_range(boost::out_edges(v, graph))) {
      if (boost::target(e, graph) == *entry.vertex && graph[e].relation != "co_mentioned") {
        relations.insert(graph[e].relation);
      }
    }
    for (Edge e : boost::make_iterator_range(boost::in_edges(v, graph))) {
      if (boost::source(e, graph) == *entry.vertex && graph[e].relation != "co_mentioned") {
        relations.insert(graph[e].relation);
      }
    }
    for (const std::string& r : relations) AddRole(&roles, r);
  }
  return roles;
}

bool Disagree(const std::vector<Claim>& claims, std::optional<int> Claim::*field) {
  std::set<int> values;
  for (const Claim& c : claims) {
    if (c.*field) values.insert(*(c.*field));
  }
  return values.size() > 1;
}

}  // namespace

std::vector<TimelineEntry> Timeline(const KnowledgeGraph& g, std::optional<Vertex> involving) {
  const GraphData& data = g.data();
  std::map<std::string, std::string> article_dates;
  for (const Article& a : data.articles) article_dates[a.id] = a.date;

  std::map<std::string, std::vector<const Attack*>> by_id;
  for (const Attack& a : data.attacks) by_id[a.id].push_back(&a);

  std::vector<TimelineEntry> out;
  for (auto& [id, rows] : by_id) {
    std::stable_sort(rows.begin(), rows.end(), [](const Attack* x, const Attack* y) {
      return x->evidence.article < y->evidence.article;
    });
    TimelineEntry e;
    e.attack_id = id;
    e.vertex = g.FindId(id);
    for (const Attack* a : rows) {
      if (e.name.empty()) e.name = a->name;
      if (a->date.size() > e.date.size() || (a->date.size() == e.date.size() && a->date < e.date)) {
        e.date = a->date;
      }
      if (e.place.empty()) e.place = a->place;
      if (e.perpetrator.empty()) e.perpetrator = a->perpetrator;
      if (e.target.empty()) e.target = a->target;
      Claim c;
      c.article = a->evidence.article;
      auto date = article_dates.find(c.article);
      if (date != article_dates.end()) c.article_date = date->second;
      c.killed = a->killed;
      c.injured = a->injured;
      c.approximate = a->approximate;
      c.evidence = a->evidence;
      e.claims.push_back(std::move(c));
    }
    if (e.name.empty() && e.vertex) e.name = g.graph()[*e.vertex].name;
    e.competing = Disagree(e.claims, &Claim::killed) || Disagree(e.claims, &Claim::injured);
    if (involving) {
      e.roles = Roles(g, *involving, e, rows);
      if (e.roles.empty()) continue;
    }
    out.push_back(std::move(e));
  }
  std::stable_sort(out.begin(), out.end(), [](const TimelineEntry& x, const TimelineEntry& y) {
    if (x.date.empty() != y.date.empty()) return y.date.empty();
    if (x.date != y.date) return x.date < y.date;
    return x.attack_id < y.attack_id;
  });
  return out;
}

}  // namespace kg::query
