// Dates in Arabic and English news text: Gregorian month names in their Egyptian, Gulf and
// Maghrebi spellings, Levantine (Syriac) month names, English month names, Arabic-Indic digits
// (folded to ASCII by the text layer), and relative expressions (الشهر الماضي، مارس الماضي،
// العام الماضي، الأسبوع الماضي، أمس) resolved against the article's date when one is known.
//
//   kg::DateParser p(doc);
//   std::optional<kg::DateExpr> d = p.ParseAt(token_index);   // "3 يناير 2024" → {2024, 1, 3}
//   std::string s = kg::Resolve(*d, anchor);                  // "2024-01-03"
#ifndef KG_EXTRACT_DATES_H_
#define KG_EXTRACT_DATES_H_

#include <optional>
#include <string>

#include "extract/text.h"

namespace kg {

struct SimpleDate {
  int year = 0;   // 0 = unknown
  int month = 0;  // 0 = unknown
  int day = 0;    // 0 = unknown
  bool empty() const { return year == 0 && month == 0 && day == 0; }
};

struct DateExpr {
  int first_token = 0;  // tokens covered [first_token, end_token)
  int end_token = 0;
  SimpleDate date;      // the parts the text states
  enum class Relative { kNone, kLastMonth, kLastYear, kLastWeek, kYesterday, kThisYear, kNamedMonthPast } relative =
      Relative::kNone;
};

// 1..12 for a folded month word (Gregorian Arabic spellings, Levantine names given as their first
// word with `next` the following folded word for the two-word ones, English names), 0 otherwise.
int MonthNumber(const std::string& folded, const std::string& next = "");

// Parses a date expression starting at token `t` of `doc`, if there is one.
std::optional<DateExpr> ParseDateAt(const Document& doc, int t, int end_token);

// "YYYY", "YYYY-MM" or "YYYY-MM-DD" for the expression, resolving relative parts against `anchor`
// (the article's date; may be empty). Empty when the year cannot be known.
std::string ResolveDate(const DateExpr& expr, const SimpleDate& anchor);

// The article's own date: a dateline or a full date (day, month, year) in the text; the latest
// full date wins. Empty when there is none.
SimpleDate FindArticleDate(const Document& doc);

// "YYYY-MM-DD" (or shorter) for a date; "" when empty.
std::string FormatDate(const SimpleDate& d);
// Parses "YYYY[-MM[-DD]]"; an empty date when malformed.
SimpleDate ParseIsoDate(const std::string& s);

}  // namespace kg

#endif  // KG_EXTRACT_DATES_H_
