#include "export/export.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <stdlib.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <limits>
#include <locale>
#include <sstream>

#include "export/table.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

// A nasty name: a C0 control, the four XML specials, a right-to-left mark, an emoji, an invalid
// byte, a DEL, and inner line breaks.
const std::string kNasty =
    "\x01"
    "A & B < C > \"D\"\xE2\x80\x8F \xF0\x9F\x98\x80 \xFF\x7F\n\tend";
// What every format must carry for it: controls gone, invalid byte → U+FFFD, DEL kept (XML allows
// it), inner line breaks kept in attributes but folded into one space in labels.
const std::string kNastyClean =
    "A & B < C > \"D\"\xE2\x80\x8F \xF0\x9F\x98\x80 \xEF\xBF\xBD\x7F\n\tend";
const std::string kNastyLabel =
    "A & B < C > \"D\"\xE2\x80\x8F \xF0\x9F\x98\x80 \xEF\xBF\xBD\x7F end";

AggregatedEntity MakeEntity(std::string id, EntityType type, std::string name, std::string name_en,
                            std::vector<std::string> aliases, int mentions, std::string first = "",
                            std::string last = "") {
  AggregatedEntity a;
  a.entity.id = std::move(id);
  a.entity.type = type;
  a.entity.name = std::move(name);
  a.entity.name_en = std::move(name_en);
  a.entity.aliases = std::move(aliases);
  a.mention_count = mentions;
  a.article_count = (mentions + 1) / 2;
  a.first_seen = std::move(first);
  a.last_seen = std::move(last);
  return a;
}

AggregatedRelation MakeRelation(std::string s, std::string rel, std::string t, double weight,
                                int count, double confidence, std::string evidence) {
  AggregatedRelation r;
  r.source = std::move(s);
  r.relation = std::move(rel);
  r.target = std::move(t);
  r.weight = weight;
  r.evidence_count = count;
  r.confidence = confidence;
  Evidence e;
  e.article = "001_a672ac0111bc7385";
  e.text = std::move(evidence);
  e.confidence = confidence;
  r.evidence.push_back(e);
  return r;
}

std::string LongEvidence() {
  std::string s;
  while (s.size() < 20 * 1024) s += "أعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم في الموصل. ";
  return s;
}

// Five entities (one with the nasty name), seven relations: two parallel pairs, a self-loop, one
// relation to an unknown entity (dropped by Build).
KnowledgeGraph NastyGraph() {
  GraphData d;
  d.entities.push_back(MakeEntity(
      "group:islamic-state", EntityType::kGroup, "تنظيم الدولة الإسلامية", "Islamic State",
      {"داعش", "الدولة الإسلامية في العراق والشام", "ISIS"}, 42, "2024-03-22", "2024-04-01"));
  d.entities.push_back(MakeEntity("place:mosul", EntityType::kPlace, "الموصل", "Mosul", {}, 7));
  d.entities.push_back(MakeEntity("person:abu-hafs", EntityType::kPerson, "أبو حفص الهاشمي القرشي",
                                  "", {"أبو حفص"}, 3, "2023", ""));
  d.entities.push_back(MakeEntity("organization:nasty", EntityType::kOrganization, kNasty,
                                  "=HYPERLINK(\"http://example.invalid\")",
                                  {"+1", "-2", "@sum", "semi;colon", "back\\slash \"q\"", "+1"},
                                  1));
  d.entities.push_back(MakeEntity("attack:moscow-2024-03-22", EntityType::kAttack, "هجوم موسكو",
                                  "Moscow attack", {}, 5, "2024-03-22", "2024-03-22"));
  d.relations.push_back(MakeRelation("person:abu-hafs", "leader_of", "group:islamic-state", 3.5, 2,
                                     0.9, "أعلن المتحدث أن أبا حفص هو زعيم التنظيم"));
  d.relations.push_back(MakeRelation("group:islamic-state", "operates_in", "place:mosul", 2.25, 4,
                                     0.8, LongEvidence()));
  d.relations.push_back(MakeRelation("group:islamic-state", "co_mentioned", "place:mosul", 0.5, 1,
                                     0.5, "\n  داعش في الموصل  \n"));
  d.relations.push_back(MakeRelation("group:islamic-state", "claimed", "attack:moscow-2024-03-22",
                                     1.5, 1, 1.0, "تبنى التنظيم الهجوم"));
  d.relations.push_back(MakeRelation("group:islamic-state", "perpetrated",
                                     "attack:moscow-2024-03-22", 1, 1, 0.75, "نفذ التنظيم الهجوم"));
  d.relations.push_back(MakeRelation("organization:nasty", "allied_with", "organization:nasty",
                                     1e-7, 1, 0.5, kNasty));
  d.relations.push_back(
      MakeRelation("group:islamic-state", "fights", "group:unknown", 1, 1, 1, "x"));
  return KnowledgeGraph::Build(std::move(d));
}

