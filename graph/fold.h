// Folding of names for matching and lookup: the one place that decides when two spellings are the
// same key. Used by the store's alias index, by extract/ when it matches the lexicon and by query/
// when it resolves a name typed by a user.
//
//   Fold("لـ\"داعش\"") == "لداعش"; FoldKeys("والعراق") contains "العراق" and "عراق".
//
// Fold: NFKC; Arabic diacritics, tatweel and bidi controls removed; أ/إ/آ/ٱ → ا, ى → ي, ة → ه,
// ؤ → و, ئ → ي; Arabic-Indic and Persian digits → ASCII; quotes, brackets and punctuation become
// spaces; Latin lower-cased; white space collapsed. Invalid UTF-8 folds to the empty string.
#ifndef KG_GRAPH_FOLD_H_
#define KG_GRAPH_FOLD_H_

#include <string>
#include <string_view>
#include <vector>

namespace kg {

std::string Fold(std::string_view text);

// The readings of one folded Arabic word with its proclitics taken off in turn: optional و/ف,
// then optional ب/ل/ك (لل = ل + ال), then optional ال; at least two letters are always left.
// "والعراق" → {"والعراق", "العراق", "عراق"}; "للتنظيم" → {"للتنظيم", "التنظيم", "تنظيم"}.
// The first element is the word itself.
std::vector<std::string> ProcliticForms(const std::string& folded_word);

// Whether `forms` (ProcliticForms) hold "ال" + reading: the reading was made by taking ال off.
bool HasArticleReading(const std::vector<std::string>& forms, std::string_view reading);

// The folded text, plus the same with a leading Arabic proclitic (و ف ب ك ل, ال, لل) taken off the
// first word, when what remains has at least two letters. Used to look names up.
std::vector<std::string> FoldKeys(std::string_view text);

// Turns a name into an id slug: ASCII lower-case words joined by '-', Arabic transliterated to
// Latin through ICU ("Arabic-Latin; Latin-ASCII"). Never empty ("x" as a last resort).
std::string Slug(std::string_view text);

}  // namespace kg

#endif  // KG_GRAPH_FOLD_H_
