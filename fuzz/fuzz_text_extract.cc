// Fuzz target: any bytes as an article through the text layer (extract/text.h) and the extractor
// (extract/extractor.h). Checks: text is refused exactly when it is not valid UTF-8 or holds a NUL;
// HtmlToText keeps the code point count; tokens, sentences, mentions and evidence stay inside the
// text and quote it exactly; the extraction's JSON parses. An input starting with \x01 is repeated
// past kChunkBytes so that long articles (read in pieces) are fuzzed too.
#include <rapidjson/document.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "extract/extractor.h"
#include "extract/render.h"
#include "extract/text.h"
#include "fuzz/fuzz_check.h"

namespace {

const kg::Lexicon* g_lexicon = nullptr;

long CodePoints(std::string_view s) {
  long n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  auto* lexicon = new kg::Lexicon;
  kg::Status s = kg::Lexicon::LoadDefault(lexicon);
  FUZZ_CHECK(s.ok(), s.message().c_str());
  g_lexicon = lexicon;
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string repeated;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (size > 1 && size < 4096 && data[0] == 1) {
    while (repeated.size() <= kg::kChunkBytes + kg::kChunkBytes / 3) repeated.append(bytes.substr(1));
    bytes = repeated;
  }
  const bool valid = kg::FirstInvalidUtf8(bytes) < 0 && bytes.find('\0') == std::string_view::npos;

  kg::Document doc;
  kg::Status s = kg::AnalyzeText(bytes.substr(0, std::min<size_t>(bytes.size(), kg::kChunkBytes)), &doc);
  if (bytes.size() <= kg::kChunkBytes) FUZZ_CHECK(s.ok() == valid, s.message().c_str());
  if (s.ok()) {
    const int n = static_cast<int>(doc.text.size());
    for (const kg::Token& t : doc.tokens) {
      FUZZ_CHECK(0 <= t.start && t.start < t.end && t.end <= n, "token outside the text");
      FUZZ_CHECK(t.text == doc.Slice(t.start, t.end), "token text is not its slice");
    }
    int prev_end = 0;
    for (const kg::Sentence& st : doc.sentences) {
      FUZZ_CHECK(prev_end <= st.start && st.start < st.end && st.end <= n, "sentence outside the text");
      FUZZ_CHECK(0 <= st.first_token && st.first_token <= st.end_token &&
                     st.end_token <= static_cast<int>(doc.tokens.size()),
                 "sentence tokens out of range");
      prev_end = st.end;
    }
  }
  if (valid) {
    const std::string plain = kg::HtmlToText(bytes);
    FUZZ_CHECK(kg::FirstInvalidUtf8(plain) < 0, "HtmlToText made invalid UTF-8");
    FUZZ_CHECK(plain.find('\0') == std::string::npos, "HtmlToText made a NUL");
    FUZZ_CHECK(CodePoints(plain) == CodePoints(bytes), "HtmlToText changed the code point count");
  }

  kg::Extractor extractor(g_lexicon);
  kg::ArticleExtraction x;
  s = extractor.Extract("fuzz", bytes, {}, &x);
  FUZZ_CHECK(s.ok() == valid, s.message().c_str());
  if (!s.ok()) return 0;
  // Offsets count the code points of the article less a leading BOM, with HTML markup blanked.
  std::u32string text;
  {
    std::string_view body = bytes;
    if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
    const std::string plain = kg::LooksLikeHtml(body) ? kg::HtmlToText(body) : std::string(body);
    for (size_t i = 0; i < plain.size();) {
      const unsigned char c = static_cast<unsigned char>(plain[i]);
      const int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
      char32_t cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
      for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(plain[i + k]) & 0x3F);
      text.push_back(cp);
      i += len;
    }
  }
  kg::Document whole;
  whole.text = text;
  const int n = static_cast<int>(text.size());
  for (const kg::Entity& e : x.entities) {
    FUZZ_CHECK(!e.id.empty(), "entity without an id");
    for (const kg::Mention& m : e.mentions) {
      FUZZ_CHECK(0 <= m.start && m.start <= m.end && m.end <= n, "mention outside the text");
      FUZZ_CHECK(whole.Slice(m.start, m.end) == m.text, "mention text is not its slice");
    }
  }
  for (const kg::Relation& r : x.relations) {
    FUZZ_CHECK(!r.source.empty() && !r.target.empty() && !r.relation.empty(), "relation with an empty end");
    FUZZ_CHECK(0 <= r.evidence.start && r.evidence.start <= r.evidence.end && r.evidence.end <= n,
               "evidence outside the text");
    FUZZ_CHECK(whole.Slice(r.evidence.start, r.evidence.end) == r.evidence.text, "evidence is not its slice");
  }
  for (const kg::Attack& a : x.attacks) {
    FUZZ_CHECK(0 <= a.evidence.start && a.evidence.start <= a.evidence.end && a.evidence.end <= n,
               "attack evidence outside the text");
  }
  const std::string json = kg::ExtractionJson(x);
  rapidjson::Document d;
  d.Parse(json.data(), json.size());
  FUZZ_CHECK(!d.HasParseError(), "ExtractionJson is not JSON");
  return 0;
}