std::string Export(const KnowledgeGraph& g, Format format,
                   ExportOptions::Label label = ExportOptions::Label::kArabic) {
  ExportOptions opt;
  opt.format = format;
  opt.label = label;
  std::ostringstream out;
  ExportResult r;
  Status s = Write(g, SelectAll(g, opt), opt, out, &r);
  EXPECT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(r.nodes, 5);
  EXPECT_EQ(r.edges, 6);
  return out.str();
}

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t p = haystack.find(needle); p != std::string::npos; p = haystack.find(needle, p + 1))
    ++n;
  return n;
}

bool HasControl(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    const unsigned char u = static_cast<unsigned char>(c);
    return u < 0x20 && u != '\n' && u != '\t' && u != '\r';
  });
}

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

class TempDir {
 public:
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "kg-export-test-XXXXXX").string();
    path_ = ::mkdtemp(tmpl.data()) ? tmpl : "";
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }
  std::vector<std::string> Names() const {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(path_))
      names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }

 private:
  fs::path path_;
};

TEST(ParseFormat, Names) {
  struct Case {
    const char* name;
    std::optional<Format> format;
  } cases[] = {
      {"graphml", Format::kGraphML}, {"gexf", Format::kGexf},   {"json", Format::kJson},
      {"csv", Format::kCsv},         {"neo4j", Format::kNeo4j}, {"dot", Format::kDot},
      {"GraphML", std::nullopt},     {"", std::nullopt},        {"xml", std::nullopt},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(ParseFormat(c.name), c.format) << c.name;
    if (c.format) {
      EXPECT_EQ(FormatName(*c.format), c.name);
    }
  }
}

TEST(CleanText, Table) {
  using export_detail::CleanLine;
  using export_detail::CleanText;
  struct Case {
    std::string in, text, line;
  } cases[] = {
      {"plain", "plain", "plain"},
      {"  \n trimmed \t ", "trimmed", "trimmed"},
      {"a\x01\x02\x1F"
       "b",
       "ab", "ab"},
      {"a\n\n b", "a\n\n b", "a b"},
      {"\xFF", "\xEF\xBF\xBD", "\xEF\xBF\xBD"},
      {"\xC0\xAF", "\xEF\xBF\xBD", "\xEF\xBF\xBD"},         // overlong "/"
      {"\xED\xA0\x80x", "\xEF\xBF\xBDx", "\xEF\xBF\xBDx"},  // lone surrogate
      {"\xE2\x82", "\xEF\xBF\xBD", "\xEF\xBF\xBD"},         // truncated
      {"a\xEF\xBF\xBE"
       "b\xEF\xBF\xBF",
       "ab", "ab"},  // U+FFFE, U+FFFF
      {"\xE2\x80\x8F"
       "داعش",
       "\xE2\x80\x8F"
       "داعش",
       "\xE2\x80\x8F"
       "داعش"},  // RLM kept
      {kNasty, kNastyClean, kNastyLabel},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(CleanText(c.in), c.text) << c.in;
    EXPECT_EQ(CleanLine(c.in), c.line) << c.in;
    // The checks that let clean text be viewed instead of copied agree with the cleaners.
    for (const std::string& s : {c.in, c.text, c.line}) {
      EXPECT_EQ(export_detail::IsCleanText(s), CleanText(s) == s) << s;
      EXPECT_EQ(export_detail::IsCleanLine(s), CleanLine(s) == s) << s;
    }
  }
  EXPECT_TRUE(export_detail::IsCleanLine(""));
  EXPECT_FALSE(export_detail::IsCleanLine("a  b"));
  EXPECT_TRUE(export_detail::IsCleanText("a  b\nc"));
  EXPECT_FALSE(export_detail::IsCleanLine("a  b\nc"));
}

