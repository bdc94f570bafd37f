#include "query/path.h"

#include <gtest/gtest.h>

#include "query/query_testing.h"

namespace kg::query {
namespace {

using fixtures::Builder;
using fixtures::V;

// The paths found from `from` to `to`, one DebugString each; {"none"} when there is no path.
std::vector<std::string> Paths(const KnowledgeGraph& g, const std::string& from,
                               const std::string& to, const PathOptions& o = {}) {
  std::optional<PathResult> r = FindPath(g, V(g, from), V(g, to), o);
  if (!r) return {"none"};
  std::vector<std::string> out;
  for (const Path& p : r->paths) out.push_back(DebugString(g, p));
  return out;
}

KnowledgeGraph Line() {
  return Builder()
      .Rel("group:a", "allied_with", "group:b")
      .Rel("group:b", "allied_with", "group:c")
      .Rel("group:c", "allied_with", "group:d")
      .Build();
}

TEST(Path, WalksALine) {
  KnowledgeGraph g = Line();
  EXPECT_EQ(Paths(g, "group:a", "group:d"),
            std::vector<std::string>{
                "group:a -allied_with-> group:b -allied_with-> group:c -allied_with-> group:d"});
  EXPECT_EQ(Paths(g, "group:d", "group:a"),
            std::vector<std::string>{
                "group:d <-allied_with- group:c <-allied_with- group:b <-allied_with- group:a"});
}

TEST(Path, DiamondTiesAndStrength) {
  struct Case {
    double via_b;
    double via_c;
    std::string expected;
  };
  const Case cases[] = {
      {1.0, 1.0, "person:a -member_of-> group:b -operates_in-> place:d"},  // tie: smaller id
      {1.0, 3.0, "person:a -member_of-> group:c -operates_in-> place:d"},  // stronger wins
      {5.0, 3.0, "person:a -member_of-> group:b -operates_in-> place:d"},
  };
  for (const Case& c : cases) {
    KnowledgeGraph g = Builder()
                           .Rel("person:a", "member_of", "group:c", c.via_c)
                           .Rel("group:c", "operates_in", "place:d", c.via_c)
                           .Rel("person:a", "member_of", "group:b", c.via_b)
                           .Rel("group:b", "operates_in", "place:d", c.via_b)
                           .Build();
    EXPECT_EQ(Paths(g, "person:a", "place:d"), std::vector<std::string>{c.expected})
        << c.via_b << " " << c.via_c;
  }
}

TEST(Path, FewerHopsBeatStrongerRelations) {
  KnowledgeGraph g = Builder()
                         .Rel("group:a", "fights", "group:z", 0.01)
                         .Rel("group:a", "fights", "group:b", 100)
                         .Rel("group:b", "fights", "group:z", 100)
                         .Build();
  EXPECT_EQ(Paths(g, "group:a", "group:z"), std::vector<std::string>{"group:a -fights-> group:z"});
}

TEST(Path, DirectedFollowsSourceToTargetButSymmetricBothWays) {
  KnowledgeGraph g = Builder()
                         .Rel("person:a", "leader_of", "group:b")
                         .Rel("person:c", "member_of", "group:b")
                         .Rel("group:x", "fights", "group:b")
                         .Build();
  PathOptions directed;
  directed.directed = true;
  EXPECT_EQ(Paths(g, "person:a", "person:c"),
            std::vector<std::string>{"person:a -leader_of-> group:b <-member_of- person:c"});
  EXPECT_EQ(Paths(g, "person:a", "person:c", directed), std::vector<std::string>{"none"});
  EXPECT_EQ(Paths(g, "person:a", "group:b", directed),
            std::vector<std::string>{"person:a -leader_of-> group:b"});
  EXPECT_EQ(Paths(g, "group:b", "person:a", directed), std::vector<std::string>{"none"});
  EXPECT_EQ(Paths(g, "group:b", "group:x", directed),
            std::vector<std::string>{"group:b <-fights- group:x"});
}

TEST(Path, RelationFilter) {
  KnowledgeGraph g = Builder()
                         .Rel("person:a", "fights", "place:d")
                         .Rel("person:a", "leader_of", "group:b")
                         .Rel("group:b", "operates_in", "place:d")
                         .Build();
  PathOptions o;
  o.relations = {"leader_of", "operates_in"};
  EXPECT_EQ(Paths(g, "person:a", "place:d"),
            std::vector<std::string>{"person:a -fights-> place:d"});
  EXPECT_EQ(Paths(g, "person:a", "place:d", o),
            std::vector<std::string>{"person:a -leader_of-> group:b -operates_in-> place:d"});
  o.relations = {"member_of"};
  EXPECT_EQ(Paths(g, "person:a", "place:d", o), std::vector<std::string>{"none"});
}

TEST(Path, CoMentionedOnlyWhenAskedOrAsFallback) {
  KnowledgeGraph g = Builder()
                         .Rel("person:a", "co_mentioned", "place:d")
                         .Rel("person:a", "leader_of", "group:b")
                         .Rel("group:b", "operates_in", "place:d")
                         .Rel("person:a", "co_mentioned", "person:e")
                         .Build();
  auto r = FindPath(g, V(g, "person:a"), V(g, "place:d"), {});
  ASSERT_TRUE(r);
  EXPECT_FALSE(r->co_mentioned_fallback);
  EXPECT_EQ(DebugString(g, r->paths[0]), "person:a -leader_of-> group:b -operates_in-> place:d");

  PathOptions wide;
  wide.include_co_mentioned = true;
  EXPECT_EQ(Paths(g, "person:a", "place:d", wide),
            std::vector<std::string>{"person:a -co_mentioned-> place:d"});

  r = FindPath(g, V(g, "person:e"), V(g, "place:d"), {});
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->co_mentioned_fallback);
  EXPECT_EQ(DebugString(g, r->paths[0]),
            "person:e <-co_mentioned- person:a -co_mentioned-> place:d");

