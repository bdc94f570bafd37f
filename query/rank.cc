#include "query/rank.h"

#include <algorithm>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/page_rank.hpp>
#include <cmath>
#include <numeric>

#include "query/arcs.h"

namespace kg::query {
namespace {

// The simple undirected pairs {u, v}, u < v, linked by a relation passing the filter, in order.
std::vector<std::pair<int32_t, int32_t>> Links(const Topology& t, bool include_co_mentioned) {
  const internal::ArcFilter f = internal::MakeArcFilter(t, {}, include_co_mentioned, false);
  std::vector<uint64_t> keys;
  keys.reserve(static_cast<size_t>(t.num_edges()));
  for (int32_t s = 0; s < t.num_vertices(); ++s) {
    for (int32_t e = t.out_begin(s); e < t.out_end(s); ++e) {
      const int32_t d = t.target(e);
      if (s == d || !f.relation_ok[t.relation_code(e)]) continue;
      const auto [x, y] = std::minmax(s, d);
      keys.push_back(static_cast<uint64_t>(x) << 32 | static_cast<uint32_t>(y));
    }
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  std::vector<std::pair<int32_t, int32_t>> links;
  links.reserve(keys.size());
  for (uint64_t k : keys) links.emplace_back(static_cast<int32_t>(k >> 32), static_cast<int32_t>(k));
  return links;
}

using Links_t = std::vector<std::pair<int32_t, int32_t>>;

std::vector<double> Degree(size_t n, const Links_t& links) {
  std::vector<double> score(n, 0);
  for (auto [u, v] : links) score[u] += 1, score[v] += 1;
  return score;
}

std::vector<double> Betweenness(size_t n, const Links_t& links) {
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  Undirected u(n);
  for (auto [x, y] : links) boost::add_edge(x, y, u);
  std::vector<double> score(n, 0);
  boost::brandes_betweenness_centrality(u, boost::centrality_map(boost::make_iterator_property_map(
                                               score.begin(), boost::get(boost::vertex_index, u))));
  return score;
}

// boost::graph::page_rank on a Boost CSR graph holding each link both ways. In-edges come out by
// source, as the adjacency list the links used to fill gave them, so sums add in the same order.
std::vector<double> PageRank(size_t n, const Links_t& links) {
  std::vector<double> score(n, 0);
  if (n == 0) return score;
  std::vector<std::pair<uint32_t, uint32_t>> arcs;
  arcs.reserve(links.size() * 2);
  for (auto [x, y] : links) {
    arcs.emplace_back(x, y);
    arcs.emplace_back(y, x);
  }
  std::sort(arcs.begin(), arcs.end());
  using Csr = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property,
                                                 boost::no_property, boost::no_property, uint32_t,
                                                 uint32_t>;
  const Csr g(boost::edges_are_unsorted_multi_pass, arcs.begin(), arcs.end(), n);
  boost::graph::page_rank(
      g, boost::make_iterator_property_map(score.begin(), boost::get(boost::vertex_index, g)),
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

std::vector<RankEntry> Rank(const Topology& t, const RankOptions& options) {
  const size_t n = static_cast<size_t>(t.num_vertices());
  const Links_t links = Links(t, options.include_co_mentioned);
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
  for (size_t v = 0; v < n; ++v) {
    if (!options.types.empty() &&
        std::find(options.types.begin(), options.types.end(),
                  t.type(static_cast<int32_t>(v))) == options.types.end()) {
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
  auto by = [&](const RankEntry& x, const RankEntry& y) {
    if (key(x.score) != key(y.score)) return key(x.score) > key(y.score);
    const int32_t a = static_cast<int32_t>(x.vertex), b = static_cast<int32_t>(y.vertex);
    if (t.mention_count(a) != t.mention_count(b)) return t.mention_count(a) > t.mention_count(b);
    return t.id_rank(a) < t.id_rank(b);
  };
  if (options.limit > 0 && static_cast<int>(out.size()) > options.limit) {
    std::partial_sort(out.begin(), out.begin() + options.limit, out.end(), by);
    out.resize(options.limit);
  } else {
    std::sort(out.begin(), out.end(), by);
  }
  return out;
}

std::vector<RankEntry> Rank(const KnowledgeGraph& g, const RankOptions& options) {
  return Rank(g.topology(), options);
}

}  // namespace kg::query
