#include "query/rank.h"

#include <algorithm>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/page_rank.hpp>
#include <cmath>
#include <numeric>
#include <set>

#include "query/walk.h"

namespace kg::query {
namespace {

// The simple undirected pairs {u, v}, u < v, linked by a relation passing the filter.
std::set<std::pair<Vertex, Vertex>> Links(const KnowledgeGraph& g, bool include_co_mentioned) {
  const Graph& graph = g.graph();
  internal::WalkFilter filter;
  filter.include_co_mentioned = include_co_mentioned;
  std::set<std::pair<Vertex, Vertex>> links;
  for (Edge e : boost::make_iterator_range(boost::edges(graph))) {
    const Vertex s = boost::source(e, graph), t = boost::target(e, graph);
    if (s == t || !internal::RelationAllowed(filter, graph[e].relation)) continue;
    links.insert(std::minmax(s, t));
  }
  return links;
}

std::vector<double> Degree(size_t n, const std::set<std::pair<Vertex, Vertex>>& links) {
  std::vector<double> score(n, 0);
  for (auto [u, v] : links) score[u] += 1, score[v] += 1;
  return score;
}

std::vector<double> Betweenness(size_t n, const std::set<std::pair<Vertex, Vertex>>& links) {
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  Undirected u(n);
  for (auto [x, y] : links) boost::add_edge(x, y, u);
  std::vector<double> score(n, 0);
  boost::brandes_betweenness_centrality(u, boost::centrality_map(boost::make_iterator_property_map(
                                               score.begin(), boost::get(boost::vertex_index, u))));
  return score;
}

std::vector<double> PageRank(size_t n, const std::set<std::pair<Vertex, Vertex>>& links) {
  using Bidirectional = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
  Bidirectional b(n);
  for (auto [x, y] : links) {
    boost::add_edge(x, y, b);
    boost::add_edge(y, x, b);
  }
  std::vector<double> score(n, 0);
  if (n == 0) return score;
  boost::graph::page_rank(
      b, boost::make_iterator_property_map(score.begin(), boost::get(boost::vertex_index, b)),
      boost::graph::n_iterations(100));
  const double total = std::accumulate(score.begin(), score.end(), 0.0);
  if (total > 0) {
    for (double& s : score) s /= total;
  }
  return score;
}

}  // namespace

std::string_view RankMeasureName(RankMeasure measure) {
  switch (measure) {
    case RankMeasure::kDegree:
      return "degree";
    case RankMeasure::kBetweenness:
      return "betweenness";
    case RankMeasure::kPageRank:
      return "pagerank";
  }
  return "degree";
}

std::optional<RankMeasure> ParseRankMeasure(std::string_view name) {
  for (RankMeasure m : {RankMeasure::kDegree, RankMeasure::kBetweenness, RankMeasure::kPageRank}) {
    if (RankMeasureName(m) == name) return m;
  }
  if (name == "page_rank" || name == "page-rank") return RankMeasure::kPageRank;
  return std::nullopt;
}

std::vector<RankEntry> Rank(const KnowledgeGraph& g, const RankOptions& options) {
  const Graph& graph = g.graph();
  const size_t n = boost::num_vertices(graph);
  const auto links = Links(g, options.include_co_mentioned);
  std::vector<double> score;
  switch (options.measure) {
    case RankMeasure::kDegree:
      score = Degree(n, links);
      break;
    case RankMeasure::kBetweenness:
      score = Betweenness(n, links);
      break;
    case RankMeasure::kPageRank:
      score = PageRank(n, links);
      break;
  }
  std::vector<RankEntry> out;
  for (Vertex v = 0; v < n; ++v) {
    if (!options.types.empty() && std::find(options.types.begin(), options.types.end(),
                                            graph[v].type) == options.types.end()) {
      continue;
    }
    out.push_back({v, score[v]});
  }
  // Scores computed along different sums differ in their last bits; compare them to 1e-9.
  const double top = std::accumulate(out.begin(), out.end(), 0.0, [](double m, const RankEntry& e) {
    return std::max(m, std::abs(e.score));
  });
  const double unit = top > 0 ? top * 1e-9 : 1.0;
  auto key = [&](double s) { return std::llround(s / unit); };
  std::sort(out.begin(), out.end(), [&](const RankEntry& x, const RankEntry& y) {
    if (key(x.score) != key(y.score)) return key(x.score) > key(y.score);
    if (graph[x.vertex].mention_count != graph[y.vertex].mention_count) {
      return graph[x.vertex].mention_count > graph[y.vertex].mention_count;
    }
    return graph[x.vertex].id < graph[y.vertex].id;
  });
  if (options.limit > 0 && static_cast<int>(out.size()) > options.limit) out.resize(options.limit);
  return out;
}

}  // namespace kg::query
