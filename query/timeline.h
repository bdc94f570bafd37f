// The attacks in the store in date order, optionally only those involving one entity.
//
// The store keeps one attack row per (attack, article), so the same event reported by several
// articles keeps each source's figures apart. Timeline folds those rows into one entry per attack
// id with one claim per article; when the sources disagree on the killed or injured the entry is
// marked competing, and the analyst sees who said what.
//
// An attack involves an entity when the entity is its place, perpetrator or target, when a typed
// relation links the two (claimed, targeted, occurred_in, ...), or when the entity is the attack.
//
//   for (const kg::query::TimelineEntry& e : kg::query::Timeline(g, isis)) ...
#ifndef KG_QUERY_TIMELINE_H_
#define KG_QUERY_TIMELINE_H_

#include <optional>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "graph/model.h"

namespace kg::query {

// What one article reported about an attack.
struct Claim {
  std::string article;       // article id
  std::string article_date;  // the article's date when known
  std::optional<int> killed;
  std::optional<int> injured;
  bool approximate = false;  // "نحو", "أكثر من"
  Evidence evidence;         // the sentence the figures come from
};

struct TimelineEntry {
  std::string attack_id;
  std::optional<Vertex> vertex;  // the attack's own vertex, when the graph has it
  std::string name;
  std::string date;         // the most precise date any source gives; empty when unknown
  std::string place;        // entity ids as reported (first source that names one); may be
  std::string perpetrator;  // empty, and may be unknown to the graph
  std::string target;
  std::vector<Claim> claims;       // one per article, by article id
  bool competing = false;          // sources disagree on killed or injured
  std::vector<std::string> roles;  // with an entity: how it is involved ("place", "perpetrator",
                                   // "target", "attack" or a relation name), in that order
};

// Attacks by date (a year before its months and days; unknown dates last), then by id. With
// `involving`, only the attacks that involve that entity.
std::vector<TimelineEntry> Timeline(const KnowledgeGraph& g,
                                    std::optional<Vertex> involving = std::nullopt);

}  // namespace kg::query

#endif  // KG_QUERY_TIMELINE_H_
