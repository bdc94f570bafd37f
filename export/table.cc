#include "export/table.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace kg::export_detail {
namespace {

// Decodes one UTF-8 sequence at text[*i]; returns the code point, or -1 for an invalid sequence
// (overlong, surrogate, beyond U+10FFFF, truncated), advancing *i past what was consumed.
int32_t NextCodePoint(std::string_view text, size_t* i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char b0 = byte(*i);
  if (b0 < 0x80) {
    ++*i;
    return b0;
  }
  int len = 0;
  int32_t cp = 0;
  int32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2, cp = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, cp = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    ++*i;
    return -1;
  }
  size_t k = *i + 1;
  for (int n = 1; n < len; ++n, ++k) {
    if (k >= text.size() || (byte(k) & 0xC0) != 0x80) {
      *i = k;  // resynchronise on the byte that broke the sequence
      return -1;
    }
    cp = (cp << 6) | (byte(k) & 0x3F);
  }
  *i = k;
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
  return cp;
}

void AppendUtf8(int32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool IsXmlForbidden(int32_t cp) {
  return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0xFFFE || cp == 0xFFFF;
}

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string Trim(std::string s) {
  size_t b = 0, e = s.size();
  while (b < e && IsAsciiSpace(s[b])) ++b;
  while (e > b && IsAsciiSpace(s[e - 1])) --e;
  return s.substr(b, e - b);
}

// Set1 from ColorBrewer, one colour per entity type.
Rgb TypeColor(EntityType type) {
  switch (type) {
    case EntityType::kGroup:
      return {228, 26, 28};
    case EntityType::kPlace:
      return {55, 126, 184};
    case EntityType::kPerson:
      return {152, 78, 163};
    case EntityType::kOrganization:
      return {255, 127, 0};
    case EntityType::kAttack:
      return {77, 175, 74};
  }
  return {153, 153, 153};
}

std::string SanitizeId(std::string_view id) {
  std::string out;
  out.reserve(id.size());
  for (char ch : id) {
    const unsigned char c = static_cast<unsigned char>(ch);
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == ':' || c == '_' || c == '.' || c == '-';
    out.push_back(ok ? ch : '_');
  }
  return out.empty() ? "n" : out;
}

std::string FirstNonEmpty(std::initializer_list<const std::string*> candidates) {
  for (const std::string* s : candidates) {
    if (!s->empty()) return *s;
  }
  return {};
}

}  // namespace

std::string CleanText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  size_t run = 0;  // start of the bytes kept as they are, copied in one piece
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c < 0x80) {
      ++i;
      continue;
    }
    const size_t at = i;
    const int32_t cp = NextCodePoint(text, &i);
    if (cp >= 0 && !IsXmlForbidden(cp)) continue;
    out.append(text.substr(run, at - run));
    if (cp < 0) AppendUtf8(0xFFFD, &out);
    run = i;
  }
  out.append(text.substr(run));
  return Trim(std::move(out));
}

bool IsCleanText(std::string_view text) {
  if (!text.empty() && (IsAsciiSpace(text.front()) || IsAsciiSpace(text.back()))) return false;
  size_t i = 0;
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c < 0x80) {
      ++i;
      continue;
    }
    const int32_t cp = NextCodePoint(text, &i);
    if (cp < 0 || IsXmlForbidden(cp)) return false;
  }
  return true;
}

bool IsCleanLine(std::string_view text) {
  for (size_t k = 0; k < text.size(); ++k) {
    const char c = text[k];
    if (c == '\t' || c == '\n' || c == '\r') return false;
    if (c == ' ' && k + 1 < text.size() && text[k + 1] == ' ') return false;
  }
  return IsCleanText(text);
}

