// Graphviz DOT:
//
//   digraph kg {
//     node [style=filled, fontname="Noto Naskh Arabic,sans-serif"];
//     "group:x" [label="…", entity_type="group", fillcolor="#e41a1c"];
//     "group:x" -> "place:y" [label="operates_in", kg_weight="2.5", weight=3, evidence_count=4];
//   }
//
// Every id and string is double-quoted with \ and " escaped and line breaks written as \n, so
// neither DOT keywords nor Arabic text can break the syntax. Graphviz's own `weight` must be an
// integer for dot, so it is the rounded weight (at least 1) and the exact value is kg_weight.
#include <algorithm>
#include <cmath>

#include "export/table.h"

namespace kg::export_detail {
namespace {

void Quoted(std::string* s, std::string_view text) {
  s->push_back('"');
  for (char c : text) {
    switch (c) {
      case '"':
        s->append("\\\"");
        break;
      case '\\':
        s->append("\\\\");
        break;
      case '\n':
        s->append("\\n");
        break;
      case '\r':
        break;
      case '\t':
        s->push_back(' ');
        break;
      default:
        s->push_back(c);
    }
  }
  s->push_back('"');
}

void Attr(std::string* s, std::string_view name, std::string_view value, bool first = false) {
  if (!first) s->append(", ");
  s->append(name).push_back('=');
  Quoted(s, value);
}

std::string HexColor(const Rgb& c) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "#";
  for (int v : {c.r, c.g, c.b}) {
    out.push_back(kHex[(v >> 4) & 0xF]);
    out.push_back(kHex[v & 0xF]);
  }
  return out;
}

}  // namespace

void WriteDot(const Table& t, std::ostream& out) {
  out << "digraph kg {\n  node [style=filled, fontname=\"Noto Naskh Arabic,sans-serif\"];\n";
  std::string s;
  for (const NodeRow& n : t.nodes) {
    s.assign("  ");
    Quoted(&s, n.id);
    s.append(" [");
    Attr(&s, "label", n.label, true);
    Attr(&s, "entity_type", n.entity_type);
    Attr(&s, "fillcolor", HexColor(n.color));
    s.append("];\n");
    out << s;
  }
  for (const EdgeRow& e : t.edges) {
    s.assign("  ");
    Quoted(&s, e.source);
    s.append(" -> ");
    Quoted(&s, e.target);
    s.append(" [");
    Attr(&s, "label", e.relation, true);
    Attr(&s, "kg_weight", FormatDouble(e.weight));
    s.append(", weight=").append(FormatInt(std::max(1LL, std::llround(std::min(e.weight, 1e9)))));
    s.append(", evidence_count=").append(FormatInt(e.evidence_count));
    s.append("];\n");
    out << s;
  }
  out << "}\n";
}

}  // namespace kg::export_detail
