// The query graph: a compact, read-only topology of a KnowledgeGraph that searches run on, either
// in memory (built beside the Boost graph) or mapped from a file beside the store (the "topology
// index"), so that `kg path` on a big store answers without loading the store.
//
// Vertices keep the KnowledgeGraph's numbers; edges (one per aggregated relation) are numbered
// 0..m-1 by (source vertex, store order), so the out-edges of v are the contiguous edge ids
// [out_begin(v), out_end(v)) and an edge's id also orders parallel relations as the store does.
// Adjacency is CSR (compressed sparse row) with 32-bit ids: per relation a target, an in-list
// entry (source, edge id and relation code), a relation code, a weight and an evidence count —
// about 29 bytes a relation, against ~400 for a NetworkX graph. Strings (ids, names, relation names) live in pools.
//
//   kg::Topology t = kg::Topology::Build(graph, kg::Topology::kWithIndex);
//   kg::Status s = t.Save("kg.db.topo", stamp);
//   kg::Topology mapped;
//   s = kg::Topology::Open("kg.db.topo", &mapped, &stamp);  // mmap; checked, never trusted blindly
//   for (int32_t e = mapped.out_begin(v); e < mapped.out_end(v); ++e) mapped.target(e) ...
//
// With kWithIndex the topology also carries what a query needs before it can search: every folded
// name key of every entity (Lookup, as KnowledgeGraph::Lookup answers) and the weakly connected
// components (why there is no path).
#ifndef KG_GRAPH_TOPOLOGY_H_
#define KG_GRAPH_TOPOLOGY_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"

namespace kg {

class KnowledgeGraph;

// A stamp that ties a saved topology to one state of one store (see Store::Stamp).
struct TopologyStamp {
  uint64_t store_id = 0;
  uint64_t generation = 0;
  bool operator==(const TopologyStamp&) const = default;
};

class Topology {
 public:
  enum Contents { kSearchOnly = 0, kWithIndex = 1 };

  Topology();
  ~Topology();
  Topology(Topology&&) noexcept;
  Topology& operator=(Topology&&) noexcept;
  Topology(const Topology&) = delete;
  Topology& operator=(const Topology&) = delete;

  // Built from a graph: same vertex numbers; edge ids as described above.
  static Topology Build(const KnowledgeGraph& g, Contents contents);

  // Writes the topology atomically (a temporary file renamed over `path`, mode 0600).
  Status Save(const std::string& path, const TopologyStamp& stamp) const;
  // Maps a saved topology read-only. Fails on a missing, truncated, corrupt (checksum) or foreign
  // file; the caller then rebuilds it.
  static Status Open(const std::string& path, Topology* out, TopologyStamp* stamp);

  int32_t num_vertices() const { return n_; }
  int32_t num_edges() const { return m_; }
  bool has_index() const { return !key_vertex_.empty() || n_ == 0; }

  // Vertices.
  std::string_view id(int32_t v) const { return Pooled(id_offsets_, id_chars_, v); }
  std::string_view name(int32_t v) const { return Pooled(name_offsets_, name_chars_, v); }
  std::string_view name_en(int32_t v) const { return Pooled(name_en_offsets_, name_en_chars_, v); }
  EntityType type(int32_t v) const { return static_cast<EntityType>(vertex_type_[v]); }
  int32_t mention_count(int32_t v) const { return mention_count_[v]; }
  // v's place among the vertices ordered by id: comparing ranks compares ids, without the strings.
  int32_t id_rank(int32_t v) const { return id_rank_[v]; }
  // The ids analyst corrections merged into v (AggregatedEntity::merged_ids; kWithIndex only).
  std::vector<std::string_view> merged_ids(int32_t v) const;

