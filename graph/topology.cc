// Topology storage. One contiguous, 8-byte aligned image, the same in memory and on disk:
//
//   Header   magic "KGTOPO", version, byte-order mark, store stamp, total size, checksum of the
//            rest, n, m, and a table of sections (offset, bytes), one per Section below
//   sections out offsets u32[n+1], targets i32[m], in offsets u32[n+1], in sources i32[m],
//            in edges i32[m], relation codes u16[m], weights f64[m], evidence counts i32[m],
//            relation names (u64 offsets + chars), vertex types u8[n], mention counts i32[n],
//            ids / names / English names (u64 offsets[n+1] + chars each), vertices by id i32[n],
//            each vertex's place in that order i32[n],
//            name keys (u64 offsets[k+1] + chars + vertex i32[k], sorted), component i32[n],
//            component sizes i32[c], merged ids per vertex (u64 offsets[n+1] + chars, each id
//            followed by '\n')
//
// Open maps the file, checks the header, the checksum and every id and offset against its range,
// so a damaged file is refused instead of read out of bounds.
#include "graph/topology.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <numeric>
#include <unordered_map>

#include "graph/fold.h"
#include "graph/graph.h"

namespace kg {
namespace {

constexpr char kMagic[8] = {'K', 'G', 'T', 'O', 'P', 'O', '\0', '\0'};
constexpr uint32_t kVersion = 3;  // 3: id ranks
constexpr uint32_t kByteOrder = 0x01020304;

enum Section : int {
  kOutOffsets,
  kTarget,
  kInOffsets,
  kInSource,
  kInEdge,
  kInRelation,
  kRelation,
  kWeight,
  kEvidenceCount,
  kRelationNameOffsets,
  kRelationNameChars,
  kVertexType,
  kMentionCount,
  kIdOffsets,
  kIdChars,
  kNameOffsets,
  kNameChars,
  kNameEnOffsets,
  kNameEnChars,
  kIdOrder,
  kIdRank,
  kKeyOffsets,
  kKeyChars,
  kKeyVertex,
  kComponent,
  kComponentSize,
  kMergedOffsets,
  kMergedChars,
  kSectionCount
};

struct SectionEntry {
  uint64_t offset = 0;
  uint64_t bytes = 0;
};

struct Header {
  char magic[8];
  uint32_t version;
  uint32_t byte_order;
  uint64_t store_id;
  uint64_t generation;
  uint64_t total_bytes;
  uint64_t checksum;  // of bytes [sizeof(Header), total_bytes)
  int64_t n;
  int64_t m;
  int64_t sections;
  SectionEntry section[kSectionCount];
};
static_assert(sizeof(Header) % 8 == 0);

uint64_t Align8(uint64_t x) { return (x + 7) & ~uint64_t{7}; }

// A fast 64-bit checksum over whole words (the image is 8-byte aligned and padded).
uint64_t Checksum(const uint64_t* words, size_t count) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t h[4] = {1, 2, 3, 4};
  size_t i = 0;
  for (; i + 4 <= count; i += 4) {
    for (int k = 0; k < 4; ++k) h[k] = (h[k] ^ words[i + k]) * kMul;
  }
  for (; i < count; ++i) h[0] = (h[0] ^ words[i]) * kMul;
  uint64_t out = count;
  for (uint64_t x : h) out = (out ^ (x >> 29) ^ x) * kMul;
  return out;
}

std::string Errno() { return std::strerror(errno); }

}  // namespace

// The image: owned words, or a read-only mapping of a file.
struct Topology::Storage {
  std::vector<uint64_t> owned;
  void* map = nullptr;
  size_t map_bytes = 0;

  ~Storage() {
    if (map != nullptr) ::munmap(map, map_bytes);
  }
  const unsigned char* data() const {
    return map != nullptr ? static_cast<const unsigned char*>(map)
                          : reinterpret_cast<const unsigned char*>(owned.data());
  }
  size_t size() const { return map != nullptr ? map_bytes : owned.size() * 8; }
  const Header& header() const { return *reinterpret_cast<const Header*>(data()); }
  template <typename T>
  std::span<const T> Get(Section s) const {
    const SectionEntry& e = header().section[s];
    return std::span<const T>(reinterpret_cast<const T*>(data() + e.offset), e.bytes / sizeof(T));
  }
};

