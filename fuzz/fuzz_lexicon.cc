// Fuzz target: any bytes as lexicon.json through Lexicon::LoadJson. A lexicon that loads must then
// serve lookups and an extraction without crashing, whatever names, ids and types it holds.
#include <cstdint>
#include <string_view>

#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view json(reinterpret_cast<const char*>(data), size);
  kg::Lexicon lexicon;
  kg::Status s = kg::Lexicon::LoadJson(json, &lexicon);
  if (!s.ok()) {
    FUZZ_CHECK(!s.message().empty(), "a refused lexicon must say why");
    return 0;
  }
  for (const char* name : {"داعش", "تنظيم الدولة الإسلامية", "ISIS", "", "ال"}) (void)lexicon.Find(name);
  kg::Extractor extractor(&lexicon);
  kg::ArticleExtraction x;
  s = extractor.Extract("fuzz",
                        "أعلن تنظيم داعش مسؤوليته عن هجوم في الموصل أسفر عن مقتل 12 شخصا.\n"
                        "وقال أبو محمد العدناني إن حركة طالبان تقاتل ISIS في أفغانستان.\n",
                        {}, &x);
  FUZZ_CHECK(s.ok(), s.message().c_str());
  return 0;
}
