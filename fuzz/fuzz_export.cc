// Fuzz target: a small graph whose every string (ids, names, aliases, relations, evidence, attack
// fields, dates) comes from the input, raw bytes included, written as GraphML, GEXF, JSON and DOT.
// Every write must succeed; GraphML and GEXF must be well-formed XML (fuzz/xml_check.h) and JSON
// must parse (RapidJSON). Numbers are finite, as the store only ever yields finite weights.
//
// Input shape: a stream of fields, each a length byte then that many bytes (short reads give
// empty strings), read as a small program: counts first, then each entity and relation in turn.
#include <rapidjson/document.h>

#include <cmath>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include "export/export.h"
#include "fuzz/fuzz_check.h"
#include "fuzz/xml_check.h"
#include "graph/graph.h"

namespace {

class Reader {
 public:
  Reader(const uint8_t* data, size_t size) : data_(data), size_(size) {}
  uint8_t Byte() { return pos_ < size_ ? data_[pos_++] : 0; }
  std::string String() {
    const size_t n = std::min<size_t>(Byte() % 48, size_ - pos_);
    std::string s(reinterpret_cast<const char*>(data_ + pos_), n);
    pos_ += n;
    return s;
  }
  double Number() { return Byte() / 16.0; }

 private:
  const uint8_t* data_;
  size_t size_;
  size_t pos_ = 0;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Reader in(data, size);
  kg::GraphData g;
  const int entities = 1 + in.Byte() % 8;
  const int relations = in.Byte() % 12;
  for (int i = 0; i < entities; ++i) {
    kg::AggregatedEntity e;
    e.entity.type = static_cast<kg::EntityType>(in.Byte() % 5);
    e.entity.id = std::string(kg::EntityTypeName(e.entity.type)) + ":" + in.String();
    e.entity.name = in.String();
    e.entity.name_en = in.String();
    for (int a = in.Byte() % 3; a > 0; --a) e.entity.aliases.push_back(in.String());
    e.mention_count = in.Byte();
    e.article_count = in.Byte();
    e.first_seen = in.String();
    e.last_seen = in.String();
    g.entities.push_back(std::move(e));
  }
  for (int i = 0; i < relations; ++i) {
    kg::AggregatedRelation r;
    r.source = g.entities[in.Byte() % entities].entity.id;
    r.target = g.entities[in.Byte() % entities].entity.id;
    const uint8_t rel = in.Byte();
    r.relation = rel < 200 ? std::string(kg::kRelationTypes[rel % std::size(kg::kRelationTypes)]) : in.String();
    r.evidence_count = 1 + in.Byte() % 4;
    r.weight = 0.1 + in.Number();
    r.confidence = in.Number() / 16;
    kg::Evidence ev;
    ev.article = in.String();
    ev.text = in.String();
    ev.start = in.Byte();
    ev.end = ev.start + in.Byte();
    ev.confidence = r.confidence;
    ev.hedged = in.Byte() & 1;
    r.evidence.push_back(std::move(ev));
    g.relations.push_back(std::move(r));
  }
  if (in.Byte() & 1) {
    kg::Attack a;
    a.id = "attack:" + in.String();
    a.name = in.String();
    a.place = g.entities[in.Byte() % entities].entity.id;
    a.perpetrator = in.String();
    a.date = in.String();
    if (in.Byte() & 1) a.killed = in.Byte();
    g.attacks.push_back(std::move(a));
  }
  const kg::KnowledgeGraph graph = kg::KnowledgeGraph::Build(std::move(g));
  kg::ExportOptions options;
  options.label = static_cast<kg::ExportOptions::Label>(in.Byte() % 3);
  options.include_co_mentioned = in.Byte() & 1;
  const kg::Selection selection = kg::SelectAll(graph, options);
  for (kg::Format f : {kg::Format::kGraphML, kg::Format::kGexf, kg::Format::kJson, kg::Format::kDot}) {
    options.format = f;
    std::ostringstream out;
    kg::Status s = kg::Write(graph, selection, options, out);
    FUZZ_CHECK(s.ok(), s.message().c_str());
    const std::string text = out.str();
    if (f == kg::Format::kGraphML || f == kg::Format::kGexf) {
      const std::string problem = kg::fuzz::CheckXml(text);
      if (!problem.empty()) std::fprintf(stderr, "%s\n", text.c_str());
      FUZZ_CHECK(problem.empty(), problem.c_str());
    } else if (f == kg::Format::kJson) {
      rapidjson::Document d;
      d.Parse(text.data(), text.size());
      FUZZ_CHECK(!d.HasParseError(), "JSON export does not parse");
    } else {
      FUZZ_CHECK(text.rfind("}\n") == text.size() - 2, "DOT export does not end with }");
    }
  }
  return 0;
}
