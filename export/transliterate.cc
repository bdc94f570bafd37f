#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <mutex>

#include "export/export.h"

namespace kg {

std::string Transliterate(std::string_view text) {
  // icu::Transliterator::transliterate is not const: one shared instance behind a mutex.
  static std::mutex mu;
  static std::unique_ptr<icu::Transliterator> translit;
  static bool tried = false;
  std::lock_guard<std::mutex> lock(mu);
  if (!tried) {
    tried = true;
    UErrorCode status = U_ZERO_ERROR;
    translit.reset(
        icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) translit.reset();
  }
  if (!translit) return std::string(text);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  translit->transliterate(u);
  // Latin-ASCII leaves the half rings of ʿayn and hamza (and a few marks) alone: they become an
  // apostrophe, and whatever else is still not ASCII is dropped.
  std::string out;
  for (int32_t i = 0; i < u.length();) {
    const UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c == 0x02BE || c == 0x02BF || c == 0x02BC || c == 0x02BB || c == 0x2018 ||
               c == 0x2019) {
      out.push_back('\'');
    }
  }
  return out;
}

}  // namespace kg
