// GEXF 1.3, valid against the official RELAX NG schema, as Gephi and graphology-gexf read it:
//
//   <?xml version="1.0" encoding="UTF-8"?>
//   <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
//     <meta><creator>kg</creator>…</meta>
//     <graph defaultedgetype="directed" mode="dynamic" timeformat="date">   static without dates
//       <attributes class="node"><attribute id="entity_type" title="entity_type" type="string"/>…
//       <nodes><node id="group:x" label="…" start="2024-03-22" end="2024-04-01">
//                <attvalues><attvalue for="entity_type" value="group"/>…</attvalues>
//                <viz:color r="228" g="26" b="28"/><viz:size value="14"/></node>…
//       <edges><edge id="e0" source="…" target="…" label="leader_of" kind="leader_of" weight="2">
//                <attvalues>…</attvalues></edge>…
//
// Attribute ids equal their titles (graphology keys attributes by a non-numeric id). `kind` keeps
// parallel edges of different relations apart in Gephi. `aliases` is a liststring written as
// ["a", "b"] with \ and " escaped inside the quotes (the list syntax Gephi and graphology parse).
// Nodes get start/end only from full YYYY-MM-DD first/last-seen dates.
#include "export/table.h"

namespace kg::export_detail {
namespace {

struct Attribute {
  const char* id;
  const char* type;
};

constexpr Attribute kNodeAttributes[] = {
    {"entity_type", "string"}, {"name_ar", "string"},   {"name_en", "string"},
    {"aliases", "liststring"}, {"mentions", "integer"}, {"articles", "integer"},
    {"first_seen", "string"},  {"last_seen", "string"},
};

constexpr Attribute kEdgeAttributes[] = {
    {"relation", "string"}, {"evidence_count", "integer"}, {"confidence", "double"},
    {"evidence", "string"}, {"article", "string"},
};

void AttributeBlock(std::string* s, const char* cls, const Attribute* begin, const Attribute* end) {
  s->append("    <attributes class=\"").append(cls).append("\">\n");
  for (const Attribute* a = begin; a != end; ++a) {
    s->append("      <attribute id=\"").append(a->id).append("\" title=\"").append(a->id);
    s->append("\" type=\"").append(a->type).append("\"/>\n");
  }
  s->append("    </attributes>\n");
}

void AttValue(std::string* s, const char* id, std::string_view value) {
  s->append("          <attvalue for=\"").append(id).append("\" value=\"");
  AppendXmlEscaped(value, true, s);
  s->append("\"/>\n");
}

std::string ListString(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out.append(", ");
    out.push_back('"');
    for (char c : items[i]) {
      if (c == '"' || c == '\\') out.push_back('\\');
      out.push_back(c);
    }
    out.push_back('"');
  }
  out.push_back(']');
  return out;
}

}  // namespace

void WriteGexf(const Table& t, std::ostream& out) {
  bool dated = false;
  for (const NodeRow& n : t.nodes)
    dated = dated || IsIsoDate(n.first_seen) || IsIsoDate(n.last_seen);

  std::string s;
  s.append(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
      "  <meta>\n"
      "    <creator>kg</creator>\n"
      "    <description>knowledge graph of armed groups extracted from Arabic news</description>\n"
      "  </meta>\n");
  s.append(dated ? "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n"
                 : "  <graph defaultedgetype=\"directed\" mode=\"static\">\n");
  AttributeBlock(&s, "node", std::begin(kNodeAttributes), std::end(kNodeAttributes));
  AttributeBlock(&s, "edge", std::begin(kEdgeAttributes), std::end(kEdgeAttributes));
  s.append("    <nodes count=\"").append(FormatInt(static_cast<long long>(t.nodes.size())));
  s.append("\">\n");
  out << s;

  for (const NodeRow& n : t.nodes) {
    s.clear();
    s.append("      <node id=\"").append(XmlEscape(n.id, true));
    s.append("\" label=\"").append(XmlEscape(n.label, true)).append("\"");
    const bool has_start = IsIsoDate(n.first_seen);
    const bool has_end = IsIsoDate(n.last_seen) && (!has_start || n.first_seen <= n.last_seen);
    if (has_start) s.append(" start=\"").append(n.first_seen).append("\"");
    if (has_end) s.append(" end=\"").append(n.last_seen).append("\"");
    s.append(">\n        <attvalues>\n");
    AttValue(&s, "entity_type", n.entity_type);
    AttValue(&s, "name_ar", n.name_ar);
    AttValue(&s, "name_en", n.name_en);
    AttValue(&s, "aliases", ListString(n.aliases));
    AttValue(&s, "mentions", FormatInt(n.mentions));
    AttValue(&s, "articles", FormatInt(n.articles));
    AttValue(&s, "first_seen", n.first_seen);
    AttValue(&s, "last_seen", n.last_seen);
    s.append("        </attvalues>\n");
    s.append("        <viz:color r=\"").append(FormatInt(n.color.r));
    s.append("\" g=\"").append(FormatInt(n.color.g));
    s.append("\" b=\"").append(FormatInt(n.color.b)).append("\"/>\n");
    s.append("        <viz:size value=\"").append(FormatDouble(n.size)).append("\"/>\n");
    s.append("      </node>\n");
    out << s;
  }
  s.clear();
  s.append("    </nodes>\n    <edges count=\"");
  s.append(FormatInt(static_cast<long long>(t.edges.size()))).append("\">\n");
  out << s;
  for (const EdgeRow& e : t.edges) {
    s.clear();
    s.append("      <edge id=\"").append(XmlEscape(e.id, true));
    s.append("\" source=\"").append(XmlEscape(e.source, true));
    s.append("\" target=\"").append(XmlEscape(e.target, true));
    s.append("\" label=\"").append(XmlEscape(e.relation, true));
    s.append("\" kind=\"").append(XmlEscape(e.relation, true));
    s.append("\" weight=\"").append(FormatDouble(e.weight)).append("\">\n");
    s.append("        <attvalues>\n");
    AttValue(&s, "relation", e.relation);
    AttValue(&s, "evidence_count", FormatInt(e.evidence_count));
    AttValue(&s, "confidence", FormatDouble(e.confidence));
    AttValue(&s, "evidence", e.evidence);
    AttValue(&s, "article", e.article);
    s.append("        </attvalues>\n      </edge>\n");
    out << s;
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace kg::export_detail
