// The text layer: validates and decodes an article, splits it into sentences and word tokens with
// ICU, and gives every token the folded keys it may be matched under (clitics taken off).
// Offsets are code points into the original text, the unit every Evidence and Mention uses.
//
//   kg::Document doc;
//   kg::Status s = kg::AnalyzeText(bytes, &doc);   // fails on invalid UTF-8, naming the byte offset
//   for (const kg::Sentence& sent : doc.sentences)
//     for (int t = sent.first_token; t < sent.end_token; ++t) doc.tokens[t].folded ...
#ifndef KG_EXTRACT_TEXT_H_
#define KG_EXTRACT_TEXT_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/status.h"

namespace kg {

struct Token {
  int start = 0;            // code point offsets into the document
  int end = 0;
  std::string text;         // as written (NFC not applied: exact slice)
  std::string folded;       // kg::Fold(text)
  std::string stripped;     // folded with one proclitic cluster taken off (و ف ب ل ك ال لل), or
                            // `folded` when nothing can be taken off
  std::string bare;         // `stripped` without a leading ال as well (for lexicon matching)
  std::vector<std::string> forms;  // every reading: folded first, then with و/ف, ب/ل/ك, ال taken
                                   // off in turn (a word may really begin with those letters)
  // cues::detail::Hash of the first `hashed_forms` forms: a token is looked up in a dozen cue
  // lists at a time (cues::Is), each of which would hash every form again.
  std::array<uint64_t, 4> form_hashes{};
  uint8_t hashed_forms = 0;
  bool latin = false;       // Latin letters (an English word)
  bool capitalized = false; // Latin, first letter upper-case
  bool number = false;      // digits (any script, after folding)
  bool clitic_only = false; // a lone proclitic such as "لـ" or "و" glued to what follows
};

struct Sentence {
  int start = 0;  // code point offsets; the text is doc.Slice(start, end)
  int end = 0;
  int first_token = 0;  // [first_token, end_token) into Document::tokens
  int end_token = 0;
  bool junk = false;    // page furniture: tag lines, "read also", related-article lists
  bool english = false; // mostly Latin script
};

struct Document {
  std::u32string text;  // the article as code points
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  // The same text as UTF-8, and the byte offset of each code point (one more at the end), so that
  // Slice is a copy of bytes. AnalyzeText fills them; a Document built by hand may leave them
  // empty and Slice encodes `text` instead.
  std::string utf8;
  std::vector<int> byte_at;
  // Code points [start, end) as UTF-8.
  std::string Slice(int start, int end) const;
};

// Sentences longer than this (in code points) are cut at white space: a text without punctuation
// still reads in bounded steps.
inline constexpr int kMaxSentenceCodePoints = 1500;

// Byte offset of the first invalid UTF-8 sequence, or -1 when `bytes` is valid.
long FirstInvalidUtf8(std::string_view bytes);

// Decodes, segments and folds. Fails (with the byte offset) on invalid UTF-8 and on NUL bytes.
// A page saved as HTML (LooksLikeHtml) is read through HtmlToText first, so offsets still count
// the code points of the file as written. Linear in the size of the text.
Status AnalyzeText(std::string_view bytes, Document* out);

// True when valid UTF-8 `bytes` look like an HTML page rather than plain text: a doctype, <html>,
// <head> or <body> near the start, or several closing paragraph/div/link tags.
bool LooksLikeHtml(std::string_view bytes);

// The text of an HTML page with the same number of code points as `bytes`: every code point of a
// tag, comment, or script/style/noscript element becomes a space (the first of a block-level tag
// a line break, so paragraphs stay sentences); a character reference (&amp; &#1583; &nbsp;)
// becomes its character followed by spaces. `bytes` must be valid UTF-8.
std::string HtmlToText(std::string_view bytes);

// The last (most stripped but one with ال kept) reading: "والعراق" → "العراق".
std::string StripProclitics(const std::string& folded);
// The same, given the word's ProcliticForms.
std::string StripProclitics(const std::string& folded, const std::vector<std::string>& forms);

}  // namespace kg

#endif  // KG_EXTRACT_TEXT_H_
