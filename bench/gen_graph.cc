// kg_bench_graph: a scale-free typed knowledge graph written straight into a kg store (one
// transaction, Store::BulkLoad), and the same graph as an edge list for NetworkX and igraph.
//
//   kg_bench_graph --entities 100000 --relations 1000000 --seed 7 --store g.db --edges g.tsv
//
// Entities get types (person, group, place, organization, attack) and Arabic names built from name
// parts; relation ends are drawn per relation type from the right entity types, each entity with a
// Chung-Lu weight (rank^-1/(gamma-1), gamma 2.5, ranks shuffled), so degrees follow a power law
// with a few hubs, as news graphs have. (source, relation, target) triples are distinct; one in ten
// has a second piece of evidence. Everything follows from the seed.
//
// Edge list (UTF-8, tab-separated): a header line "# n m", then "n" node lines
// "N <index> <id> <type> <name>" in kg's vertex order (by id), then one line per relation
// "E <source index> <target index> <relation> <weight>", weight as the store aggregates it.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#include "graph/store.h"

namespace {

struct RelationType {
  const char* name;
  kg::EntityType source;
  kg::EntityType target;
  double share;
  const char* verb;  // for the evidence sentence
};

using kg::EntityType;
constexpr RelationType kRelations[] = {
    {"member_of", EntityType::kPerson, EntityType::kGroup, 0.13, "ينتمي إلى"},
    {"leader_of", EntityType::kPerson, EntityType::kGroup, 0.03, "يتزعم"},
    {"spokesperson_of", EntityType::kPerson, EntityType::kOrganization, 0.02, "متحدث باسم"},
    {"official_of", EntityType::kPerson, EntityType::kOrganization, 0.05, "مسؤول في"},
    {"branch_of", EntityType::kGroup, EntityType::kGroup, 0.03, "فرع تابع لـ"},
    {"allied_with", EntityType::kGroup, EntityType::kGroup, 0.04, "متحالف مع"},
    {"fights", EntityType::kOrganization, EntityType::kGroup, 0.08, "يقاتل"},
    {"operates_in", EntityType::kGroup, EntityType::kPlace, 0.10, "ينشط في"},
    {"located_in", EntityType::kOrganization, EntityType::kPlace, 0.04, "يقع في"},
    {"perpetrated", EntityType::kGroup, EntityType::kAttack, 0.04, "نفذ"},
    {"claimed", EntityType::kGroup, EntityType::kAttack, 0.02, "تبنى"},
    {"targeted", EntityType::kAttack, EntityType::kOrganization, 0.02, "استهدف"},
    {"occurred_in", EntityType::kAttack, EntityType::kPlace, 0.04, "وقع في"},
    {"killed_in", EntityType::kPerson, EntityType::kAttack, 0.02, "قتل في"},
    {"captured_by", EntityType::kPlace, EntityType::kGroup, 0.01, "سيطر عليه"},
    {"held_in", EntityType::kPerson, EntityType::kPlace, 0.01, "محتجز في"},
    {"co_mentioned", EntityType::kPerson, EntityType::kGroup, 0.32, "ذكر مع"},
};
constexpr int kRelationCount = sizeof(kRelations) / sizeof(kRelations[0]);

// Share of each entity type, in EntityType order (group, place, person, organization, attack).
constexpr double kTypeShare[] = {0.15, 0.22, 0.40, 0.15, 0.08};
constexpr const char* kTypePrefix[] = {"group", "place", "person", "organization", "attack"};

const char* kFirst[] = {"محمد", "أحمد", "عبد الله", "عمر", "خالد", "يوسف", "إبراهيم", "حسن",
                        "علي", "مصطفى", "سعيد", "طارق", "أبو بكر", "أبو محمد", "حمزة", "زياد"};
const char* kLast[] = {"العبيدي", "الجبوري", "الدليمي", "الشمري", "القرشي", "المصري", "الليبي",
                       "التونسي", "الصومالي", "الأنصاري", "الحسيني", "البغدادي", "الزرقاوي",
                       "العدناني", "الهاشمي", "الكردي"};
const char* kGroupHead[] = {"كتائب", "جماعة", "لواء", "جبهة", "سرايا", "حركة", "جيش", "تنظيم"};
const char* kWord[] = {"النصر", "الفتح", "الحق", "الشام", "الرافدين", "الصحراء", "الساحل",
                       "الجنوب", "الشمال", "الفرقان", "الأنصار", "المهاجرين", "التوحيد",
                       "الجهاد", "الهجرة", "البادية"};
const char* kPlaceHead[] = {"مدينة", "قرية", "بلدة", "محافظة", "منطقة", "ريف", "ناحية", "مخيم"};
const char* kOrgHead[] = {"وزارة", "مركز", "وكالة", "قوات", "مجلس", "هيئة", "منظمة", "جهاز"};

std::string Name(EntityType type, uint64_t i, std::mt19937_64& rng) {
  auto pick = [&](const auto& list) { return list[rng() % (sizeof(list) / sizeof(list[0]))]; };
  const std::string n = std::to_string(i % 997);
  switch (type) {
    case EntityType::kPerson:
      return std::string(pick(kFirst)) + " " + pick(kLast) + " " + n;
    case EntityType::kGroup:
      return std::string(pick(kGroupHead)) + " " + pick(kWord) + " " + n;
    case EntityType::kPlace:
      return std::string(pick(kPlaceHead)) + " " + pick(kWord) + " " + n;
    case EntityType::kOrganization:
      return std::string(pick(kOrgHead)) + " " + pick(kWord) + " " + n;
    case EntityType::kAttack:
      return std::string("هجوم ") + pick(kWord) + " " + n;
  }
  return n;
}

// Draws vertices of one type with probability proportional to their Chung-Lu weight.
class Sampler {
 public:
  void Add(int32_t v, double w) {
    vertices_.push_back(v);
    total_ += w;
    cumulative_.push_back(total_);
  }
  int32_t Draw(std::mt19937_64& rng) const {
    const double x = std::uniform_real_distribution<double>(0, total_)(rng);
    const size_t i = std::upper_bound(cumulative_.begin(), cumulative_.end(), x) - cumulative_.begin();
    return vertices_[std::min(i, vertices_.size() - 1)];
  }
  bool empty() const { return vertices_.empty(); }