namespace {

// Lays sections out and fills them: sizes first, then one allocation.
class ImageWriter {
 public:
  void Size(Section s, uint64_t bytes) { bytes_[s] = bytes; }
  void Allocate(int64_t n, int64_t m, std::vector<uint64_t>* out) {
    uint64_t at = sizeof(Header);
    for (int s = 0; s < kSectionCount; ++s) {
      header_.section[s] = {at, bytes_[s]};
      at = Align8(at + bytes_[s]);
    }
    out->assign(at / 8, 0);
    base_ = reinterpret_cast<unsigned char*>(out->data());
    std::memcpy(header_.magic, kMagic, sizeof kMagic);
    header_.version = kVersion;
    header_.byte_order = kByteOrder;
    header_.total_bytes = at;
    header_.n = n;
    header_.m = m;
    header_.sections = kSectionCount;
  }
  template <typename T>
  T* At(Section s) {
    return reinterpret_cast<T*>(base_ + header_.section[s].offset);
  }
  void Finish(std::vector<uint64_t>* image) {
    header_.checksum = 0;
    std::memcpy(image->data(), &header_, sizeof header_);
  }

 private:
  uint64_t bytes_[kSectionCount] = {};
  Header header_{};
  unsigned char* base_ = nullptr;
};

// A string pool section pair from a list of strings.
template <typename GetString>
void SizePool(ImageWriter* w, Section offsets, Section chars, int64_t count, GetString get) {
  uint64_t total = 0;
  for (int64_t i = 0; i < count; ++i) total += get(i).size();
  w->Size(offsets, (count + 1) * sizeof(uint64_t));
  w->Size(chars, total);
}
template <typename GetString>
void FillPool(ImageWriter* w, Section offsets, Section chars, int64_t count, GetString get) {
  uint64_t* off = w->At<uint64_t>(offsets);
  char* out = w->At<char>(chars);
  uint64_t at = 0;
  for (int64_t i = 0; i < count; ++i) {
    off[i] = at;
    std::string_view s = get(i);
    if (!s.empty()) std::memcpy(out + at, s.data(), s.size());
    at += s.size();
  }
  off[count] = at;
}

int32_t FindRoot(std::vector<int32_t>& parent, int32_t x) {
  while (parent[x] != x) {
    parent[x] = parent[parent[x]];
    x = parent[x];
  }
  return x;
}

}  // namespace

Topology::Topology() = default;
Topology::~Topology() = default;
Topology::Topology(Topology&&) noexcept = default;
Topology& Topology::operator=(Topology&&) noexcept = default;