  PathOptions typed_only;
  typed_only.relations = {"leader_of", "operates_in"};
  EXPECT_EQ(Paths(g, "person:e", "place:d", typed_only), std::vector<std::string>{"none"});
}

TEST(Path, AvoidVerticesAndTypes) {
  KnowledgeGraph g = Builder()
                         .Rel("person:a", "member_of", "group:b")
                         .Rel("group:b", "operates_in", "place:d")
                         .Rel("person:a", "located_in", "place:c")
                         .Rel("place:c", "located_in", "place:d")
                         .Build();
  PathOptions o;
  o.avoid = {V(g, "group:b")};
  EXPECT_EQ(Paths(g, "person:a", "place:d", o),
            std::vector<std::string>{"person:a -located_in-> place:c -located_in-> place:d"});
  o = {};
  o.avoid_types = {EntityType::kGroup};
  EXPECT_EQ(Paths(g, "person:a", "place:d", o),
            std::vector<std::string>{"person:a -located_in-> place:c -located_in-> place:d"});
  o = {};
  o.via_types = {EntityType::kGroup};
  EXPECT_EQ(Paths(g, "person:a", "place:d", o),
            std::vector<std::string>{"person:a -member_of-> group:b -operates_in-> place:d"});
  o = {};
  o.avoid = {V(g, "group:b"), V(g, "place:c")};
  EXPECT_EQ(Paths(g, "person:a", "place:d", o), std::vector<std::string>{"none"});
  o = {};
  o.avoid = {V(g, "person:a")};  // the ends are exempt
  EXPECT_EQ(Paths(g, "person:a", "group:b", o),
            std::vector<std::string>{"person:a -member_of-> group:b"});
}

TEST(Path, MaxHops) {
  KnowledgeGraph g = Line();
  struct Case {
    int max_hops;
    bool found;
  };
  for (Case c : {Case{0, true}, Case{2, false}, Case{3, true}, Case{4, true}}) {
    PathOptions o;
    o.max_hops = c.max_hops;
    EXPECT_EQ(FindPath(g, V(g, "group:a"), V(g, "group:d"), o).has_value(), c.found) << c.max_hops;
  }
}

TEST(Path, KShortestAlternatives) {
  KnowledgeGraph g = Builder()
                         .Rel("group:a", "fights", "group:z")
                         .Rel("group:a", "fights", "group:b")
                         .Rel("group:b", "fights", "group:z")
                         .Rel("group:a", "fights", "group:f", 5)
                         .Rel("group:f", "fights", "group:z", 5)
                         .Rel("group:a", "fights", "group:c")
                         .Rel("group:c", "fights", "group:d")
                         .Rel("group:d", "fights", "group:z")
                         .Build();
  PathOptions o;
  o.k = 3;
  EXPECT_EQ(Paths(g, "group:a", "group:z", o),
            (std::vector<std::string>{"group:a -fights-> group:z",
                                      "group:a -fights-> group:f -fights-> group:z",
                                      "group:a -fights-> group:b -fights-> group:z"}));
  o.k = 10;
  EXPECT_EQ(Paths(g, "group:a", "group:z", o).size(), 4u);
  o.max_hops = 2;
  EXPECT_EQ(Paths(g, "group:a", "group:z", o).size(), 3u);
}

TEST(Path, KShortestOnALineHasOnePath) {
  PathOptions o;
  o.k = 3;
  EXPECT_EQ(Paths(Line(), "group:a", "group:c", o).size(), 1u);
}

TEST(Path, DisconnectedPartsReportComponents) {
  KnowledgeGraph g = Builder()
                         .Rel("group:a", "fights", "group:b")
                         .Rel("group:b", "co_mentioned", "group:c")
                         .Rel("group:d", "fights", "group:e")
                         .Build();
  EXPECT_FALSE(FindPath(g, V(g, "group:a"), V(g, "group:e"), {}));
  NoPathReport r = ExplainNoPath(g, V(g, "group:a"), V(g, "group:e"));
  EXPECT_FALSE(r.same_component);
  EXPECT_EQ(r.from.size, 3);
  EXPECT_EQ(r.to.size, 2);
  EXPECT_NE(r.from.id, r.to.id);

  PathOptions o;
  o.max_hops = 1;
  EXPECT_FALSE(FindPath(g, V(g, "group:a"), V(g, "group:c"), o));
  r = ExplainNoPath(g, V(g, "group:a"), V(g, "group:c"));
  EXPECT_TRUE(r.same_component);
  EXPECT_EQ(r.from.size, 3);
}

TEST(Path, SelfLoopsAndSameEnds) {
  KnowledgeGraph g = Builder()
                         .Rel("group:a", "fights", "group:a")
                         .Rel("group:a", "fights", "group:b")
                         .Rel("group:b", "allied_with", "group:b")
                         .Build();
  PathOptions o;
  o.k = 3;
  EXPECT_EQ(Paths(g, "group:a", "group:b", o),
            std::vector<std::string>{"group:a -fights-> group:b"});
  auto r = FindPath(g, V(g, "group:a"), V(g, "group:a"), {});
  ASSERT_TRUE(r);
  ASSERT_EQ(r->paths.size(), 1u);
  EXPECT_TRUE(r->paths[0].hops.empty());
  EXPECT_EQ(r->paths[0].vertices.size(), 1u);
  EXPECT_EQ(ExplainNoPath(g, V(g, "group:a"), V(g, "group:b")).from.size, 2);
}

TEST(Path, HopsCarryBestEvidenceDirectionAndCost) {
  KnowledgeGraph g = Builder()
                         .Rel("person:a", "leader_of", "group:b", 3.0, "أ يقود ب", "art1", 0.9)
                         .Ev("أ زعيم ب", "art2", 0.7)
                         .Rel("person:c", "member_of", "group:b", 1.0)
                         .Rel("person:a", "member_of", "group:b", 0.5, "أ عضو في ب", "art3", 0.5)
                         .Build();
  auto r = FindPath(g, V(g, "person:a"), V(g, "person:c"), {});
  ASSERT_TRUE(r);
  const Path& p = r->paths[0];
  ASSERT_EQ(p.hops.size(), 2u);
  EXPECT_EQ(p.hops[0].relation, "leader_of");  // the stronger of the two parallel relations
  EXPECT_TRUE(p.hops[0].forward);
  ASSERT_TRUE(p.hops[0].evidence);
  EXPECT_EQ(p.hops[0].evidence->text, "أ يقود ب");
  EXPECT_EQ(p.hops[0].evidence->article, "art1");
  EXPECT_DOUBLE_EQ(p.hops[0].evidence->confidence, 0.9);
  EXPECT_FALSE(p.hops[1].forward);
  EXPECT_FALSE(p.hops[1].evidence);
  EXPECT_EQ(p.hops[1].from, V(g, "group:b"));
  EXPECT_EQ(p.hops[1].to, V(g, "person:c"));
  EXPECT_DOUBLE_EQ(p.cost, (1 + 1 / 4.0) + (1 + 1 / 2.0));
}

}  // namespace
}  // namespace kg::query

