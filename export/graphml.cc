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

std::string JoinAliases(const std::vector<std::string>& aliases) {
  std::string out;
  for (const std::string& a : aliases) {
    if (!out.empty()) out.append(" | ");
    out.append(a);
  }
  return out;
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
  out << s;

  for (const NodeRow& n : t.nodes) {
    s.clear();
    s.append("    <node id=\"").append(XmlEscape(n.id, true)).append("\">\n");
    Data(&s, "label", n.label);
    Data(&s, "entity_type", n.entity_type);
    Data(&s, "name_ar", n.name_ar);
    Data(&s, "name_en", n.name_en);
    Data(&s, "aliases", JoinAliases(n.aliases));
    Data(&s, "mentions", FormatInt(n.mentions));
    Data(&s, "articles", FormatInt(n.articles));
    Data(&s, "first_seen", n.first_seen);
    Data(&s, "last_seen", n.last_seen);
    Data(&s, "r", FormatInt(n.color.r));
    Data(&s, "g", FormatInt(n.color.g));
    Data(&s, "b", FormatInt(n.color.b));
    Data(&s, "size", FormatDouble(n.size));
    s.append("    </node>\n");
    out << s;
  }
  for (const EdgeRow& e : t.edges) {
    s.clear();
    s.append("    <edge id=\"").append(XmlEscape(e.id, true));
    s.append("\" source=\"").append(XmlEscape(e.source, true));
    s.append("\" target=\"").append(XmlEscape(e.target, true)).append("\">\n");
    Data(&s, "relation", e.relation);
    Data(&s, "edge_label", e.relation);
    Data(&s, "weight", FormatDouble(e.weight));
    Data(&s, "evidence_count", FormatInt(e.evidence_count));
    Data(&s, "confidence", FormatDouble(e.confidence));
    Data(&s, "evidence", e.evidence);
    Data(&s, "article", e.article);
    s.append("    </edge>\n");
    out << s;
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace kg::export_detail
