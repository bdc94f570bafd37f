#include "extract/text.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "extract/cues.h"

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

// The hashes a token keeps for the cue lists are those of its readings, and a token without them
// (made by hand) is looked up all the same.
TEST(Text, TokensKeepTheirReadingsHashes) {
  Document d;
  ASSERT_TRUE(AnalyzeText("وللتنظيم قال المتحدث ISIS 2024", &d).ok());
  ASSERT_EQ(d.tokens.size(), 5u);
  for (const Token& t : d.tokens) {
    ASSERT_EQ(t.hashed_forms, std::min<size_t>(t.forms.size(), t.form_hashes.size())) << t.text;
    for (size_t i = 0; i < t.hashed_forms; ++i) EXPECT_EQ(t.form_hashes[i], cues::detail::Hash(t.forms[i]));
  }
  EXPECT_EQ(d.tokens[0].hashed_forms, 4);  // وللتنظيم للتنظيم التنظيم تنظيم
  EXPECT_TRUE(cues::Is<cues::kReportingVerbs>(d.tokens[1]));
  EXPECT_EQ(cues::MatchedForm<cues::kSpokesRoles>(d.tokens[2]), "المتحدث");
  Token by_hand = d.tokens[2];
  by_hand.hashed_forms = 0;
  by_hand.form_hashes = {};
  EXPECT_TRUE(cues::Is<cues::kSpokesRoles>(by_hand));
  EXPECT_FALSE(cues::Is<cues::kReportingVerbs>(by_hand));
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

// A page saved as HTML: markup blanked code point for code point, so offsets still count the file.
TEST(Html, MarkupBecomesBlanksOfTheSameLength) {
  struct Case {
    std::string in, want;
  };
  const std::string sp1(1, ' ');
  const Case cases[] = {
      {"<p>داعش</p>", "\n  داعش\n   "},
      {"a<b>ب</b>c", "a   ب    c"},
      {"x<script>var s='<p>';</script>y", "x\n" + std::string(28, ' ') + "y"},
      {"x<!-- داعش -->y", "x" + std::string(13, ' ') + "y"},
      {"ب &amp; ت &#1583; &nbsp;&bogus;", "ب &" + std::string(4, ' ') + " ت د" + std::string(6, ' ') + sp1 + sp1 +
                                              std::string(5, ' ') + "&bogus;"},
      {"&#0;&#xD800;", std::string(12, ' ')},
      {"1 < 2 > 0 <", "1 < 2 > 0 <"},
      {"<a href=\"x\">unclosed", std::string(12, ' ') + "unclosed"},
      {"<div", "<div"},
  };
  for (const Case& c : cases) {
    const std::string got = HtmlToText(c.in);
    EXPECT_EQ(got, c.want) << c.in;
    Document a, b;
    ASSERT_TRUE(AnalyzeText(c.in, &a).ok());
    ASSERT_TRUE(AnalyzeText(got, &b).ok());
    EXPECT_EQ(a.text.size(), b.text.size()) << c.in;
  }
}

TEST(Html, OnlyPagesAreTreatedAsHtml) {
  EXPECT_TRUE(LooksLikeHtml("<!DOCTYPE html><html><body>داعش</body></html>"));
  EXPECT_TRUE(LooksLikeHtml("  <HTML><HEAD>"));
  EXPECT_TRUE(LooksLikeHtml("<p>أ</p><p>ب</p><p>ت</p>"));
  EXPECT_FALSE(LooksLikeHtml("قال إن 3 < 5 و 7 > 2"));
  EXPECT_FALSE(LooksLikeHtml("<p>واحدة فقط</p>"));
  EXPECT_FALSE(LooksLikeHtml(""));
}

TEST(Html, ScriptTextIsNotRead) {
  Document doc;
  ASSERT_TRUE(AnalyzeText("<html><body><script>var x = 'طالبان';</script><p>تنظيم داعش</p></body></html>", &doc).ok());
  std::string words;
  for (const Token& t : doc.tokens) words += t.text + " ";
  EXPECT_EQ(words.find("طالبان"), std::string::npos) << words;
  EXPECT_NE(words.find("داعش"), std::string::npos) << words;
  EXPECT_EQ(words.find("script"), std::string::npos) << words;
}

TEST(Text, ManyShortLinesStayFast) {
  // Junk lines used to be matched against every sentence (quadratic in lines).
  std::string text;
  for (int i = 0; i < 20000; ++i) text += i % 50 == 0 ? "شارك\n" : "سطر قصير\n";
  Document doc;
  ASSERT_TRUE(AnalyzeText(text, &doc).ok());
  int junk = 0;
  for (const Sentence& s : doc.sentences) junk += s.junk;
  EXPECT_EQ(junk, 400);
}

TEST(Text, RunOnSentenceIsCutAtWhiteSpace) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "كلمة ";
  Document doc;
  ASSERT_TRUE(AnalyzeText(text, &doc).ok());
  ASSERT_GT(doc.sentences.size(), 5u);
  int words = 0;
  for (const Sentence& s : doc.sentences) {
    EXPECT_LE(s.end - s.start, kMaxSentenceCodePoints);
    EXPECT_EQ(doc.Slice(s.start, s.end).rfind("كلمة", 0), 0u) << "cut inside a word";
    words += s.end_token - s.first_token;
  }
  EXPECT_EQ(words, 2000);
}

}  // namespace
}  // namespace kg
