#include "graph/fold.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace kg {
namespace {

bool HasKey(const std::vector<std::string>& keys, const std::string& k) {
  return std::find(keys.begin(), keys.end(), k) != keys.end();
}

TEST(Fold, ArabicLettersAndMarks) {
  struct Case { const char* in; const char* out; } cases[] = {
      {"الإسلامية", "الاسلاميه"},
      {"هجوماً", "هجوما"},
      {"لـ\"داعش\"", "ل داعش"},
      {"ووثّق", "ووثق"},
      {"فى", "في"},
      {"مؤتمر", "موتمر"},
      {"٢٩ أكتوبر ٢٠١٧", "29 اكتوبر 2017"},
      {"ISIS's", "isis s"},
      {"  تنظيم   “داعش”  ", "تنظيم داعش"},
      {"\xE2\x80\x8F" "داعش", "داعش"},  // RLM removed
      // Plain letters take a short way through; the rest of a word still goes through NFKC.
      {"داعـش", "داعش"},                       // tatweel
      {"\xEF\xBB\xBB" "جئ", "لاجي"},           // lam-alef ligature (NFKC) then ئ → ي
      {"\xDB\x95" "\xD9\x94", "\xDB\x80"},       // ae + hamza above composes to U+06C0
      {"ه" "\xD9\x94", "ه"},                    // heh + hamza above: the mark goes
      {"ا" "\xD9\x94" "مير", "امير"},           // alef + hamza above: أ, then ا
      {"Ab3ـد", "ab3د"},
  };
  for (const Case& c : cases) EXPECT_EQ(Fold(c.in), c.out) << c.in;
}

TEST(Fold, InvalidUtf8FoldsToEmpty) {
  EXPECT_EQ(Fold("\xff\xfe" "abc"), "");
  EXPECT_EQ(Fold(""), "");
}

TEST(FoldKeys, Proclitics) {
  EXPECT_TRUE(HasKey(FoldKeys("والعراق"), "العراق"));
  EXPECT_TRUE(HasKey(FoldKeys("والعراق"), "عراق"));
  EXPECT_TRUE(HasKey(FoldKeys("لداعش"), "داعش"));
  EXPECT_TRUE(HasKey(FoldKeys("بداعش"), "داعش"));
  EXPECT_TRUE(HasKey(FoldKeys("للتنظيم"), "التنظيم"));
  EXPECT_TRUE(HasKey(FoldKeys("وقوات سوريا الديمقراطية"), "قوات سوريا الديمقراطيه"));
  // Short words keep their letters: "ولي" is not و + لي.
  EXPECT_FALSE(HasKey(FoldKeys("ولي"), "لي"));
}

// Every reading, in order: the word, then و/ف off, then ب/ل/ك off (لل → ال) of each, then ال off
// of each of those; no reading twice, none shorter than two letters.
TEST(ProcliticForms, EveryReadingInOrder) {
  using V = std::vector<std::string>;
  EXPECT_EQ(ProcliticForms("والعراق"), (V{"والعراق", "العراق", "عراق"}));
  EXPECT_EQ(ProcliticForms("للتنظيم"), (V{"للتنظيم", "التنظيم", "تنظيم"}));
  EXPECT_EQ(ProcliticForms("وللتنظيم"), (V{"وللتنظيم", "للتنظيم", "التنظيم", "تنظيم"}));
  EXPECT_EQ(ProcliticForms("فبالموصل"), (V{"فبالموصل", "بالموصل", "الموصل", "موصل"}));
  EXPECT_EQ(ProcliticForms("ولداعش"), (V{"ولداعش", "لداعش", "داعش"}));
  EXPECT_EQ(ProcliticForms("كالعادة"), (V{"كالعادة", "العادة", "عادة"}));
  EXPECT_EQ(ProcliticForms("ولي"), (V{"ولي"}));
  EXPECT_EQ(ProcliticForms("داعش"), (V{"داعش"}));
  EXPECT_EQ(ProcliticForms("isis"), (V{"isis"}));
  EXPECT_EQ(ProcliticForms(""), (V{""}));

  const V forms = ProcliticForms("والعراق");
  EXPECT_TRUE(HasArticleReading(forms, "عراق"));  // made by taking ال off
  EXPECT_FALSE(HasArticleReading(forms, "العراق"));
  EXPECT_FALSE(HasArticleReading(forms, "والعراق"));
  EXPECT_TRUE(HasArticleReading({"الب"}, "ب"));
}

TEST(Slug, TransliteratesToAscii) {
  EXPECT_EQ(Slug("Islamic State"), "islamic-state");
  const std::string s = Slug("داعش");
  EXPECT_FALSE(s.empty());
  for (char c : s) EXPECT_TRUE((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') << s;
  EXPECT_EQ(Slug("!!!"), "x");
}

}  // namespace
}  // namespace kg
