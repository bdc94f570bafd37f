// Internal to export/: the selection flattened into rows of clean text and finite numbers, which
// every format writer reads. Only table.cc sees Boost.Graph; the writers see plain rows.
//
//   Table t;
//   Status s = BuildTable(g, selection, options, &t);
//   WriteGexf(t, out);
#ifndef KG_EXPORT_TABLE_H_
#define KG_EXPORT_TABLE_H_

#include <deque>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "export/export.h"

namespace kg::export_detail {

struct Rgb {
  int r = 0, g = 0, b = 0;
};

struct NodeRow {
  std::string id;           // ASCII [A-Za-z0-9:_.-], unique in the table
  std::string label;        // per ExportOptions::label, one line
  std::string entity_type;  // "group", "place", ...
  std::string name_ar;      // Arabic display name (may be empty)
  std::string name_en;
  std::vector<std::string> aliases;  // cleaned, non-empty, no duplicates
  int mentions = 0;
  int articles = 0;
  std::string first_seen;  // as stored: "YYYY", "YYYY-MM" or "YYYY-MM-DD"; may be empty
  std::string last_seen;
  Rgb color;
  double size = 1;  // > 0, grows with degree in the selection
};

// An edge's text is viewed, not copied: a million relations would otherwise mean millions of
// string copies before the first byte is written. The views point into the table's nodes (source,
// target), into the graph the table was built from when its text was clean already, or into the
// table's own `text` store; so a table lives no longer than its graph, and its nodes do not change
// once edges refer to them.
struct EdgeRow {
  std::string id;  // "e0", "e1", ... in selection order
  std::string_view source;  // the NodeRow ids
  std::string_view target;
  std::string_view relation;
  double weight = 1;  // finite, > 0
  int evidence_count = 0;
  double confidence = 0;       // finite, 0..1
  std::string_view evidence;   // best evidence text, may be empty
  std::string_view article;    // its article id
};

struct Table {
  std::vector<NodeRow> nodes;
  std::vector<EdgeRow> edges;
  std::deque<std::string> text;  // cleaned copies of text that was not clean (stable addresses)
};

Status BuildTable(const KnowledgeGraph& g, const Selection& selection, const ExportOptions& options,
                  Table* out);

// Valid UTF-8 with invalid bytes as U+FFFD, without the characters XML 1.0 forbids (C0 controls but
// tab, LF and CR; U+FFFE, U+FFFF), trimmed of surrounding white space.
std::string CleanText(std::string_view text);
// CleanText, with every run of inner white space (tab, LF, CR, space) made one space.
std::string CleanLine(std::string_view text);
// True when CleanText (CleanLine) would return `text` unchanged.
bool IsCleanText(std::string_view text);
bool IsCleanLine(std::string_view text);

// Locale-independent numbers: shortest round-trip text; non-finite values become 0.
std::string FormatDouble(double value);
std::string FormatInt(long long value);

// True for "YYYY-MM-DD" with plausible month and day.
bool IsIsoDate(std::string_view text);

// Format writers. Each writes the whole document; stream errors are checked by the caller.
void WriteGraphML(const Table& t, std::ostream& out);
void WriteGexf(const Table& t, std::ostream& out);
void WriteJson(const Table& t, std::ostream& out);
void WriteDot(const Table& t, std::ostream& out);
void WriteCsvNodes(const Table& t, std::ostream& out);
void WriteCsvEdges(const Table& t, std::ostream& out);
void WriteNeo4jNodes(const Table& t, std::ostream& out);
void WriteNeo4jRelationships(const Table& t, std::ostream& out);

// Escapes for XML text and double-quoted attribute values: & < > " and CR, TAB, LF as character
// references where `attribute` is true (attribute-value normalization would turn them into spaces).
void AppendXmlEscaped(std::string_view text, bool attribute, std::string* out);
std::string XmlEscape(std::string_view text, bool attribute = false);

}  // namespace kg::export_detail

#endif  // KG_EXPORT_TABLE_H_
