#include "extract/text.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>

#include "graph/fold.h"

namespace kg {
namespace {

// Lines that are page furniture rather than the article. A line that starts with one of the
// "tail" markers ends the article (tag clouds, related-article lists); a "line" marker makes only
// that line junk. Compared after folding.
constexpr std::string_view kTailMarkers[] = {
    "كلمات دلاليه", "مقالات مشابهه", "مقالات ذات صله", "مواضيع ذات صله", "اخبار ذات صله",
    "الاكثر قراءه", "اقرا ايضا", "اقرا المزيد", "موضوعات متعلقه", "تابعونا علي", "الوسوم"};
constexpr std::string_view kLineMarkers[] = {
    "اضف تعليق", "زر الذهاب الي الاعلي", "فيسبوك فقط", "شارك", "مشاركه", "طباعه", "تويتر",
    "واتساب", "تيلجرام", "حجم الخط", "اشترك", "اضغط هنا", "تابعنا"};

bool StartsWith(const std::string& s, std::string_view p) { return s.rfind(p, 0) == 0; }

int CountLetters(const std::string& utf8) {
  int n = 0;
  for (unsigned char c : utf8) n += (c & 0xC0) != 0x80;
  return n;
}

bool IsSentenceBreakChar(UChar32 c) {
  return c == '\n' || c == 0x061F /* ؟ */ || c == 0x061B /* ؛ */ || c == 0x06D4 /* ۔ */;
}

}  // namespace

std::string Document::Slice(int start, int end) const {
  std::string out;
  start = std::max(0, start);
  end = std::min<int>(end, static_cast<int>(text.size()));
  for (int i = start; i < end; ++i) {
    char buf[4];
    int32_t len = 0;
    UBool error = false;
    U8_APPEND(buf, len, 4, static_cast<UChar32>(text[i]), error);
    if (!error) out.append(buf, len);
  }
  return out;
}

long FirstInvalidUtf8(std::string_view bytes) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(bytes.size());
  while (i < n) {
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(bytes.data(), i, n, c);
    if (c < 0) return at;
  }
  return -1;
}

std::string StripProclitics(const std::string& folded) {
  // The most stripped reading that keeps its article: forms made by taking ال off are skipped.
  const std::vector<std::string> forms = ProcliticForms(folded);
  std::string best = folded;
  for (const std::string& f : forms) {
    if (std::find(forms.begin(), forms.end(), "ال" + f) == forms.end()) best = f;
  }
  return best;
}