std::string CleanLine(std::string_view text) {
  const std::string clean = CleanText(text);
  std::string out;
  out.reserve(clean.size());
  for (char c : clean) {
    if (IsAsciiSpace(c)) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out;  // CleanText trimmed both ends, so no trailing space can remain
}

std::string FormatDouble(double value) {
  if (!std::isfinite(value)) value = 0;
  if (value == 0) value = 0;  // no "-0"
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  if (ec != std::errc()) return "0";
  return std::string(buf, end);
}

std::string FormatInt(long long value) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  if (ec != std::errc()) return "0";
  return std::string(buf, end);
}

bool IsIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  const int month = (s[5] - '0') * 10 + (s[6] - '0');
  const int day = (s[8] - '0') * 10 + (s[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

void AppendXmlEscaped(std::string_view text, bool attribute, std::string* out) {
  // Bytes that may need a reference; everything else is copied in runs.
  static constexpr auto kSpecial = [] {
    std::array<bool, 256> special{};
    for (unsigned char c : {'&', '<', '>', '"', '\r', '\n', '\t'}) special[c] = true;
    return special;
  }();
  size_t run = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (!kSpecial[static_cast<unsigned char>(c)]) continue;
    std::string_view ref;
    switch (c) {
      case '&':
        ref = "&amp;";
        break;
      case '<':
        ref = "&lt;";
        break;
      case '>':
        ref = "&gt;";
        break;
      case '"':
        ref = "&quot;";
        break;
      case '\r':
        ref = "&#13;";
        break;
      case '\n':
        if (!attribute) continue;
        ref = "&#10;";
        break;
      default:  // '\t'
        if (!attribute) continue;
        ref = "&#9;";
        break;
    }
    out->append(text.data() + run, i - run);
    out->append(ref);
    run = i + 1;
  }
  out->append(text.data() + run, text.size() - run);
}

std::string XmlEscape(std::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size() + 16);
  AppendXmlEscaped(text, attribute, &out);
  return out;
}