Topology Topology::Build(const KnowledgeGraph& kg, Contents contents) {
  const Graph& g = kg.graph();
  const int64_t n = static_cast<int64_t>(boost::num_vertices(g));
  const int64_t m = static_cast<int64_t>(boost::num_edges(g));

  // Relation names, sorted, give the codes.
  std::vector<std::string_view> names;
  {
    std::unordered_map<std::string_view, int> seen;
    for (Edge e : boost::make_iterator_range(boost::edges(g))) {
      if (seen.emplace(g[e].relation, 0).second) names.push_back(g[e].relation);
    }
    std::sort(names.begin(), names.end());
  }
  std::unordered_map<std::string_view, uint16_t> code;
  for (size_t i = 0; i < names.size(); ++i) code.emplace(names[i], static_cast<uint16_t>(i));

  // Name keys (only with the index): every (folded key, vertex) KnowledgeGraph::Lookup knows.
  std::vector<std::pair<std::string_view, int32_t>> keys;
  if (contents == kWithIndex) {
    keys.reserve(kg.by_key_.size());
    for (const auto& [key, v] : kg.by_key_) keys.emplace_back(key, static_cast<int32_t>(v));
    std::sort(keys.begin(), keys.end());
  }

  // Components by union-find, numbered in vertex order as boost::connected_components does.
  std::vector<int32_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    const int32_t a = FindRoot(parent, static_cast<int32_t>(boost::source(e, g)));
    const int32_t b = FindRoot(parent, static_cast<int32_t>(boost::target(e, g)));
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
  std::vector<int32_t> component(n), component_size;
  {
    std::vector<int32_t> number(n, -1);
    for (int32_t v = 0; v < n; ++v) {
      const int32_t root = FindRoot(parent, v);
      if (number[root] < 0) {
        number[root] = static_cast<int32_t>(component_size.size());
        component_size.push_back(0);
      }
      component[v] = number[root];
      ++component_size[number[root]];
    }
  }

  ImageWriter w;
  w.Size(kOutOffsets, (n + 1) * 4);
  w.Size(kTarget, m * 4);
  w.Size(kInOffsets, (n + 1) * 4);
  w.Size(kInSource, m * 4);
  w.Size(kInEdge, m * 4);
  w.Size(kInRelation, m * 2);
  w.Size(kRelation, m * 2);
  w.Size(kWeight, m * 8);
  w.Size(kEvidenceCount, m * 4);
  SizePool(&w, kRelationNameOffsets, kRelationNameChars, static_cast<int64_t>(names.size()),
           [&](int64_t i) { return names[i]; });
  w.Size(kVertexType, n);
  w.Size(kMentionCount, n * 4);
  SizePool(&w, kIdOffsets, kIdChars, n, [&](int64_t v) -> std::string_view { return g[v].id; });
  SizePool(&w, kNameOffsets, kNameChars, n,
           [&](int64_t v) -> std::string_view { return g[v].name; });
  SizePool(&w, kNameEnOffsets, kNameEnChars, n,
           [&](int64_t v) -> std::string_view { return g[v].name_en; });
  w.Size(kIdOrder, n * 4);
  w.Size(kIdRank, n * 4);
  SizePool(&w, kKeyOffsets, kKeyChars, static_cast<int64_t>(keys.size()),
           [&](int64_t i) { return keys[i].first; });
  w.Size(kKeyVertex, keys.size() * 4);
  w.Size(kComponent, n * 4);
  w.Size(kComponentSize, component_size.size() * 4);
  std::vector<std::string> merged(contents == kWithIndex ? n : 0);
  for (size_t v = 0; v < merged.size(); ++v) {
    for (const std::string& id : kg.entity(v).merged_ids) merged[v] += id + "\n";
  }
  auto merged_of = [&](int64_t v) -> std::string_view {
    return merged.empty() ? std::string_view() : std::string_view(merged[v]);
  };
  SizePool(&w, kMergedOffsets, kMergedChars, n, merged_of);

  auto storage = std::make_unique<Storage>();
  w.Allocate(n, m, &storage->owned);

  // Out-CSR: vertices in order, each vertex's out-edges in insertion (= store) order.
  uint32_t* out_offsets = w.At<uint32_t>(kOutOffsets);
  int32_t* target = w.At<int32_t>(kTarget);
  uint16_t* relation = w.At<uint16_t>(kRelation);
  double* weight = w.At<double>(kWeight);
  int32_t* evidence = w.At<int32_t>(kEvidenceCount);
  std::vector<int32_t> edge_source(m);
  int64_t e = 0;
  for (int64_t v = 0; v < n; ++v) {
    out_offsets[v] = static_cast<uint32_t>(e);
    for (Edge x : boost::make_iterator_range(boost::out_edges(v, g))) {
      const EdgeProps& p = g[x];
      target[e] = static_cast<int32_t>(boost::target(x, g));
      relation[e] = code.at(p.relation);
      weight[e] = p.weight;
      evidence[e] = p.evidence_count;
      edge_source[e] = static_cast<int32_t>(v);
      ++e;
    }
  }
  out_offsets[n] = static_cast<uint32_t>(e);

  // In-CSR: a stable counting sort of the edges by target keeps each list by source, then id.
  uint32_t* in_offsets = w.At<uint32_t>(kInOffsets);
  int32_t* in_source = w.At<int32_t>(kInSource);
  int32_t* in_edge = w.At<int32_t>(kInEdge);
  uint16_t* in_relation = w.At<uint16_t>(kInRelation);
  {
    std::vector<uint32_t> fill(n + 1, 0);
    for (int64_t i = 0; i < m; ++i) ++fill[target[i] + 1];
    for (int64_t v = 0; v < n; ++v) fill[v + 1] += fill[v];
    std::copy(fill.begin(), fill.end(), in_offsets);
    for (int64_t i = 0; i < m; ++i) {
      const uint32_t at = fill[target[i]]++;
      in_source[at] = edge_source[i];
      in_edge[at] = static_cast<int32_t>(i);
      in_relation[at] = relation[i];
    }
  }

  FillPool(&w, kRelationNameOffsets, kRelationNameChars, static_cast<int64_t>(names.size()),
           [&](int64_t i) { return names[i]; });
  uint8_t* types = w.At<uint8_t>(kVertexType);
  int32_t* mentions = w.At<int32_t>(kMentionCount);
  for (int64_t v = 0; v < n; ++v) {
    types[v] = static_cast<uint8_t>(g[v].type);
    mentions[v] = g[v].mention_count;
  }
  FillPool(&w, kIdOffsets, kIdChars, n, [&](int64_t v) -> std::string_view { return g[v].id; });
  FillPool(&w, kNameOffsets, kNameChars, n,
           [&](int64_t v) -> std::string_view { return g[v].name; });
  FillPool(&w, kNameEnOffsets, kNameEnChars, n,
           [&](int64_t v) -> std::string_view { return g[v].name_en; });
  int32_t* id_order = w.At<int32_t>(kIdOrder);
  std::iota(id_order, id_order + n, 0);
  if (!std::is_sorted(id_order, id_order + n,
                      [&](int32_t a, int32_t b) { return g[a].id < g[b].id; })) {
    std::sort(id_order, id_order + n, [&](int32_t a, int32_t b) { return g[a].id < g[b].id; });
  }
  int32_t* id_rank = w.At<int32_t>(kIdRank);
  for (int64_t i = 0; i < n; ++i) id_rank[id_order[i]] = static_cast<int32_t>(i);
  FillPool(&w, kKeyOffsets, kKeyChars, static_cast<int64_t>(keys.size()),
           [&](int64_t i) { return keys[i].first; });
  int32_t* key_vertex = w.At<int32_t>(kKeyVertex);
  for (size_t i = 0; i < keys.size(); ++i) key_vertex[i] = keys[i].second;
  std::copy(component.begin(), component.end(), w.At<int32_t>(kComponent));
  std::copy(component_size.begin(), component_size.end(), w.At<int32_t>(kComponentSize));
  FillPool(&w, kMergedOffsets, kMergedChars, n, merged_of);
  w.Finish(&storage->owned);

  Topology t;
  Status s = t.Attach(std::move(storage));
  (void)s;  // a freshly built image is consistent
  return t;
}

