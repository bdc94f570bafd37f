#include "graph/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>
#include <mutex>

namespace kg {
namespace {

bool IsArabicMark(UChar32 c) {
  return (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) || c == 0x0670 ||
         (c >= 0x06D6 && c <= 0x06ED) || c == 0x0640;
}

bool IsInvisible(UChar32 c) {
  // bidi controls, zero-width characters, BOM, soft hyphen
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF ||
         c == 0x00AD || c == 0x061C;
}

UChar32 FoldChar(UChar32 c) {
  switch (c) {
    case 0x0623: case 0x0625: case 0x0622: case 0x0671: return 0x0627;  // أ إ آ ٱ → ا
    case 0x0649: return 0x064A;                                          // ى → ي
    case 0x0629: return 0x0647;                                          // ة → ه
    case 0x0624: return 0x0648;                                          // ؤ → و
    case 0x0626: return 0x064A;                                          // ئ → ي
    case 0x06CC: return 0x064A;                                          // Persian yeh
    case 0x06A9: return 0x0643;                                          // Persian kaf
    default: break;
  }
  if (c >= 0x0660 && c <= 0x0669) return '0' + (c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9) return '0' + (c - 0x06F0);
  return c;
}

const icu::Normalizer2* Nfkc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
  return U_SUCCESS(status) ? n : nullptr;
}

// The Arabic letters from hamza to yeh, tatweel (a mark here) excepted: NFKC leaves a text of them
// (and ASCII) as it is, and FoldChar maps them among themselves.
bool IsPlainArabicLetter(UChar32 c) { return c >= 0x0621 && c <= 0x064A && c != 0x0640; }

// Appends the folded form of one code point of NFKC text (see Fold).
class Folder {
 public:
  explicit Folder(std::string* out) : out_(out) {}
  void Add(UChar32 c) {
    if (IsPlainArabicLetter(c)) {  // a letter with no case, two bytes in UTF-8 also folded
      c = FoldChar(c);
      if (pending_space_) {
        out_->push_back(' ');
        pending_space_ = false;
      }
      out_->push_back(static_cast<char>(0xC0 | (c >> 6)));
      out_->push_back(static_cast<char>(0x80 | (c & 0x3F)));
      return;
    }
    if (IsArabicMark(c) || IsInvisible(c)) return;
    c = FoldChar(c);
    const bool keep = c < 0x80 ? IsAsciiAlnum(c) || c == '@' || c == '#' || c == '&'
                               : static_cast<bool>(u_isalnum(c));
    if (!keep) {
      pending_space_ = !out_->empty();
      return;
    }
    if (pending_space_) {
      out_->push_back(' ');
      pending_space_ = false;
    }
    if (c < 0x80) {
      out_->push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
      return;
    }
    c = u_tolower(c);
    char buf[4];
    int32_t len = 0;
    UBool error = false;
    U8_APPEND(buf, len, 4, c, error);
    if (!error) out_->append(buf, len);
  }

 private:
  static bool IsAsciiAlnum(UChar32 c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
  std::string* out_;
  bool pending_space_ = false;
};

}  // namespace

std::string Fold(std::string_view text) {
  // Validate first: invalid UTF-8 folds to nothing rather than to replacement characters.
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(text.size());
  bool plain = true;  // ASCII and plain Arabic letters only: NFKC as it is
  while (i < n) {
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    if (c < 0) return {};
    plain = plain && (c < 0x80 || IsPlainArabicLetter(c));
  }
  std::string out;
  out.reserve(text.size());
  Folder folder(&out);
  const icu::Normalizer2* nfkc = Nfkc();
  UErrorCode status = U_ZERO_ERROR;
  // Text NFKC leaves as it is (ASCII, and nearly all Arabic news) is read as UTF-8 directly.
  if (plain || (nfkc != nullptr &&
                nfkc->isNormalizedUTF8(icu::StringPiece(text.data(), n), status) &&
                U_SUCCESS(status))) {
    for (int32_t k = 0; k < n;) {
      UChar32 c;
      U8_NEXT_UNSAFE(text.data(), k, c);
      folder.Add(c);
    }
    return out;
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), n));
  if (nfkc != nullptr) {
    status = U_ZERO_ERROR;
    icu::UnicodeString normalized = nfkc->normalize(u, status);
    if (U_SUCCESS(status)) u = normalized;
  }
  for (int32_t k = 0; k < u.length();) {
    UChar32 c = u.char32At(k);
    k += U16_LENGTH(c);
    folder.Add(c);
  }
  return out;
}

namespace {
bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
int CountLetters(std::string_view utf8) {
  int n = 0;
  for (unsigned char c : utf8) n += (c & 0xC0) != 0x80;
  return n;
}
}  // namespace

