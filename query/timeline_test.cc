#include "query/timeline.h"

#include <gtest/gtest.h>

#include "query/query_testing.h"

namespace kg::query {
namespace {

using fixtures::Builder;
using fixtures::V;

Attack MakeAttack(const std::string& id, const std::string& date, const std::string& article,
                  std::optional<int> killed, std::optional<int> injured,
                  const std::string& place = "", const std::string& perpetrator = "") {
  Attack a;
  a.id = id;
  a.name = id;
  a.date = date;
  a.place = place;
  a.perpetrator = perpetrator;
  a.killed = killed;
  a.injured = injured;
  a.evidence.article = article;
  a.evidence.text = "sentence in " + article;
  return a;
}

KnowledgeGraph Sample() {
  return Builder()
      .Ent("place:moscow", "موسكو")
      .Ent("place:kerman", "كرمان")
      .AddArticle("art1", "2024-03-23")
      .AddArticle("art2", "2024-03-24")
      .AddAttack(MakeAttack("attack:moscow", "2024-03-22", "art2", 137, 180, "place:moscow",
                            "group:isis-k"))
      .AddAttack(MakeAttack("attack:moscow", "2024-03", "art1", 133, 180, "place:moscow", ""))
      .AddAttack(
          MakeAttack("attack:kerman", "2024-01-03", "art1", 95, std::nullopt, "place:kerman"))
      .AddAttack(MakeAttack("attack:kerman", "", "art2", std::nullopt, 284, "place:kerman"))
      .AddAttack(MakeAttack("attack:old", "2023", "art1", 3, 1))
      .AddAttack(MakeAttack("attack:undated", "", "art1", 1, std::nullopt))
      .Rel("group:isis", "claimed", "attack:kerman")
      .Rel("group:isis", "co_mentioned", "attack:old")
      .Rel("group:isis-k", "branch_of", "group:isis")
      .Build();
}

std::vector<std::string> AttackIds(const std::vector<TimelineEntry>& t) {
  std::vector<std::string> out;
  for (const TimelineEntry& e : t) out.push_back(e.attack_id);
  return out;
}

TEST(Timeline, OrdersByDateUnknownLast) {
  KnowledgeGraph g = Sample();
  EXPECT_EQ(AttackIds(Timeline(g)), (std::vector<std::string>{"attack:old", "attack:kerman",
                                                              "attack:moscow", "attack:undated"}));
}

TEST(Timeline, CompetingFiguresStayApart) {
  std::vector<TimelineEntry> t = Timeline(Sample());
  const TimelineEntry& moscow = t[2];
  ASSERT_EQ(moscow.attack_id, "attack:moscow");
  EXPECT_EQ(moscow.date, "2024-03-22");  // the most precise date
  EXPECT_EQ(moscow.place, "place:moscow");
  EXPECT_EQ(moscow.perpetrator, "group:isis-k");
  EXPECT_TRUE(moscow.competing);
  ASSERT_EQ(moscow.claims.size(), 2u);
  EXPECT_EQ(moscow.claims[0].article, "art1");
  EXPECT_EQ(moscow.claims[0].article_date, "2024-03-23");
  EXPECT_EQ(moscow.claims[0].killed, 133);
  EXPECT_EQ(moscow.claims[1].article, "art2");
  EXPECT_EQ(moscow.claims[1].killed, 137);
  EXPECT_EQ(moscow.claims[1].evidence.text, "sentence in art2");
  ASSERT_TRUE(moscow.vertex);

  // One source gives the dead, the other the wounded: no disagreement.
  const TimelineEntry& kerman = t[1];
  EXPECT_FALSE(kerman.competing);
  EXPECT_EQ(kerman.date, "2024-01-03");
  EXPECT_EQ(kerman.claims.size(), 2u);
}

TEST(Timeline, OnlyAttacksInvolvingAnEntity) {
  KnowledgeGraph g = Sample();
  struct Case {
    std::string entity;
    std::vector<std::string> attacks;
    std::vector<std::string> first_roles;
  };
  const Case cases[] = {
      {"place:moscow", {"attack:moscow"}, {"place"}},
      {"group:isis-k", {"attack:moscow"}, {"perpetrator"}},
      {"group:isis", {"attack:kerman"}, {"claimed"}},  // co_mentioned does not count
      {"attack:old", {"attack:old"}, {"attack"}},
      {"place:kerman", {"attack:kerman"}, {"place"}},
  };
  for (const Case& c : cases) {
    std::vector<TimelineEntry> t = Timeline(g, V(g, c.entity));
    EXPECT_EQ(AttackIds(t), c.attacks) << c.entity;
    if (!t.empty()) {
      EXPECT_EQ(t[0].roles, c.first_roles) << c.entity;
    }
  }
}

}  // namespace
}  // namespace kg::query