Status Topology::Attach(std::unique_ptr<Storage> storage) {
  const Storage& st = *storage;
  const Header& h = st.header();
  if (h.n < 0 || h.m < 0 || h.n >= INT32_MAX || h.m >= INT32_MAX) {
    return Status::Error("impossible vertex or edge count");
  }
  const uint64_t n = static_cast<uint64_t>(h.n), m = static_cast<uint64_t>(h.m);
  // Sizes every section must have, given n, m and the sections themselves.
  auto bytes = [&](Section s) { return h.section[s].bytes; };
  const uint64_t relation_names = bytes(kRelationNameOffsets) / 8;
  const uint64_t key_count = bytes(kKeyVertex) / 4;
  const bool sizes_ok =
      bytes(kOutOffsets) == (n + 1) * 4u &&
      bytes(kTarget) == m * 4u && bytes(kInOffsets) == (n + 1) * 4u && bytes(kInSource) == m * 4u &&
      bytes(kInEdge) == m * 4u && bytes(kInRelation) == m * 2u && bytes(kRelation) == m * 2u && bytes(kWeight) == m * 8u &&
      bytes(kEvidenceCount) == m * 4u && relation_names >= 1 && bytes(kVertexType) == n &&
      bytes(kMentionCount) == n * 4u && bytes(kIdOffsets) == (n + 1) * 8u &&
      bytes(kNameOffsets) == (n + 1) * 8u && bytes(kNameEnOffsets) == (n + 1) * 8u &&
      bytes(kIdOrder) == n * 4u && bytes(kIdRank) == n * 4u && bytes(kKeyOffsets) == (key_count + 1) * 8 &&
      bytes(kComponent) == n * 4u && bytes(kMergedOffsets) == (n + 1) * 8u;
  if (!sizes_ok) return Status::Error("section sizes do not match the graph's size");

  Topology t;
  t.n_ = static_cast<int32_t>(n);
  t.m_ = static_cast<int32_t>(m);
  t.out_offsets_ = st.Get<uint32_t>(kOutOffsets);
  t.target_ = st.Get<int32_t>(kTarget);
  t.in_offsets_ = st.Get<uint32_t>(kInOffsets);
  t.in_source_ = st.Get<int32_t>(kInSource);
  t.in_edge_ = st.Get<int32_t>(kInEdge);
  t.in_relation_ = st.Get<uint16_t>(kInRelation);
  t.relation_ = st.Get<uint16_t>(kRelation);
  t.weight_ = st.Get<double>(kWeight);
  t.evidence_count_ = st.Get<int32_t>(kEvidenceCount);
  t.relation_name_offsets_ = st.Get<uint64_t>(kRelationNameOffsets);
  t.relation_name_chars_ = st.Get<char>(kRelationNameChars);
  t.vertex_type_ = st.Get<uint8_t>(kVertexType);
  t.mention_count_ = st.Get<int32_t>(kMentionCount);
  t.id_offsets_ = st.Get<uint64_t>(kIdOffsets);
  t.id_chars_ = st.Get<char>(kIdChars);
  t.name_offsets_ = st.Get<uint64_t>(kNameOffsets);
  t.name_chars_ = st.Get<char>(kNameChars);
  t.name_en_offsets_ = st.Get<uint64_t>(kNameEnOffsets);
  t.name_en_chars_ = st.Get<char>(kNameEnChars);
  t.id_order_ = st.Get<int32_t>(kIdOrder);
  t.id_rank_ = st.Get<int32_t>(kIdRank);
  t.key_offsets_ = st.Get<uint64_t>(kKeyOffsets);
  t.key_chars_ = st.Get<char>(kKeyChars);
  t.key_vertex_ = st.Get<int32_t>(kKeyVertex);
  t.component_ = st.Get<int32_t>(kComponent);
  t.component_size_ = st.Get<int32_t>(kComponentSize);
  t.merged_offsets_ = st.Get<uint64_t>(kMergedOffsets);
  t.merged_chars_ = st.Get<char>(kMergedChars);

  // Every stored number that is used as an index must be in range.
  auto offsets_ok = [](auto offsets, uint64_t limit) {
    if (offsets.empty() || offsets.front() != 0 || offsets.back() != limit) return false;
    for (size_t i = 1; i < offsets.size(); ++i) {
      if (offsets[i] < offsets[i - 1]) return false;
    }
    return true;
  };
  auto ids_ok = [](std::span<const int32_t> ids, uint64_t limit) {
    int32_t bad = 0;
    for (int32_t x : ids) {
      bad |= static_cast<int32_t>(x < 0) | static_cast<int32_t>(static_cast<uint64_t>(x) >= limit);
    }
    return bad == 0;
  };
  const uint64_t components = t.component_size_.size();
  int max_code = 0;
  for (uint16_t c : t.relation_) max_code = std::max<int>(max_code, c);
  for (uint16_t c : t.in_relation_) max_code = std::max<int>(max_code, c);
  const bool ranges_ok =
      offsets_ok(t.out_offsets_, m) && offsets_ok(t.in_offsets_, m) && ids_ok(t.target_, n) &&
      ids_ok(t.in_source_, n) && ids_ok(t.in_edge_, m) &&
      (m == 0 || max_code < static_cast<int>(relation_names) - 1) &&
      offsets_ok(t.relation_name_offsets_, t.relation_name_chars_.size()) &&
      offsets_ok(t.id_offsets_, t.id_chars_.size()) &&
      offsets_ok(t.name_offsets_, t.name_chars_.size()) &&
      offsets_ok(t.name_en_offsets_, t.name_en_chars_.size()) && ids_ok(t.id_order_, n) && ids_ok(t.id_rank_, n) &&
      offsets_ok(t.key_offsets_, t.key_chars_.size()) && ids_ok(t.key_vertex_, n) &&
      ids_ok(t.component_, components) &&
      offsets_ok(t.merged_offsets_, t.merged_chars_.size()) &&
      std::all_of(t.vertex_type_.begin(), t.vertex_type_.end(),
                  [](uint8_t x) { return x <= static_cast<uint8_t>(EntityType::kAttack); });
  if (!ranges_ok) return Status::Error("an id or offset is out of range");
  t.storage_ = std::move(storage);
  *this = std::move(t);
  return Status::Ok();
}

