// The extractor: article text in, the graph model out (entities with their mentions, typed
// relations each with the sentence that proves it, attacks as events).
//
//   kg::Lexicon lex;  kg::Lexicon::LoadDefault(&lex);
//   kg::Extractor ex(&lex);
//   kg::ArticleExtraction x;
//   kg::Status s = ex.Extract("000_1b7da", bytes, {}, &x);   // fails only on unreadable text
//
// Pipeline (one pass per stage, all within one article): text layer (extract/text.h) → entity
// mentions from the lexicon, then from the shape of the text (titles, kunyas, reporting verbs,
// appositions, organization/group/place heads, English names) → resolution inside the article
// (later short names to earlier full names, anaphors like التنظيم to the group in focus) →
// relations from sentence cues → attacks with place, date, perpetrator and casualties.
// Thread-safe: Extract is const and keeps no state between calls.
#ifndef KG_EXTRACT_EXTRACTOR_H_
#define KG_EXTRACT_EXTRACTOR_H_

#include <string>
#include <string_view>

#include "extract/lexicon.h"
#include "graph/model.h"
#include "graph/status.h"

namespace kg {

struct ExtractOptions {
  std::string date;  // the article's date "YYYY-MM-DD" when known from outside (--date)
  std::string path;  // recorded in Article::path
};

class Extractor {
 public:
  explicit Extractor(const Lexicon* lexicon) : lexicon_(lexicon) {}

  // Extracts one article. Fails (with a message naming the byte offset) on invalid UTF-8 or NUL
  // bytes; an empty article yields an empty extraction. An article over kChunkBytes is read piece
  // by piece (names are resolved within a piece) and the pieces merged, offsets kept.
  Status Extract(const std::string& article_id, std::string_view bytes, const ExtractOptions& options,
                 ArticleExtraction* out) const;

 private:
  const Lexicon* lexicon_;
};

// Articles longer than this are read in pieces of at most this many bytes (cut at a line break or
// sentence end where there is one), so that extraction time stays linear in the article's length.
inline constexpr size_t kChunkBytes = size_t{1} << 17;

// Hex digest of the bytes (64-bit FNV-1a, twice with different bases: 32 hex digits).
std::string ContentHash(std::string_view bytes);

}  // namespace kg

#endif  // KG_EXTRACT_EXTRACTOR_H_