  // Edges. The out-edges of v are the edge ids [out_begin(v), out_end(v)).
  int32_t out_begin(int32_t v) const { return static_cast<int32_t>(out_offsets_[v]); }
  int32_t out_end(int32_t v) const { return static_cast<int32_t>(out_offsets_[v + 1]); }
  int32_t target(int32_t e) const { return target_[e]; }
  // Hints that v's out offsets, or the start of its out-edges' targets and relation codes, are
  // about to be read (a scan over many vertices' lists issues them a few vertices ahead).
  void PrefetchOutOffsets(int32_t v) const { __builtin_prefetch(out_offsets_.data() + v); }
  void PrefetchOutEdges(int32_t v) const {
    const uint32_t e = out_offsets_[v];
    __builtin_prefetch(target_.data() + e);
    __builtin_prefetch(relation_.data() + e);
  }
  int32_t source(int32_t e) const;  // binary search over the out offsets
  // The in-edges of v: parallel lists of sources and edge ids, by source then edge id.
  std::span<const int32_t> in_sources(int32_t v) const {
    return in_source_.subspan(in_offsets_[v], in_offsets_[v + 1] - in_offsets_[v]);
  }
  std::span<const int32_t> in_edges(int32_t v) const {
    return in_edge_.subspan(in_offsets_[v], in_offsets_[v + 1] - in_offsets_[v]);
  }
  // The relation codes of v's in-edges, beside in_edges(v) (so a walk need not look them up).
  std::span<const uint16_t> in_relations(int32_t v) const {
    return in_relation_.subspan(in_offsets_[v], in_offsets_[v + 1] - in_offsets_[v]);
  }
  uint16_t relation_code(int32_t e) const { return relation_[e]; }
  std::string_view relation(int32_t e) const { return relation_name(relation_[e]); }
  double weight(int32_t e) const { return weight_[e]; }
  int32_t evidence_count(int32_t e) const { return evidence_count_[e]; }

  // Relation names by code; the code of a name, or -1 when no edge has it.
  int num_relation_codes() const { return static_cast<int>(relation_name_offsets_.size()) - 1; }
  std::string_view relation_name(int code) const {
    return Pooled(relation_name_offsets_, relation_name_chars_, code);
  }
  int RelationCode(std::string_view name) const;

  // The vertex with this exact id.
  std::optional<int32_t> FindId(std::string_view id) const;
  // As KnowledgeGraph::Lookup (needs kWithIndex; otherwise only exact ids are found).
  std::vector<int32_t> Lookup(std::string_view name) const;

  // Weakly connected components over every edge (co_mentioned included), numbered in vertex order.
  int32_t component(int32_t v) const { return component_[v]; }
  int32_t component_size(int32_t c) const { return component_size_[c]; }

  // Bytes of the adjacency and the per-edge fields that searches read (CSR offsets, targets,
  // in-lists, relation codes, weights, evidence counts) and the id ranks: the "query graph".
  size_t SearchBytes() const;
  // Bytes of everything, strings and index included (the file size of a saved topology).
  size_t TotalBytes() const;

 private:
  struct Storage;
  static std::string_view Pooled(std::span<const uint64_t> offsets, std::span<const char> chars,
                                 int64_t i) {
    return std::string_view(chars.data() + offsets[i], offsets[i + 1] - offsets[i]);
  }
  Status Attach(std::unique_ptr<Storage> storage);  // points the spans into the storage's sections

  std::unique_ptr<Storage> storage_;
  int32_t n_ = 0;
  int32_t m_ = 0;
  std::span<const uint32_t> out_offsets_;
  std::span<const int32_t> target_;
  std::span<const uint32_t> in_offsets_;
  std::span<const int32_t> in_source_;
  std::span<const int32_t> in_edge_;
  std::span<const uint16_t> in_relation_;
  std::span<const uint16_t> relation_;
  std::span<const double> weight_;
  std::span<const int32_t> evidence_count_;
  std::span<const uint64_t> relation_name_offsets_;
  std::span<const char> relation_name_chars_;
  std::span<const uint8_t> vertex_type_;
  std::span<const int32_t> mention_count_;
  std::span<const uint64_t> id_offsets_, name_offsets_, name_en_offsets_;
  std::span<const char> id_chars_, name_chars_, name_en_chars_;
  std::span<const int32_t> id_order_;  // vertices by id
  std::span<const int32_t> id_rank_;   // the inverse: vertex → place in id_order_
  std::span<const uint64_t> key_offsets_;
  std::span<const char> key_chars_;
  std::span<const int32_t> key_vertex_;  // (key, vertex) sorted by key then vertex
  std::span<const int32_t> component_;
  std::span<const int32_t> component_size_;
  std::span<const uint64_t> merged_offsets_;
  std::span<const char> merged_chars_;
};

// The file a store's topology index is saved to: the store path plus ".topo".
std::string TopologyPath(const std::string& store_path);

}  // namespace kg

#endif  // KG_GRAPH_TOPOLOGY_H_
