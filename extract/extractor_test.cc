#include "extract/extractor.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "extract/render.h"
#include "extract/text.h"

namespace kg {
namespace {

// CLDR places plus a few hand-written entries, so that these tests exercise rules, not data/.
const Lexicon& TestLexicon() {
  static const Lexicon* lex = [] {
    auto* l = new Lexicon();
    Lexicon::LoadCldr(l);
    EXPECT_TRUE(Lexicon::LoadJson(R"({"entities": [
      {"id": "group:islamic-state", "type": "group", "ar": "داعش", "en": "Islamic State",
       "aliases": ["تنظيم داعش", "تنظيم الدولة الإسلامية", "الدولة الإسلامية", "ISIS"]},
      {"id": "group:iswap", "type": "group", "ar": "ولاية غرب أفريقيا", "en": "ISWAP",
       "aliases": ["ولاية غرب إفريقيا"], "parent": "group:islamic-state"},
      {"id": "group:taliban", "type": "group", "ar": "طالبان", "en": "Taliban", "aliases": ["حركة طالبان"]},
      {"id": "group:sdf", "type": "group", "ar": "قوات سوريا الديمقراطية", "en": "SDF", "aliases": ["قسد"]},
      {"id": "place:raqqa", "type": "place", "ar": "الرقة", "en": "Raqqa", "country": "place:syria"},
      {"id": "place:kirkuk", "type": "place", "ar": "كركوك", "en": "Kirkuk", "country": "place:iraq"},
      {"id": "organization:centcom", "type": "organization", "ar": "القيادة المركزية الأمريكية", "en": "CENTCOM"}
    ]})", l).ok());
    return l;
  }();
  return *lex;
}

ArticleExtraction ExtractText(const std::string& text, const std::string& date = "") {
  Extractor ex(&TestLexicon());
  ArticleExtraction x;
  ExtractOptions opt;
  opt.date = date;
  EXPECT_TRUE(ex.Extract("t", text, opt, &x).ok());
  return x;
}

const Entity* FindEntity(const ArticleExtraction& x, const std::string& id) {
  for (const Entity& e : x.entities) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

const Entity* FindByName(const ArticleExtraction& x, const std::string& name) {
  for (const Entity& e : x.entities) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

bool HasRelation(const ArticleExtraction& x, const std::string& s, const std::string& rel, const std::string& t) {
  for (const Relation& r : x.relations) {
    if (r.relation == rel && ((r.source == s && r.target == t) ||
                              (IsSymmetricRelation(rel) && r.source == t && r.target == s))) {
      return true;
    }
  }
  return false;
}

std::string Ids(const ArticleExtraction& x) {
  std::string out;
  for (const Entity& e : x.entities) out += e.id + " ";
  return out;
}

TEST(Extractor, CliticFormsFindOneEntity) {
  const ArticleExtraction x = ExtractText("أعلن لـ\"داعش\" ولداعش وبتنظيم الدولة الإسلامية والدولة الإسلامية بيانا.");
  const Entity* e = FindEntity(x, "group:islamic-state");
  ASSERT_NE(e, nullptr) << Ids(x);
  EXPECT_EQ(e->mentions.size(), 4u);
  int groups = 0;
  for (const Entity& en : x.entities) groups += en.type == EntityType::kGroup;
  EXPECT_EQ(groups, 1);
}

TEST(Extractor, EvidenceAndMentionsSliceTheOriginalText) {
  const std::string text = "قال مصدر إن هجوماً لـ\"داعش\" وقع في الرقة.\nوتقاتل حركة طالبان تنظيم داعش في أفغانستان.";
  const ArticleExtraction x = ExtractText(text);
  Document doc;
  ASSERT_TRUE(AnalyzeText(text, &doc).ok());
  ASSERT_FALSE(x.relations.empty());
  for (const Relation& r : x.relations) {
    EXPECT_EQ(doc.Slice(r.evidence.start, r.evidence.end), r.evidence.text);
  }
  for (const Entity& e : x.entities) {
    for (const Mention& m : e.mentions) EXPECT_EQ(doc.Slice(m.start, m.end), m.text);
  }
}

TEST(Extractor, PersonPatterns) {
  struct Case { const char* text; const char* name; } cases[] = {
      {"وقال كاليب فايس، محرر المجلة، إن التنظيم توسع.", "كاليب فايس"},
      {"وأوضح الجنرال مايكل كوريلا أن الخطر قائم.", "مايكل كوريلا"},
      {"الزعيم الحالي للجماعة، أبو حفص الهاشمي القرشي، لم يظهر.", "أبو حفص الهاشمي القرشي"},
      {"وقالت أفريل هاينز، مديرة الاستخبارات، إن الصراع طويل.", "أفريل هاينز"},
      {"وبايعوا أبي بكر البغدادي خليفة.", "أبو بكر البغدادي"},
  };
  for (const Case& c : cases) {
    const ArticleExtraction x = ExtractText(c.text);
    const Entity* p = FindByName(x, c.name);
    ASSERT_NE(p, nullptr) << c.text << " → " << Ids(x);
    EXPECT_EQ(p->type, EntityType::kPerson);
  }
  // Common nouns after a reporting verb are not people.
  const ArticleExtraction x = ExtractText("وقال مسؤولون أمنيون غربيون على دراية بالتنظيم إن الجماعة ضعفت.");
  for (const Entity& e : x.entities) EXPECT_NE(e.type, EntityType::kPerson) << e.name;
}

TEST(Extractor, LaterSurnameResolvesToTheFullName) {
  const ArticleExtraction x = ExtractText("وقال كولين كلارك، الباحث، إن الخطر كبير.\nويعتقد كلارك أن التنظيم سيعود.");
  const Entity* p = FindByName(x, "كولين كلارك");
  ASSERT_NE(p, nullptr) << Ids(x);
  EXPECT_EQ(p->mentions.size(), 2u);
}

TEST(Extractor, OrganizationAndPlaceHeads) {
  const ArticleExtraction x = ExtractText(
      "وذكرت صحيفة \"التايمز\" البريطانية أن معهد واشنطن حذر. ووقع الهجوم في مدينة كرمان الإيرانية.\n"
      "ويحتجز الآلاف في مخيمات الهول.");
  const Entity* times = FindByName(x, "صحيفة التايمز");
  ASSERT_NE(times, nullptr) << Ids(x);
  EXPECT_EQ(times->type, EntityType::kOrganization);
  ASSERT_NE(FindByName(x, "معهد واشنطن"), nullptr) << Ids(x);
  const Entity* kerman = FindByName(x, "كرمان");
  ASSERT_NE(kerman, nullptr) << Ids(x);
  EXPECT_EQ(kerman->type, EntityType::kPlace);
  ASSERT_NE(FindByName(x, "مخيم الهول"), nullptr) << Ids(x);
  // The nationality adjective did not make a country.
  EXPECT_EQ(FindEntity(x, "place:iran"), nullptr);
  EXPECT_EQ(FindEntity(x, "place:united-kingdom"), nullptr);
}

TEST(Extractor, RelationCues) {
  struct Case { const char* text; const char* s; const char* rel; const char* t; } cases[] = {
      {"يسعى تنظيم داعش في سوريا والعراق إلى العودة.", "group:islamic-state", "operates_in", "place:iraq"},
      {"وتقاتل حركة طالبان تنظيم داعش في أفغانستان.", "group:taliban", "fights", "group:islamic-state"},
      {"يعتقد أن حبيب يوسف، زعيم ولاية غرب إفريقيا التابعة لتنظيم الدولة الإسلامية، عضو.", "group:iswap",
       "branch_of", "group:islamic-state"},
      {"وأوضح الجنرال مايكل كوريلا، قائد القيادة المركزية الأمريكية، أن الخطر قائم.", "person:maykl-kwryla",
       "leader_of", "organization:centcom"},
      {"واستعادت قوات سوريا الديمقراطية الرقة من التنظيم.", "place:raqqa", "captured_by", "group:sdf"},
      {"اختار مواقع في محافظة كركوك في العراق.", "place:kirkuk", "located_in", "place:iraq"},
  };
  for (const Case& c : cases) {
    const ArticleExtraction x = ExtractText(c.text);
    std::string got;
    for (const Relation& r : x.relations) {
      if (r.relation != "co_mentioned") got += r.source + " " + r.relation + " " + r.target + "; ";
    }
    EXPECT_TRUE(HasRelation(x, c.s, c.rel, c.t)) << c.text << "\n got: " << got;
  }
}

TEST(Extractor, HedgedStatementsLowerConfidence) {
  const ArticleExtraction plain = ExtractText("وتقاتل حركة طالبان تنظيم داعش.");
  const ArticleExtraction hedged = ExtractText("ويعتقد أن حركة طالبان تقاتل تنظيم داعش.");
  auto fights = [](const ArticleExtraction& x) -> const Relation* {
    for (const Relation& r : x.relations) if (r.relation == "fights") return &r;
    return nullptr;
  };
  ASSERT_NE(fights(plain), nullptr);
  ASSERT_NE(fights(hedged), nullptr);
  EXPECT_FALSE(fights(plain)->evidence.hedged);
  EXPECT_TRUE(fights(hedged)->evidence.hedged);
  EXPECT_LT(fights(hedged)->evidence.confidence, fights(plain)->evidence.confidence);
}

TEST(Extractor, AttackWithPlaceDatePerpetratorAndCasualties) {
  const ArticleExtraction x = ExtractText(
      "ونفذ \"داعش\" هجوماً على مسرح خارج موسكو في مارس (آذار) الماضي أسفر عن مقتل 145 شخصًا.",
      "2025-01-02");
  ASSERT_EQ(x.attacks.size(), 1u);
  const Attack& a = x.attacks[0];
  EXPECT_EQ(a.place, "place:moscow");
  EXPECT_EQ(a.perpetrator, "group:islamic-state");
  EXPECT_EQ(a.date, "2024-03");
  ASSERT_TRUE(a.killed.has_value());
  EXPECT_EQ(*a.killed, 145);
  EXPECT_TRUE(HasRelation(x, "group:islamic-state", "perpetrated", a.id));
  EXPECT_TRUE(HasRelation(x, a.id, "occurred_in", "place:moscow"));
}

TEST(Extractor, ClaimsAndApproximateFigures) {
  const ArticleExtraction x = ExtractText(
      "بدءاً من إعلان تنظيم داعش مسؤوليته عن الهجوم الإرهابي على مدينة كرمان في 3 يناير، والذي أسفر عن مقتل "
      "ما يقرب من 90 شخصاً.", "2024-02-10");
  ASSERT_EQ(x.attacks.size(), 1u);
  EXPECT_EQ(x.attacks[0].killed.value_or(-1), 90);
  EXPECT_TRUE(x.attacks[0].approximate);
  EXPECT_EQ(x.attacks[0].date, "2024-01-03");
  EXPECT_TRUE(HasRelation(x, "group:islamic-state", "claimed", x.attacks[0].id));
}

TEST(Extractor, CountsOfAttacksAreNotEvents) {
  const ArticleExtraction x = ExtractText("ووثق المركز 192 هجومًا لتنظيم داعش في سوريا خلال عام 2023.");
  EXPECT_TRUE(x.attacks.empty());
}

TEST(Extractor, OneAttackToldTwiceInAnArticleIsOneEvent) {
  const ArticleExtraction x = ExtractText(
      "ونفذ داعش هجوما في موسكو أسفر عن مقتل 140 شخصا.\nوأعلن داعش مسؤوليته عن الهجوم الذي وقع في موسكو.");
  EXPECT_EQ(x.attacks.size(), 1u);
}

TEST(Extractor, PageJunkYieldsNothing) {
  const ArticleExtraction x = ExtractText("خبر عن داعش.\nكلمات دلالية: حزب الله إيران إسرائيل\nمقالات مشابهة\nطالبان");
  EXPECT_EQ(FindEntity(x, "place:iran"), nullptr);
  EXPECT_EQ(FindEntity(x, "place:israel"), nullptr);
  EXPECT_EQ(FindEntity(x, "group:taliban"), nullptr);
}

TEST(Extractor, EnglishSentencesAndTweetAttributions) {
  const ArticleExtraction x = ExtractText("The attack in New Orleans is an ISIS attack.\n— Rebecca Jackson (@rsimjackson) January 2, 2025");
  ASSERT_NE(FindEntity(x, "group:islamic-state"), nullptr) << Ids(x);
  const Entity* p = FindByName(x, "Rebecca Jackson");
  ASSERT_NE(p, nullptr) << Ids(x);
  EXPECT_NE(std::find(p->aliases.begin(), p->aliases.end(), "@rsimjackson"), p->aliases.end());
}

TEST(Extractor, BadInputFailsCleanly) {
  Extractor ex(&TestLexicon());
  ArticleExtraction x;
  EXPECT_FALSE(ex.Extract("bad", "\xff\xfe\x00", {}, &x).ok());
  EXPECT_TRUE(ex.Extract("empty", "", {}, &x).ok());
  EXPECT_TRUE(x.entities.empty());
}

TEST(Extractor, JsonIsOneLine) {
  const ArticleExtraction x = ExtractText("وتقاتل حركة طالبان تنظيم داعش.");
  const std::string json = ExtractionJson(x);
  EXPECT_EQ(json.find('\n'), std::string::npos);
  EXPECT_NE(json.find("\"article\":\"t\""), std::string::npos);
  EXPECT_NE(json.find("\"relation\":\"fights\""), std::string::npos);
}

TEST(Extractor, WilayaIsAProvinceAStateOrNothing) {
  // In an article about the Islamic State, "ولاية سيناء" is its province (a group).
  ArticleExtraction x = ExtractText("أعلن تنظيم داعش مسؤوليته.\nونشطت ولاية مصر في المنطقة.");
  const Entity* province = FindEntity(x, "group:islamic-state-egypt-province");
  ASSERT_NE(province, nullptr) << Ids(x);
  EXPECT_EQ(province->type, EntityType::kGroup);
  // Without the Islamic State in view it stays a place; a US state always does.
  x = ExtractText("زار الوفد ولاية مصر.");
  EXPECT_NE(FindEntity(x, "place:egypt"), nullptr) << Ids(x);
  x = ExtractText("أعلن تنظيم داعش مسؤوليته عن هجوم في بولاية ساوث كارولينا.");
  const Entity* sc = FindByName(x, "ساوث كارولينا");
  ASSERT_NE(sc, nullptr) << Ids(x);
  EXPECT_EQ(sc->type, EntityType::kPlace);
  // A term of office is no name.
  x = ExtractText("بدأ الرئيس ولاية ثانية.");
  for (const Entity& e : x.entities) EXPECT_NE(e.type, EntityType::kPlace) << e.name;
}

TEST(Extractor, KilledAndHeldIn) {
  ArticleExtraction x = ExtractText("وأعلن الجيش مقتل أبو حفص الهاشمي القرشي في الرقة.");
  EXPECT_TRUE(HasRelation(x, "person:abw-hfs-alhashmy-alqrshy", "killed_in", "place:raqqa")) << Ids(x);
  x = ExtractText("ولا يزال أبو حفص الهاشمي القرشي محتجزا في كركوك.");
  EXPECT_TRUE(HasRelation(x, "person:abw-hfs-alhashmy-alqrshy", "held_in", "place:kirkuk")) << Ids(x);
}

TEST(Extractor, DeniedClaimsAreNotClaims) {
  const ArticleExtraction x = ExtractText("ونفت حركة طالبان أي دور في الهجوم على موسكو الذي أسفر عن مقتل 10 أشخاص.");
  ASSERT_EQ(x.attacks.size(), 1u);
  EXPECT_TRUE(x.attacks[0].perpetrator.empty());
  for (const Relation& r : x.relations) {
    EXPECT_NE(r.relation, "claimed");
    EXPECT_NE(r.relation, "perpetrated");
  }
}

TEST(Extractor, EnglishNamesAfterTitlesOrBeforeSaid) {
  const ArticleExtraction x = ExtractText("The threat is growing, General Michael Kurilla told Congress.\n"
                                          "Charles Lister said the group was regrouping.");
  EXPECT_NE(FindByName(x, "Michael Kurilla"), nullptr) << Ids(x);
  EXPECT_EQ(FindByName(x, "Charles Lister"), nullptr) << "first word of a sentence is not taken";
  const ArticleExtraction y = ExtractText("In a statement, Charles Lister said the group was regrouping.");
  EXPECT_NE(FindByName(y, "Charles Lister"), nullptr) << Ids(y);
}

TEST(Extractor, AttackTarget) {
  const ArticleExtraction x = ExtractText("ونفذ داعش هجوما على القيادة المركزية الأمريكية في كركوك أسفر عن مقتل 3 جنود.");
  ASSERT_EQ(x.attacks.size(), 1u);
  EXPECT_EQ(x.attacks[0].target, "organization:centcom");
  EXPECT_EQ(x.attacks[0].place, "place:kirkuk");
  EXPECT_EQ(x.attacks[0].killed.value_or(-1), 3);
}

TEST(Extractor, AnaphorsFollowTheirHeadNoun) {
  // "الحركة" is the last group written "حركة …", even when another group was named after it.
  const ArticleExtraction x = ExtractText(
      "هاجم مسلحون من حركة طالبان المرتبطة بتنظيم داعش قرية في كركوك أسفر عن مقتل 5 أشخاص.\n"
      "وأعلنت الحركة مسؤوليتها عن الهجوم.");
  ASSERT_EQ(x.attacks.size(), 1u);
  EXPECT_TRUE(HasRelation(x, "group:taliban", "claimed", x.attacks[0].id));
  EXPECT_FALSE(HasRelation(x, "group:islamic-state", "claimed", x.attacks[0].id));
}

TEST(Extractor, AlQaedaOrABase) {
  Lexicon lex;
  Lexicon::LoadCldr(&lex);
  ASSERT_TRUE(Lexicon::LoadJson(R"({"entities": [{"id": "group:al-qaeda", "type": "group", "ar": "القاعدة",
      "aliases": ["تنظيم القاعدة"]}]})", &lex).ok());
  Extractor ex(&lex);
  ArticleExtraction x;
  ASSERT_TRUE(ex.Extract("t", "هاجم مسلحون قاعدة عسكرية.\nواستعادت القوات السيطرة على القاعدة.", {}, &x).ok());
  EXPECT_EQ(FindEntity(x, "group:al-qaeda"), nullptr);
  ASSERT_TRUE(ex.Extract("t", "قصفت الطائرات القاعدة الجوية.", {}, &x).ok());
  EXPECT_EQ(FindEntity(x, "group:al-qaeda"), nullptr);
  ASSERT_TRUE(ex.Extract("t", "وهدد تنظيم القاعدة بشن هجمات. وقالت القاعدة إنها مستمرة.", {}, &x).ok());
  const Entity* aq = FindEntity(x, "group:al-qaeda");
  ASSERT_NE(aq, nullptr);
  EXPECT_EQ(aq->mentions.size(), 2u);
}

TEST(Extractor, CompoundArabicNames) {
  const ArticleExtraction x = ExtractText("وقال المتحدث العقيد عبد الله علي إن القوات تقدمت.");
  EXPECT_NE(FindByName(x, "عبد الله علي"), nullptr) << Ids(x);
}

TEST(Extractor, OneAttackToldInHeadlineAndBody) {
  const ArticleExtraction x = ExtractText(
      "مقتل 12 جنديا في هجوم لحركة طالبان في أفغانستان\n"
      "هاجم مسلحون من حركة طالبان قاعدة في بلدة كركوك، ما أسفر عن مقتل 12 جنديا وإصابة 20 آخرين.");
  ASSERT_EQ(x.attacks.size(), 1u) << Ids(x);
  EXPECT_EQ(x.attacks[0].killed.value_or(-1), 12);
  EXPECT_EQ(x.attacks[0].injured.value_or(-1), 20);
}

TEST(ContentHash, DiffersWhenContentDiffers) {
  EXPECT_EQ(ContentHash("abc"), ContentHash("abc"));
  EXPECT_NE(ContentHash("abc"), ContentHash("abd"));
  EXPECT_EQ(ContentHash("").size(), 32u);
}

// A text longer than kChunkBytes is read in pieces: time stays linear, offsets stay exact.
TEST(Extractor, LongArticleIsReadInPiecesWithExactOffsets) {
  const std::string unit = "وتقاتل حركة طالبان تنظيم داعش في الرقة. ";
  std::string text;
  int units = 0;
  while (text.size() < 3 * kChunkBytes) {
    text += unit;
    ++units;
    if (units % 7 == 0) text += "\n";
  }
  const ArticleExtraction x = ExtractText(text);
  Document doc;
  ASSERT_TRUE(AnalyzeText(text, &doc).ok());
  int mentions = 0;
  for (const Entity& e : x.entities) {
    for (const Mention& m : e.mentions) {
      ASSERT_EQ(doc.Slice(m.start, m.end), m.text);
      ++mentions;
    }
  }
  EXPECT_GE(mentions, 3 * units);
  for (const Relation& r : x.relations) EXPECT_EQ(doc.Slice(r.evidence.start, r.evidence.end), r.evidence.text);
  // One entity per id however many pieces named it; the relation kept once.
  std::vector<std::string> ids;
  for (const Entity& e : x.entities) ids.push_back(e.id);
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(std::adjacent_find(ids.begin(), ids.end()), ids.end());
  int fights = 0;
  for (const Relation& r : x.relations) fights += r.relation == "fights";
  EXPECT_EQ(fights, 1);
}

TEST(Extractor, LongArticleWithABadByteFailsAtThatByte) {
  std::string text(2 * kChunkBytes, 'a');
  text[kChunkBytes + 5] = '\xff';
  Extractor ex(&TestLexicon());
  ArticleExtraction x;
  const Status s = ex.Extract("t", text, {}, &x);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("byte " + std::to_string(kChunkBytes + 5)), std::string::npos) << s.message();
}

}  // namespace
}  // namespace kg