Status BuildTable(const KnowledgeGraph& kg, const Selection& selection,
                  const ExportOptions& options, Table* out) {
  const Graph& g = kg.graph();
  const size_t vertex_count = boost::num_vertices(g);
  const GraphData& data = kg.data();

  // Vertices in selection order, then the ends of selected edges not already named.
  std::vector<Vertex> vertices;
  std::vector<int> row_of(vertex_count, -1);
  auto add_vertex = [&](Vertex v) -> Status {
    if (v >= vertex_count) {
      return Status::Error("export: selection names vertex " + std::to_string(v) +
                           " but the graph has " + std::to_string(vertex_count));
    }
    if (row_of[v] < 0) {
      row_of[v] = static_cast<int>(vertices.size());
      vertices.push_back(v);
    }
    return Status::Ok();
  };
  for (Vertex v : selection.vertices) {
    if (Status s = add_vertex(v); !s.ok()) return s;
  }
  // An edge named twice is written once. Selections rarely repeat one, so a sorted copy of the
  // keys settles it; a hash set (an allocation per edge) only runs when there is a repeat.
  std::vector<const void*> keys;
  keys.reserve(selection.edges.size());
  for (const Edge& e : selection.edges) keys.push_back(&g[e]);
  std::sort(keys.begin(), keys.end());
  const bool repeats = std::adjacent_find(keys.begin(), keys.end()) != keys.end();
  keys = {};
  std::vector<Edge> edges;
  edges.reserve(selection.edges.size());
  std::unordered_set<const void*> seen_edges;
  for (const Edge& e : selection.edges) {
    if (repeats && !seen_edges.insert(&g[e]).second) continue;
    if (Status s = add_vertex(boost::source(e, g)); !s.ok()) return s;
    if (Status s = add_vertex(boost::target(e, g)); !s.ok()) return s;
    edges.push_back(e);
  }

  std::vector<int> degree(vertices.size(), 0);
  for (const Edge& e : edges) {
    ++degree[row_of[boost::source(e, g)]];
    ++degree[row_of[boost::target(e, g)]];
  }

  // Filled in place: edges view the node ids and the text store, which must not move.
  Table& t = *out;
  t = Table{};
  t.nodes.reserve(vertices.size());
  std::unordered_set<std::string> taken_ids;
  for (size_t i = 0; i < vertices.size(); ++i) {
    const VertexProps& p = g[vertices[i]];
    const AggregatedEntity* entity = nullptr;
    if (p.entity_index >= 0 && static_cast<size_t>(p.entity_index) < data.entities.size()) {
      entity = &data.entities[p.entity_index];
    }
    NodeRow row;
    std::string id = SanitizeId(p.id);
    if (taken_ids.count(id)) {
      std::string base = id;
      for (int n = 2; taken_ids.count(id); ++n) id = base + "_" + std::to_string(n);
    }
    taken_ids.insert(id);
    row.id = std::move(id);
    row.entity_type = std::string(EntityTypeName(p.type));
    row.name_ar = CleanText(p.name);
    row.name_en = CleanText(p.name_en);
    const std::string line_ar = CleanLine(p.name);
    const std::string line_en = CleanLine(p.name_en);
    switch (options.label) {
      case ExportOptions::Label::kArabic:
        row.label = FirstNonEmpty({&line_ar, &line_en, &row.id});
        break;
      case ExportOptions::Label::kEnglish:
        row.label = FirstNonEmpty({&line_en, &line_ar, &row.id});
        break;
      case ExportOptions::Label::kLatin: {
        const std::string latin =
            line_ar.empty() ? std::string() : CleanLine(Transliterate(line_ar));
        row.label = FirstNonEmpty({&latin, &line_en, &row.id});
        break;
      }
    }
    if (entity != nullptr) {
      std::unordered_set<std::string> seen_alias;
      for (const std::string& alias : entity->entity.aliases) {
        std::string a = CleanLine(alias);
        if (!a.empty() && seen_alias.insert(a).second) row.aliases.push_back(std::move(a));
      }
      row.first_seen = CleanLine(entity->first_seen);
      row.last_seen = CleanLine(entity->last_seen);
    }
    row.mentions = p.mention_count;
    row.articles = p.article_count;
    row.color = TypeColor(p.type);
    row.size = 10.0 + 4.0 * std::sqrt(static_cast<double>(degree[i]));
    t.nodes.push_back(std::move(row));
  }

  // Text already clean is viewed where the graph holds it; the rest is cleaned into t.text.
  const auto text = [&t](std::string_view raw) -> std::string_view {
    if (IsCleanText(raw)) return raw;
    return t.text.emplace_back(CleanText(raw));
  };
  const auto line = [&t](std::string_view raw) -> std::string_view {
    if (IsCleanLine(raw)) return raw;
    return t.text.emplace_back(CleanLine(raw));
  };
  t.edges.reserve(edges.size());
  for (size_t i = 0; i < edges.size(); ++i) {
    const EdgeProps& p = g[edges[i]];
    EdgeRow& row = t.edges.emplace_back();
    row.id.assign("e").append(std::to_string(i));
    row.source = t.nodes[row_of[boost::source(edges[i], g)]].id;
    row.target = t.nodes[row_of[boost::target(edges[i], g)]].id;
    row.relation = line(p.relation);
    row.weight = std::isfinite(p.weight) && p.weight > 0 ? p.weight : 1.0;
    row.evidence_count = p.evidence_count;
    row.confidence = std::isfinite(p.confidence) ? std::clamp(p.confidence, 0.0, 1.0) : 0.0;
    if (p.relation_index >= 0 && static_cast<size_t>(p.relation_index) < data.relations.size()) {
      const AggregatedRelation& r = data.relations[p.relation_index];
      if (!r.evidence.empty()) {
        row.evidence = text(r.evidence.front().text);
        row.article = line(r.evidence.front().article);
      }
    }
  }
  return Status::Ok();
}

}  // namespace kg::export_detail