 private:
  std::vector<int32_t> vertices_;
  std::vector<double> cumulative_;
  double total_ = 0;
};

// An open-addressing set of 64-bit keys (never 0).
class KeySet {
 public:
  explicit KeySet(size_t expected) {
    size_t cap = 16;
    while (cap < expected * 2) cap *= 2;
    slots_.assign(cap, 0);
  }
  bool Insert(uint64_t key) {
    size_t i = (key * 0x9E3779B97F4A7C15ull) >> 20 & (slots_.size() - 1);
    while (slots_[i] != 0) {
      if (slots_[i] == key) return false;
      i = (i + 1) & (slots_.size() - 1);
    }
    slots_[i] = key;
    return true;
  }

 private:
  std::vector<uint64_t> slots_;
};

struct Options {
  int64_t entities = 10000;
  int64_t relations = 100000;
  uint64_t seed = 7;
  std::string store;
  std::string edges;
};

bool Parse(int argc, char** argv, Options* o) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--entities") {
      o->entities = std::stoll(value());
    } else if (a == "--relations") {
      o->relations = std::stoll(value());
    } else if (a == "--seed") {
      o->seed = std::stoull(value());
    } else if (a == "--store") {
      o->store = value();
    } else if (a == "--edges") {
      o->edges = value();
    } else {
      std::cerr << "kg_bench_graph: unknown argument " << a << "\n";
      return false;
    }
  }
  if (o->store.empty() || o->edges.empty() || o->entities < 10 || o->relations < 1) {
    std::cerr << "usage: kg_bench_graph --entities N --relations M --seed S --store FILE.db "
                 "--edges FILE.tsv\n";
    return false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  if (!Parse(argc, argv, &o)) return 2;
  const auto started = std::chrono::steady_clock::now();
  std::mt19937_64 rng(o.seed);
  const int64_t n = o.entities;

  // Entities: types by share; ids sort by type then number, which is kg's vertex order.
  std::vector<kg::Entity> entities(n);
  std::vector<int> count(5, 0);
  {
    std::discrete_distribution<int> type_of(std::begin(kTypeShare), std::end(kTypeShare));
    std::vector<int> types(n);
    for (int64_t i = 0; i < n; ++i) types[i] = type_of(rng);
    std::sort(types.begin(), types.end(), [](int a, int b) {
      return std::strcmp(kTypePrefix[a], kTypePrefix[b]) < 0;
    });
    char buf[64];
    for (int64_t i = 0; i < n; ++i) {
      kg::Entity& e = entities[i];
      e.type = static_cast<EntityType>(types[i]);
      std::snprintf(buf, sizeof buf, "%s:n%09d", kTypePrefix[types[i]], count[types[i]]++);
      e.id = buf;
      e.name = Name(e.type, static_cast<uint64_t>(i), rng);
      std::snprintf(buf, sizeof buf, "%s %lld", kTypePrefix[types[i]], static_cast<long long>(i));
      e.name_en = buf;
      if (rng() % 4 == 0) e.aliases.push_back(e.name + " " + kWord[rng() % 16]);
    }
  }
  // Chung-Lu weights over shuffled ranks.
  std::vector<Sampler> by_type(5);
  {
    std::vector<int64_t> rank(n);
    std::iota(rank.begin(), rank.end(), 0);
    std::shuffle(rank.begin(), rank.end(), rng);
    const double exponent = -1.0 / (2.5 - 1.0);
    for (int64_t i = 0; i < n; ++i) {
      by_type[static_cast<int>(entities[i].type)].Add(static_cast<int32_t>(i),
                                                      std::pow(static_cast<double>(rank[i] + 1),
                                                               exponent));
    }
  }
  Sampler any;
  {
    // co_mentioned links any two entities: one sampler over everything.
    std::vector<int64_t> rank(n);
    std::iota(rank.begin(), rank.end(), 0);
    std::shuffle(rank.begin(), rank.end(), rng);
    for (int64_t i = 0; i < n; ++i) {
      any.Add(static_cast<int32_t>(i), std::pow(static_cast<double>(rank[i] + 1), -1.0 / 1.5));
    }
  }

  // Relations: distinct (source, relation, target), no self-loops.
  struct Rel {
    int32_t s, t;
    int8_t r;
  };
  std::vector<Rel> rels;
  rels.reserve(o.relations);
  {
    std::vector<double> shares;
    for (const RelationType& r : kRelations) shares.push_back(r.share);
    std::discrete_distribution<int> relation_of(shares.begin(), shares.end());
    KeySet seen(static_cast<size_t>(o.relations));
    int64_t attempts = 0;
    while (static_cast<int64_t>(rels.size()) < o.relations && attempts < o.relations * 20) {
      ++attempts;
      const int r = relation_of(rng);
      const RelationType& rt = kRelations[r];
      const bool co = std::strcmp(rt.name, "co_mentioned") == 0;
      const Sampler& from = co ? any : by_type[static_cast<int>(rt.source)];
      const Sampler& to = co ? any : by_type[static_cast<int>(rt.target)];
      if (from.empty() || to.empty()) continue;
      const int32_t s = from.Draw(rng), t = to.Draw(rng);
      if (s == t) continue;
      const uint64_t key =
          (static_cast<uint64_t>(s) << 32 | static_cast<uint32_t>(t)) * 32 + static_cast<uint64_t>(r) + 1;
      if (!seen.Insert(key)) continue;
      rels.push_back({s, t, static_cast<int8_t>(r)});
    }
  }
  const int64_t m = static_cast<int64_t>(rels.size());
  const int64_t articles = std::max<int64_t>(1, m / 20);

  // The store.
  std::unique_ptr<kg::Store> store;
  std::remove(o.store.c_str());
  kg::Status s = kg::Store::Open(o.store, kg::Store::Mode::kReadWrite, &store);
  if (!s.ok()) {
    std::cerr << "kg_bench_graph: " << s.message() << "\n";
    return 1;
  }
  std::vector<double> weight(m, 0);
  const double confidences[] = {0.5, 0.6, 0.7, 0.8, 0.9, 1.0};
  s = store->BulkLoad([&](kg::Store::BulkSink& sink) -> kg::Status {
    char buf[64];
    auto article_id = [&](int64_t a) {
      std::snprintf(buf, sizeof buf, "b%08lld", static_cast<long long>(a));
      return std::string(buf);
    };
    for (int64_t a = 0; a < articles; ++a) {
      kg::Article art;
      art.id = article_id(a);
      art.path = art.id + ".txt";
      art.title = "تقرير " + std::to_string(a);
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", 2014 + static_cast<int>(rng() % 12),
                    1 + static_cast<int>(rng() % 12), 1 + static_cast<int>(rng() % 28));
      art.date = buf;
      art.content_hash = std::to_string(a);
      if (kg::Status st = sink.AddArticle(art); !st.ok()) return st;
    }
    for (const kg::Entity& e : entities) {
      if (kg::Status st = sink.AddEntity(e, article_id(static_cast<int64_t>(rng() % articles)));
          !st.ok()) {
        return st;
      }
    }
    kg::Relation rel;
    for (int64_t i = 0; i < m; ++i) {
      const Rel& r = rels[i];
      rel.source = entities[r.s].id;
      rel.target = entities[r.t].id;
      rel.relation = kRelations[r.r].name;
      const int evidence = rng() % 10 == 0 ? 2 : 1;
      for (int k = 0; k < evidence; ++k) {
        kg::Evidence& ev = rel.evidence;
        ev.article = article_id(static_cast<int64_t>(rng() % articles));
        ev.sentence = static_cast<int>(rng() % 30);
        ev.text = "وقالت مصادر إن " + entities[r.s].name + " " + kRelations[r.r].verb + " " +
                  entities[r.t].name + ".";
        ev.start = static_cast<int>(rng() % 4000);
        ev.end = ev.start + static_cast<int>(ev.text.size() / 2);
        ev.confidence = confidences[rng() % 6];
        ev.hedged = rng() % 10 == 0;
        weight[i] += ev.confidence;
        if (kg::Status st = sink.AddRelation(rel); !st.ok()) return st;
      }
    }
    return kg::Status::Ok();
  });
  if (!s.ok()) {
    std::cerr << "kg_bench_graph: " << s.message() << "\n";
    return 1;
  }

  // The edge list.
  std::ofstream out(o.edges, std::ios::binary | std::ios::trunc);
  out << "# " << n << " " << m << "\n";
  for (int64_t i = 0; i < n; ++i) {
    out << "N\t" << i << "\t" << entities[i].id << "\t" << kTypePrefix[static_cast<int>(entities[i].type)]
        << "\t" << entities[i].name << "\n";
  }
  char buf[64];
  for (int64_t i = 0; i < m; ++i) {
    std::snprintf(buf, sizeof buf, "%.17g", std::max(weight[i], 0.01));
    out << "E\t" << rels[i].s << "\t" << rels[i].t << "\t" << kRelations[rels[i].r].name << "\t"
        << buf << "\n";
  }
  out.close();
  if (!out) {
    std::cerr << "kg_bench_graph: cannot write " << o.edges << "\n";
    return 1;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cout << "kg_bench_graph: " << n << " entities, " << m << " relations, " << articles
            << " articles in " << o.store << " and " << o.edges << " (" << seconds << " s)\n";
  return 0;
}
