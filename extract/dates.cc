#include "extract/dates.h"

#include <array>
#include <cstdio>
#include <cstdlib>

#include "extract/cues.h"

namespace kg {
namespace {

struct MonthName {
  std::string_view word;  // folded
  std::string_view next;  // second word for two-word names, "" otherwise
  int month;
};

// Folded spellings (ة→ه, أ→ا, ى→ي).
constexpr MonthName kMonths[] = {
    {"يناير", "", 1},     {"فبراير", "", 2},    {"مارس", "", 3},      {"ابريل", "", 4},
    {"افريل", "", 4},     {"مايو", "", 5},      {"ماي", "", 5},       {"يونيو", "", 6},
    {"يونيه", "", 6},     {"يوليو", "", 7},     {"يوليه", "", 7},     {"يوليوز", "", 7},
    {"اغسطس", "", 8},     {"غشت", "", 8},       {"سبتمبر", "", 9},    {"شتنبر", "", 9},
    {"اكتوبر", "", 10},   {"نوفمبر", "", 11},   {"نونبر", "", 11},    {"ديسمبر", "", 12},
    {"دجنبر", "", 12},    {"كانون", "الثاني", 1}, {"شباط", "", 2},     {"اذار", "", 3},
    {"نيسان", "", 4},     {"ايار", "", 5},      {"حزيران", "", 6},    {"تموز", "", 7},
    {"اب", "", 8},        {"ايلول", "", 9},     {"تشرين", "الاول", 10}, {"تشرين", "الثاني", 11},
    {"كانون", "الاول", 12}, {"january", "", 1}, {"february", "", 2},  {"march", "", 3},
    {"april", "", 4},     {"may", "", 5},       {"june", "", 6},      {"july", "", 7},
    {"august", "", 8},    {"september", "", 9}, {"october", "", 10},  {"november", "", 11},
    {"december", "", 12}};

// Every first word of a month name, for a one-hash test before the table is read.
constexpr auto kMonthWords = [] {
  std::array<std::string_view, std::size(kMonths)> words{};
  for (size_t i = 0; i < words.size(); ++i) words[i] = kMonths[i].word;
  return words;
}();

bool IsNumber(const Token& t) { return t.number; }
int ToInt(const Token& t) {
  int v = 0;
  for (char c : t.folded) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
    if (v > 100000) return -1;
  }
  return v;
}

// Words that mean "last/previous" after a period word.
bool IsPast(const std::string& f) { return f == "الماضي" || f == "الماضيه" || f == "المنصرم" || f == "المنصرمه" || f == "last"; }

// Civil-calendar day arithmetic (Howard Hinnant's days_from_civil / civil_from_days).
long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

SimpleDate AddDays(const SimpleDate& from, int days) {
  long z = DaysFromCivil(from.year, from.month, from.day) + days + 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  SimpleDate out;
  out.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  out.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  out.year = static_cast<int>(yoe + era * 400 + (out.month <= 2));
  return out;
}

}  // namespace

int MonthNumber(const std::string& folded, const std::string& next) {
  // Strip a proclitic (في مارس → مارس handled by the caller's token; ب/ل forms here).
  if (!cues::In<kMonthWords>(folded)) return 0;
  for (const MonthName& m : kMonths) {
    if (m.word != folded) continue;
    if (m.next.empty()) {
      if (m.word == "اب" || m.word == "ماي" || m.word == "may") continue;  // too ambiguous alone
      return m.month;
    }
    if (m.next == next) return m.month;
  }
  return 0;
}