TEST(XmlEscape, RunsAndReferences) {
  using export_detail::XmlEscape;
  EXPECT_EQ(XmlEscape(""), "");
  EXPECT_EQ(XmlEscape("داعش"), "داعش");
  EXPECT_EQ(XmlEscape("&<>\""), "&amp;&lt;&gt;&quot;");
  EXPECT_EQ(XmlEscape("a & b\r\nc\td", false), "a &amp; b&#13;\nc\td");
  EXPECT_EQ(XmlEscape("a & b\r\nc\td", true), "a &amp; b&#13;&#10;c&#9;d");
  EXPECT_EQ(XmlEscape("x>", true), "x&gt;");
}

TEST(FormatNumbers, CLocaleAndFinite) {
  using export_detail::FormatDouble;
  EXPECT_EQ(FormatDouble(1.5), "1.5");
  EXPECT_EQ(FormatDouble(2), "2");
  EXPECT_EQ(FormatDouble(1e-7), "1e-07");
  EXPECT_EQ(FormatDouble(-0.0), "0");
  EXPECT_EQ(FormatDouble(std::numeric_limits<double>::quiet_NaN()), "0");
  EXPECT_EQ(FormatDouble(std::numeric_limits<double>::infinity()), "0");
  EXPECT_EQ(export_detail::FormatInt(-12), "-12");
  EXPECT_TRUE(export_detail::IsIsoDate("2024-03-22"));
  for (const char* bad :
       {"2024", "2024-03", "2024-13-01", "2024-00-10", "2024-03-32", "24-03-22x"}) {
    EXPECT_FALSE(export_detail::IsIsoDate(bad)) << bad;
  }
}

TEST(SelectAll, Filters) {
  const KnowledgeGraph g = NastyGraph();
  ExportOptions opt;
  Selection all = SelectAll(g, opt);
  EXPECT_EQ(all.vertices.size(), 5u);
  EXPECT_EQ(all.edges.size(), 6u);

  opt.include_co_mentioned = false;
  EXPECT_EQ(SelectAll(g, opt).edges.size(), 5u);

  opt.min_weight = 1.5;
  EXPECT_EQ(SelectAll(g, opt).edges.size(), 3u);  // leader_of 3.5, operates_in 2.25, claimed 1.5

  opt = ExportOptions();
  opt.types = {EntityType::kGroup, EntityType::kAttack};
  Selection s = SelectAll(g, opt);
  EXPECT_EQ(s.vertices.size(), 2u);
  EXPECT_EQ(s.edges.size(), 2u);  // claimed, perpetrated

  opt = ExportOptions();
  opt.relations = {"leader_of"};
  opt.drop_isolated = true;
  s = SelectAll(g, opt);
  EXPECT_EQ(s.edges.size(), 1u);
  EXPECT_EQ(s.vertices.size(), 2u);
}

TEST(Write, EdgesAloneBringTheirEnds) {
  const KnowledgeGraph g = NastyGraph();
  ExportOptions opt;
  opt.format = Format::kJson;
  Selection all = SelectAll(g, opt);
  Selection sel;
  sel.edges = {all.edges[0], all.edges[0]};  // duplicates are written once
  std::ostringstream out;
  ExportResult r;
  ASSERT_TRUE(Write(g, sel, opt, out, &r).ok());
  EXPECT_EQ(r.nodes, 2);
  EXPECT_EQ(r.edges, 1);

  sel.vertices = {Vertex(99)};
  Status s = Write(g, sel, opt, out, &r);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("vertex 99"), std::string::npos) << s.message();
}

TEST(Write, TwoFileFormatsRefuseAStream) {
  const KnowledgeGraph g = NastyGraph();
  for (Format f : {Format::kCsv, Format::kNeo4j}) {
    ExportOptions opt;
    opt.format = f;
    std::ostringstream out;
    EXPECT_FALSE(Write(g, SelectAll(g, opt), opt, out).ok());
  }
}