// Called for every Arabic token an article has: the readings are views of the word (or of the one
// string a لل makes), and only what is returned is allocated.
std::vector<std::string> ProcliticForms(const std::string& folded) {
  std::vector<std::string> forms;
  forms.reserve(4);
  forms.push_back(folded);
  auto add = [&](std::string_view f) {
    if (std::find(forms.begin(), forms.end(), f) == forms.end()) forms.emplace_back(f);
  };
  std::string_view stage[2] = {folded};
  int n1 = 1;
  if ((StartsWith(folded, "و") || StartsWith(folded, "ف")) && CountLetters(folded) >= 4) {
    stage[n1++] = std::string_view(folded).substr(2);  // و ف
  }
  std::string article[2];  // لل → ال
  std::string_view stage2[4] = {stage[0], stage[1]};
  int n2 = n1;
  for (int i = 0; i < n1; ++i) {
    const std::string_view w = stage[i];
    if (StartsWith(w, "لل") && CountLetters(w) >= 4) {
      article[i].reserve(w.size());
      article[i].append("ا").append(w.substr(2));
      stage2[n2++] = article[i];
    } else if ((StartsWith(w, "ب") || StartsWith(w, "ل") || StartsWith(w, "ك")) &&
               CountLetters(w) >= 4) {
      stage2[n2++] = w.substr(2);  // ب ل ك
    }
  }
  for (int i = 0; i < n2; ++i) add(stage2[i]);
  for (int i = 0; i < n2; ++i) {
    if (StartsWith(stage2[i], "ال") && CountLetters(stage2[i]) >= 4) add(stage2[i].substr(4));  // ال
  }
  return forms;
}

bool HasArticleReading(const std::vector<std::string>& forms, std::string_view reading) {
  for (const std::string& f : forms) {
    if (f.size() == reading.size() + 4 && StartsWith(f, "ال") && std::string_view(f).substr(4) == reading) {
      return true;
    }
  }
  return false;
}

std::vector<std::string> FoldKeys(std::string_view text) {
  std::vector<std::string> keys;
  std::string base = Fold(text);
  if (base.empty()) return keys;
  const size_t space = base.find(' ');
  const std::string first = base.substr(0, space);
  const std::string rest = space == std::string::npos ? "" : base.substr(space);
  for (const std::string& f : ProcliticForms(first)) keys.push_back(f + rest);
  return keys;
}

namespace {

// ICU's transliterator from `id`, made at its first use (Any-Latin, with the rules of every script,
// takes about 50 ms: half of what loading the lexicon took when every name went through it).
icu::Transliterator* MakeTransliterator(const char* id) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Transliterator* t = icu::Transliterator::createInstance(id, UTRANS_FORWARD, status);
  if (U_FAILURE(status)) {
    delete t;
    return nullptr;
  }
  return t;
}

// Latin letters (with their marks, digits and punctuation) need no script converted: Any-Latin
// leaves them as they are.
bool LatinOnly(const std::string& utf8) {
  const int32_t n = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(utf8.data(), i, n, c);
    if (c < 0x80) continue;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (U_FAILURE(status) ||
        (script != USCRIPT_LATIN && script != USCRIPT_COMMON && script != USCRIPT_INHERITED)) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string Slug(std::string_view text) {
  std::string folded = Fold(text);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(folded);
  // ASCII is what the transliteration would give (Fold has lower-cased it); Latin text needs only
  // its letters made ASCII (the English names of the lexicon's places: "Curaçao", "São Paulo").
  if (std::any_of(folded.begin(), folded.end(), [](char c) { return (c & 0x80) != 0; })) {
    static std::unique_ptr<icu::Transliterator> any_latin, latin_ascii;
    static std::once_flag any_once, latin_once;
    icu::Transliterator* translit = nullptr;
    if (LatinOnly(folded)) {
      std::call_once(latin_once, [] { latin_ascii.reset(MakeTransliterator("Latin-ASCII; Lower")); });
      translit = latin_ascii.get();
    } else {
      std::call_once(any_once, [] { any_latin.reset(MakeTransliterator("Any-Latin; Latin-ASCII; Lower")); });
      translit = any_latin.get();
    }
    if (translit) {
      static std::mutex mu;
      std::lock_guard<std::mutex> lock(mu);
      translit->transliterate(u);
    }
  }
  std::string latin;
  u.toUTF8String(latin);
  std::string out;
  for (char ch : latin) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out.push_back(static_cast<char>(c));
    } else if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if (!out.empty() && out.back() != '-') {
      out.push_back('-');
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "x" : out;
}

}  // namespace kg