Status Topology::Save(const std::string& path, const TopologyStamp& stamp) const {
  if (!storage_) return Status::Error(path + ": nothing to save");
  Header h = storage_->header();
  h.store_id = stamp.store_id;
  h.generation = stamp.generation;
  const size_t words = storage_->size() / 8;
  const auto* data = reinterpret_cast<const uint64_t*>(storage_->data());
  h.checksum = Checksum(data + sizeof(Header) / 8, words - sizeof(Header) / 8);

  std::string tmp = path + ".tmp-XXXXXX";
  const int fd = ::mkstemp(tmp.data());
  if (fd < 0) return Status::Error("cannot write " + path + ": " + Errno());
  auto fail = [&](const std::string& why) {
    ::close(fd);
    ::unlink(tmp.c_str());
    return Status::Error("cannot write " + path + ": " + why);
  };
  auto write_all = [&](const void* p, size_t bytes) {
    const char* c = static_cast<const char*>(p);
    while (bytes > 0) {
      const ssize_t k = ::write(fd, c, bytes);
      if (k < 0 && errno == EINTR) continue;
      if (k <= 0) return false;
      c += k;
      bytes -= static_cast<size_t>(k);
    }
    return true;
  };
  if (!write_all(&h, sizeof h) ||
      !write_all(storage_->data() + sizeof h, storage_->size() - sizeof h)) {
    return fail(Errno());
  }
  if (::fsync(fd) != 0) return fail(Errno());
  ::close(fd);
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    const std::string why = Errno();
    ::unlink(tmp.c_str());
    return Status::Error("cannot write " + path + ": " + why);
  }
  return Status::Ok();
}