TEST(GraphML, StructureAndKeys) {
  const std::string x = Export(NastyGraph(), Format::kGraphML);
  EXPECT_EQ(x.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml ", 0), 0u);
  EXPECT_NE(x.find("<graph id=\"kg\" edgedefault=\"directed\">"), std::string::npos);
  EXPECT_NE(x.find("<key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>"),
            std::string::npos);
  EXPECT_NE(
      x.find("<key id=\"edge_label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>"),
      std::string::npos);
  EXPECT_NE(x.find("<key id=\"r\" for=\"node\" attr.name=\"r\" attr.type=\"int\"/>"),
            std::string::npos);
  EXPECT_NE(x.find("<key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>"),
            std::string::npos);
  EXPECT_EQ(x.find("for=\"all\""), std::string::npos);
  EXPECT_EQ(x.find("key id=\"d"), std::string::npos);
  EXPECT_EQ(x.find("attr.type=\"integer\""), std::string::npos);
  EXPECT_EQ(Count(x, "<key "), 20u);
  EXPECT_EQ(Count(x, "<node "), 5u);
  EXPECT_EQ(Count(x, "<edge "), 6u);
  EXPECT_NE(x.find("<data key=\"label\">تنظيم الدولة الإسلامية</data>"), std::string::npos);
  EXPECT_NE(x.find("<data key=\"aliases\">داعش | الدولة الإسلامية في العراق والشام | ISIS</data>"),
            std::string::npos);
  EXPECT_NE(x.find("<edge id=\"e0\" source=\"person:abu-hafs\" target=\"group:islamic-state\">"),
            std::string::npos);
  EXPECT_NE(x.find("<data key=\"weight\">3.5</data>"), std::string::npos);
  EXPECT_NE(x.find("<data key=\"weight\">1e-07</data>"), std::string::npos);
  EXPECT_NE(x.find("<data key=\"r\">228</data>"), std::string::npos);
  // Parallel relations and the self-loop are separate edges.
  EXPECT_NE(x.find("source=\"organization:nasty\" target=\"organization:nasty\""),
            std::string::npos);
  EXPECT_EQ(Count(x, "source=\"group:islamic-state\" target=\"place:mosul\""), 2u);
  // The 20 KB evidence is written whole.
  EXPECT_NE(x.find(LongEvidence().substr(0, LongEvidence().size() - 1) + "</data>"),
            std::string::npos);
  // Evidence that was surrounded by white space is trimmed: nothing between tags and text.
  EXPECT_NE(x.find("<data key=\"evidence\">داعش في الموصل</data>"), std::string::npos);
}

TEST(GraphML, Escaping) {
  const std::string x = Export(NastyGraph(), Format::kGraphML);
  EXPECT_FALSE(HasControl(x));
  EXPECT_NE(x.find("<data key=\"label\">A &amp; B &lt; C &gt; &quot;D&quot;\xE2\x80\x8F "
                   "\xF0\x9F\x98\x80 \xEF\xBF\xBD\x7F end</data>"),
            std::string::npos);
  EXPECT_NE(x.find("<data key=\"name_ar\">A &amp; B &lt; C &gt; &quot;D&quot;\xE2\x80\x8F "
                   "\xF0\x9F\x98\x80 \xEF\xBF\xBD\x7F\n\tend</data>"),
            std::string::npos);
  EXPECT_EQ(x.find("\xFF"), std::string::npos);
}

TEST(Gexf, Structure) {
  const std::string x = Export(NastyGraph(), Format::kGexf);
  EXPECT_EQ(
      x.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" "
              "xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n",
              0),
      0u);
  EXPECT_EQ(x.find("schemaLocation"), std::string::npos);
  EXPECT_NE(x.find("<graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">"),
            std::string::npos);
  EXPECT_NE(x.find("<attribute id=\"aliases\" title=\"aliases\" type=\"liststring\"/>"),
            std::string::npos);
  EXPECT_NE(x.find("<attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>"),
            std::string::npos);
  EXPECT_NE(x.find("<node id=\"group:islamic-state\" label=\"تنظيم الدولة الإسلامية\" "
                   "start=\"2024-03-22\" end=\"2024-04-01\">"),
            std::string::npos);
  // "2023" is not a full date: no start, and no end without a date either.
  EXPECT_NE(x.find("<node id=\"person:abu-hafs\" label=\"أبو حفص الهاشمي القرشي\">"),
            std::string::npos);
  EXPECT_NE(x.find("<viz:color r=\"228\" g=\"26\" b=\"28\"/>"), std::string::npos);
  EXPECT_NE(x.find("<viz:size value=\""), std::string::npos);
  EXPECT_EQ(x.find("<viz:size value=\"0\""), std::string::npos);
  EXPECT_NE(x.find("label=\"claimed\" kind=\"claimed\" weight=\"1.5\">"), std::string::npos);
  EXPECT_NE(x.find("label=\"perpetrated\" kind=\"perpetrated\" weight=\"1\">"), std::string::npos);
  EXPECT_EQ(Count(x, "<node "), 5u);
  EXPECT_EQ(Count(x, "<edge "), 6u);
  EXPECT_NE(x.find("<attvalue for=\"aliases\" value=\"[&quot;داعش&quot;, "
                   "&quot;الدولة الإسلامية في العراق والشام&quot;, &quot;ISIS&quot;]\"/>"),
            std::string::npos);
  // Quotes and backslashes inside list items are escaped for the list syntax, then for XML; the
  // duplicate "+1" is dropped.
  EXPECT_NE(x.find("value=\"[&quot;+1&quot;, &quot;-2&quot;, &quot;@sum&quot;, "
                   "&quot;semi;colon&quot;, &quot;back\\\\slash \\&quot;q\\&quot;&quot;]\""),
            std::string::npos);
  EXPECT_NE(x.find("<attvalue for=\"aliases\" value=\"[]\"/>"), std::string::npos);
}

TEST(Gexf, EscapingInAttributes) {
  const std::string x = Export(NastyGraph(), Format::kGexf);
  EXPECT_FALSE(HasControl(x));
  EXPECT_NE(x.find("label=\"A &amp; B &lt; C &gt; &quot;D&quot;\xE2\x80\x8F \xF0\x9F\x98\x80 "
                   "\xEF\xBF\xBD\x7F end\""),
            std::string::npos);
  // Line breaks and tabs inside attribute values survive as character references.
  EXPECT_NE(x.find("\xEF\xBF\xBD\x7F&#10;&#9;end\"/>"), std::string::npos);
}

TEST(Gexf, StaticWithoutDates) {
  GraphData d;
  d.entities.push_back(MakeEntity("place:x", EntityType::kPlace, "س", "", {}, 1, "2024", ""));
  KnowledgeGraph g = KnowledgeGraph::Build(std::move(d));
  ExportOptions opt;
  opt.format = Format::kGexf;
  std::ostringstream out;
  ASSERT_TRUE(Write(g, SelectAll(g, opt), opt, out).ok());
  EXPECT_NE(out.str().find("<graph defaultedgetype=\"directed\" mode=\"static\">"),
            std::string::npos);
  EXPECT_EQ(out.str().find("start="), std::string::npos);
}

TEST(Json, GraphologySerialization) {
  const std::string x = Export(NastyGraph(), Format::kJson);
  rapidjson::Document doc;
  doc.Parse(x.data(), x.size());
  ASSERT_FALSE(doc.HasParseError()) << doc.GetParseError() << " at " << doc.GetErrorOffset();
  ASSERT_TRUE(doc.IsObject());
  ASSERT_TRUE(doc.HasMember("options") && doc["options"].IsObject());
  EXPECT_STREQ(doc["options"]["type"].GetString(), "directed");
  EXPECT_TRUE(doc["options"]["multi"].GetBool());
  EXPECT_TRUE(doc["options"]["allowSelfLoops"].GetBool());
  ASSERT_TRUE(doc["nodes"].IsArray());
  ASSERT_TRUE(doc["edges"].IsArray());
  ASSERT_EQ(doc["nodes"].Size(), 5u);
  ASSERT_EQ(doc["edges"].Size(), 6u);
  const auto& n0 = doc["nodes"][0];
  EXPECT_STREQ(n0["key"].GetString(), "group:islamic-state");
  EXPECT_STREQ(n0["attributes"]["label"].GetString(), "تنظيم الدولة الإسلامية");
  EXPECT_STREQ(n0["attributes"]["color"].GetString(), "#e41a1c");
  EXPECT_EQ(n0["attributes"]["mentions"].GetInt(), 42);
  EXPECT_EQ(n0["attributes"]["aliases"].Size(), 3u);
  EXPECT_GT(n0["attributes"]["size"].GetDouble(), 0);
  const auto& nasty = doc["nodes"][3]["attributes"];
  EXPECT_EQ(std::string(nasty["label"].GetString(), nasty["label"].GetStringLength()), kNastyLabel);
  EXPECT_EQ(std::string(nasty["name_ar"].GetString(), nasty["name_ar"].GetStringLength()),
            kNastyClean);
  EXPECT_EQ(nasty["aliases"][4].GetString(), std::string("back\\slash \"q\""));
  const auto& e0 = doc["edges"][0];
  EXPECT_STREQ(e0["key"].GetString(), "e0");
  EXPECT_STREQ(e0["source"].GetString(), "person:abu-hafs");
  EXPECT_STREQ(e0["attributes"]["relation"].GetString(), "leader_of");
  EXPECT_DOUBLE_EQ(e0["attributes"]["weight"].GetDouble(), 3.5);
  EXPECT_EQ(e0["attributes"]["evidence_count"].GetInt(), 2);
  EXPECT_FALSE(HasControl(x));
  EXPECT_NE(x.find("\\n\\tend"), std::string::npos);
}

TEST(Json, LabelChoices) {
  const KnowledgeGraph g = NastyGraph();
  const std::string en = Export(g, Format::kJson, ExportOptions::Label::kEnglish);
  EXPECT_NE(en.find("{\"label\":\"Islamic State\""), std::string::npos);
  EXPECT_NE(en.find("{\"label\":\"أبو حفص الهاشمي القرشي\""), std::string::npos);  // no English
  const std::string latin = Export(g, Format::kJson, ExportOptions::Label::kLatin);
  rapidjson::Document doc;
  doc.Parse(latin.data(), latin.size());
  ASSERT_FALSE(doc.HasParseError());
  const std::string mosul = doc["nodes"][1]["attributes"]["label"].GetString();
  EXPECT_FALSE(mosul.empty());
  EXPECT_TRUE(std::all_of(mosul.begin(), mosul.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x80;
  })) << mosul;
  EXPECT_STREQ(doc["nodes"][1]["attributes"]["name_ar"].GetString(), "الموصل");
  for (const auto& node : doc["nodes"].GetArray()) {
    const std::string label = node["attributes"]["label"].GetString();
    EXPECT_TRUE(!label.empty() && std::all_of(label.begin(), label.end(), [](char c) {
      return static_cast<unsigned char>(c) < 0x80;
    })) << label;
  }
}

