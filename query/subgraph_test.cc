#include "query/subgraph.h"

#include <gtest/gtest.h>

#include "query/query_testing.h"

namespace kg::query {
namespace {

using fixtures::Builder;
using fixtures::EdgeStrings;
using fixtures::Ids;
using fixtures::SortedIds;
using fixtures::V;

// group:c at the center: person:x leads it (weight 3), it operates in place:y (2), which lies in
// place:w; person:x speaks for person:v; three co_mentioned links hang off group:c.
KnowledgeGraph Sample() {
  return Builder()
      .Rel("person:x", "leader_of", "group:c", 3)
      .Rel("group:c", "operates_in", "place:y", 2)
      .Rel("place:y", "located_in", "place:w", 1)
      .Rel("person:x", "spokesperson_of", "person:v", 1)
      .Rel("person:v", "co_mentioned", "group:c", 1)
      .Rel("group:c", "co_mentioned", "place:q", 1)
      .Rel("group:c", "co_mentioned", "person:x", 1)
      .Build();
}

// Each level as "id<-parent" strings, levels joined by " | ".
std::string Levels(const KnowledgeGraph& g, const NeighborhoodResult& r) {
  std::string out;
  for (const auto& level : r.levels) {
    if (!out.empty()) out += " | ";
    std::string line;
    for (const Neighbor& n : level) {
      if (!line.empty()) line += " ";
      line += g.graph()[n.vertex].id + "<-" + g.graph()[n.parent].id;
    }
    out += line;
  }
  return out;
}

TEST(Neighborhood, DepthAndFilters) {
  KnowledgeGraph g = Sample();
  const Vertex c = V(g, "group:c");
  struct Case {
    int depth;
    NeighborFilters filters;
    std::string expected;
  };
  NeighborFilters people;
  people.types = {EntityType::kPerson};
  NeighborFilters places;
  places.relations = {"operates_in", "located_in"};
  NeighborFilters strong;
  strong.min_weight = 2;
  NeighborFilters one;
  one.limit = 1;
  NeighborFilters three;
  three.limit = 3;
  NeighborFilters wide;
  wide.include_co_mentioned = true;
  const Case cases[] = {
      {1, {}, "person:x<-group:c place:y<-group:c"},
      {2, {}, "person:x<-group:c place:y<-group:c | person:v<-person:x place:w<-place:y"},
      {0, {}, "person:x<-group:c place:y<-group:c"},
      {2, people, "person:x<-group:c | person:v<-person:x"},
      {2, places, "place:y<-group:c | place:w<-place:y"},
      {2, strong, "person:x<-group:c place:y<-group:c"},
      {2, one, "person:x<-group:c"},
      {2, three, "person:x<-group:c place:y<-group:c | person:v<-person:x"},
      {1, wide, "person:x<-group:c place:y<-group:c person:v<-group:c place:q<-group:c"},
  };
  for (const Case& k : cases) {
    EXPECT_EQ(Levels(g, Neighborhood(g, c, k.depth, k.filters)), k.expected) << k.expected;
  }
}

TEST(Neighborhood, ListsVerticesEdgesAndWhatWasLeftOut) {
  KnowledgeGraph g = Sample();
  NeighborhoodResult r = Neighborhood(g, V(g, "group:c"), 1, {});
  EXPECT_EQ(Ids(g, r.vertices), (std::vector<std::string>{"group:c", "person:x", "place:y"}));
  EXPECT_EQ(EdgeStrings(g, r.edges), (std::vector<std::string>{"group:c operates_in place:y",
                                                               "person:x leader_of group:c"}));
  EXPECT_EQ(r.hidden_co_mentioned, 3);
  EXPECT_FALSE(r.truncated);
  EXPECT_TRUE(r.levels[0][0].forward == false);  // leader_of points person:x → group:c

  NeighborFilters one;
  one.limit = 1;
  r = Neighborhood(g, V(g, "group:c"), 2, one);
  EXPECT_TRUE(r.truncated);
  NeighborFilters wide;
  wide.include_co_mentioned = true;
  r = Neighborhood(g, V(g, "group:c"), 1, wide);
  EXPECT_EQ(r.hidden_co_mentioned, 0);
  EXPECT_EQ(EdgeStrings(g, r.edges),
            (std::vector<std::string>{"group:c co_mentioned person:x",
                                      "group:c co_mentioned place:q", "group:c operates_in place:y",
                                      "person:v co_mentioned group:c", "person:x leader_of group:c",
                                      "person:x spokesperson_of person:v"}));
}

TEST(Neighborhood, IsolatedAndSelfLoop) {
  KnowledgeGraph g = Builder().Rel("group:a", "fights", "group:a").Ent("group:b").Build();
  NeighborhoodResult r = Neighborhood(g, V(g, "group:a"), 2, {});
  EXPECT_TRUE(r.levels.empty());
  EXPECT_EQ(Ids(g, r.vertices), std::vector<std::string>{"group:a"});
  EXPECT_EQ(EdgeStrings(g, r.edges), std::vector<std::string>{"group:a fights group:a"});
}

KnowledgeGraph Star() {
  Builder b;
  for (const char* leaf : {"group:l1", "group:l2", "group:l3", "group:l4"}) {
    b.Rel("group:hub", "allied_with", leaf);
  }
  b.Rel("group:l1", "co_mentioned", "group:l2");
  b.Ent("group:alone");
  return b.Build();
}

TEST(Connect, SteinerOnAStar) {
  KnowledgeGraph g = Star();
  ConnectResult r = Connect(g, {V(g, "group:l1"), V(g, "group:l2"), V(g, "group:l3")}, {});
  EXPECT_EQ(Ids(g, r.vertices),
            (std::vector<std::string>{"group:l1", "group:l2", "group:l3", "group:hub"}));
  EXPECT_EQ(EdgeStrings(g, r.edges), (std::vector<std::string>{"group:hub allied_with group:l1",
                                                               "group:hub allied_with group:l2",
                                                               "group:hub allied_with group:l3"}));
  ASSERT_EQ(r.groups.size(), 1u);
  EXPECT_FALSE(r.co_mentioned_fallback);
}

TEST(Connect, TwoTerminalsIsAShortestPathAndDuplicatesCollapse) {
  KnowledgeGraph g = Star();
  ConnectResult r = Connect(g, {V(g, "group:l1"), V(g, "group:l4"), V(g, "group:l1")}, {});
  EXPECT_EQ(Ids(g, r.terminals), (std::vector<std::string>{"group:l1", "group:l4"}));
  EXPECT_EQ(SortedIds(g, r.vertices),
            (std::vector<std::string>{"group:hub", "group:l1", "group:l4"}));
  EXPECT_EQ(r.edges.size(), 2u);
}

TEST(Connect, PrunesAndReportsGroups) {
  KnowledgeGraph g = Star();
  ConnectResult r = Connect(g, {V(g, "group:l1"), V(g, "group:l3"), V(g, "group:alone")}, {});
  ASSERT_EQ(r.groups.size(), 2u);
  EXPECT_EQ(Ids(g, r.groups[0]), (std::vector<std::string>{"group:l1", "group:l3"}));
  EXPECT_EQ(Ids(g, r.groups[1]), std::vector<std::string>{"group:alone"});
  EXPECT_EQ(SortedIds(g, r.vertices),
            (std::vector<std::string>{"group:alone", "group:hub", "group:l1", "group:l3"}));
  EXPECT_EQ(r.edges.size(), 2u);

  ConnectOptions wide;
  wide.include_co_mentioned = true;
  r = Connect(g, {V(g, "group:l1"), V(g, "group:l2")}, wide);
  EXPECT_EQ(EdgeStrings(g, r.edges), std::vector<std::string>{"group:l1 co_mentioned group:l2"});
}

TEST(Connect, FallsBackToCoMentioned) {
  KnowledgeGraph g = Builder()
                         .Rel("group:a", "fights", "group:b")
                         .Rel("group:b", "co_mentioned", "group:c")
                         .Build();
  ConnectResult r = Connect(g, {V(g, "group:a"), V(g, "group:c")}, {});
  EXPECT_TRUE(r.co_mentioned_fallback);
  EXPECT_EQ(r.groups.size(), 1u);
  EXPECT_EQ(r.edges.size(), 2u);
}

}  // namespace
}  // namespace kg::query
