#include "query/rank.h"

#include <gtest/gtest.h>

#include "query/query_testing.h"

namespace kg::query {
namespace {

using fixtures::Builder;
using fixtures::V;

std::vector<std::string> Order(const KnowledgeGraph& g, RankMeasure m, int limit = 0,
                               std::vector<EntityType> types = {}) {
  RankOptions o;
  o.measure = m;
  o.limit = limit;
  o.types = std::move(types);
  std::vector<std::string> out;
  for (const RankEntry& e : Rank(g, o)) out.push_back(g.graph()[e.vertex].id);
  return out;
}

double Score(const KnowledgeGraph& g, RankMeasure m, const std::string& id) {
  RankOptions o;
  o.measure = m;
  o.limit = 0;
  for (const RankEntry& e : Rank(g, o)) {
    if (g.graph()[e.vertex].id == id) return e.score;
  }
  return -1;
}

// hub linked to four leaves (one of them twice, and one co_mentioned link that does not count).
KnowledgeGraph Star() {
  return Builder()
      .Rel("group:hub", "allied_with", "person:l1")
      .Rel("person:l1", "member_of", "group:hub")
      .Rel("group:hub", "allied_with", "person:l2")
      .Rel("group:hub", "operates_in", "place:l3")
      .Rel("group:hub", "operates_in", "place:l4")
      .Rel("place:l3", "co_mentioned", "place:l4")
      .Build();
}

// a - b - c - d - e
KnowledgeGraph Line() {
  return Builder()
      .Rel("group:a", "fights", "group:b")
      .Rel("group:b", "fights", "group:c")
      .Rel("group:c", "fights", "group:d")
      .Rel("group:d", "fights", "group:e")
      .Build();
}

TEST(Rank, StarPutsTheHubFirst) {
  KnowledgeGraph g = Star();
  for (RankMeasure m : {RankMeasure::kDegree, RankMeasure::kBetweenness, RankMeasure::kPageRank}) {
    EXPECT_EQ(Order(g, m, 1), std::vector<std::string>{"group:hub"}) << RankMeasureName(m);
    // The leaves tie; ties go by id.
    EXPECT_EQ(Order(g, m), (std::vector<std::string>{"group:hub", "person:l1", "person:l2",
                                                     "place:l3", "place:l4"}))
        << RankMeasureName(m);
  }
  EXPECT_DOUBLE_EQ(Score(g, RankMeasure::kDegree, "group:hub"), 4);
  EXPECT_DOUBLE_EQ(Score(g, RankMeasure::kDegree, "person:l1"), 1);
  EXPECT_DOUBLE_EQ(Score(g, RankMeasure::kBetweenness, "group:hub"), 6);  // C(4, 2) pairs
  EXPECT_DOUBLE_EQ(Score(g, RankMeasure::kBetweenness, "place:l3"), 0);
}

TEST(Rank, LineOrders) {
  KnowledgeGraph g = Line();
  EXPECT_EQ(Order(g, RankMeasure::kDegree),
            (std::vector<std::string>{"group:b", "group:c", "group:d", "group:a", "group:e"}));
  EXPECT_EQ(Order(g, RankMeasure::kBetweenness),
            (std::vector<std::string>{"group:c", "group:b", "group:d", "group:a", "group:e"}));
  EXPECT_DOUBLE_EQ(Score(g, RankMeasure::kBetweenness, "group:c"), 4);
  EXPECT_DOUBLE_EQ(Score(g, RankMeasure::kBetweenness, "group:b"), 3);
  // A walker on a line is fed most at the two vertices next to the ends.
  EXPECT_EQ(Order(g, RankMeasure::kPageRank),
            (std::vector<std::string>{"group:b", "group:d", "group:c", "group:a", "group:e"}));
  double total = 0;
  for (const char* id : {"group:a", "group:b", "group:c", "group:d", "group:e"}) {
    total += Score(g, RankMeasure::kPageRank, id);
  }
  EXPECT_NEAR(total, 1.0, 1e-9);
}

TEST(Rank, TypeFilterAndCoMentioned) {
  KnowledgeGraph g = Star();
  EXPECT_EQ(Order(g, RankMeasure::kDegree, 0, {EntityType::kPlace}),
            (std::vector<std::string>{"place:l3", "place:l4"}));
  RankOptions o;
  o.include_co_mentioned = true;
  o.limit = 0;
  o.types = {EntityType::kPlace};
  std::vector<RankEntry> r = Rank(g, o);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_DOUBLE_EQ(r[0].score, 2);
}

TEST(Rank, ParsesMeasures) {
  EXPECT_EQ(ParseRankMeasure("pagerank"), RankMeasure::kPageRank);
  EXPECT_EQ(ParseRankMeasure("betweenness"), RankMeasure::kBetweenness);
  EXPECT_EQ(ParseRankMeasure("degree"), RankMeasure::kDegree);
  EXPECT_FALSE(ParseRankMeasure("closeness"));
}

TEST(Rank, EmptyGraph) {
  KnowledgeGraph g = Builder().Build();
  EXPECT_TRUE(Order(g, RankMeasure::kPageRank).empty());
  EXPECT_TRUE(Order(g, RankMeasure::kBetweenness).empty());
}

}  // namespace
}  // namespace kg::query