TEST(Transliterate, ArabicToAscii) {
  const std::string t = Transliterate("الموصل");
  EXPECT_FALSE(t.empty());
  EXPECT_TRUE(std::all_of(t.begin(), t.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x80;
  })) << t;
  EXPECT_EQ(Transliterate("Mosul"), "Mosul");
  EXPECT_EQ(Transliterate("داعش"), "da'sh");  // ʿayn → apostrophe, not left as U+02BF
  EXPECT_EQ(Transliterate("\xF0\x9F\x98\x80"), "");
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t p; (p = text.find("\r\n", start)) != std::string::npos; start = p + 2) {
    lines.push_back(text.substr(start, p - start));
  }
  EXPECT_EQ(start, text.size()) << "every line ends in CRLF";
  return lines;
}

TEST(Csv, GephiSpreadsheetFiles) {
  const KnowledgeGraph g = NastyGraph();
  TempDir dir;
  ExportOptions opt;
  opt.format = Format::kCsv;
  ExportResult r;
  const std::string path = (dir.path() / "out.csv").string();
  ASSERT_TRUE(WriteToPath(g, SelectAll(g, opt), opt, path, &r).ok());
  EXPECT_EQ(dir.Names(), (std::vector<std::string>{"out.edges.csv", "out.nodes.csv"}));
  ASSERT_EQ(r.paths.size(), 2u);
  EXPECT_EQ(r.paths[0], (dir.path() / "out.nodes.csv").string());

  std::vector<std::string> nodes = Lines(ReadFile(dir.path() / "out.nodes.csv"));
  ASSERT_EQ(nodes.size(), 6u);
  EXPECT_EQ(nodes[0],
            "Id,Label,entity_type,name_ar,name_en,aliases,mentions,articles,first_seen,last_seen");
  EXPECT_EQ(nodes[1],
            "group:islamic-state,تنظيم الدولة الإسلامية,group,تنظيم الدولة الإسلامية,"
            "Islamic State,داعش | الدولة الإسلامية في العراق والشام | ISIS,42,21,"
            "2024-03-22,2024-04-01");
  // Formula triggers are defused with a leading quote; quotes doubled; the multi-line name quoted.
  EXPECT_EQ(
      nodes[4],
      "organization:nasty,\"A & B < C > \"\"D\"\"\xE2\x80\x8F \xF0\x9F\x98\x80 \xEF\xBF\xBD\x7F"
      " end\",organization,\"A & B < C > \"\"D\"\"\xE2\x80\x8F \xF0\x9F\x98\x80 "
      "\xEF\xBF\xBD\x7F\n\tend\",\"'=HYPERLINK(\"\"http://example.invalid\"\")\","
      "\"'+1 | -2 | @sum | semi;colon | back\\slash \"\"q\"\"\",1,1,,");
  std::vector<std::string> edges = Lines(ReadFile(dir.path() / "out.edges.csv"));
  ASSERT_EQ(edges.size(), 7u);
  EXPECT_EQ(edges[0],
            "Source,Target,Type,Kind,Id,Label,Weight,relation,evidence_count,confidence,evidence,"
            "article");
  EXPECT_EQ(edges[1],
            "person:abu-hafs,group:islamic-state,Directed,leader_of,e0,leader_of,3.5,"
            "leader_of,2,0.9,أعلن المتحدث أن أبا حفص هو زعيم التنظيم,001_a672ac0111bc7385");
}

