#include "query/profile.h"

#include <algorithm>
#include <tuple>

namespace kg::query {
namespace {

RelationInfo Info(const KnowledgeGraph& g, Edge e, Vertex other) {
  const EdgeProps& p = g.graph()[e];
  RelationInfo r;
  r.edge = e;
  r.other = other;
  r.relation = p.relation;
  r.weight = p.weight;
  r.evidence_count = p.evidence_count;
  r.confidence = p.confidence;
  r.evidence = g.relation(e).evidence;
  return r;
}

void Order(const KnowledgeGraph& g, std::vector<RelationInfo>* relations) {
  const Graph& graph = g.graph();
  auto key = [&](const RelationInfo& r) {
    return std::make_tuple(r.relation == "co_mentioned", -r.weight, r.relation, graph[r.other].id);
  };
  std::stable_sort(relations->begin(), relations->end(),
                   [&](const RelationInfo& x, const RelationInfo& y) { return key(x) < key(y); });
}

}  // namespace

EntityProfile Profile(const KnowledgeGraph& g, Vertex v) {
  const Graph& graph = g.graph();
  EntityProfile p;
  if (v >= boost::num_vertices(graph)) return p;
  const AggregatedEntity& a = g.entity(v);
  p.vertex = v;
  p.id = a.entity.id;
  p.type = a.entity.type;
  p.name = a.entity.name;
  p.name_en = a.entity.name_en;
  p.mention_count = a.mention_count;
  p.article_count = a.article_count;
  p.first_seen = a.first_seen;
  p.last_seen = a.last_seen;
  for (const std::string& alias : a.entity.aliases) {
    AliasInfo info{alias, ""};
    for (const auto& [known, article] : a.alias_sources) {
      if (known == alias) {
        info.article = article;
        break;
      }
    }
    p.aliases.push_back(std::move(info));
  }
  for (const auto& [alias, article] : a.alias_sources) {
    const bool listed = std::any_of(p.aliases.begin(), p.aliases.end(),
                                    [&](const AliasInfo& known) { return known.alias == alias; });
    if (!listed) p.aliases.push_back({alias, article});
  }
  for (Edge e : boost::make_iterator_range(boost::out_edges(v, graph))) {
    p.outgoing.push_back(Info(g, e, boost::target(e, graph)));
  }
  for (Edge e : boost::make_iterator_range(boost::in_edges(v, graph))) {
    if (boost::source(e, graph) == v) continue;
    p.incoming.push_back(Info(g, e, boost::source(e, graph)));
  }
  Order(g, &p.outgoing);
  Order(g, &p.incoming);
  p.attacks = Timeline(g, v);
  return p;
}

}  // namespace kg::query
