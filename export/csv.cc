// Two CSV flavours, both RFC 4180 (comma, CRLF, fields with , " CR LF quoted, " doubled):
//
// Gephi's spreadsheet import (Data Laboratory → Import Spreadsheet):
//   nodes: Id,Label,entity_type,name_ar,name_en,aliases,mentions,articles,first_seen,last_seen
//   edges:
//   Source,Target,Type,Kind,Id,Label,Weight,relation,evidence_count,confidence,evidence,article
// Type is "Directed"; Kind (= relation) keeps parallel edges of different relations apart. These
// files also get opened in spreadsheets, so a text cell that begins with = + - @ TAB or CR is
// prefixed with ' (a spreadsheet would otherwise run it as a formula).
//
// `neo4j-admin database import` (--nodes X.nodes.csv --relationships X.relationships.csv):
//   nodes: id:ID,name,name_en,entity_type,aliases:string[],mentions:int,articles:int,
//          first_seen,last_seen,:LABEL                      :LABEL is "Entity;Group" etc.
//   relationships: :START_ID,:END_ID,:TYPE,weight:double,evidence_count:int,confidence:double,
//                  evidence,article                        :TYPE is the relation upper-cased
// Line breaks inside values become spaces (so no --multiline-fields is needed) and ';' inside an
// alias becomes ',' (';' separates array items).
#include "export/table.h"

namespace kg::export_detail {
namespace {

constexpr std::string_view kEol = "\r\n";

void Cell(std::string* s, std::string_view value, bool first = false) {
  if (!first) s->push_back(',');
  const bool quote = value.find_first_of(",\"\r\n") != std::string_view::npos ||
                     (!value.empty() && (value.front() == ' ' || value.back() == ' '));
  if (!quote) {
    s->append(value);
    return;
  }
  s->push_back('"');
  for (char c : value) {
    if (c == '"') s->push_back('"');
    s->push_back(c);
  }
  s->push_back('"');
}

// A text cell for a spreadsheet: formula triggers defused.
std::string Defused(std::string_view value) {
  if (!value.empty() && (value.front() == '=' || value.front() == '+' || value.front() == '-' ||
                         value.front() == '@' || value.front() == '\t' || value.front() == '\r')) {
    return "'" + std::string(value);
  }
  return std::string(value);
}

void TextCell(std::string* s, std::string_view value, bool first = false) {
  Cell(s, Defused(value), first);
}

std::string OneLine(std::string_view value) {
  std::string out(value);
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return out;
}

std::string Neo4jLabel(std::string_view entity_type) {
  std::string out(entity_type);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return "Entity;" + out;
}

std::string Neo4jType(std::string_view relation) {
  std::string out;
  for (char c : relation) {
    if (c >= 'a' && c <= 'z') {
      out.push_back(static_cast<char>(c - 'a' + 'A'));
    } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      out.push_back(c);
    } else {
      out.push_back('_');
    }
  }
  return out.empty() ? "RELATED" : out;
}

}  // namespace

void WriteCsvNodes(const Table& t, std::ostream& out) {
  std::string s =
      "Id,Label,entity_type,name_ar,name_en,aliases,mentions,articles,first_seen,last_seen";
  s.append(kEol);
  out << s;
  for (const NodeRow& n : t.nodes) {
    s.clear();
    std::string aliases;
    for (const std::string& a : n.aliases) {
      if (!aliases.empty()) aliases.append(" | ");
      aliases.append(a);
    }
    TextCell(&s, n.id, true);
    TextCell(&s, n.label);
    TextCell(&s, n.entity_type);
    TextCell(&s, n.name_ar);
    TextCell(&s, n.name_en);
    TextCell(&s, aliases);
    Cell(&s, FormatInt(n.mentions));
    Cell(&s, FormatInt(n.articles));
    TextCell(&s, n.first_seen);
    TextCell(&s, n.last_seen);
    s.append(kEol);
    out << s;
  }
}

void WriteCsvEdges(const Table& t, std::ostream& out) {
  std::string s =
      "Source,Target,Type,Kind,Id,Label,Weight,relation,evidence_count,confidence,evidence,article";
  s.append(kEol);
  out << s;
  for (const EdgeRow& e : t.edges) {
    s.clear();
    TextCell(&s, e.source, true);
    TextCell(&s, e.target);
    Cell(&s, "Directed");
    TextCell(&s, e.relation);
    TextCell(&s, e.id);
    TextCell(&s, e.relation);
    Cell(&s, FormatDouble(e.weight));
    TextCell(&s, e.relation);
    Cell(&s, FormatInt(e.evidence_count));
    Cell(&s, FormatDouble(e.confidence));
    TextCell(&s, e.evidence);
    TextCell(&s, e.article);
    s.append(kEol);
    out << s;
  }
}

void WriteNeo4jNodes(const Table& t, std::ostream& out) {
  std::string s =
      "id:ID,name,name_en,entity_type,aliases:string[],mentions:int,articles:int,first_seen,"
      "last_seen,:LABEL";
  s.append(kEol);
  out << s;
  for (const NodeRow& n : t.nodes) {
    s.clear();
    std::string aliases;
    for (const std::string& a : n.aliases) {
      if (!aliases.empty()) aliases.push_back(';');
      std::string item = OneLine(a);
      for (char& c : item) {
        if (c == ';') c = ',';
      }
      aliases.append(item);
    }
    Cell(&s, n.id, true);
    Cell(&s, OneLine(n.name_ar));
    Cell(&s, OneLine(n.name_en));
    Cell(&s, n.entity_type);
    Cell(&s, aliases);
    Cell(&s, FormatInt(n.mentions));
    Cell(&s, FormatInt(n.articles));
    Cell(&s, OneLine(n.first_seen));
    Cell(&s, OneLine(n.last_seen));
    Cell(&s, Neo4jLabel(n.entity_type));
    s.append(kEol);
    out << s;
  }
}

void WriteNeo4jRelationships(const Table& t, std::ostream& out) {
  std::string s =
      ":START_ID,:END_ID,:TYPE,weight:double,evidence_count:int,confidence:double,evidence,article";
  s.append(kEol);
  out << s;
  for (const EdgeRow& e : t.edges) {
    s.clear();
    Cell(&s, e.source, true);
    Cell(&s, e.target);
    Cell(&s, Neo4jType(e.relation));
    Cell(&s, FormatDouble(e.weight));
    Cell(&s, FormatInt(e.evidence_count));
    Cell(&s, FormatDouble(e.confidence));
    Cell(&s, OneLine(e.evidence));
    Cell(&s, OneLine(e.article));
    s.append(kEol);
    out << s;
  }
}

}  // namespace kg::export_detail