TEST(Csv, Neo4jAdminImportFiles) {
  const KnowledgeGraph g = NastyGraph();
  TempDir dir;
  ExportOptions opt;
  opt.format = Format::kNeo4j;
  ASSERT_TRUE(WriteToPath(g, SelectAll(g, opt), opt, (dir.path() / "kg").string()).ok());
  EXPECT_EQ(dir.Names(), (std::vector<std::string>{"kg.nodes.csv", "kg.relationships.csv"}));
  std::vector<std::string> nodes = Lines(ReadFile(dir.path() / "kg.nodes.csv"));
  ASSERT_EQ(nodes.size(), 6u);
  EXPECT_EQ(nodes[0],
            "id:ID,name,name_en,entity_type,aliases:string[],mentions:int,articles:int,"
            "first_seen,last_seen,:LABEL");
  EXPECT_EQ(nodes[2], "place:mosul,الموصل,Mosul,place,,7,4,,,Entity;Place");
  // No line breaks inside values; ';' inside an alias would split the array, so it becomes ','.
  EXPECT_NE(nodes[4].find("+1;-2;@sum;semi,colon;"), std::string::npos) << nodes[4];
  EXPECT_NE(nodes[4].find("\xEF\xBF\xBD\x7F  end"), std::string::npos) << nodes[4];
  std::vector<std::string> rels = Lines(ReadFile(dir.path() / "kg.relationships.csv"));
  ASSERT_EQ(rels.size(), 7u);
  EXPECT_EQ(rels[0],
            ":START_ID,:END_ID,:TYPE,weight:double,evidence_count:int,confidence:double,"
            "evidence,article");
  EXPECT_EQ(rels[1].rfind("person:abu-hafs,group:islamic-state,LEADER_OF,3.5,2,0.9,", 0), 0u)
      << rels[1];
}

