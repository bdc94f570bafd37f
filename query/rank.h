// Which entities matter most: degree, betweenness or PageRank over the relations, top N.
//
// All three measures treat the graph as undirected (a relation links both of its ends) and, like
// the other queries, leave co_mentioned links out unless asked for. Parallel relations between the
// same two entities count once.
//   degree       how many other entities it is directly related to;
//   betweenness  Brandes betweenness (boost::brandes_betweenness_centrality, unweighted): how many
//                shortest paths between other entities pass through it;
//   pagerank     boost::graph::page_rank (damping 0.85, 100 iterations), scaled to sum to 1.
// The type filter picks which entities are listed; the measure is always computed on the whole
// graph.
//
//   kg::query::RankOptions o;
//   o.measure = kg::query::RankMeasure::kBetweenness;
//   o.types = {kg::EntityType::kPerson};
//   for (const auto& [v, score] : kg::query::Rank(g, o)) ...
#ifndef KG_QUERY_RANK_H_
#define KG_QUERY_RANK_H_

#include <optional>
#include <string_view>
#include <vector>

#include "graph/graph.h"
#include "graph/model.h"

namespace kg::query {

enum class RankMeasure { kDegree, kBetweenness, kPageRank };

// "degree", "betweenness", "pagerank".
std::string_view RankMeasureName(RankMeasure measure);
std::optional<RankMeasure> ParseRankMeasure(std::string_view name);

struct RankOptions {
  RankMeasure measure = RankMeasure::kDegree;
  std::vector<EntityType> types;  // empty = all
  int limit = 10;                 // 0 = all
  bool include_co_mentioned = false;
};

struct RankEntry {
  Vertex vertex = 0;
  double score = 0;
};

// Highest score first; equal scores (to 1e-9 relative) by mention count, then id.
std::vector<RankEntry> Rank(const KnowledgeGraph& g, const RankOptions& options);
// The same on a bare Topology (graph/topology.h); vertices in its numbers.
std::vector<RankEntry> Rank(const Topology& t, const RankOptions& options);

}  // namespace kg::query

#endif  // KG_QUERY_RANK_H_
