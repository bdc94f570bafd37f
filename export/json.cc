// graphology's serialization format, which Graph.from()/graph.import() and Gephi Lite read:
//
//   {"attributes":{"name":"kg"},
//    "options":{"type":"directed","multi":true,"allowSelfLoops":true},
//    "nodes":[{"key":"group:x","attributes":{"label":"…","entity_type":"group",…,
//              "aliases":["…"],"color":"#e41a1c","size":14}}, …],
//    "edges":[{"key":"e0","source":"group:x","target":"place:y",
//              "attributes":{"relation":"operates_in","label":"operates_in","weight":2,…}}, …]}
//
// Strings are UTF-8 with ", \ and control characters escaped (U+2028/U+2029 too, for JavaScript).
#include "export/table.h"

namespace kg::export_detail {
namespace {

void Quoted(std::string* s, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  s->push_back('"');
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
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
        s->append("\\r");
        break;
      case '\t':
        s->append("\\t");
        break;
      default:
        if (c < 0x20) {
          s->append("\\u00").push_back(kHex[c >> 4]);
          s->push_back(kHex[c & 0xF]);
        } else if (c == 0xE2 && i + 2 < text.size() &&
                   static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                   (static_cast<unsigned char>(text[i + 2]) == 0xA8 ||
                    static_cast<unsigned char>(text[i + 2]) == 0xA9)) {
          s->append(static_cast<unsigned char>(text[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029");
          i += 2;
        } else {
          s->push_back(static_cast<char>(c));
        }
    }
  }
  s->push_back('"');
}

void Field(std::string* s, std::string_view name, std::string_view value, bool first = false) {
  if (!first) s->push_back(',');
  Quoted(s, name);
  s->push_back(':');
  Quoted(s, value);
}

void Number(std::string* s, std::string_view name, std::string_view number) {
  s->push_back(',');
  Quoted(s, name);
  s->push_back(':');
  s->append(number);
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

void WriteJson(const Table& t, std::ostream& out) {
  std::string s =
      "{\"attributes\":{\"name\":\"kg\"},"
      "\"options\":{\"type\":\"directed\",\"multi\":true,\"allowSelfLoops\":true},\n"
      "\"nodes\":[";
  out << s;
  for (size_t i = 0; i < t.nodes.size(); ++i) {
    const NodeRow& n = t.nodes[i];
    s.clear();
    if (i > 0) s.push_back(',');
    s.append("\n{\"key\":");
    Quoted(&s, n.id);
    s.append(",\"attributes\":{");
    Field(&s, "label", n.label, true);
    Field(&s, "entity_type", n.entity_type);
    Field(&s, "name_ar", n.name_ar);
    Field(&s, "name_en", n.name_en);
    s.append(",\"aliases\":[");
    for (size_t a = 0; a < n.aliases.size(); ++a) {
      if (a > 0) s.push_back(',');
      Quoted(&s, n.aliases[a]);
    }
    s.push_back(']');
    Number(&s, "mentions", FormatInt(n.mentions));
    Number(&s, "articles", FormatInt(n.articles));
    Field(&s, "first_seen", n.first_seen);
    Field(&s, "last_seen", n.last_seen);
    Field(&s, "color", HexColor(n.color));
    Number(&s, "size", FormatDouble(n.size));
    s.append("}}");
    out << s;
  }
  out << "\n],\n\"edges\":[";
  for (size_t i = 0; i < t.edges.size(); ++i) {
    const EdgeRow& e = t.edges[i];
    s.clear();
    if (i > 0) s.push_back(',');
    s.append("\n{\"key\":");
    Quoted(&s, e.id);
    s.append(",\"source\":");
    Quoted(&s, e.source);
    s.append(",\"target\":");
    Quoted(&s, e.target);
    s.append(",\"attributes\":{");
    Field(&s, "relation", e.relation, true);
    Field(&s, "label", e.relation);
    Number(&s, "weight", FormatDouble(e.weight));
    Number(&s, "evidence_count", FormatInt(e.evidence_count));
    Number(&s, "confidence", FormatDouble(e.confidence));
    Field(&s, "evidence", e.evidence);
    Field(&s, "article", e.article);
    s.append("}}");
    out << s;
  }
  out << "\n]}\n";
}

}  // namespace kg::export_detail
