#include "extract/text.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>

#include "extract/cues.h"
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

// The longest marker, and the most letters a furniture line can hold, in folded letters.
constexpr int MarkerBounds(bool letters) {
  int most = 0;
  for (std::string_view m : kTailMarkers) most = std::max<int>(most, letters ? 0 : static_cast<int>(m.size()));
  for (std::string_view m : kLineMarkers) {
    most = std::max<int>(most, letters ? static_cast<int>(m.size()) / 2 + 12 : static_cast<int>(m.size()));
  }
  return most;
}

// What the junk markers are checked against: the folded start of the line [start, end), up to
// 400 code points. A prose line is decided by its first words: when the fold of its first 64 code
// points, without the last word (which a mark after the cut could still change), is longer than
// every marker and has more letters than any furniture line, that is what is returned.
std::string LineHead(const Document& doc, int start, int end) {
  const int head_end = std::min(end, start + 64);
  if (head_end < end) {
    std::string head = Fold(doc.Slice(start, head_end));
    const size_t last_space = head.rfind(' ');
    head.resize(last_space == std::string::npos ? 0 : last_space);
    if (static_cast<int>(head.size()) >= MarkerBounds(false) && CountLetters(head) > MarkerBounds(true)) {
      return head;
    }
  }
  return Fold(doc.Slice(start, std::min(end, start + 400)));
}

bool IsSentenceBreakChar(UChar32 c) {
  return c == '\n' || c == 0x061F /* ؟ */ || c == 0x061B /* ؛ */ || c == 0x06D4 /* ۔ */;
}

// ---- HTML ----

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Does `s` at `i` start with ASCII `word` (lower case), ignoring case?
bool HasAt(std::string_view s, size_t i, std::string_view word) {
  if (i + word.size() > s.size()) return false;
  for (size_t k = 0; k < word.size(); ++k) {
    if (Lower(s[i + k]) != word[k]) return false;
  }
  return true;
}

// First position >= i where `word` (lower case) starts, ignoring case; npos when none.
// A word that starts with a character case leaves alone ('<' for every tag) is found by memchr.
size_t FindNoCase(std::string_view s, size_t i, std::string_view word) {
  if (word.empty()) return i <= s.size() ? i : std::string_view::npos;
  const bool plain_first = Lower(word[0]) == word[0] && !(word[0] >= 'a' && word[0] <= 'z');
  for (; i + word.size() <= s.size(); ++i) {
    if (plain_first) {
      i = s.find(word[0], i);
      if (i == std::string_view::npos || i + word.size() > s.size()) return std::string_view::npos;
    }
    if (Lower(s[i]) == word[0] && HasAt(s, i, word)) return i;
  }
  return std::string_view::npos;
}

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

int Utf8Length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;
}

// Tags that end a paragraph: their first code point becomes a line break.
constexpr std::string_view kBlockTags[] = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
    "table", "title", "section", "article", "header", "footer", "blockquote", "hr", "pre",
    "figcaption", "dd", "dt", "nav", "aside", "main", "form", "option", "body", "head", "html"};
// Elements whose content is not text.
constexpr std::string_view kHiddenElements[] = {"script", "style", "noscript", "template", "svg"};

// The tag name after "<" or "</" at `i`, lower case.
std::string TagName(std::string_view s, size_t i) {
  if (i < s.size() && s[i] == '/') ++i;
  std::string name;
  while (i < s.size() && name.size() < 16 && (IsAsciiAlpha(s[i]) || (s[i] >= '0' && s[i] <= '9'))) {
    name.push_back(Lower(s[i]));
    ++i;
  }
  return name;
}

// Appends `n` code points' worth of blanks for bytes [from, to): a line break first when `block`.
void Blank(std::string_view s, size_t from, size_t to, bool block, std::string* out) {
  bool first = true;
  for (size_t i = from; i < to; i += Utf8Length(static_cast<unsigned char>(s[i]))) {
    out->push_back(first && block ? '\n' : (s[i] == '\n' ? '\n' : ' '));
    first = false;
  }
}