Status Topology::Open(const std::string& path, Topology* out, TopologyStamp* stamp) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::Error(path + ": " + Errno());
  struct stat st;
  if (::fstat(fd, &st) != 0) {
    const std::string why = Errno();
    ::close(fd);
    return Status::Error(path + ": " + why);
  }
  const size_t size = static_cast<size_t>(st.st_size);
  if (size < sizeof(Header) || size % 8 != 0) {
    ::close(fd);
    return Status::Error(path + ": not a kg topology (size)");
  }
  void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) return Status::Error(path + ": cannot map: " + Errno());
  auto storage = std::make_unique<Storage>();
  storage->map = map;
  storage->map_bytes = size;
  const Header& h = storage->header();
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0 || h.version != kVersion ||
      h.byte_order != kByteOrder || h.total_bytes != size || h.sections != kSectionCount) {
    return Status::Error(path + ": not a kg topology of this version");
  }
  for (const SectionEntry& e : h.section) {
    if (e.offset < sizeof(Header) || e.offset % 8 != 0 || e.offset > size ||
        e.bytes > size - e.offset) {
      return Status::Error(path + ": damaged topology (section out of the file)");
    }
  }
  const auto* words = static_cast<const uint64_t*>(map);
  if (Checksum(words + sizeof(Header) / 8, size / 8 - sizeof(Header) / 8) != h.checksum) {
    return Status::Error(path + ": damaged topology (checksum)");
  }
  const TopologyStamp found{h.store_id, h.generation};
  Topology t;
  if (Status s = t.Attach(std::move(storage)); !s.ok()) {
    return Status::Error(path + ": damaged topology (" + s.message() + ")");
  }
  *out = std::move(t);
  if (stamp != nullptr) *stamp = found;
  return Status::Ok();
}

