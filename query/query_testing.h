// Test helpers for query/: small hand-made graphs written out in the test body.
//
//   kg::KnowledgeGraph g = kg::query::fixtures::Builder()
//                              .Rel("person:a", "leader_of", "group:b")
//                              .Rel("group:b", "fights", "group:c", 2.0)
//                              .Build();
//   kg::Vertex a = kg::query::fixtures::V(g, "person:a");
//
// Entities named in a relation are created on the fly; the type comes from the id's prefix and the
// display name defaults to the id.
#ifndef KG_QUERY_QUERY_TESTING_H_
#define KG_QUERY_QUERY_TESTING_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "graph/model.h"

namespace kg::query::fixtures {

class Builder {
 public:
  // Declares (or updates) an entity.
  Builder& Ent(const std::string& id, const std::string& name = "",
               std::vector<std::string> aliases = {}, int mentions = 1,
               const std::string& name_en = "") {
    AggregatedEntity& e = Find(id);
    if (!name.empty()) e.entity.name = name;
    if (!name_en.empty()) e.entity.name_en = name_en;
    e.entity.aliases = std::move(aliases);
    e.mention_count = mentions;
    return *this;
  }

  Builder& Rel(const std::string& source, const std::string& relation, const std::string& target,
               double weight = 1.0, const std::string& sentence = "",
               const std::string& article = "a1", double confidence = 0.9) {
    Find(source);
    Find(target);
    AggregatedRelation r;
    r.source = source;
    r.relation = relation;
    r.target = target;
    r.weight = weight;
    r.confidence = confidence;
    if (!sentence.empty()) {
      Evidence ev;
      ev.article = article;
      ev.text = sentence;
      ev.confidence = confidence;
      r.evidence.push_back(ev);
    }
    r.evidence_count = static_cast<int>(r.evidence.size());
    data_.relations.push_back(std::move(r));
    return *this;
  }

  // Adds more evidence to the last relation.
  Builder& Ev(const std::string& sentence, const std::string& article, double confidence) {
    AggregatedRelation& r = data_.relations.back();
    Evidence ev;
    ev.article = article;
    ev.text = sentence;
    ev.confidence = confidence;
    r.evidence.push_back(ev);
    r.evidence_count = static_cast<int>(r.evidence.size());
    return *this;
  }

  Builder& AddAttack(Attack a) {
    Find(a.id);
    data_.attacks.push_back(std::move(a));
    return *this;
  }

  Builder& AddArticle(const std::string& id, const std::string& date) {
    Article a;
    a.id = id;
    a.date = date;
    data_.articles.push_back(a);
    return *this;
  }

  AggregatedEntity& Find(const std::string& id) {
    for (AggregatedEntity& e : data_.entities) {
      if (e.entity.id == id) return e;
    }
    AggregatedEntity e;
    e.entity.id = id;
    e.entity.name = id;
    e.entity.type = ParseEntityType(id.substr(0, id.find(':'))).value_or(EntityType::kGroup);
    e.mention_count = 1;
    data_.entities.push_back(std::move(e));
    return data_.entities.back();
  }

  KnowledgeGraph Build() const { return KnowledgeGraph::Build(data_); }
  GraphData& data() { return data_; }

 private:
  GraphData data_;
};

inline Vertex V(const KnowledgeGraph& g, const std::string& id) {
  std::optional<Vertex> v = g.FindId(id);
  EXPECT_TRUE(v.has_value()) << id;
  return v.value_or(0);
}

inline std::vector<std::string> Ids(const KnowledgeGraph& g, const std::vector<Vertex>& vs) {
  std::vector<std::string> out;
  for (Vertex v : vs) out.push_back(g.graph()[v].id);
  return out;
}

inline std::vector<std::string> SortedIds(const KnowledgeGraph& g, const std::vector<Vertex>& vs) {
  std::vector<std::string> out = Ids(g, vs);
  std::sort(out.begin(), out.end());
  return out;
}

// "source relation target" for each edge.
inline std::vector<std::string> EdgeStrings(const KnowledgeGraph& g, const std::vector<Edge>& es) {
  std::vector<std::string> out;
  const Graph& graph = g.graph();
  for (Edge e : es) {
    out.push_back(graph[boost::source(e, graph)].id + " " + graph[e].relation + " " +
                  graph[boost::target(e, graph)].id);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace kg::query::fixtures

#endif  // KG_QUERY_QUERY_TESTING_H_
