// The kg data model: what an article yields (entities, mentions, relations with evidence, attacks)
// and the aggregated knowledge graph built from many articles.
//
// Every other module speaks in these plain structs. Ids are stable strings such as
// "group:islamic-state" or "person:abu-hafs-al-hashimi-al-qurashi"; offsets are Unicode code point
// offsets into the original article text (as Python's str indexes it), half-open [start, end).
//
//   kg::ArticleExtraction x = extractor.Extract(article_id, text);
//   store.Ingest(x, text);
//   kg::GraphData data = store.Load();
#ifndef KG_GRAPH_MODEL_H_
#define KG_GRAPH_MODEL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

enum class EntityType : uint8_t { kGroup, kPlace, kPerson, kOrganization, kAttack };

// "group", "place", "person", "organization", "attack".
std::string_view EntityTypeName(EntityType type);
// Parses the names above (and a few plurals/abbreviations: "groups", "org", "people").
std::optional<EntityType> ParseEntityType(std::string_view name);

// The relation types kg extracts. `co_mentioned` links entities named in one sentence and is kept
// apart from the typed relations in scoring and in default path search.
inline constexpr std::string_view kRelationTypes[] = {
    "leader_of",   "member_of", "spokesperson_of", "official_of", "branch_of",  "allied_with",
    "fights",      "operates_in", "located_in",    "perpetrated", "claimed",    "targeted",
    "occurred_in", "killed_in", "captured_by",     "held_in",     "co_mentioned"};
bool IsKnownRelation(std::string_view relation);
// fights, allied_with and co_mentioned hold in both directions.
bool IsSymmetricRelation(std::string_view relation);

// Where a fact was read: a slice of one article.
struct Evidence {
  std::string article;      // article id (file name without extension)
  int sentence = -1;        // sentence index within the article
  int start = 0;            // code point offset of the cited text in the article
  int end = 0;              // one past the last code point
  std::string text;         // exactly text[start, end) of the article
  double confidence = 1.0;  // 0..1
  bool hedged = false;      // reported or attributed ("يعتقد", "تردد أن") rather than asserted
};

// The order a relation's evidence is kept and shown in: the most confident first, then by
// article, sentence and offsets, so that every load and query lists it the same way.
bool EvidenceBefore(const Evidence& a, const Evidence& b);

// One occurrence of an entity in an article.
struct Mention {
  std::string text;  // the surface exactly as written, clitics included
  int start = 0;     // code point offsets into the article
  int end = 0;
  int sentence = -1;
};

struct Entity {
  std::string id;                    // stable, e.g. "group:islamic-state"
  EntityType type = EntityType::kGroup;
  std::string name;                  // display name, Arabic when known
  std::string name_en;               // English name, may be empty
  std::vector<std::string> aliases;  // other spellings seen or known (no duplicates)
  std::vector<Mention> mentions;     // in the article being extracted; empty in aggregates
};

struct Relation {
  std::string source;    // entity id
  std::string relation;  // one of kRelationTypes
  std::string target;    // entity id
  Evidence evidence;
};

// An attack is an event: it is also an Entity of type kAttack with the same id, so that relations
// (perpetrated, claimed, occurred_in, targeted) can point at it.
struct Attack {
  std::string id;           // "attack:<place>-<date>" or similar, stable for the same event
  std::string name;         // short description, e.g. "هجوم موسكو"
  std::string place;        // entity id or empty
  std::string perpetrator;  // entity id or empty
  std::string target;       // entity id or empty
  std::string date;         // "YYYY", "YYYY-MM" or "YYYY-MM-DD"; empty when unknown
  std::optional<int> killed;
  std::optional<int> injured;
  bool approximate = false;  // "نحو", "ما يقرب من", "أكثر من"
  Evidence evidence;
};

struct Article {
  std::string id;            // file name without extension
  std::string path;          // as given on the command line ("-" for stdin)
  std::string title;         // first non-empty line, when it looks like a title
  std::string date;          // "YYYY-MM-DD" when the article carries or was given one
  std::string content_hash;  // hex digest of the raw bytes
};

// Everything one article yields.
struct ArticleExtraction {
  Article article;
  std::vector<Entity> entities;  // includes one kAttack entity per attack
  std::vector<Relation> relations;
  std::vector<Attack> attacks;
};

// A relation aggregated over all its evidence in the store: one per (source, relation, target).
struct AggregatedRelation {
  std::string source;
  std::string relation;
  std::string target;
  int evidence_count = 0;
  double weight = 0;           // > 0; grows with evidence count and confidence
  double confidence = 0;       // best confidence of its evidence
  std::vector<Evidence> evidence;  // best first
};

// An entity aggregated over the store.
struct AggregatedEntity {
  Entity entity;                // mentions left empty
  int mention_count = 0;
  int article_count = 0;
  std::string first_seen;       // earliest article date known, may be empty
  std::string last_seen;
  // (alias, article that introduced it); "correction N" for an alias an analyst added (kg alias).
  std::vector<std::pair<std::string, std::string>> alias_sources;
  std::vector<std::string> merged_ids;  // entities merged into this one by corrections (kg merge)
};

// The whole store as plain data: what query/ and export/ read.
struct GraphData {
  std::vector<AggregatedEntity> entities;
  std::vector<AggregatedRelation> relations;
  std::vector<Attack> attacks;  // one row per (attack, article): competing figures stay apart
  std::vector<Article> articles;
};

}  // namespace kg

#endif  // KG_GRAPH_MODEL_H_
