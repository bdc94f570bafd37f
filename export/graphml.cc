// GraphML 1.0, as Gephi, yEd, NetworkX, igraph and graphology-graphml read it:
//
//   <?xml version="1.0" encoding="UTF-8"?>
//   <graphml xmlns=... >
//     <key id="label" for="node" attr.name="label" attr.type="string"/>   one per attribute
//     <graph id="kg" edgedefault="directed">
//       <node id="group:x"><data key="label">…</data>…</node>
//       <edge id="e0" source="group:x" target="place:y"><data key="relation">…</data>…</edge>
//
// Key ids are the attribute names themselves. Gephi maps a few of them to built-in fields, on
// purpose: node `label`, `size`, `r`, `g`, `b`; edge `weight`, and edge `edge_label` (attr.name
// "label"). No key uses `for="all"` or a type outside boolean/int/long/float/double/string.
#include "export/table.h"

namespace kg::export_detail {
namespace {

struct Key {
  const char* id;
  const char* domain;  // "node" or "edge"
  const char* name;
  const char* type;
};

constexpr Key kKeys[] = {
    {"label", "node", "label", "string"},
    {"entity_type", "node", "entity_type", "string"},
    {"name_ar", "node", "name_ar", "string"},
    {"name_en", "node", "name_en", "string"},
    {"aliases", "node", "aliases", "string"},
    {"mentions", "node", "mentions", "int"},
    {"articles", "node", "articles", "int"},
    {"first_seen", "node", "first_seen", "string"},
    {"last_seen", "node", "last_seen", "string"},
    {"r", "node", "r", "int"},
    {"g", "node", "g", "int"},
    {"b", "node", "b", "int"},
    {"size", "node", "size", "double"},
    {"relation", "edge", "relation", "string"},
    {"edge_label", "edge", "label", "string"},
    {"weight", "edge", "weight", "double"},
    {"evidence_count", "edge", "evidence_count", "int"},
    {"confidence", "edge", "confidence", "double"},
    {"evidence", "edge", "evidence", "string"},
    {"article", "edge", "article", "string"},
};

void Data(std::string* s, const char* key, std::string_view value) {
  s->append("      <data key=\"").append(key).append("\">");
  AppendXmlEscaped(value, false, s);
  s->append("</data>\n");
}

void Aliases(std::string* s, const std::vector<std::string>& aliases) {
  s->append("      <data key=\"aliases\">");
  for (size_t i = 0; i < aliases.size(); ++i) {
    if (i > 0) s->append(" | ");
    AppendXmlEscaped(aliases[i], false, s);
  }
  s->append("</data>\n");
}

// The document is built in a buffer handed to the stream in pieces of about this size.
constexpr size_t kFlushBytes = 1 << 18;

void FlushIfFull(std::string* s, std::ostream& out) {
  if (s->size() < kFlushBytes) return;
  out.write(s->data(), static_cast<std::streamsize>(s->size()));
  s->clear();
}

}  // namespace

void WriteGraphML(const Table& t, std::ostream& out) {
  std::string s;
  s.append(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
  for (const Key& k : kKeys) {
    s.append("  <key id=\"").append(k.id).append("\" for=\"").append(k.domain);
    s.append("\" attr.name=\"").append(k.name).append("\" attr.type=\"").append(k.type);
    s.append("\"/>\n");
  }
  s.append("  <graph id=\"kg\" edgedefault=\"directed\">\n");
  s.reserve(kFlushBytes + (1 << 16));

  for (const NodeRow& n : t.nodes) {
    s.append("    <node id=\"");
    AppendXmlEscaped(n.id, true, &s);
    s.append("\">\n");
    Data(&s, "label", n.label);
    Data(&s, "entity_type", n.entity_type);
    Data(&s, "name_ar", n.name_ar);
    Data(&s, "name_en", n.name_en);
    Aliases(&s, n.aliases);
    Data(&s, "mentions", FormatInt(n.mentions));
    Data(&s, "articles", FormatInt(n.articles));
    Data(&s, "first_seen", n.first_seen);
    Data(&s, "last_seen", n.last_seen);
    Data(&s, "r", FormatInt(n.color.r));
    Data(&s, "g", FormatInt(n.color.g));
    Data(&s, "b", FormatInt(n.color.b));
    Data(&s, "size", FormatDouble(n.size));
    s.append("    </node>\n");
    FlushIfFull(&s, out);
  }
  for (const EdgeRow& e : t.edges) {
    s.append("    <edge id=\"");
    AppendXmlEscaped(e.id, true, &s);
    s.append("\" source=\"");
    AppendXmlEscaped(e.source, true, &s);
    s.append("\" target=\"");
    AppendXmlEscaped(e.target, true, &s);
    s.append("\">\n");
    Data(&s, "relation", e.relation);
    Data(&s, "edge_label", e.relation);
    Data(&s, "weight", FormatDouble(e.weight));
    Data(&s, "evidence_count", FormatInt(e.evidence_count));
    Data(&s, "confidence", FormatDouble(e.confidence));
    Data(&s, "evidence", e.evidence);
    Data(&s, "article", e.article);
    s.append("    </edge>\n");
    FlushIfFull(&s, out);
  }
  s.append("  </graph>\n</graphml>\n");
  out.write(s.data(), static_cast<std::streamsize>(s.size()));
}

}  // namespace kg::export_detail
