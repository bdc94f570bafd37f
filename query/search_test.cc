#include "query/search.h"

#include <gtest/gtest.h>

#include "query/query_testing.h"

namespace kg::query {
namespace {

using fixtures::Builder;

KnowledgeGraph Sample() {
  return Builder()
      .Ent("group:islamic-state", "داعش", {"تنظيم الدولة الإسلامية", "الدولة الإسلامية"}, 40,
           "Islamic State")
      .Ent("person:abu-hafs-al-hashimi-al-qurashi", "أبو حفص الهاشمي القرشي", {}, 5)
      .Ent("person:abu-bakr-al-baghdadi", "أبو بكر البغدادي", {"البغدادي"}, 9)
      .Ent("group:al-qaeda", "القاعدة", {"تنظيم القاعدة"}, 20, "al-Qaeda")
      .Ent("place:raqqa", "الرقة", {}, 7)
      .Ent("place:baghdad", "بغداد", {}, 8)
      .Ent("group:hezbollah", "حزب الله", {}, 6)
      .Ent("person:ayman-al-zawahiri", "أيمن الظواهري", {}, 4)
      .Build();
}

struct Case {
  std::string query;
  std::string expected_id;  // the top hit
  MatchKind kind;
};

TEST(Search, FindsEntitiesFromManySpellings) {
  KnowledgeGraph g = Sample();
  SearchIndex index(g);
  const Case cases[] = {
      {"داعش", "group:islamic-state", MatchKind::kExact},
      {"لداعش", "group:islamic-state", MatchKind::kExact},  // clitic
      {"وبداعش", "group:islamic-state", MatchKind::kExact},
      {"دَاعِشْ", "group:islamic-state", MatchKind::kExact},  // diacritized
      {"«داعش»", "group:islamic-state", MatchKind::kExact},
      {"الدوله الاسلاميه", "group:islamic-state", MatchKind::kExact},  // folded alias
      {"داعس", "group:islamic-state", MatchKind::kFuzzy},              // one edit
      {"البغدادى", "person:abu-bakr-al-baghdadi", MatchKind::kExact},
      {"البغددي", "person:abu-bakr-al-baghdadi", MatchKind::kFuzzy},
      {"الهاشمي", "person:abu-hafs-al-hashimi-al-qurashi", MatchKind::kSubstring},
      {"هجوم داعش", "group:islamic-state", MatchKind::kSubstring},
      {"القرشى ابو حفص", "person:abu-hafs-al-hashimi-al-qurashi", MatchKind::kToken},
      {"daesh", "group:islamic-state", MatchKind::kLatin},                          // Latin
      {"qurashi", "person:abu-hafs-al-hashimi-al-qurashi", MatchKind::kSubstring},  // the id
      {"Qurashy", "person:abu-hafs-al-hashimi-al-qurashi", MatchKind::kLatin},
      {"Daish", "group:islamic-state", MatchKind::kLatin},
      {"Zawahri", "person:ayman-al-zawahiri", MatchKind::kLatin},
      {"Baghdadi", "person:abu-bakr-al-baghdadi", MatchKind::kSubstring},  // from the id
      {"Raqqa", "place:raqqa", MatchKind::kExact},                         // the id itself
      {"Raqqah", "place:raqqa", MatchKind::kLatin},
      {"Hizbollah", "group:hezbollah", MatchKind::kLatin},
      {"islamic state", "group:islamic-state", MatchKind::kExact},
      {"Qaida", "group:al-qaeda", MatchKind::kLatin},
  };
  for (const Case& c : cases) {
    std::vector<SearchHit> hits = index.Search(c.query);
    ASSERT_FALSE(hits.empty()) << c.query;
    EXPECT_EQ(g.graph()[hits[0].vertex].id, c.expected_id) << c.query;
    EXPECT_EQ(MatchKindName(hits[0].kind), MatchKindName(c.kind)) << c.query;
  }
}

TEST(Search, RanksExactAboveNearMisses) {
  KnowledgeGraph g = Sample();
  std::vector<SearchHit> hits = Search(g, "بغداد");
  ASSERT_GE(hits.size(), 2u);
  EXPECT_EQ(g.graph()[hits[0].vertex].id, "place:baghdad");
  EXPECT_DOUBLE_EQ(hits[0].score, 1.0);
  EXPECT_LT(hits[1].score, hits[0].score);
}

TEST(Search, NothingForUnrelatedText) {
  KnowledgeGraph g = Sample();
  EXPECT_TRUE(Search(g, "xyzzy").empty());
  EXPECT_TRUE(Search(g, "").empty());
  EXPECT_TRUE(Search(g, "\xff\xfe").empty());
}

TEST(Search, TypeFilterAndLimit) {
  KnowledgeGraph g = Sample();
  SearchOptions o;
  o.types = {EntityType::kPerson};
  for (const SearchHit& h : Search(g, "البغدادي", o)) {
    EXPECT_EQ(g.graph()[h.vertex].type, EntityType::kPerson);
  }
  o = {};
  o.limit = 1;
  o.min_score = 0;
  EXPECT_EQ(Search(g, "الدولة", o).size(), 1u);
}

TEST(Search, LatinSkeletons) {
  EXPECT_EQ(LatinSkeleton("daesh"), LatinSkeleton("داعش"));
  EXPECT_EQ(LatinSkeleton("al-Qaeda"), LatinSkeleton("القاعدة"));
  EXPECT_EQ(LatinSkeleton("Raqqa"), LatinSkeleton("الرقة"));
  EXPECT_EQ(LatinSkeleton("Zawahiri"), LatinSkeleton("الظواهري"));
  EXPECT_NE(LatinSkeleton("qurashi").find("qrs"), std::string::npos);
}

}  // namespace
}  // namespace kg::query
