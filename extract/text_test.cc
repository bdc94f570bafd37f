#include "extract/text.h"

#include <gtest/gtest.h>

namespace kg {
namespace {

TEST(Text, RejectsInvalidUtf8WithOffset) {
  Document doc;
  Status s = AnalyzeText("داعش \xC3\x28 abc", &doc);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("byte 9"), std::string::npos) << s.message();
  EXPECT_EQ(FirstInvalidUtf8("abc"), -1);
  EXPECT_EQ(FirstInvalidUtf8("ab\xff"), 2);
}

TEST(Text, RejectsNulBytes) {
  Document doc;
  EXPECT_FALSE(AnalyzeText(std::string("abc\0def", 7), &doc).ok());
}

TEST(Text, SentencesSplitOnLinesAndArabicPunctuation) {
  Document doc;
  ASSERT_TRUE(AnalyzeText("قال الرجل. ثم ذهب\nسطر جديد؟ نعم؛ لا", &doc).ok());
  std::vector<std::string> got;
  for (const Sentence& s : doc.sentences) got.push_back(doc.Slice(s.start, s.end));
  const std::vector<std::string> want = {"قال الرجل.", "ثم ذهب", "سطر جديد؟", "نعم؛", "لا"};
  EXPECT_EQ(got, want);
}

TEST(Text, OffsetsAreCodePoints) {
  Document doc;
  ASSERT_TRUE(AnalyzeText("في سوريا", &doc).ok());
  ASSERT_EQ(doc.tokens.size(), 2u);
  EXPECT_EQ(doc.tokens[1].start, 3);
  EXPECT_EQ(doc.tokens[1].end, 8);
  EXPECT_EQ(doc.Slice(3, 8), "سوريا");
}

TEST(Text, ProcliticsAreStrippedForMatching) {
  struct Case { const char* word; const char* stripped; } cases[] = {
      {"والعراق", "العراق"}, {"لداعش", "داعش"}, {"بداعش", "داعش"}, {"وداعش", "داعش"},
      {"للتنظيم", "التنظيم"}, {"فالتنظيم", "التنظيم"}, {"كالدولة", "الدوله"},
      {"بتنظيم", "تنظيم"}, {"ولي", "ولي"}, {"بلد", "بلد"}};
  for (const Case& c : cases) {
    Document doc;
    ASSERT_TRUE(AnalyzeText(c.word, &doc).ok());
    ASSERT_EQ(doc.tokens.size(), 1u) << c.word;
    EXPECT_EQ(doc.tokens[0].stripped, c.stripped) << c.word;
  }
}

TEST(Text, LoneCliticWithTatweelIsMarked) {
  Document doc;
  ASSERT_TRUE(AnalyzeText("لـ\"داعش\"", &doc).ok());
  ASSERT_EQ(doc.tokens.size(), 2u);
  EXPECT_TRUE(doc.tokens[0].clitic_only);
  EXPECT_EQ(doc.tokens[1].folded, "داعش");
}

TEST(Text, ArabicIndicDigitsFold) {
  Document doc;
  ASSERT_TRUE(AnalyzeText("٢٩ أكتوبر ٢٠١٧", &doc).ok());
  ASSERT_EQ(doc.tokens.size(), 3u);
  EXPECT_TRUE(doc.tokens[0].number);
  EXPECT_EQ(doc.tokens[0].folded, "29");
  EXPECT_EQ(doc.tokens[2].folded, "2017");
}

TEST(Text, PageJunkIsMarked) {
  Document doc;
  ASSERT_TRUE(AnalyzeText("نص المقال عن داعش.\nكلمات دلالية: سوريا إيران\nمقال آخر عن حزب الله\n", &doc).ok());
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_FALSE(doc.sentences[0].junk);
  EXPECT_TRUE(doc.sentences[1].junk);
  EXPECT_TRUE(doc.sentences[2].junk);  // everything after a tag line
  Document doc2;
  ASSERT_TRUE(AnalyzeText("خبر.\nاضف تعليق\nتتمة الخبر.", &doc2).ok());
  ASSERT_EQ(doc2.sentences.size(), 3u);
  EXPECT_TRUE(doc2.sentences[1].junk);
  EXPECT_FALSE(doc2.sentences[2].junk);
}

TEST(Text, EnglishSentencesAreFlagged) {
  Document doc;
  ASSERT_TRUE(AnalyzeText("The attack in New Orleans is an ISIS attack.\nقال المسؤول", &doc).ok());
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_TRUE(doc.sentences[0].english);
  EXPECT_FALSE(doc.sentences[1].english);
}

TEST(Text, BomAndCrlf) {
  Document doc;
  ASSERT_TRUE(AnalyzeText("\xEF\xBB\xBFسطر\r\nسطر آخر\r\n", &doc).ok());
  EXPECT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.tokens[0].text, "سطر");
}

}  // namespace
}  // namespace kg