std::optional<DateExpr> ParseDateAt(const Document& doc, int t, int end) {
  const auto& tk = doc.tokens;
  static const std::string kNone;
  auto f = [&](int i) -> const std::string& { return i < end ? tk[i].folded : kNone; };
  auto s = [&](int i) -> const std::string& { return i < end ? tk[i].stripped : kNone; };
  DateExpr e;
  e.first_token = t;
  int i = t;
  // Relative: الشهر/العام/السنه/الاسبوع الماضي
  const std::string& w = s(i);
  if ((w == "الشهر" || w == "العام" || w == "السنه" || w == "الاسبوع") && IsPast(f(i + 1))) {
    e.relative = w == "الشهر" ? DateExpr::Relative::kLastMonth
                 : w == "الاسبوع" ? DateExpr::Relative::kLastWeek
                                  : DateExpr::Relative::kLastYear;
    e.end_token = i + 2;
    return e;
  }
  if (w == "امس") {
    e.relative = DateExpr::Relative::kYesterday;
    e.end_token = i + 1;
    return e;
  }
  if ((w == "هذا" && (f(i + 1) == "العام")) || (w == "العام" && f(i + 1) == "الجاري")) {
    e.relative = DateExpr::Relative::kThisYear;
    e.end_token = i + 2;
    return e;
  }
  // [day] month [(gloss)] [year] | month day, year (English)
  int day = 0;
  if (IsNumber(tk[i]) && i + 1 < end) {
    const int v = ToInt(tk[i]);
    if (v >= 1 && v <= 31 && MonthNumber(f(i + 1), f(i + 2))) {
      day = v;
      ++i;
    }
  }
  int month = MonthNumber(s(i), f(i + 1));
  if (!month) month = MonthNumber(f(i), f(i + 1));
  if (!month) {
    // A bare year after عام/سنه/في: "عام 2019", "في 2024".
    if (IsNumber(tk[i])) {
      const int y = ToInt(tk[i]);
      const std::string prev = t > 0 ? tk[t - 1].stripped : "";
      if (y >= 1900 && y <= 2100 && (prev == "عام" || prev == "العام" || prev == "سنه" || prev == "في" || prev == "in")) {
        e.date.year = y;
        e.end_token = i + 1;
        return e;
      }
    }
    return std::nullopt;
  }
  // Two-word Levantine names consume their second word.
  const bool two_word = (f(i) == "كانون" || f(i) == "تشرين" || s(i) == "كانون" || s(i) == "تشرين");
  i += two_word ? 2 : 1;
  // Skip a gloss in parentheses: the parentheses are not tokens, so a second month name follows.
  if (i < end && MonthNumber(f(i), f(i + 1)) == month) i += (f(i) == "كانون" || f(i) == "تشرين") ? 2 : 1;
  e.date.month = month;
  e.date.day = day;
  // English: "January 2, 2025".
  if (!day && i < end && IsNumber(tk[i])) {
    const int v = ToInt(tk[i]);
    if (v >= 1 && v <= 31 && i + 1 < end && IsNumber(tk[i + 1]) && ToInt(tk[i + 1]) >= 1900) {
      e.date.day = v;
      ++i;
    }
  }
  if (i < end && IsNumber(tk[i])) {
    const int y = ToInt(tk[i]);
    if (y >= 1900 && y <= 2100) {
      e.date.year = y;
      ++i;
    }
  }
  if (!e.date.year && i < end && IsPast(f(i))) {
    e.relative = DateExpr::Relative::kNamedMonthPast;
    ++i;
  }
  e.end_token = i;
  return e;
}

std::string FormatDate(const SimpleDate& d) {
  if (!d.year) return "";
  char buf[16];
  if (d.month && d.day) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  } else if (d.month) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d", d.year);
  }
  return buf;
}

SimpleDate ParseIsoDate(const std::string& s) {
  SimpleDate d;
  int y = 0, m = 0, dd = 0;
  const int n = std::sscanf(s.c_str(), "%d-%d-%d", &y, &m, &dd);
  if (n < 1 || y < 1000 || y > 9999) return {};
  d.year = y;
  if (n >= 2 && m >= 1 && m <= 12) d.month = m;
  if (n >= 3 && d.month && dd >= 1 && dd <= 31) d.day = dd;
  return d;
}

std::string ResolveDate(const DateExpr& e, const SimpleDate& anchor) {
  SimpleDate d = e.date;
  switch (e.relative) {
    case DateExpr::Relative::kNone:
      if (!d.year && d.month && anchor.year) {
        // A month without a year: the most recent such month not after the anchor.
        d.year = (anchor.month && d.month > anchor.month) ? anchor.year - 1 : anchor.year;
      }
      break;
    case DateExpr::Relative::kNamedMonthPast:
      if (!anchor.year) return "";
      d.year = (anchor.month && d.month >= anchor.month) ? anchor.year - 1 : anchor.year;
      break;
    case DateExpr::Relative::kLastMonth:
      if (!anchor.year || !anchor.month) return "";
      d.year = anchor.month == 1 ? anchor.year - 1 : anchor.year;
      d.month = anchor.month == 1 ? 12 : anchor.month - 1;
      break;
    case DateExpr::Relative::kLastYear:
      if (!anchor.year) return "";
      d = {anchor.year - 1, 0, 0};
      break;
    case DateExpr::Relative::kThisYear:
      if (!anchor.year) return "";
      d = {anchor.year, 0, 0};
      break;
    case DateExpr::Relative::kLastWeek:
    case DateExpr::Relative::kYesterday: {
      if (!anchor.year || !anchor.month) return "";
      if (!anchor.day) {
        d = {anchor.year, anchor.month, 0};
        break;
      }
      const bool week = e.relative == DateExpr::Relative::kLastWeek;
      d = AddDays(anchor, week ? -7 : -1);
      if (week) d.day = 0;  // "last week" is sure of its month, not of its day
      break;
    }
  }
  if (!d.year) return "";
  return FormatDate(d);
}

SimpleDate FindArticleDate(const Document& doc) {
  SimpleDate best;
  for (const Sentence& s : doc.sentences) {
    if (s.junk) continue;
    for (int t = s.first_token; t < s.end_token; ++t) {
      auto e = ParseDateAt(doc, t, s.end_token);
      if (!e || e->relative != DateExpr::Relative::kNone) continue;
      const SimpleDate& d = e->date;
      if (!d.year || !d.month || !d.day) continue;
      if (d.year > best.year || (d.year == best.year && (d.month > best.month ||
                                                         (d.month == best.month && d.day > best.day)))) {
        best = d;
      }
    }
  }
  return best;
}

}  // namespace kg