Status AnalyzeText(std::string_view bytes, Document* out) {
  *out = Document();
  const long bad = FirstInvalidUtf8(bytes);
  if (bad >= 0) {
    return Status::Error("invalid UTF-8 at byte " + std::to_string(bad) +
                         "; convert the file to UTF-8 (e.g. iconv -f CP1256 -t UTF-8)");
  }
  if (bytes.find('\0') != std::string_view::npos) {
    return Status::Error("NUL byte at byte " + std::to_string(bytes.find('\0')) +
                         "; this looks like a binary file, not an article");
  }
  // Skip a UTF-8 BOM; CR is treated as white space by the segmenters below.
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);

  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(bytes.data(), bytes.size()));
  // Map UTF-16 index → code point index.
  std::vector<int> cp_at(u.length() + 1, 0);
  {
    int cp = 0;
    for (int32_t k = 0; k < u.length();) {
      UChar32 c = u.char32At(k);
      const int len = U16_LENGTH(c);
      for (int j = 0; j < len; ++j) cp_at[k + j] = cp;
      out->text.push_back(static_cast<char32_t>(c));
      k += len;
      ++cp;
    }
    cp_at[u.length()] = cp;
  }

  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale ar("ar");
  std::unique_ptr<icu::BreakIterator> sbi(icu::BreakIterator::createSentenceInstance(ar, status));
  std::unique_ptr<icu::BreakIterator> wbi(icu::BreakIterator::createWordInstance(ar, status));
  if (U_FAILURE(status)) return Status::Error(std::string("ICU break iterators: ") + u_errorName(status));

  // Sentence boundaries: ICU's, plus line breaks and Arabic ؟ ؛.
  std::vector<int> bounds;  // code point offsets
  sbi->setText(u);
  for (int32_t b = sbi->first(); b != icu::BreakIterator::DONE; b = sbi->next()) bounds.push_back(cp_at[b]);
  for (size_t i = 0; i < out->text.size(); ++i) {
    if (IsSentenceBreakChar(out->text[i])) bounds.push_back(static_cast<int>(i) + 1);
  }
  bounds.push_back(0);
  bounds.push_back(static_cast<int>(out->text.size()));
  std::sort(bounds.begin(), bounds.end());
  bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());

  // Tokens.
  wbi->setText(u);
  int32_t prev = wbi->first();
  for (int32_t b = wbi->next(); b != icu::BreakIterator::DONE; prev = b, b = wbi->next()) {
    if (wbi->getRuleStatus() == UBRK_WORD_NONE) continue;
    Token t;
    t.start = cp_at[prev];
    t.end = cp_at[b];
    t.text = out->Slice(t.start, t.end);
    t.folded = Fold(t.text);
    if (t.folded.empty()) continue;
    // English possessive: ISIS's → isis.
    if (t.folded.size() > 2 && t.folded.compare(t.folded.size() - 2, 2, " s") == 0) {
      t.folded.resize(t.folded.size() - 2);
    }
    const UChar32 first = static_cast<UChar32>(out->text[t.start]);
    t.latin = u_hasBinaryProperty(first, UCHAR_ALPHABETIC) && first < 0x0250;
    t.capitalized = t.latin && u_isupper(first);
    t.number = u_isdigit(static_cast<UChar32>(t.folded[0])) != 0;
    if (t.latin || t.number) {
      t.forms = {t.folded};
    } else {
      t.forms = ProcliticForms(t.folded);
    }
    t.stripped = t.latin || t.number ? t.folded : StripProclitics(t.folded);
    t.bare = StartsWith(t.stripped, "ال") && CountLetters(t.stripped) >= 4 ? t.stripped.substr(4)
                                                                            : t.stripped;
    t.clitic_only = !t.latin && CountLetters(t.folded) == 1 &&
                    (t.folded == "ل" || t.folded == "ب" || t.folded == "و" || t.folded == "ك" ||
                     t.folded == "ف");
    out->tokens.push_back(std::move(t));
  }

  // Sentences with their token ranges; junk lines by marker.
  const std::u32string& text = out->text;
  size_t tok = 0;
  for (size_t i = 0; i + 1 < bounds.size(); ++i) {
    Sentence s;
    s.start = bounds[i];
    s.end = bounds[i + 1];
    // Trim white space.
    while (s.start < s.end && u_isUWhiteSpace(static_cast<UChar32>(text[s.start]))) ++s.start;
    while (s.end > s.start && u_isUWhiteSpace(static_cast<UChar32>(text[s.end - 1]))) --s.end;
    if (s.start >= s.end) continue;
    while (tok < out->tokens.size() && out->tokens[tok].start < s.start) ++tok;
    s.first_token = static_cast<int>(tok);
    size_t e = tok;
    while (e < out->tokens.size() && out->tokens[e].end <= s.end) ++e;
    s.end_token = static_cast<int>(e);
    tok = e;
    if (s.first_token == s.end_token) continue;
    int latin = 0, words = 0;
    for (int k = s.first_token; k < s.end_token; ++k) {
      if (out->tokens[k].number) continue;
      ++words;
      latin += out->tokens[k].latin;
    }
    s.english = words > 0 && latin * 2 > words;
    out->sentences.push_back(s);
  }

  // Junk: decided per line, applied to the sentences of that line.
  bool tail = false;
  int line_start = 0;
  const int total = static_cast<int>(text.size());
  for (int i = 0; i <= total; ++i) {
    if (i < total && text[i] != '\n') continue;
    const std::string line = Fold(out->Slice(line_start, i));
    bool junk = tail;
    if (!junk && !line.empty()) {
      for (std::string_view m : kTailMarkers) {
        if (StartsWith(line, m)) junk = tail = true;
      }
      for (std::string_view m : kLineMarkers) {
        // A furniture line is short: the marker and little else.
        if (StartsWith(line, m) && CountLetters(line) <= static_cast<int>(m.size()) / 2 + 12) {
          junk = true;
        }
      }
    }
    if (junk) {
      for (Sentence& s : out->sentences) {
        if (s.start >= line_start && s.end <= i) s.junk = true;
      }
    }
    line_start = i + 1;
  }
  return Status::Ok();
}

}  // namespace kg