// A character reference at `i` ("&amp;", "&#1583;", "&#x62F;"): its code point and length in
// bytes, or 0 when there is none.
size_t CharRef(std::string_view s, size_t i, UChar32* c) {
  const size_t semi = s.substr(i, 12).find(';');
  if (semi == std::string_view::npos || semi < 2) return 0;
  const std::string_view body = s.substr(i + 1, semi - 1);
  if (body[0] == '#') {
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    const std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty()) return 0;
    long v = 0;
    for (char d : digits) {
      int x = d >= '0' && d <= '9' ? d - '0' : hex && Lower(d) >= 'a' && Lower(d) <= 'f' ? Lower(d) - 'a' + 10 : -1;
      if (x < 0) return 0;
      v = v * (hex ? 16 : 10) + x;
      if (v > 0x10FFFF) return 0;
    }
    // NUL, surrogates and other controls would make the text invalid: they read as a space.
    *c = v == 0 || (v >= 0xD800 && v <= 0xDFFF) || (v < 0x20 && v != '\n' && v != '\t') ? ' ' : static_cast<UChar32>(v);
    return semi + 1;
  }
  static constexpr std::pair<std::string_view, UChar32> kNamed[] = {
      {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", ' '},
      {"laquo", 0xAB}, {"raquo", 0xBB}, {"ndash", 0x2013}, {"mdash", 0x2014}, {"hellip", 0x2026},
      {"rlm", 0x200F}, {"lrm", 0x200E}, {"zwnj", 0x200C}, {"zwj", 0x200D}};
  for (const auto& [name, value] : kNamed) {
    if (body == name) {
      *c = value;
      return semi + 1;
    }
  }
  return 0;
}

}  // namespace

bool LooksLikeHtml(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, 4096);
  for (std::string_view marker : {"<!doctype html", "<html", "<head", "<body"}) {
    if (FindNoCase(head, 0, marker) != std::string_view::npos) return true;
  }
  const std::string_view start = bytes.substr(0, 1 << 16);
  int closing = 0;
  for (std::string_view tag : {"</p>", "</div>", "</a>", "</li>", "</span>", "<br"}) {
    for (size_t at = FindNoCase(start, 0, tag); at != std::string_view::npos && closing < 3;
         at = FindNoCase(start, at + 1, tag)) {
      ++closing;
    }
  }
  return closing >= 3;
}

std::string HtmlToText(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  // Where the next '>' is: found once per stretch, so a text full of '<' stays linear.
  size_t next_gt = 0;
  bool gt_known = false;
  size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == '<') {
      size_t end = std::string_view::npos;  // one past the markup
      bool block = false;
      if (HasAt(s, i, "<!--")) {
        const size_t close = s.find("-->", i + 4);
        end = close == std::string_view::npos ? s.size() : close + 3;
      } else if (i + 1 < s.size() && (IsAsciiAlpha(s[i + 1]) || s[i + 1] == '/' || s[i + 1] == '!' || s[i + 1] == '?')) {
        if (!gt_known || next_gt < i) {
          next_gt = s.find('>', i);
          gt_known = true;
        }
        if (next_gt != std::string_view::npos) {
          end = next_gt + 1;
          const std::string name = TagName(s, i + 1);
          for (std::string_view b : kBlockTags) block = block || name == b;
          if (s[i + 1] != '/') {
            for (std::string_view hidden : kHiddenElements) {
              if (name != hidden) continue;
              const std::string closing = "</" + std::string(hidden);
              const size_t close = FindNoCase(s, end, closing);
              if (close == std::string_view::npos) {
                end = s.size();
              } else {
                const size_t gt = s.find('>', close);
                end = gt == std::string_view::npos ? s.size() : gt + 1;
              }
              block = true;
            }
          }
        }
      }
      if (end != std::string_view::npos) {
        Blank(s, i, end, block, &out);
        i = end;
        continue;
      }
    } else if (c == '&') {
      UChar32 ch = 0;
      const size_t len = CharRef(s, i, &ch);
      if (len > 0) {
        char buf[4];
        int32_t n = 0;
        UBool error = false;
        U8_APPEND(buf, n, 4, ch, error);
        if (error) {
          buf[0] = ' ';
          n = 1;
        }
        out.append(buf, static_cast<size_t>(n));
        // The reference is ASCII: one code point per byte, the first taken by the character.
        out.append(len - 1, ' ');
        i += len;
        continue;
      }
    }
    const int n = Utf8Length(static_cast<unsigned char>(c));
    out.append(s.substr(i, static_cast<size_t>(n)));
    i += static_cast<size_t>(n);
  }
  return out;
}

std::string Document::Slice(int start, int end) const {
  std::string out;
  start = std::max(0, start);
  end = std::min<int>(end, static_cast<int>(text.size()));
  if (start >= end) return out;
  if (byte_at.size() == text.size() + 1) {
    return utf8.substr(static_cast<size_t>(byte_at[start]),
                       static_cast<size_t>(byte_at[end] - byte_at[start]));
  }
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
  return StripProclitics(folded, ProcliticForms(folded));
}

