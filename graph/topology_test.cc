#include "graph/topology.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iterator>

#include "graph/graph.h"

namespace kg {
namespace {

AggregatedEntity Ent(const std::string& id, EntityType type, const std::string& name,
                     std::vector<std::string> aliases = {}, int mentions = 1) {
  AggregatedEntity a;
  a.entity.id = id;
  a.entity.type = type;
  a.entity.name = name;
  a.entity.aliases = std::move(aliases);
  a.mention_count = mentions;
  return a;
}

AggregatedRelation Rel(const std::string& s, const std::string& r, const std::string& t,
                       double weight, int count = 1) {
  AggregatedRelation a;
  a.source = s;
  a.relation = r;
  a.target = t;
  a.weight = weight;
  a.evidence_count = count;
  return a;
}

KnowledgeGraph Sample() {
  GraphData d;
  d.entities.push_back(Ent("group:b", EntityType::kGroup, "داعش", {"تنظيم الدولة", "الدولة"}, 9));
  d.entities.push_back(Ent("group:a", EntityType::kGroup, "ولاية خراسان", {"الدولة"}, 3));
  d.entities.push_back(Ent("place:c", EntityType::kPlace, "العراق"));
  d.entities.push_back(Ent("person:d", EntityType::kPerson, "بنان"));
  d.entities.push_back(Ent("place:e", EntityType::kPlace, "لبنان"));  // alone
  d.relations.push_back(Rel("group:b", "operates_in", "place:c", 2.5, 3));
  d.relations.push_back(Rel("group:a", "branch_of", "group:b", 1.5, 2));
  d.relations.push_back(Rel("person:d", "leader_of", "group:a", 0.9));
  d.relations.push_back(Rel("group:a", "co_mentioned", "group:b", 1.0));
  d.relations.push_back(Rel("group:b", "co_mentioned", "group:b", 1.0));  // self-loop
  return KnowledgeGraph::Build(std::move(d));
}

// "v: e->target[relation]..." for every vertex, the whole adjacency on one line.
std::string Adjacency(const Topology& t) {
  std::string out;
  for (int32_t v = 0; v < t.num_vertices(); ++v) {
    out += std::string(t.id(v)) + ":";
    for (int32_t e = t.out_begin(v); e < t.out_end(v); ++e) {
      out += " " + std::to_string(e) + "->" + std::string(t.id(t.target(e))) + "[" +
             std::string(t.relation(e)) + "]";
    }
    out += " <-";
    for (int32_t s : t.in_sources(v)) out += " " + std::string(t.id(s));
    out += "; ";
  }
  return out;
}

TEST(Topology, MirrorsTheGraph) {
  KnowledgeGraph g = Sample();
  const Topology& t = g.topology();
  ASSERT_EQ(t.num_vertices(), 5);
  ASSERT_EQ(t.num_edges(), 5);
  EXPECT_EQ(Adjacency(t),
            "group:b: 0->place:c[operates_in] 1->group:b[co_mentioned] <- group:b group:a group:a; "
            "group:a: 2->group:b[branch_of] 3->group:b[co_mentioned] <- person:d; "
            "place:c: <- group:b; person:d: 4->group:a[leader_of] <-; place:e: <-; ");
  for (int32_t e = 0; e < t.num_edges(); ++e) {
    const Edge x = g.edge(e);
    EXPECT_EQ(t.source(e), static_cast<int32_t>(boost::source(x, g.graph())));
    EXPECT_EQ(t.target(e), static_cast<int32_t>(boost::target(x, g.graph())));
    EXPECT_EQ(t.relation(e), g.graph()[x].relation);
    EXPECT_EQ(t.weight(e), g.graph()[x].weight);
    EXPECT_EQ(t.evidence_count(e), g.graph()[x].evidence_count);
  }
  EXPECT_EQ(t.component(0), 0);
  EXPECT_EQ(t.component(3), 0);
  EXPECT_EQ(t.component(4), 1);
  EXPECT_EQ(t.component_size(0), 4);
  EXPECT_EQ(t.component_size(1), 1);
  EXPECT_EQ(t.RelationCode("leader_of") >= 0, true);
  EXPECT_EQ(t.RelationCode("fights"), -1);
  // Ranks order the vertices as their ids do: group:a, group:b, person:d, place:c, place:e.
  EXPECT_EQ((std::vector<int32_t>{t.id_rank(0), t.id_rank(1), t.id_rank(2), t.id_rank(3), t.id_rank(4)}),
            (std::vector<int32_t>{1, 0, 3, 2, 4}));
  // 4 target + 8 in-list + 2 in-relation + 2 relation + 8 weight + 4 evidence = 28 a relation,
  // plus two offsets and an id rank a vertex.
  EXPECT_EQ(t.SearchBytes(),
            static_cast<size_t>(t.num_edges()) * 28 + 8 * (t.num_vertices() + 1) + 4 * t.num_vertices());
}

class TopologyFile : public ::testing::Test {
 protected:
  void SetUp() override {
    char dir[] = "/tmp/kg-topology-XXXXXX";
    ASSERT_NE(::mkdtemp(dir), nullptr);
    dir_ = dir;
    path_ = dir_ + "/kg.db.topo";
  }
  void TearDown() override {
    std::remove(path_.c_str());
    ::rmdir(dir_.c_str());
  }
  std::string dir_, path_;
};

TEST_F(TopologyFile, SavesAndMapsWithTheIndex) {
  KnowledgeGraph g = Sample();
  Topology built = Topology::Build(g, Topology::kWithIndex);
  ASSERT_TRUE(built.Save(path_, {7, 42}).ok());
  Topology t;
  TopologyStamp stamp;
  Status s = Topology::Open(path_, &t, &stamp);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(stamp, (TopologyStamp{7, 42}));
  EXPECT_EQ(Adjacency(t), Adjacency(g.topology()));
  EXPECT_EQ(t.name(0), "داعش");
  EXPECT_EQ(t.type(2), EntityType::kPlace);
  EXPECT_EQ(t.mention_count(0), 9);
  for (int32_t v = 0; v < t.num_vertices(); ++v) EXPECT_EQ(t.id_rank(v), built.id_rank(v));
  EXPECT_EQ(t.FindId("person:d"), std::optional<int32_t>(3));
  EXPECT_EQ(t.FindId("person:x"), std::nullopt);
  // Lookup answers as KnowledgeGraph::Lookup does.
  for (const char* name : {"الدولة", "وتنظيم الدولة", "داعش", "group:a", "لبنان", "nothing"}) {
    std::vector<Vertex> want = g.Lookup(name);
    std::vector<int32_t> got = t.Lookup(name);
    EXPECT_EQ(std::vector<Vertex>(got.begin(), got.end()), want) << name;
  }
}

TEST_F(TopologyFile, RefusesDamagedFiles) {
  KnowledgeGraph g = Sample();
  ASSERT_TRUE(Topology::Build(g, Topology::kWithIndex).Save(path_, {1, 1}).ok());
  std::string bytes;
  {
    std::ifstream in(path_, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  struct Case {
    const char* what;
    std::string content;
  };
  std::string flipped = bytes;
  flipped[flipped.size() - 9] ^= 0x40;
  const Case cases[] = {
      {"empty", ""},
      {"truncated", bytes.substr(0, bytes.size() - 8)},
      {"a flipped bit", flipped},
      {"not ours", std::string(bytes.size(), 'x')},
  };
  for (const Case& c : cases) {
    {
      std::ofstream out(path_, std::ios::binary | std::ios::trunc);
      out << c.content;
    }
    Topology t;
    Status s = Topology::Open(path_, &t, nullptr);
    EXPECT_FALSE(s.ok()) << c.what;
    EXPECT_NE(s.message().find(path_), std::string::npos) << s.message();
  }
  Topology t;
  EXPECT_FALSE(Topology::Open(dir_ + "/missing.topo", &t, nullptr).ok());
}

}  // namespace
}  // namespace kg
