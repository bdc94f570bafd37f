// The in-memory knowledge graph that queries and exports read: a boost::adjacency_list with
// bundled properties, one vertex per entity (attacks included) and one edge per aggregated
// (source, relation, target), indexed by id and by every folded alias.
//
//   kg::KnowledgeGraph g = kg::KnowledgeGraph::Build(data);
//   std::vector<kg::Vertex> hits = g.Lookup("تنظيم الدولة الإسلامية");  // → the داعش vertex
//   for (auto e : boost::make_iterator_range(boost::out_edges(hits[0], g.graph()))) ...
#ifndef KG_GRAPH_GRAPH_H_
#define KG_GRAPH_GRAPH_H_

#include <boost/graph/adjacency_list.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/model.h"
#include "graph/topology.h"

namespace kg {

struct VertexProps {
  std::string id;
  EntityType type = EntityType::kGroup;
  std::string name;     // Arabic display name when known
  std::string name_en;
  int mention_count = 0;
  int article_count = 0;
  int entity_index = -1;  // index into GraphData::entities
};

struct EdgeProps {
  std::string relation;
  int evidence_count = 0;
  double weight = 1;        // > 0, higher = better attested
  double confidence = 0;    // best evidence confidence
  int relation_index = -1;  // index into GraphData::relations (its evidence, best first)
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, VertexProps,
                                    EdgeProps>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

class KnowledgeGraph {
 public:
  // Builds the graph from plain data; relations whose ends are unknown are skipped.
  static KnowledgeGraph Build(GraphData data);

  const Graph& graph() const { return graph_; }
  const GraphData& data() const { return data_; }

  // The vertex with this exact id (or an id merged into it by a correction), if any.
  std::optional<Vertex> FindId(std::string_view id) const;
  // Every vertex whose id, name, English name or any alias folds to the same key as `name`
  // (proclitics tried off too). Sorted by mention count, most mentioned first; no duplicates.
  std::vector<Vertex> Lookup(std::string_view name) const;

  const AggregatedEntity& entity(Vertex v) const { return data_.entities[graph_[v].entity_index]; }
  const AggregatedRelation& relation(Edge e) const { return data_.relations[graph_[e].relation_index]; }

  // The same graph as a compact CSR topology (graph/topology.h), same vertex numbers: what the
  // searches in query/ run on. edge(e) is the Boost edge of topology edge e.
  const Topology& topology() const { return topology_; }
  Edge edge(int32_t e) const;

 private:
  friend class Topology;
  GraphData data_;
  Graph graph_;
  std::unordered_map<std::string, Vertex> by_id_;
  std::unordered_multimap<std::string, Vertex> by_key_;
  Topology topology_;
};

}  // namespace kg

#endif  // KG_GRAPH_GRAPH_H_
