#include "graph/graph.h"

#include <gtest/gtest.h>

#include <boost/range/iterator_range.hpp>

namespace kg {
namespace {

AggregatedEntity Ent(const std::string& id, EntityType type, const std::string& name,
                     std::vector<std::string> aliases, int mentions, const std::string& name_en = "") {
  AggregatedEntity a;
  a.entity.id = id;
  a.entity.type = type;
  a.entity.name = name;
  a.entity.name_en = name_en;
  a.entity.aliases = std::move(aliases);
  a.mention_count = mentions;
  a.article_count = 1;
  return a;
}

AggregatedRelation Rel(const std::string& s, const std::string& r, const std::string& t,
                       int count, double weight) {
  AggregatedRelation a;
  a.source = s;
  a.relation = r;
  a.target = t;
  a.evidence_count = count;
  a.weight = weight;
  a.confidence = 0.9;
  Evidence ev;
  ev.article = "a";
  ev.text = s + " " + r + " " + t;
  a.evidence.push_back(ev);
  return a;
}

// Two groups that share the alias "الدولة", a place, a person, an attack; a relation to an
// entity that is not in the data.
GraphData Sample() {
  GraphData d;
  d.entities.push_back(Ent("group:islamic-state", EntityType::kGroup, "داعش",
                           {"تنظيم الدولة الإسلامية", "الدولة"}, 40, "Islamic State"));
  d.entities.push_back(Ent("group:islamic-state-khorasan", EntityType::kGroup, "ولاية خراسان",
                           {"الدولة", "داعش خراسان"}, 7, "ISIS-K"));
  d.entities.push_back(Ent("place:lebanon", EntityType::kPlace, "لبنان", {}, 12));
  d.entities.push_back(Ent("person:banan", EntityType::kPerson, "بنان", {}, 1));
  d.entities.push_back(Ent("place:iraq", EntityType::kPlace, "العراق", {}, 30, "Iraq"));
  d.entities.push_back(Ent("attack:crocus-2024", EntityType::kAttack, "هجوم كروكوس", {}, 3));
  d.relations.push_back(Rel("group:islamic-state", "operates_in", "place:iraq", 3, 2.4));
  d.relations.push_back(Rel("group:islamic-state-khorasan", "branch_of", "group:islamic-state", 2, 1.5));
  d.relations.push_back(Rel("group:islamic-state-khorasan", "perpetrated", "attack:crocus-2024", 1, 0.9));
  d.relations.push_back(Rel("group:islamic-state", "fights", "group:nowhere", 1, 0.5));  // skipped
  d.relations.push_back(Rel("group:nowhere", "fights", "place:iraq", 1, 0.5));            // skipped
  d.relations.push_back(Rel("place:iraq", "located_in", "place:iraq", 1, 0));  // weight 0 → 1
  return d;
}

std::vector<std::string> Ids(const KnowledgeGraph& g, const std::vector<Vertex>& vs) {
  std::vector<std::string> out;
  for (Vertex v : vs) out.push_back(g.graph()[v].id);
  return out;
}

TEST(KnowledgeGraph, BuildsVerticesAndEdges) {
  KnowledgeGraph g = KnowledgeGraph::Build(Sample());
  EXPECT_EQ(boost::num_vertices(g.graph()), 6u);
  EXPECT_EQ(boost::num_edges(g.graph()), 4u);  // the two relations to group:nowhere are skipped
  EXPECT_EQ(g.data().entities.size(), 6u);
  EXPECT_EQ(g.data().relations.size(), 6u);  // the data itself is kept whole

  auto is = g.FindId("group:islamic-state");
  ASSERT_TRUE(is.has_value());
  const VertexProps& p = g.graph()[*is];
  EXPECT_EQ(p.name, "داعش");
  EXPECT_EQ(p.name_en, "Islamic State");
  EXPECT_EQ(p.type, EntityType::kGroup);
  EXPECT_EQ(p.mention_count, 40);
  EXPECT_EQ(&g.entity(*is), &g.data().entities[0]);

  // Out-edges of the Islamic State: only operates_in (fights → nowhere was skipped).
  std::vector<std::string> out;
  for (Edge e : boost::make_iterator_range(boost::out_edges(*is, g.graph()))) {
    out.push_back(g.graph()[e].relation + " " + g.graph()[boost::target(e, g.graph())].id);
    const AggregatedRelation& r = g.relation(e);
    EXPECT_EQ(r.relation, g.graph()[e].relation);
    EXPECT_EQ(r.source, "group:islamic-state");
  }
  EXPECT_EQ(out, (std::vector<std::string>{"operates_in place:iraq"}));
  // In-edges (bidirectionalS): branch_of from Khorasan.
  std::vector<std::string> in;
  for (Edge e : boost::make_iterator_range(boost::in_edges(*is, g.graph()))) {
    in.push_back(g.graph()[boost::source(e, g.graph())].id + " " + g.graph()[e].relation);
    EXPECT_EQ(g.graph()[e].evidence_count, 2);
    EXPECT_DOUBLE_EQ(g.graph()[e].weight, 1.5);
  }
  EXPECT_EQ(in, (std::vector<std::string>{"group:islamic-state-khorasan branch_of"}));

  // A non-positive weight becomes 1 on the edge.
  auto iraq = g.FindId("place:iraq");
  ASSERT_TRUE(iraq.has_value());
  bool self_loop = false;
  for (Edge e : boost::make_iterator_range(boost::out_edges(*iraq, g.graph()))) {
    if (boost::target(e, g.graph()) == *iraq) {
      self_loop = true;
      EXPECT_DOUBLE_EQ(g.graph()[e].weight, 1.0);
    }
  }
  EXPECT_TRUE(self_loop);

  EXPECT_FALSE(g.FindId("group:nowhere").has_value());
  EXPECT_FALSE(g.FindId("").has_value());
}

TEST(KnowledgeGraph, DuplicateEntityIdsMakeOneVertex) {
  GraphData d = Sample();
  d.entities.push_back(Ent("place:iraq", EntityType::kPlace, "عراق آخر", {}, 1));
  KnowledgeGraph g = KnowledgeGraph::Build(std::move(d));
  EXPECT_EQ(boost::num_vertices(g.graph()), 6u);
  EXPECT_EQ(g.graph()[*g.FindId("place:iraq")].name, "العراق");
}

TEST(KnowledgeGraph, Lookup) {
  KnowledgeGraph g = KnowledgeGraph::Build(Sample());
  struct Case {
    const char* query;
    std::vector<std::string> ids;
  } cases[] = {
      {"group:islamic-state", {"group:islamic-state"}},                 // exact id
      {"داعش", {"group:islamic-state"}},                                 // name
      {"تنظيم الدولة الإسلامية", {"group:islamic-state"}},               // alias
      {"تنظيم الدولة الاسلامية", {"group:islamic-state"}},               // folded hamza
      {"بتنظيم الدولة الإسلامية", {"group:islamic-state"}},              // clitic ب taken off
      {"وتنظيمِ الدولةِ الإسلاميةِ", {"group:islamic-state"}},           // و + diacritics
      {"«داعش»", {"group:islamic-state"}},                               // quotes
      {"لداعش", {"group:islamic-state"}},                                // clitic ل
      {"islamic state", {"group:islamic-state"}},                        // English, case folded
      {"ISIS-K", {"group:islamic-state-khorasan"}},
      {"داعش خراسان", {"group:islamic-state-khorasan"}},
      // Ambiguous: both groups, most mentioned first.
      {"الدولة", {"group:islamic-state", "group:islamic-state-khorasan"}},
      {"والدولة", {"group:islamic-state", "group:islamic-state-khorasan"}},
      {"العراق", {"place:iraq"}},
      {"بالعراق", {"place:iraq"}},
      {"Iraq", {"place:iraq"}},
      // An exact folded match wins over a clitic-stripped one: "لبنان" is Lebanon, not ل + "بنان".
      {"لبنان", {"place:lebanon"}},
      // Names are indexed as written (folded), so "بنان" is only the person, not Lebanon.
      {"بنان", {"person:banan"}},
      {"هجوم كروكوس", {"attack:crocus-2024"}},
      {"الموصل", {}},
      {"", {}},
      {"\xff\xfe", {}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Ids(g, g.Lookup(c.query)), c.ids) << c.query;
  }
}

TEST(KnowledgeGraph, LookupTiesBreakById) {
  GraphData d;
  d.entities.push_back(Ent("person:b", EntityType::kPerson, "أبو محمد", {}, 5));
  d.entities.push_back(Ent("person:a", EntityType::kPerson, "ابو محمد", {}, 5));
  d.entities.push_back(Ent("person:c", EntityType::kPerson, "أبو محمّد", {}, 9));
  KnowledgeGraph g = KnowledgeGraph::Build(std::move(d));
  EXPECT_EQ(Ids(g, g.Lookup("ابو محمد")),
            (std::vector<std::string>{"person:c", "person:a", "person:b"}));
}

TEST(KnowledgeGraph, EmptyData) {
  KnowledgeGraph g = KnowledgeGraph::Build(GraphData{});
  EXPECT_EQ(boost::num_vertices(g.graph()), 0u);
  EXPECT_TRUE(g.Lookup("داعش").empty());
}

}  // namespace
}  // namespace kg