namespace kg::query {
namespace {

// --since/--until: only relations with evidence from articles dated in the window are walked.
TEST(PathDates, WalksOnlyRelationsWithEvidenceInTheWindow) {
  KnowledgeGraph g = Builder()
                         .AddArticle("old", "2017-10-29")
                         .AddArticle("mid", "2020-06")
                         .AddArticle("new", "2025-01-02")
                         .AddArticle("undated", "")
                         // Short way, told only in 2025.
                         .Rel("group:a", "fights", "group:d", 1.0, "أ يقاتل د", "new", 0.9)
                         // Long way, told in 2017 (and one hop again in 2025, more strongly).
                         .Rel("group:a", "allied_with", "group:b", 2.0, "أ حليف ب 2025", "new", 0.9)
                         .Ev("أ حليف ب 2017", "old", 0.5)
                         .Rel("group:b", "allied_with", "group:d", 1.0, "ب حليف د", "old", 0.8)
                         // Told by an undated article only: never in a window.
                         .Rel("group:a", "allied_with", "group:c", 1.0, "أ حليف ج", "undated", 0.9)
                         .Rel("group:c", "allied_with", "group:d", 1.0, "ج حليف د", "undated", 0.9)
                         .Build();
  auto paths = [&](const std::string& since, const std::string& until) {
    PathOptions o;
    o.since = since;
    o.until = until;
    o.k = 3;
    std::vector<std::string> out;
    std::optional<PathResult> r = FindPath(g, V(g, "group:a"), V(g, "group:d"), o);
    if (!r) return std::vector<std::string>{"none"};
    for (const Path& p : r->paths) out.push_back(DebugString(g, p));
    return out;
  };
  struct Case {
    std::string since, until;
    std::vector<std::string> want;
  } cases[] = {
      {"", "",
       {"group:a -fights-> group:d", "group:a -allied_with-> group:b -allied_with-> group:d",
        "group:a -allied_with-> group:c -allied_with-> group:d"}},
      {"", "2019", {"group:a -allied_with-> group:b -allied_with-> group:d"}},
      {"2017-10", "2017-10-29", {"group:a -allied_with-> group:b -allied_with-> group:d"}},
      {"2025", "", {"group:a -fights-> group:d"}},
      {"2018", "2024-12", {"none"}},
      {"2017-11", "", {"group:a -fights-> group:d"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(paths(c.since, c.until), c.want) << "[" << c.since << ", " << c.until << "]";
  }
  // A hop cites its best evidence inside the window, and counts only that.
  PathOptions o;
  o.until = "2017";
  std::optional<PathResult> r = FindPath(g, V(g, "group:a"), V(g, "group:d"), o);
  ASSERT_TRUE(r);
  const PathHop& first = r->paths[0].hops[0];
  ASSERT_TRUE(first.evidence);
  EXPECT_EQ(first.evidence->text, "أ حليف ب 2017");
  EXPECT_EQ(first.evidence_count, 1);
}

}  // namespace
}  // namespace kg::query
