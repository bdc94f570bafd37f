#include "extract/render.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>

namespace kg {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void Str(Writer& w, const std::string& s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

void WriteEvidence(Writer& w, const Evidence& e) {
  w.StartObject();
  w.Key("sentence");
  w.Int(e.sentence);
  w.Key("start");
  w.Int(e.start);
  w.Key("end");
  w.Int(e.end);
  w.Key("text");
  Str(w, e.text);
  w.Key("confidence");
  w.Double(e.confidence);
  w.Key("hedged");
  w.Bool(e.hedged);
  w.EndObject();
}

}  // namespace

std::string ExtractionJson(const ArticleExtraction& x) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  w.Key("article");
  Str(w, x.article.id);
  if (!x.article.date.empty()) {
    w.Key("date");
    Str(w, x.article.date);
  }
  w.Key("entities");
  w.StartArray();
  for (const Entity& e : x.entities) {
    w.StartObject();
    w.Key("id");
    Str(w, e.id);
    w.Key("type");
    Str(w, std::string(EntityTypeName(e.type)));
    w.Key("name");
    Str(w, e.name);
    w.Key("name_en");
    Str(w, e.name_en);
    w.Key("aliases");
    w.StartArray();
    for (const std::string& a : e.aliases) Str(w, a);
    w.EndArray();
    w.Key("mentions");
    w.StartArray();
    for (const Mention& m : e.mentions) {
      w.StartObject();
      w.Key("text");
      Str(w, m.text);
      w.Key("start");
      w.Int(m.start);
      w.Key("end");
      w.Int(m.end);
      w.Key("sentence");
      w.Int(m.sentence);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("relations");
  w.StartArray();
  for (const Relation& r : x.relations) {
    w.StartObject();
    w.Key("source");
    Str(w, r.source);
    w.Key("relation");
    Str(w, r.relation);
    w.Key("target");
    Str(w, r.target);
    w.Key("confidence");
    w.Double(r.evidence.confidence);
    w.Key("evidence");
    WriteEvidence(w, r.evidence);
    w.EndObject();
  }
  w.EndArray();
  w.Key("attacks");
  w.StartArray();
  for (const Attack& a : x.attacks) {
    w.StartObject();
    w.Key("id");
    Str(w, a.id);
    w.Key("name");
    Str(w, a.name);
    auto opt_str = [&](const char* key, const std::string& v) {
      w.Key(key);
      if (v.empty()) w.Null(); else Str(w, v);
    };
    opt_str("place", a.place);
    opt_str("perpetrator", a.perpetrator);
    opt_str("target", a.target);
    opt_str("date", a.date);
    w.Key("killed");
    if (a.killed) w.Int(*a.killed); else w.Null();
    w.Key("injured");
    if (a.injured) w.Int(*a.injured); else w.Null();
    w.Key("approximate");
    w.Bool(a.approximate);
    w.Key("evidence");
    WriteEvidence(w, a.evidence);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
}

std::string ExtractionText(const ArticleExtraction& x, std::string_view text) {
  // Code point offset → byte offset.
  std::vector<size_t> byte_at;
  {
    int32_t i = 0;
    const int32_t n = static_cast<int32_t>(text.size());
    size_t skip = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    i = static_cast<int32_t>(skip);
    while (i < n) {
      byte_at.push_back(static_cast<size_t>(i));
      UChar32 c;
      U8_NEXT(text.data(), i, n, c);
    }
    byte_at.push_back(text.size());
  }
  std::map<int, std::pair<int, std::string>> marks;  // start → (end, label)
  for (const Entity& e : x.entities) {
    for (const Mention& m : e.mentions) {
      marks[m.start] = {m.end, std::string(EntityTypeName(e.type)) + ":" + e.id.substr(e.id.find(':') + 1)};
    }
  }
  std::string out;
  int pos = 0;
  const int total = static_cast<int>(byte_at.size()) - 1;
  for (const auto& [start, m] : marks) {
    if (start < pos || m.first > total) continue;
    out.append(text.substr(byte_at[pos], byte_at[start] - byte_at[pos]));
    out += "⟦";
    out.append(text.substr(byte_at[start], byte_at[m.first] - byte_at[start]));
    out += "⟧{" + m.second + "}";
    pos = m.first;
  }
  out.append(text.substr(byte_at[pos]));
  if (!out.empty() && out.back() != '\n') out.push_back('\n');
  out += "\n-- relations\n";
  for (const Relation& r : x.relations) {
    if (r.relation == "co_mentioned") continue;
    char conf[16];
    std::snprintf(conf, sizeof conf, "%.2f", r.evidence.confidence);
    out += r.source + " —" + r.relation + "→ " + r.target + "  (sentence " +
           std::to_string(r.evidence.sentence) + ", " + conf + (r.evidence.hedged ? ", reported" : "") + ")\n";
  }
  out += "-- attacks\n";
  for (const Attack& a : x.attacks) {
    out += a.id + "  place=" + (a.place.empty() ? "?" : a.place) +
           " perpetrator=" + (a.perpetrator.empty() ? "?" : a.perpetrator) +
           " date=" + (a.date.empty() ? "?" : a.date) +
           " killed=" + (a.killed ? (a.approximate ? "~" : "") + std::to_string(*a.killed) : "?") +
           " injured=" + (a.injured ? std::to_string(*a.injured) : "?") + "\n";
  }
  return out;
}

}  // namespace kg
