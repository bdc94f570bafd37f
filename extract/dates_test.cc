#include "extract/dates.h"

#include <gtest/gtest.h>

namespace kg {
namespace {

// The first date expression in `text`, resolved against `anchor`.
std::string FirstDate(const std::string& text, const std::string& anchor) {
  Document doc;
  EXPECT_TRUE(AnalyzeText(text, &doc).ok());
  for (int t = 0; t < static_cast<int>(doc.tokens.size()); ++t) {
    if (auto e = ParseDateAt(doc, t, static_cast<int>(doc.tokens.size()))) {
      return ResolveDate(*e, ParseIsoDate(anchor));
    }
  }
  return "none";
}

TEST(Dates, ExpressionsResolve) {
  struct Case { const char* text; const char* anchor; const char* want; } cases[] = {
      {"في 3 يناير 2024", "", "2024-01-03"},
      {"٢٩ أكتوبر ٢٠١٧ - ٠٨:٠٢", "", "2017-10-29"},
      {"في مارس (آذار) الماضي", "2025-01-02", "2024-03"},
      {"في أغسطس الماضي", "2024-02-10", "2023-08"},
      {"الشهر الماضي", "2017-10-29", "2017-09"},
      {"الشهر الماضي", "2017-01-15", "2016-12"},
      {"العام الماضي", "2017-10-29", "2016"},
      {"الأسبوع الماضي", "2024-03-29", "2024-03"},
      {"الأسبوع الماضي", "", ""},
      {"في 3 يناير", "2024-02-10", "2024-01-03"},
      {"في 3 يناير", "", ""},
      {"في كانون الثاني 2020", "", "2020-01"},
      {"في تشرين الأول 2019", "", "2019-10"},
      {"في عام 2019", "", "2019"},
      {"January 2, 2025", "", "2025-01-02"},
      {"في ديسمبر(كانون الأول)", "2025-01-02", "2024-12"},
      {"يوليوز 2023", "", "2023-07"},
      {"أمس الخميس", "2025-01-03", "2025-01-02"},
      {"لا تاريخ هنا", "", "none"},
  };
  for (const Case& c : cases) EXPECT_EQ(FirstDate(c.text, c.anchor), c.want) << c.text << " @" << c.anchor;
}

TEST(Dates, ArticleDateIsTheLatestFullDate) {
  Document doc;
  ASSERT_TRUE(AnalyzeText("نشر في ٢٩ أكتوبر ٢٠١٧\nوقع في 3 يناير 2016", &doc).ok());
  EXPECT_EQ(FormatDate(FindArticleDate(doc)), "2017-10-29");
}

TEST(Dates, IsoParsing) {
  EXPECT_EQ(FormatDate(ParseIsoDate("2024-03-22")), "2024-03-22");
  EXPECT_EQ(FormatDate(ParseIsoDate("2024-03")), "2024-03");
  EXPECT_TRUE(ParseIsoDate("yesterday").empty());
  EXPECT_EQ(FormatDate(ParseIsoDate("2024-13-01")), "2024");
}

}  // namespace
}  // namespace kg
