#include "extract/lexicon.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>
#include <unicode/strenum.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>

#include "graph/fold.h"

#ifndef KG_DATA_DIR
#define KG_DATA_DIR "data"
#endif

namespace kg {
namespace {

int CountLetters(const std::string& utf8) {
  int n = 0;
  for (unsigned char c : utf8) n += (c & 0xC0) != 0x80;
  return n;
}

int CountWords(const std::string& folded) {
  if (folded.empty()) return 0;
  return 1 + static_cast<int>(std::count(folded.begin(), folded.end(), ' '));
}

// Latin words of an alias as written, joined by single spaces: "ISIS-K" → "ISIS K".
std::string RawWords(std::string_view s) {
  std::string out;
  bool space = false;
  for (char ch : s) {
    const unsigned char c = static_cast<unsigned char>(ch);
    const bool word = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                      c >= 0x80;
    if (!word) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(ch);
  }
  return out;
}

std::string ToUtf8(const icu::UnicodeString& u) {
  std::string s;
  u.toUTF8String(s);
  return s;
}

// UN M.49 regions CLDR names in both languages: continents and sub-regions analysts use.
constexpr const char* kRegions[] = {"002", "009", "019", "142", "150", "011", "014", "015", "017",
                                    "018", "145", "034", "035", "143", "030", "151", "155", "039",
                                    "154", "021", "003", "005", "013", "029", "419"};

// Country names that are also ordinary words or too short to trust alone are left out.
bool SkipCldrName(const std::string& folded) {
  static const std::string_view kSkip[] = {"العالم", "جزيره", "الجزر"};
  for (std::string_view s : kSkip) {
    if (folded == s) return true;
  }
  return folded.size() < 4;
}

void AddCldr(Lexicon* lex) {
  const icu::Locale ar("ar");
  const icu::Locale en("en");
  auto add_place = [&](const std::string& name_ar, const std::string& name_en,
                       const std::string& country) {
    if (name_ar.empty() || name_en.empty()) return;
    if (SkipCldrName(Fold(name_ar))) return;
    LexiconEntry e;
    e.id = "place:" + Slug(name_en);
    e.type = EntityType::kPlace;
    e.name_ar = name_ar;
    e.name_en = name_en;
    e.country = country;
    e.from_cldr = true;
    lex->Add(std::move(e));
  };
  for (const char* const* c = icu::Locale::getISOCountries(); *c; ++c) {
    icu::UnicodeString a, e;
    icu::Locale region("", *c);
    region.getDisplayCountry(ar, a);
    region.getDisplayCountry(en, e);
    if (e == icu::UnicodeString(*c)) continue;  // no name known
    add_place(ToUtf8(a), ToUtf8(e), "");
  }
  for (const char* code : kRegions) {
    icu::UnicodeString a, e;
    icu::Locale region("", code);
    region.getDisplayCountry(ar, a);
    region.getDisplayCountry(en, e);
    if (e == icu::UnicodeString(code)) continue;
    add_place(ToUtf8(a), ToUtf8(e), "");
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::TimeZoneNames> tz_ar(icu::TimeZoneNames::createInstance(ar, status));
  std::unique_ptr<icu::TimeZoneNames> tz_en(icu::TimeZoneNames::createInstance(en, status));
  std::unique_ptr<icu::StringEnumeration> zones(icu::TimeZone::createTimeZoneIDEnumeration(
      UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, status));
  if (U_FAILURE(status)) return;
  for (const icu::UnicodeString* id = zones->snext(status); id && U_SUCCESS(status);
       id = zones->snext(status)) {
    icu::UnicodeString a, e;
    tz_ar->getExemplarLocationName(*id, a);
    tz_en->getExemplarLocationName(*id, e);
    char region[4] = {0};
    UErrorCode rs = U_ZERO_ERROR;
    icu::TimeZone::getRegion(*id, region, sizeof region, rs);
    std::string country;
    if (U_SUCCESS(rs) && region[0]) {
      icu::UnicodeString ce;
      icu::Locale("", region).getDisplayCountry(en, ce);
      country = "place:" + Slug(ToUtf8(ce));
    }
    add_place(ToUtf8(a), ToUtf8(e), country);
  }
}

}  // namespace

int Lexicon::Add(LexiconEntry e) {
  auto it = by_id_.find(e.id);
  int i;
  if (it != by_id_.end()) {
    i = it->second;
    LexiconEntry& old = entries_[i];
    // A hand-written entry beats CLDR for names; aliases are merged.
    if (old.from_cldr && !e.from_cldr) {
      old.aliases.push_back(old.name_ar);
      if (!e.name_ar.empty()) old.name_ar = e.name_ar;
      if (!e.name_en.empty()) old.name_en = e.name_en;
      old.from_cldr = false;
      old.type = e.type;
    } else {
      old.aliases.push_back(e.name_ar);
      old.aliases.push_back(e.name_en);
    }
    for (std::string& a : e.aliases) old.aliases.push_back(std::move(a));
    for (std::string& a : e.case_sensitive) old.case_sensitive.push_back(std::move(a));
    if (old.country.empty()) old.country = e.country;
    if (old.parent.empty()) old.parent = e.parent;
    std::erase_if(old.aliases, [&](const std::string& a) { return a.empty() || a == old.name_ar; });
    std::sort(old.aliases.begin(), old.aliases.end());
    old.aliases.erase(std::unique(old.aliases.begin(), old.aliases.end()), old.aliases.end());
  } else {
    i = static_cast<int>(entries_.size());
    by_id_.emplace(e.id, i);
    entries_.push_back(std::move(e));
  }
  const LexiconEntry& x = entries_[i];
  single_words_.resize(entries_.size());
  std::vector<std::string>& words = single_words_[i];
  words.clear();
  auto add_word = [&](const std::string& name) {
    const std::string n = Fold(name);
    if (n.empty() || n.find(' ') != std::string::npos) return;
    words.push_back(n);
    if (n.rfind("ال", 0) == 0) words.push_back(n.substr(4));
  };
  add_word(x.name_ar);
  for (const std::string& a : x.aliases) add_word(a);
  Index(i, x.name_ar, false);
  Index(i, x.name_en, false);
  for (const std::string& a : x.aliases) Index(i, a, false);
  for (const std::string& a : x.case_sensitive) Index(i, a, true);
  return i;
}

void Lexicon::Index(int i, const std::string& surface, bool case_sensitive) {
  if (surface.empty()) return;
  std::string key = case_sensitive ? RawWords(surface) : Fold(surface);
  if (key.empty()) return;
  auto& map = case_sensitive ? by_exact_ : by_key_;
  auto range = map.equal_range(key);
  for (auto it = range.first; it != range.second; ++it) {
    if (it->second == i) return;
  }
  map.emplace(key, i);
  max_words_ = std::max(max_words_, CountWords(key));
  // Words a match needs: the key is its words joined by single spaces.
  const int words = static_cast<int>(std::count(key.begin(), key.end(), ' ')) + 1;
  int& longest = (case_sensitive ? exact_first_ : key_first_)[key.substr(0, key.find(' '))];
  longest = std::max(longest, words);
  std::string first = Fold(key.substr(0, key.find(' ')));
  first_words_[first] += 1;
}

const LexiconEntry* Lexicon::FindId(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : &entries_[it->second];
}

const LexiconEntry* Lexicon::FindBranch(std::string_view parent, std::string_view country) const {
  for (const LexiconEntry& e : entries_) {
    if (e.type == EntityType::kGroup && e.parent == parent && e.country == country) return &e;
  }
  return nullptr;
}

bool Lexicon::IsNationality(const std::string& word) const {
  std::string stem = word;
  for (std::string_view end : {"يه", "ي", "ه"}) {  // يه ي ه
    if (stem.size() > end.size() && stem.compare(stem.size() - end.size(), end.size(), end) == 0) {
      stem.resize(stem.size() - end.size());
      break;
    }
  }
  if (CountLetters(stem) < 3) return false;
  // A country (a place in no country) with a one-word name that starts with the stem, with or
  // without its article.
  for (size_t i = 0; i < entries_.size(); ++i) {
    const LexiconEntry& e = entries_[i];
    if (e.type != EntityType::kPlace || !e.country.empty()) continue;
    for (const std::string& w : single_words_[i]) {
      if (w.compare(0, stem.size(), stem) == 0) return true;
    }
  }
  return false;
}

std::vector<int> Lexicon::Match(const std::vector<std::string>& words, std::string_view raw) const {
  std::string key;
  for (const std::string& w : words) {
    if (!key.empty()) key.push_back(' ');
    key += w;
  }
  return MatchKey(key, raw);
}

std::vector<int> Lexicon::MatchKey(std::string_view key, std::string_view raw) const {
  std::vector<int> out;
  auto range = by_key_.equal_range(key);
  for (auto it = range.first; it != range.second; ++it) out.push_back(it->second);
  if (!raw.empty()) {
    auto exact = by_exact_.equal_range(raw);
    for (auto it = exact.first; it != exact.second; ++it) {
      if (std::find(out.begin(), out.end(), it->second) == out.end()) out.push_back(it->second);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

const LexiconEntry* Lexicon::Find(std::string_view name) const {
  std::string key = Fold(name);
  std::vector<std::string> words;
  size_t p = 0;
  while (p <= key.size() && !key.empty()) {
    size_t q = key.find(' ', p);
    if (q == std::string::npos) q = key.size();
    words.push_back(key.substr(p, q - p));
    p = q + 1;
  }
  std::vector<int> hits = Match(words, RawWords(name));
  return hits.empty() ? nullptr : &entries_[hits.front()];
}

void Lexicon::LoadCldr(Lexicon* out) { AddCldr(out); }

Status Lexicon::LoadJson(std::string_view json, Lexicon* out) {
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  if (doc.HasParseError()) {
    return Status::Error("lexicon JSON: " + std::string(rapidjson::GetParseError_En(doc.GetParseError())) +
                         " at byte " + std::to_string(doc.GetErrorOffset()));
  }
  if (!doc.IsObject() || !doc.HasMember("entities") || !doc["entities"].IsArray()) {
    return Status::Error("lexicon JSON: expected an object with an \"entities\" array");
  }
  auto str = [](const rapidjson::Value& v, const char* key) -> std::string {
    if (!v.HasMember(key) || !v[key].IsString()) return {};
    return std::string(v[key].GetString(), v[key].GetStringLength());
  };
  auto strs = [](const rapidjson::Value& v, const char* key) {
    std::vector<std::string> list;
    if (!v.HasMember(key) || !v[key].IsArray()) return list;
    for (const auto& s : v[key].GetArray()) {
      if (s.IsString()) list.emplace_back(s.GetString(), s.GetStringLength());
    }
    return list;
  };
  int index = 0;
  for (const auto& v : doc["entities"].GetArray()) {
    ++index;
    if (!v.IsObject()) return Status::Error("lexicon entry " + std::to_string(index) + ": not an object");
    LexiconEntry e;
    e.id = str(v, "id");
    const auto type = ParseEntityType(str(v, "type"));
    if (e.id.empty() || !type || *type == EntityType::kAttack) {
      return Status::Error("lexicon entry " + std::to_string(index) + " (" + e.id +
                           "): needs an id and a type of group, place, person or organization");
    }
    e.type = *type;
    e.name_ar = str(v, "ar");
    e.name_en = str(v, "en");
    if (e.name_ar.empty() && e.name_en.empty()) {
      return Status::Error("lexicon entry " + e.id + ": needs \"ar\" or \"en\"");
    }
    if (e.name_ar.empty()) e.name_ar = e.name_en;
    e.aliases = strs(v, "aliases");
    e.case_sensitive = strs(v, "case_sensitive");
    e.country = str(v, "country");
    e.parent = str(v, "parent");
    out->Add(std::move(e));
  }
  return Status::Ok();
}

Status Lexicon::Load(const std::string& dir, Lexicon* out) {
  *out = Lexicon();
  AddCldr(out);
  const std::string path = dir + "/lexicon.json";
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot read the lexicon (set KG_DATA to kg's data/ folder)");
  std::stringstream buf;
  buf << in.rdbuf();
  Status s = LoadJson(buf.str(), out);
  if (!s.ok()) return Status::Error(path + ": " + s.message());
  return Status::Ok();
}

Status Lexicon::LoadDefault(Lexicon* out) {
  const char* env = std::getenv("KG_DATA");
  return Load(env && *env ? env : KG_DATA_DIR, out);
}

}  // namespace kg
