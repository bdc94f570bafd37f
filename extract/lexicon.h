// The lexicon: the entities kg knows by name before it reads an article. It merges
// data/lexicon.json (groups, organizations, people, regions and conflict-zone places, with Arabic
// and English aliases) with ICU's own locale data (CLDR country, region and exemplar-city names in
// Arabic and English), and indexes every alias by its folded token sequence.
//
//   kg::Lexicon lex;
//   kg::Status s = kg::Lexicon::LoadDefault(&lex);       // $KG_DATA or the compiled-in data/
//   const kg::LexiconEntry* e = lex.Find("تنظيم الدولة الإسلامية");   // → group:islamic-state
//
// lexicon.json: {"version": 1, "entities": [{"id": "group:x", "type": "group", "ar": "...",
//   "en": "...", "aliases": [...], "case_sensitive": ["SDF"], "country": "place:y",
//   "parent": "group:z", "ambiguous": [...]}]}
#ifndef KG_EXTRACT_LEXICON_H_
#define KG_EXTRACT_LEXICON_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"

namespace kg {

struct LexiconEntry {
  std::string id;
  EntityType type = EntityType::kGroup;
  std::string name_ar;
  std::string name_en;
  std::vector<std::string> aliases;
  std::vector<std::string> case_sensitive;  // Latin abbreviations matched only as written
  std::string country;                      // place id, may be empty
  std::string parent;                       // entity id, may be empty
  bool from_cldr = false;
};

class Lexicon {
 public:
  // Loads `dir`/lexicon.json and adds ICU's country, region and city names.
  static Status Load(const std::string& dir, Lexicon* out);
  // $KG_DATA, else the directory compiled in (the source tree's data/).
  static Status LoadDefault(Lexicon* out);
  // Only ICU's CLDR names (no lexicon.json), for tests.
  static void LoadCldr(Lexicon* out);
  // Only the JSON text (no CLDR), for tests and fuzzing.
  static Status LoadJson(std::string_view json, Lexicon* out);

  size_t size() const { return entries_.size(); }
  const std::vector<LexiconEntry>& entries() const { return entries_; }
  const LexiconEntry* FindId(std::string_view id) const;

  // Entries whose alias, folded and split into words, equals `words` exactly (case-insensitive
  // keys); case-sensitive aliases are checked against `raw` (the words as written).
  std::vector<int> Match(const std::vector<std::string>& words, std::string_view raw) const;
  // The same with the folded words already joined by single spaces.
  std::vector<int> MatchKey(std::string_view key, std::string_view raw) const;
  // Convenience for tests: folds `name` and matches it whole.
  const LexiconEntry* Find(std::string_view name) const;
  // The longest alias in words (an upper bound for phrase matching).
  int max_words() const { return max_words_; }
  // True when some alias starts with this folded word (cheap prefilter).
  bool IsFirstWord(const std::string& word) const { return first_words_.count(word) > 0; }
  // The most words of an alias (folded) whose first word is `word`; 0 when none starts with it.
  // Match(words, ...) can only hit with at most this many words beginning with `word`.
  int MaxWordsFrom(std::string_view word) const { return Longest(key_first_, word); }
  // The same for the case-sensitive aliases, by their first word as written.
  int MaxExactWordsFrom(std::string_view raw_word) const { return Longest(exact_first_, raw_word); }
  const LexiconEntry& entry(int i) const { return entries_[i]; }

  // A group whose parent is `parent` and whose country is `country` (an Islamic State province
  // for "فرع التنظيم في موزمبيق"), or nullptr.
  const LexiconEntry* FindBranch(std::string_view parent, std::string_view country) const;

  // Is this folded adjective (article taken off: "صوماليه", "امريكي", "المانيه") the nisba of a
  // country the lexicon knows? "حكوميه" is not.
  bool IsNationality(const std::string& folded_word) const;

  // Adds (or merges by id into) an entry and indexes its names. Returns its index.
  int Add(LexiconEntry e);

 private:
  void Index(int i, const std::string& surface, bool case_sensitive);
  std::vector<LexiconEntry> entries_;
  // For each entry, its one-word names folded, and without ال as well: what IsNationality
  // compares a stem with (kept beside the entries so a call folds nothing).
  std::vector<std::vector<std::string>> single_words_;
  std::unordered_map<std::string, int> by_id_;
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Keys = std::unordered_multimap<std::string, int, Hash, std::equal_to<>>;
  Keys by_key_;    // folded words joined by ' '
  Keys by_exact_;  // case-sensitive surfaces
  std::unordered_map<std::string, int> first_words_;
  using Longest_t = std::unordered_map<std::string, int, Hash, std::equal_to<>>;
  static int Longest(const Longest_t& m, std::string_view word) {
    auto it = m.find(word);
    return it == m.end() ? 0 : it->second;
  }
  Longest_t key_first_;    // first word of a by_key_ key → most words of such a key
  Longest_t exact_first_;  // the same for by_exact_
  int max_words_ = 1;
};

}  // namespace kg

#endif  // KG_EXTRACT_LEXICON_H_
