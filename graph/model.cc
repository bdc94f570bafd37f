#include "graph/model.h"

#include <algorithm>

namespace kg {

std::string_view EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kGroup: return "group";
    case EntityType::kPlace: return "place";
    case EntityType::kPerson: return "person";
    case EntityType::kOrganization: return "organization";
    case EntityType::kAttack: return "attack";
  }
  return "group";
}

std::optional<EntityType> ParseEntityType(std::string_view name) {
  struct Row { std::string_view name; EntityType type; };
  static constexpr Row kRows[] = {
      {"group", EntityType::kGroup},       {"groups", EntityType::kGroup},
      {"place", EntityType::kPlace},       {"places", EntityType::kPlace},
      {"person", EntityType::kPerson},     {"people", EntityType::kPerson},
      {"persons", EntityType::kPerson},    {"organization", EntityType::kOrganization},
      {"organizations", EntityType::kOrganization}, {"org", EntityType::kOrganization},
      {"orgs", EntityType::kOrganization}, {"attack", EntityType::kAttack},
      {"attacks", EntityType::kAttack}};
  for (const Row& r : kRows) {
    if (r.name == name) return r.type;
  }
  return std::nullopt;
}

bool IsKnownRelation(std::string_view relation) {
  return std::find(std::begin(kRelationTypes), std::end(kRelationTypes), relation) !=
         std::end(kRelationTypes);
}

bool EvidenceBefore(const Evidence& a, const Evidence& b) {
  if (a.confidence != b.confidence) return a.confidence > b.confidence;
  if (a.article != b.article) return a.article < b.article;
  if (a.sentence != b.sentence) return a.sentence < b.sentence;
  if (a.start != b.start) return a.start < b.start;
  return a.end < b.end;
}

bool IsSymmetricRelation(std::string_view relation) {
  return relation == "fights" || relation == "allied_with" || relation == "co_mentioned";
}

}  // namespace kg
