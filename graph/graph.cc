#include "graph/graph.h"

#include <algorithm>
#include <unordered_set>

#include "graph/fold.h"

namespace kg {

KnowledgeGraph KnowledgeGraph::Build(GraphData data) {
  KnowledgeGraph kg;
  kg.data_ = std::move(data);
  Graph& g = kg.graph_;
  kg.by_id_.reserve(kg.data_.entities.size());
  for (size_t i = 0; i < kg.data_.entities.size(); ++i) {
    const AggregatedEntity& a = kg.data_.entities[i];
    if (kg.by_id_.count(a.entity.id)) continue;
    VertexProps p;
    p.id = a.entity.id;
    p.type = a.entity.type;
    p.name = a.entity.name;
    p.name_en = a.entity.name_en;
    p.mention_count = a.mention_count;
    p.article_count = a.article_count;
    p.entity_index = static_cast<int>(i);
    Vertex v = boost::add_vertex(std::move(p), g);
    kg.by_id_.emplace(a.entity.id, v);
    // An id merged into this entity (kg merge) still finds it.
    for (const std::string& merged : a.merged_ids) kg.by_id_.emplace(merged, v);
    std::unordered_set<std::string> keys;
    // Names are indexed as written; the query side tries its clitic-stripped readings.
    auto add = [&](std::string_view s) {
      std::string k = Fold(s);
      if (!k.empty()) keys.insert(std::move(k));
    };
    add(a.entity.name);
    add(a.entity.name_en);
    for (const std::string& alias : a.entity.aliases) add(alias);
    keys.insert(a.entity.id);
    for (const std::string& k : keys) kg.by_key_.emplace(k, v);
  }
  for (size_t i = 0; i < kg.data_.relations.size(); ++i) {
    const AggregatedRelation& r = kg.data_.relations[i];
    auto s = kg.by_id_.find(r.source);
    auto t = kg.by_id_.find(r.target);
    if (s == kg.by_id_.end() || t == kg.by_id_.end()) continue;
    EdgeProps p;
    p.relation = r.relation;
    p.evidence_count = r.evidence_count;
    p.weight = r.weight > 0 ? r.weight : 1.0;
    p.confidence = r.confidence;
    p.relation_index = static_cast<int>(i);
    boost::add_edge(s->second, t->second, std::move(p), g);
  }
  kg.topology_ = Topology::Build(kg, Topology::kSearchOnly);
  return kg;
}

// Topology edge ids run over the vertices in order, each one's out-edges in insertion order; the
// descriptor is looked up, not kept, since copying a Boost graph moves its edges.
Edge KnowledgeGraph::edge(int32_t e) const {
  const int32_t s = topology_.source(e);
  auto it = boost::out_edges(static_cast<Vertex>(s), graph_).first;
  std::advance(it, e - topology_.out_begin(s));
  return *it;
}

std::optional<Vertex> KnowledgeGraph::FindId(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  if (it == by_id_.end()) return std::nullopt;
  return it->second;
}

std::vector<Vertex> KnowledgeGraph::Lookup(std::string_view name) const {
  std::vector<Vertex> out;
  if (auto v = FindId(name)) {
    out.push_back(*v);
    return out;
  }
  // Exact folded key first; only when nothing matches, the clitic-stripped variants of the query.
  std::vector<std::string> keys = FoldKeys(name);
  for (size_t k = 0; k < keys.size() && out.empty(); ++k) {
    auto range = by_key_.equal_range(keys[k]);
    for (auto it = range.first; it != range.second; ++it) {
      if (std::find(out.begin(), out.end(), it->second) == out.end()) out.push_back(it->second);
    }
  }
  std::sort(out.begin(), out.end(), [&](Vertex a, Vertex b) {
    if (graph_[a].mention_count != graph_[b].mention_count) {
      return graph_[a].mention_count > graph_[b].mention_count;
    }
    return graph_[a].id < graph_[b].id;
  });
  return out;
}

}  // namespace kg
