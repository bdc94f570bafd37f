#include "query/profile.h"

#include <gtest/gtest.h>

#include "query/query_testing.h"

namespace kg::query {
namespace {

using fixtures::Builder;
using fixtures::V;

TEST(Profile, NamesAliasesRelationsAndAttacks) {
  Builder b;
  b.Ent("group:isis", "داعش", {"تنظيم الدولة", "الدولة الإسلامية"}, 12, "Islamic State")
      .Rel("person:baghdadi", "leader_of", "group:isis", 2.0, "البغدادي زعيم التنظيم", "art1", 0.95)
      .Ev("يقود البغدادي داعش", "art2", 0.8)
      .Rel("group:isis", "operates_in", "place:raqqa", 1.0, "ينشط التنظيم في الرقة", "art1", 0.7)
      .Rel("group:isis", "fights", "group:sdf", 3.0, "اشتباكات بين داعش وقسد", "art2", 0.9)
      .Rel("group:isis", "co_mentioned", "place:iraq", 5.0)
      .Rel("group:isis", "fights", "group:isis", 1.0);
  AggregatedEntity& isis = b.Find("group:isis");
  isis.alias_sources = {{"تنظيم الدولة", "art1"}, {"داعش", "art2"}};
  isis.first_seen = "2024-01-01";
  Attack a;
  a.id = "attack:raqqa";
  a.perpetrator = "group:isis";
  a.evidence.article = "art1";
  b.AddAttack(a);
  KnowledgeGraph g = b.Build();

  EntityProfile p = Profile(g, V(g, "group:isis"));
  EXPECT_EQ(p.id, "group:isis");
  EXPECT_EQ(p.type, EntityType::kGroup);
  EXPECT_EQ(p.name, "داعش");
  EXPECT_EQ(p.name_en, "Islamic State");
  EXPECT_EQ(p.mention_count, 12);
  EXPECT_EQ(p.first_seen, "2024-01-01");
  ASSERT_EQ(p.aliases.size(), 3u);
  EXPECT_EQ(p.aliases[0].alias, "تنظيم الدولة");
  EXPECT_EQ(p.aliases[0].article, "art1");
  EXPECT_EQ(p.aliases[1].article, "");
  EXPECT_EQ(p.aliases[2].alias, "داعش");  // known only from alias_sources
  EXPECT_EQ(p.aliases[2].article, "art2");

  std::vector<std::string> out;
  for (const RelationInfo& r : p.outgoing) out.push_back(r.relation + " " + g.graph()[r.other].id);
  EXPECT_EQ(out, (std::vector<std::string>{"fights group:sdf", "fights group:isis",
                                           "operates_in place:raqqa", "co_mentioned place:iraq"}));
  ASSERT_EQ(p.incoming.size(), 1u);  // the self-loop is listed once, as outgoing
  EXPECT_EQ(p.incoming[0].relation, "leader_of");
  ASSERT_EQ(p.incoming[0].evidence.size(), 2u);
  EXPECT_EQ(p.incoming[0].evidence[0].text, "البغدادي زعيم التنظيم");
  EXPECT_EQ(p.incoming[0].evidence[1].article, "art2");
  ASSERT_EQ(p.attacks.size(), 1u);
  EXPECT_EQ(p.attacks[0].roles, std::vector<std::string>{"perpetrator"});
}

}  // namespace
}  // namespace kg::query
