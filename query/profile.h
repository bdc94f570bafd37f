// Everything the store knows about one entity, for `kg show`: its names, the aliases and the
// article that introduced each, its relations both ways with every piece of evidence, and its
// attacks.
//
//   kg::query::EntityProfile p = kg::query::Profile(g, v);
//   for (const kg::query::RelationInfo& r : p.outgoing) ... r.evidence[0].text ...
#ifndef KG_QUERY_PROFILE_H_
#define KG_QUERY_PROFILE_H_

#include <string>
#include <vector>

#include "graph/graph.h"
#include "graph/model.h"
#include "query/timeline.h"

namespace kg::query {

struct AliasInfo {
  std::string alias;
  std::string article;  // the article that introduced it; empty when the lexicon did
};

// One stored relation seen from the profiled entity.
struct RelationInfo {
  Edge edge;
  Vertex other = 0;  // the entity at the far end (the profiled one itself for a self-loop)
  std::string relation;
  double weight = 0;
  int evidence_count = 0;
  double confidence = 0;
  std::vector<Evidence> evidence;  // all of it, best first
};

struct EntityProfile {
  Vertex vertex = 0;
  std::string id;
  EntityType type = EntityType::kGroup;
  std::string name;
  std::string name_en;
  int mention_count = 0;
  int article_count = 0;
  std::string first_seen;
  std::string last_seen;
  std::vector<AliasInfo> aliases;      // as stored
  std::vector<RelationInfo> outgoing;  // v → other; typed relations first, then by weight
  std::vector<RelationInfo> incoming;  // other → v; same order; self-loops only in outgoing
  std::vector<TimelineEntry> attacks;  // Timeline(g, v)
};

EntityProfile Profile(const KnowledgeGraph& g, Vertex v);

}  // namespace kg::query

#endif  // KG_QUERY_PROFILE_H_