std::string StripProclitics(const std::string& folded, const std::vector<std::string>& forms) {
  // The most stripped reading that keeps its article: forms made by taking ال off are skipped.
  const std::string* best = &folded;
  for (const std::string& f : forms) {
    if (!HasArticleReading(forms, f)) best = &f;
  }
  return *best;
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
  std::string plain;
  if (LooksLikeHtml(bytes)) {
    plain = HtmlToText(bytes);
    bytes = plain;
  }

  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(bytes.data(), bytes.size()));
  // Map UTF-16 index → code point index.
  std::vector<int> cp_at(u.length() + 1, 0);
  out->text.reserve(u.length());
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
  // `bytes` is valid UTF-8 (checked above, and HtmlToText writes only whole characters), and it
  // decodes to `text` one code point for one: the offsets come from the lead bytes.
  out->utf8.assign(bytes.data(), bytes.size());
  out->byte_at.reserve(out->text.size() + 1);
  for (size_t b = 0; b < bytes.size(); ++b) {
    if ((static_cast<unsigned char>(bytes[b]) & 0xC0) != 0x80) out->byte_at.push_back(static_cast<int>(b));
  }
  out->byte_at.push_back(static_cast<int>(bytes.size()));
  if (out->byte_at.size() != out->text.size() + 1) {  // never expected; Slice then encodes `text`
    out->utf8.clear();
    out->byte_at.clear();
  }

  // ICU's iterators, made once per thread (making them, rules and locale data, was 1% of
  // extraction's samples when it was done twice per article) and given each text in turn.
  thread_local std::unique_ptr<icu::BreakIterator> sbi, wbi;
  if (!sbi || !wbi) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale ar("ar");
    sbi.reset(icu::BreakIterator::createSentenceInstance(ar, status));
    wbi.reset(icu::BreakIterator::createWordInstance(ar, status));
    if (U_FAILURE(status) || !sbi || !wbi) {
      sbi.reset();
      wbi.reset();
      return Status::Error(std::string("ICU break iterators: ") + u_errorName(status));
    }
  }
  // They keep a reference to the text they are given: on the way out, an empty one for `u`.
  struct Release {
    ~Release() {
      static const icu::UnicodeString kNoText;
      sbi->setText(kNoText);
      wbi->setText(kNoText);
    }
  } release;

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
  // A run-on "sentence" (a page with no punctuation) is cut at white space, so that the work per
  // sentence and the evidence it quotes stay small.
  {
    std::vector<int> extra;
    for (size_t i = 0; i + 1 < bounds.size(); ++i) {
      for (int start = bounds[i]; bounds[i + 1] - start > kMaxSentenceCodePoints;) {
        int cut = start + kMaxSentenceCodePoints;
        while (cut > start + kMaxSentenceCodePoints / 2 && !u_isUWhiteSpace(static_cast<UChar32>(out->text[cut - 1]))) --cut;
        if (cut <= start + kMaxSentenceCodePoints / 2) cut = start + kMaxSentenceCodePoints;
        extra.push_back(cut);
        start = cut;
      }
    }
    if (!extra.empty()) {
      bounds.insert(bounds.end(), extra.begin(), extra.end());
      std::sort(bounds.begin(), bounds.end());
    }
  }

  // Tokens.
  out->tokens.reserve(out->text.size() / 4 + 1);
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
    t.hashed_forms = static_cast<uint8_t>(std::min(t.forms.size(), t.form_hashes.size()));
    for (size_t k = 0; k < t.hashed_forms; ++k) t.form_hashes[k] = cues::detail::Hash(t.forms[k]);
    t.stripped = t.latin || t.number ? t.folded : StripProclitics(t.folded, t.forms);
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
  size_t next_sentence = 0;
  const int total = static_cast<int>(text.size());
  for (int i = 0; i <= total; ++i) {
    if (i < total && text[i] != '\n') continue;
    // Markers sit at the start of a short line: the first few hundred letters are enough, and for
    // a line of prose (most lines) its first words are: they decide every marker at the start, and
    // more letters than a furniture line holds rule out the rest (see LineHead).
    const std::string line = LineHead(*out, line_start, i);
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
    // Sentences are in order: skip those before the line, mark those inside it.
    while (next_sentence < out->sentences.size() && out->sentences[next_sentence].start < line_start) {
      ++next_sentence;
    }
    if (junk) {
      for (size_t k = next_sentence; k < out->sentences.size() && out->sentences[k].start <= i; ++k) {
        if (out->sentences[k].end <= i) out->sentences[k].junk = true;
      }
    }
    line_start = i + 1;
  }
  return Status::Ok();
}

}  // namespace kg