TEST(Dot, QuotedAndEscaped) {
  const std::string x = Export(NastyGraph(), Format::kDot);
  EXPECT_EQ(x.rfind("digraph kg {\n", 0), 0u);
  EXPECT_EQ(x.substr(x.size() - 2), "}\n");
  EXPECT_NE(x.find("\"group:islamic-state\" [label=\"تنظيم الدولة الإسلامية\", "
                   "entity_type=\"group\", fillcolor=\"#e41a1c\"];"),
            std::string::npos);
  EXPECT_NE(x.find("\"person:abu-hafs\" -> \"group:islamic-state\" [label=\"leader_of\", "
                   "kg_weight=\"3.5\", weight=4, evidence_count=2];"),
            std::string::npos);
  EXPECT_NE(x.find("[label=\"A & B < C > \\\"D\\\""), std::string::npos);
  EXPECT_FALSE(HasControl(x));
}

// Numbers never follow the global locale. Skipped when no comma-decimal locale is installed.
TEST(Locale, NumbersStayCLocale) {
  std::locale german;
  bool found = false;
  for (const char* name : {"de_DE.UTF-8", "de_DE.utf8", "de_DE", "fr_FR.UTF-8", "fr_FR.utf8"}) {
    try {
      german = std::locale(name);
      found = true;
      break;
    } catch (const std::runtime_error&) {
    }
  }
  if (!found) GTEST_SKIP() << "no de_DE or fr_FR locale installed (locale-gen de_DE.UTF-8)";
  const std::locale previous = std::locale::global(german);  // also sets the C locale
  const KnowledgeGraph g = NastyGraph();
  std::string outputs;
  for (Format f : {Format::kGraphML, Format::kGexf, Format::kJson, Format::kDot}) {
    outputs += Export(g, f);
  }
  TempDir dir;
  ExportOptions opt;
  opt.format = Format::kCsv;
  ASSERT_TRUE(WriteToPath(g, SelectAll(g, opt), opt, (dir.path() / "x.csv").string()).ok());
  outputs += ReadFile(dir.path() / "x.edges.csv");
  std::locale::global(previous);
  EXPECT_NE(outputs.find("3.5"), std::string::npos);
  EXPECT_EQ(outputs.find("3,5"), std::string::npos);
  EXPECT_EQ(outputs.find("2,25"), std::string::npos);
  EXPECT_EQ(outputs.find("0,9"), std::string::npos);
}