int32_t Topology::source(int32_t e) const {
  // The last vertex whose out-edges start at or before e.
  auto it = std::upper_bound(out_offsets_.begin(), out_offsets_.end(), static_cast<uint32_t>(e));
  return static_cast<int32_t>(it - out_offsets_.begin()) - 1;
}

int Topology::RelationCode(std::string_view name) const {
  for (int c = 0; c < num_relation_codes(); ++c) {
    if (relation_name(c) == name) return c;
  }
  return -1;
}

std::optional<int32_t> Topology::FindId(std::string_view id) const {
  auto it = std::lower_bound(id_order_.begin(), id_order_.end(), id,
                             [&](int32_t v, std::string_view x) { return this->id(v) < x; });
  if (it == id_order_.end() || this->id(*it) != id) return std::nullopt;
  return *it;
}

std::vector<int32_t> Topology::Lookup(std::string_view name) const {
  std::vector<int32_t> out;
  if (auto v = FindId(name)) {
    out.push_back(*v);
    return out;
  }
  const int64_t k = static_cast<int64_t>(key_vertex_.size());
  auto key = [&](int64_t i) { return Pooled(key_offsets_, key_chars_, i); };
  // Exact folded key first; only when nothing matches, the clitic-stripped variants.
  std::vector<std::string> keys = FoldKeys(name);
  for (size_t q = 0; q < keys.size() && out.empty(); ++q) {
    int64_t lo = 0, hi = k;
    while (lo < hi) {
      const int64_t mid = (lo + hi) / 2;
      if (key(mid) < keys[q]) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int64_t i = lo; i < k && key(i) == keys[q]; ++i) {
      if (std::find(out.begin(), out.end(), key_vertex_[i]) == out.end()) {
        out.push_back(key_vertex_[i]);
      }
    }
  }
  std::sort(out.begin(), out.end(), [&](int32_t a, int32_t b) {
    if (mention_count(a) != mention_count(b)) return mention_count(a) > mention_count(b);
    return id(a) < id(b);
  });
  return out;
}

std::vector<std::string_view> Topology::merged_ids(int32_t v) const {
  std::vector<std::string_view> out;
  std::string_view all = Pooled(merged_offsets_, merged_chars_, v);
  for (size_t at = 0; at < all.size();) {
    const size_t end = all.find('\n', at);
    if (end == std::string_view::npos) break;
    out.push_back(all.substr(at, end - at));
    at = end + 1;
  }
  return out;
}

size_t Topology::SearchBytes() const {
  return out_offsets_.size_bytes() + target_.size_bytes() + in_offsets_.size_bytes() +
         in_source_.size_bytes() + in_edge_.size_bytes() + in_relation_.size_bytes() +
         relation_.size_bytes() + weight_.size_bytes() + evidence_count_.size_bytes() +
         id_rank_.size_bytes();
}

size_t Topology::TotalBytes() const { return storage_ ? storage_->size() : 0; }

std::string TopologyPath(const std::string& store_path) { return store_path + ".topo"; }

}  // namespace kg
