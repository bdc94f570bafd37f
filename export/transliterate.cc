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
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace kg