TEST(WriteToPath, AtomicReplaceLeavesNoTemporaryFile) {
  const KnowledgeGraph g = NastyGraph();
  TempDir dir;
  const fs::path target = dir.path() / "out.graphml";
  { std::ofstream(target) << "old content that is much longer than nothing"; }
  ExportOptions opt;
  opt.format = Format::kGraphML;
  ExportResult r;
  ASSERT_TRUE(WriteToPath(g, SelectAll(g, opt), opt, target.string(), &r).ok());
  EXPECT_EQ(dir.Names(), std::vector<std::string>{"out.graphml"});
  EXPECT_EQ(ReadFile(target), Export(g, Format::kGraphML));
  EXPECT_EQ(r.paths, std::vector<std::string>{target.string()});
  EXPECT_EQ(r.nodes, 5);
  // A new file gets ordinary permissions, not mkstemp's 0600.
  const auto perms = fs::status(target).permissions();
  EXPECT_NE(perms & fs::perms::owner_read, fs::perms::none);
}

TEST(WriteToPath, MissingDirectoryFailsCleanly) {
  const KnowledgeGraph g = NastyGraph();
  TempDir dir;
  for (Format f : {Format::kGraphML, Format::kCsv}) {
    ExportOptions opt;
    opt.format = f;
    const std::string path = (dir.path() / "no-such-dir" / "out.x").string();
    Status s = WriteToPath(g, SelectAll(g, opt), opt, path);
    ASSERT_FALSE(s.ok());
    EXPECT_NE(s.message().find("does not exist"), std::string::npos) << s.message();
    EXPECT_NE(s.message().find("no-such-dir"), std::string::npos) << s.message();
    EXPECT_TRUE(dir.Names().empty());
  }
}

TEST(WriteToPath, TargetIsADirectoryFailsAndCleansUp) {
  const KnowledgeGraph g = NastyGraph();
  TempDir dir;
  fs::create_directory(dir.path() / "taken");
  fs::create_directory(dir.path() / "taken" / "x");  // non-empty: rename() cannot replace it
  ExportOptions opt;
  opt.format = Format::kJson;
  Status s = WriteToPath(g, SelectAll(g, opt), opt, (dir.path() / "taken").string());
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(dir.Names(), std::vector<std::string>{"taken"});
}

TEST(OutputPaths, Names) {
  EXPECT_EQ(OutputPaths(Format::kGexf, "a/b.gexf"), std::vector<std::string>{"a/b.gexf"});
  EXPECT_EQ(OutputPaths(Format::kCsv, "a/out.csv"),
            (std::vector<std::string>{"a/out.nodes.csv", "a/out.edges.csv"}));
  EXPECT_EQ(OutputPaths(Format::kCsv, "out.nodes.csv"),
            (std::vector<std::string>{"out.nodes.csv", "out.edges.csv"}));
  EXPECT_EQ(OutputPaths(Format::kNeo4j, "X.csv"),
            (std::vector<std::string>{"X.nodes.csv", "X.relationships.csv"}));
  EXPECT_EQ(OutputPaths(Format::kNeo4j, "X"),
            (std::vector<std::string>{"X.nodes.csv", "X.relationships.csv"}));
}

// For tests/interop/check_exports.sh: writes the nasty graph in every format, plus the counts the
// readers must find, into $KG_INTEROP_OUT. Skipped when the variable is not set.
TEST(Interop, WriteNastyFiles) {
  const char* dir = std::getenv("KG_INTEROP_OUT");
  if (dir == nullptr || *dir == '\0') GTEST_SKIP() << "KG_INTEROP_OUT not set";
  const KnowledgeGraph g = NastyGraph();
  ExportResult r;
  for (Format f : {Format::kGraphML, Format::kGexf, Format::kJson, Format::kCsv, Format::kDot}) {
    ExportOptions opt;
    opt.format = f;
    const std::string ext = f == Format::kCsv ? "csv" : std::string(FormatName(f));
    Status s = WriteToPath(g, SelectAll(g, opt), opt, std::string(dir) + "/nasty." + ext, &r);
    ASSERT_TRUE(s.ok()) << s.message();
  }
  std::ofstream counts(std::string(dir) + "/nasty.counts.json");
  counts << "{\"format\":\"all\",\"nodes\":" << r.nodes << ",\"edges\":" << r.edges << "}\n";
  ASSERT_TRUE(counts.good());
}

}  // namespace
}  // namespace kg
