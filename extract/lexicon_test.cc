#include "extract/lexicon.h"

#include <gtest/gtest.h>

namespace kg {
namespace {

constexpr const char* kJson = R"({"version": 1, "entities": [
  {"id": "group:islamic-state", "type": "group", "ar": "داعش", "en": "Islamic State",
   "aliases": ["تنظيم الدولة الإسلامية", "الدولة الإسلامية", "ISIS", "Daesh"], "case_sensitive": ["IS"]},
  {"id": "group:sdf", "type": "group", "ar": "قوات سوريا الديمقراطية", "en": "Syrian Democratic Forces",
   "aliases": ["قسد"], "case_sensitive": ["SDF"]}]})";

TEST(Lexicon, FindsAliasesAfterFolding) {
  Lexicon lex;
  ASSERT_TRUE(Lexicon::LoadJson(kJson, &lex).ok());
  struct Case { const char* name; const char* id; } cases[] = {
      {"داعش", "group:islamic-state"},
      {"تنظيم الدولة الاسلامية", "group:islamic-state"},  // no hamza
      {"الدولة الإسلاميّة", "group:islamic-state"},        // shadda
      {"isis", "group:islamic-state"},
      {"DAESH", "group:islamic-state"},
      {"IS", "group:islamic-state"},
      {"قسد", "group:sdf"},
      {"SDF", "group:sdf"},
  };
  for (const Case& c : cases) {
    const LexiconEntry* e = lex.Find(c.name);
    ASSERT_NE(e, nullptr) << c.name;
    EXPECT_EQ(e->id, c.id) << c.name;
  }
  EXPECT_EQ(lex.Find("is"), nullptr);  // case-sensitive abbreviation
  EXPECT_EQ(lex.Find("sdf"), nullptr);
}

TEST(Lexicon, BadJsonIsReported) {
  struct Case { const char* json; const char* says; } cases[] = {
      {"{", "lexicon JSON"},
      {"[]", "entities"},
      {R"({"entities": [{"id": "x:y", "type": "weapon", "ar": "a"}]})", "type"},
      {R"({"entities": [{"id": "group:y", "type": "group"}]})", "needs"},
      {R"({"entities": [3]})", "not an object"},
  };
  for (const Case& c : cases) {
    Lexicon lex;
    Status s = Lexicon::LoadJson(c.json, &lex);
    ASSERT_FALSE(s.ok()) << c.json;
    EXPECT_NE(s.message().find(c.says), std::string::npos) << s.message();
  }
}

TEST(Lexicon, CldrGivesCountriesAndCitiesInBothLanguages) {
  Lexicon lex;
  ASSERT_TRUE(Lexicon::Load(KG_SOURCE_DIR "/data", &lex).ok());
  for (const char* name : {"العراق", "سوريا", "Iraq", "أفغانستان", "موسكو", "Moscow", "أفريقيا"}) {
    const LexiconEntry* e = lex.Find(name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->type, EntityType::kPlace) << name;
  }
  EXPECT_EQ(lex.Find("العراق")->id, lex.Find("Iraq")->id);
  EXPECT_EQ(lex.Find("موسكو")->country, "place:russia");
}

TEST(Lexicon, HandWrittenEntryMergesWithCldrById) {
  Lexicon lex;
  ASSERT_TRUE(Lexicon::Load(KG_SOURCE_DIR "/data", &lex).ok());
  ASSERT_TRUE(Lexicon::LoadJson(R"({"entities": [{"id": "place:united-states", "type": "place",
      "ar": "الولايات المتحدة", "en": "United States", "aliases": ["أميركا"]}]})", &lex).ok());
  ASSERT_NE(lex.Find("أميركا"), nullptr);
  EXPECT_EQ(lex.Find("أميركا")->id, "place:united-states");
  EXPECT_EQ(lex.Find("الولايات المتحدة")->id, "place:united-states");
}

}  // namespace
}  // namespace kg
