#include "extract/extractor.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "extract/cues.h"
#include "extract/dates.h"
#include "extract/text.h"
#include "graph/fold.h"

namespace kg {
namespace {

using cues::In;
using cues::Is;

// A detected mention of an entity.
struct Span {
  int first = 0;       // token range of the name [first, end)
  int end = 0;
  int start_cp = 0;    // code points, clitics included
  int end_cp = 0;
  int sentence = 0;
  EntityType type = EntityType::kGroup;
  std::string id;
  std::string name;     // canonical display name
  std::string name_en;
  std::string alias;    // the surface without clitics or outer quotes
  bool anaphor = false; // التنظيم, الجماعة: refers back, not a name
  bool country_level = false;
};

int Letters(const std::string& s) {
  int n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}
bool StartsWith(const std::string& s, std::string_view p) { return s.rfind(p, 0) == 0; }
bool EndsWith(const std::string& s, std::string_view p) {
  return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}

bool IsQuote(char32_t c) {
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x00AB || c == 0x00BB || c == '\'' ||
         c == 0x2018 || c == 0x2019 || c == 0x201E;
}

constexpr std::string_view kIslamicState = "group:islamic-state";

// How far back (in words) a place of activity looks for the group that acts there.
constexpr int kOperatesReach = 20;

class ArticleExtractor {
 public:
  ArticleExtractor(const Lexicon& lex, const Document& doc, const std::string& article_id)
      : lex_(lex), doc_(doc), article_(article_id), covered_(doc.tokens.size(), -1) {}

  void Run(const SimpleDate& anchor, ArticleExtraction* out);

 private:
  // ---- token helpers
  const Token& tok(int i) const { return doc_.tokens[i]; }
  // What lies between token i and token i+1: only spaces, quotes, hyphens, tatweel?
  bool Joined(int i) const {
    for (int c = tok(i).end; c < tok(i + 1).start; ++c) {
      const char32_t ch = doc_.text[c];
      if (ch == ' ' || ch == 0xA0 || ch == '\t' || ch == '-' || ch == 0x2013 || ch == 0x0640 ||
          IsQuote(ch)) {
        continue;
      }
      return false;
    }
    return true;
  }
  // Is there a comma (or colon) right after token i?
  bool CommaAfter(int i) const {
    if (i + 1 >= static_cast<int>(doc_.tokens.size())) return false;
    for (int c = tok(i).end; c < tok(i + 1).start; ++c) {
      const char32_t ch = doc_.text[c];
      if (ch == 0x060C || ch == ',' || ch == ':') return true;
    }
    return false;
  }
  bool QuoteBefore(int i) const {
    const int from = i > 0 ? tok(i - 1).end : 0;
    for (int c = tok(i).start - 1; c >= from; --c) {
      if (IsQuote(doc_.text[c])) return true;
    }
    return false;
  }
  bool IsStop(int i) const {
    // Readings made by taking ال off do not count: "الأمريكية" is not the stop word "أمريكية".
    const std::vector<std::string>& forms = tok(i).forms;
    for (const std::string& f : forms) {
      if (In<cues::kStop>(f) && !HasArticleReading(forms, f)) return true;
    }
    return tok(i).number;
  }
  // Written with the article: ال, وال, فال, بال, لل, ولل, وبال … (not كال: "كاليب" is a name).
  bool IsDefinite(int i) const {
    std::string f = tok(i).folded;
    if ((StartsWith(f, "و") || StartsWith(f, "ف")) && Letters(f) >= 4) f = f.substr(2);
    if (StartsWith(f, "لل")) return true;
    if (StartsWith(f, "ب") && Letters(f) >= 4) f = f.substr(2);
    return StartsWith(f, "ال") && Letters(f) >= 4;
  }
  // A word that signals a construction rather than a name (a verb of saying, a title, a role, a
  // relation or attack cue).
  bool IsCueWord(int i) const {
    const Token& t = tok(i);
    return Is<cues::kReportingVerbs>(t) || Is<cues::kTitles>(t) || Is<cues::kLeaderRoles>(t) ||
           Is<cues::kOfficialRoles>(t) || Is<cues::kMemberRoles>(t) || Is<cues::kAttackNouns>(t) ||
           Is<cues::kFightCues>(t) || Is<cues::kCaptureCues>(t) || Is<cues::kTargetCues>(t) ||
           Is<cues::kHedges>(t) || Is<cues::kControlCues>(t) || Is<cues::kBranchCues>(t);
  }
  // A nisba adjective such as البريطانية, الأمريكي, الإيطالية.
  bool IsNisba(int i) const {
    const std::string& s = tok(i).stripped;
    return StartsWith(s, "ال") && (EndsWith(s, "يه") || EndsWith(s, "ي")) && Letters(s) >= 5;
  }
  // A word that can be part of a person's name (indefinite, not a function or common word).
  bool NameWord(int i) const {
    const Token& t = tok(i);
    // "علي" written with ya is the name Ali; "على" (with alef maqsura) is the preposition.
    if (t.text == "علي" && i > 0 && Joined(i - 1)) return true;
    if (t.latin || t.number || t.clitic_only || IsStop(i)) return false;
    if (IsCueWord(i)) return false;
    return Letters(t.folded) >= 2 && !IsDefinite(i);
  }
  // An ال- nisba that ends an Arab name: البغدادي, القرشي (masculine -ي only).
  bool NameNisba(int i) const {
    const std::string& s = tok(i).folded;
    return StartsWith(s, "ال") && EndsWith(s, "ي") && Letters(s) >= 5 && !In<cues::kStop>(s) &&
           !In<cues::kTitles>(s);
  }
  int SentenceEndToken(int i) const { return doc_.sentences[sent_of_[i]].end_token; }
  // A span over tokens [first, end) of sentence si, named by its text as written.
  Span NewSpan(int first, int end, int si, EntityType type) const {
    Span sp;
    sp.first = first;
    sp.end = end;
    sp.start_cp = tok(first).start;
    sp.end_cp = tok(end - 1).end;
    sp.sentence = si;
    sp.type = type;
    sp.name = doc_.Slice(sp.start_cp, sp.end_cp);
    return sp;
  }
  // Gives a span found by its shape the lexicon's identity when the lexicon knows `name`, else an
  // id made from its type and name.
  void Identify(Span* sp, const std::string& name) const {
    if (const LexiconEntry* known = lex_.Find(name)) {
      sp->id = known->id;
      sp->type = known->type;
      sp->name = known->name_ar;
      sp->name_en = known->name_en;
    } else {
      sp->id = std::string(EntityTypeName(sp->type)) + ":" + Slug(name);
    }
  }
  // A one-word name that is also a common noun read as the noun here: "القاعدة" after "قاعدة
  // عسكرية" or followed by an adjective ("القاعدة الجوية") is a base, not al-Qaeda.
  bool CommonNounHere(int i) const {
    const std::string& w = tok(i).forms.size() > 1 ? tok(i).stripped : tok(i).folded;
    if (!In<cues::kCommonNounNames>(w)) return false;
    if (i > 0 && Is<cues::kGroupHeads>(tok(i - 1))) return false;  // "تنظيم القاعدة"
    if (i + 1 < static_cast<int>(doc_.tokens.size()) && Joined(i) && IsNisba(i + 1)) return true;
    const std::string bare = w.substr(4);  // without ال
    for (const Token& t : doc_.tokens) {
      if (t.folded == bare || t.stripped == bare) return true;  // the indefinite noun is in use
    }
    return false;
  }
  // Has the article named the Islamic State or one of its branches so far?
  bool IslamicStateContext() const {
    for (const Span& sp : spans_) {
      if (sp.type != EntityType::kGroup || sp.anaphor) continue;
      if (sp.id == kIslamicState) return true;
      const LexiconEntry* e = lex_.FindId(sp.id);
      if (e && e->parent == kIslamicState) return true;
    }
    return false;
  }

  // The text of tokens [first, end) with the proclitics of `form` (the reading of the first token
  // that matched; "" = as written) taken off.
  std::string Surface(int first_tok, int end_tok, const std::string& form) const;

  // ---- stages
  void MatchLexicon(const Sentence& s, int si);
  void MatchPatterns(const Sentence& s, int si);
  void MatchEnglish(const Sentence& s, int si);
  void ResolveShortNames();
  // A later partial name of an organization ("المخابرات الداخلية", "المخابرات") is the one named in
  // full earlier ("وكالة المخابرات الداخلية الألمانية").
  void ResolveShortOrgNames();
  void MatchCompounds(const Sentence& s, int si);
  void MatchBranches(const Sentence& s, int si);
  // Replaces the spans over tokens [first, end) with one new span.
  int Replace(Span sp);
  void MarkAnaphors(const Sentence& s, int si);
  int AddSpan(Span sp);
  bool Free(int first, int end) const {
    for (int i = first; i < end; ++i) {
      if (covered_[i] >= 0) return false;
    }
    return true;
  }
  // Name tokens after position i (a person's name): returns end token or i when none.
  int PersonNameEnd(int i, int limit) const;
  void AddPerson(int first, int end, int si, int start_cp);
  void Relations(const Sentence& s, int si);
  void Attacks(const Sentence& s, int si, const SimpleDate& anchor);
  void AddRelation(const std::string& src, const std::string& rel, const std::string& dst,
                   const Sentence& s, int si, double conf);

  // Entity mentions of sentence si in token order (anaphors included, resolved).
  std::vector<int> SpansOf(int si) const;

  const Lexicon& lex_;
  const Document& doc_;
  std::string article_;
  std::vector<int> covered_;  // token → span index
  std::vector<int> sent_of_;  // token → sentence index
  std::vector<int> form_longest_;  // MatchLexicon's scratch: longest alias per reading
  std::vector<Span> spans_;
  std::map<int, std::string> tail_alias_;  // span index → a second name it also carries
  std::map<int, std::set<std::string>> attack_places_;  // sentence → places of attacks told there
  std::string focus_group_;   // last named group, for anaphors
  // MarkAnaphors' view of the named (not anaphoric) groups, in span order, with their written
  // form and name folded; built at its first anaphor (no named span is added after that).
  struct NamedGroup {
    int span = 0;
    std::string written;  // Fold(alias, or name when there is no alias)
    std::string name;     // Fold(name)
  };
  std::vector<NamedGroup> named_groups_;
  bool named_groups_ready_ = false;
  std::map<std::string, std::string> surname_;  // folded last name → person id
  std::vector<Relation> relations_;
  std::vector<Attack> attacks_;
};

std::string ArticleExtractor::Surface(int first, int end, const std::string& form) const {
  int start = tok(first).start;
  const int stop = tok(end - 1).end;
  std::string prefix;
  const std::string& f = tok(first).folded;
  if (!form.empty() && form != f) {
    // Drop as many letters as the reading dropped; write ال back for the لل fusion.
    int drop = Letters(f) - Letters(form);
    if (StartsWith(form, "ال") && f.find("لل") != std::string::npos &&
        !EndsWith(f, form)) {
      drop += 2;
      prefix = "ال";
    }
    int c = start;
    while (drop > 0 && c < stop) {
      const char32_t ch = doc_.text[c];
      const bool mark = (ch >= 0x064B && ch <= 0x065F) || ch == 0x0670 || ch == 0x0640;
      if (!mark) --drop;
      ++c;
    }
    while (c < stop && (doc_.text[c] == 0x0640 || (doc_.text[c] >= 0x064B && doc_.text[c] <= 0x065F))) ++c;
    start = c;
  }
  // Outer quotes and an English possessive are not part of a name: «تنظيم "داعش» → تنظيم "داعش",
  // then the unbalanced quote goes too; ISIS's → ISIS.
  int e = stop;
  while (e > start && IsQuote(doc_.text[e - 1])) --e;
  while (start < e && IsQuote(doc_.text[start])) ++start;
  std::string out = prefix + doc_.Slice(start, e);
  for (std::string_view poss : {"'s", "’s"}) {
    if (EndsWith(out, poss)) out.resize(out.size() - poss.size());
  }
  int quotes = 0;
  for (char c : out) quotes += c == '"';
  if (quotes % 2 == 1) {
    const size_t q = out.rfind('"');
    out.erase(q, 1);
    while (!out.empty() && out.back() == ' ') out.pop_back();
  }
  return out;
}

int ArticleExtractor::AddSpan(Span sp) {
  const int idx = static_cast<int>(spans_.size());
  for (int i = sp.first; i < sp.end; ++i) covered_[i] = idx;
  if (sp.type == EntityType::kGroup && !sp.anaphor) focus_group_ = sp.id;
  spans_.push_back(std::move(sp));
  return idx;
}

void ArticleExtractor::MatchLexicon(const Sentence& s, int si) {
  const int max_words = lex_.max_words();
  std::string tail, raw, key;  // reused from phrase to phrase
  for (int i = s.first_token; i < s.end_token; ++i) {
    if (covered_[i] >= 0) continue;
    int first = i;
    if (tok(i).clitic_only && i + 1 < s.end_token && Joined(i)) first = i + 1;
    int best_end = -1, best_entry = -1;
    std::string best_form;
    // No alias beginning with a reading of this word is longer than its bound (the lexicon knows
    // the longest alias per first word), so longer phrases are not looked up at all.
    const std::vector<std::string>& forms = tok(first).forms;
    const int exact_longest = lex_.MaxExactWordsFrom(tok(first).text);
    form_longest_.clear();
    int longest = exact_longest;
    for (const std::string& f : forms) {
      form_longest_.push_back(lex_.MaxWordsFrom(f));
      longest = std::max(longest, form_longest_.back());
    }
    for (int n = std::min({max_words, s.end_token - first, longest}); n >= 1 && best_end < 0; --n) {
      bool joined = true;
      for (int k = first; k < first + n - 1; ++k) joined = joined && Joined(k);
      if (!joined) continue;
      // The phrase after its first word, folded and as written ("words joined by spaces").
      tail.clear();
      raw.clear();
      if (n <= exact_longest) raw = tok(first).text;
      for (int k = first + 1; k < first + n; ++k) {
        tail.push_back(' ');
        tail += tok(k).folded;
        if (n <= exact_longest) {
          raw.push_back(' ');
          raw += tok(k).text;
        }
      }
      for (size_t variant = 0; variant < forms.size() && best_end < 0; ++variant) {
        if (n > form_longest_[variant] && !(variant == 0 && n <= exact_longest)) continue;
        const std::string& word = forms[variant];
        if (Letters(word) < 2) continue;
        // A reading made by taking ال off is another word ("السورية" is not "سورية").
        if (variant > 0 && HasArticleReading(forms, word)) continue;
        key.assign(word).append(tail);
        std::vector<int> hits = lex_.MatchKey(key, variant == 0 ? std::string_view(raw) : std::string_view());
        if (hits.empty()) continue;
        // Prefer an entity already seen in this article.
        int pick = hits.front();
        for (int h : hits) {
          for (const Span& sp : spans_) {
            if (sp.id == lex_.entry(h).id) pick = h;
          }
        }
        best_end = first + n;
        best_entry = pick;
        best_form = forms[variant];
      }
    }
    if (best_end < 0) continue;
    const LexiconEntry& e = lex_.entry(best_entry);
    if (best_end - first == 1 && CommonNounHere(first)) continue;
    // A single short word that is also a common noun must be quoted or capitalized to count.
    Span sp;
    sp.first = first;
    sp.end = best_end;
    sp.start_cp = tok(i).start;
    sp.end_cp = tok(best_end - 1).end;
    sp.sentence = si;
    sp.type = e.type;
    sp.id = e.id;
    sp.name = e.name_ar;
    sp.name_en = e.name_en;
    sp.alias = Surface(first, best_end, best_form);
    sp.country_level = e.type == EntityType::kPlace && e.country.empty();
    AddSpan(std::move(sp));
    i = best_end - 1;
  }
}

int ArticleExtractor::PersonNameEnd(int i, int limit) const {
  int j = i;
  // Kunya: أبو/أبي/أبا + name + nisbas.
  const std::string& f = tok(i).stripped;
  const bool kunya = f == "ابو" || f == "ابي" || f == "ابا" || tok(i).folded == "ابو";
  if (kunya) {
    if (i + 1 >= limit || !Joined(i) || !(NameWord(i + 1) || NameNisba(i + 1))) return i;
    j = i + 2;
  } else {
    // "عبد الله", "عبد الرحمن": عبد and the divine name after it are one part of a name.
    auto part_end = [&](int k) {
      if (tok(k).folded == "عبد" && k + 1 < limit && Joined(k) && IsDefinite(k + 1) && covered_[k + 1] < 0) {
        return k + 2;
      }
      return NameWord(k) ? k + 1 : k;
    };
    int parts = 0;
    while (j < limit && parts < 3 && covered_[j] < 0 && (j == i || Joined(j - 1))) {
      const int next = part_end(j);
      if (next == j) break;
      j = next;
      ++parts;
    }
  }
  if (j == i) return i;
  while (j < limit && j - i < 5 && Joined(j - 1) && NameNisba(j) && covered_[j] < 0 &&
         !(j > i + 1 && tok(j).folded == "الامريكي")) {
    ++j;
  }
  return j;
}

void ArticleExtractor::AddPerson(int first, int end, int si, int start_cp) {
  if (!Free(first, end)) return;
  Span sp;
  sp.first = first;
  sp.end = end;
  sp.start_cp = start_cp;
  sp.end_cp = tok(end - 1).end;
  sp.sentence = si;
  sp.type = EntityType::kPerson;
  sp.alias = doc_.Slice(tok(first).start, tok(end - 1).end);
  // Genitive/accusative kunyas fold to أبو.
  std::string name = sp.alias;
  const std::string f0 = tok(first).folded;
  if (f0 == "ابي" || f0 == "ابا") {
    name = "أبو" + doc_.Slice(tok(first).end, tok(end - 1).end);
  }
  // A person already known in this article by a longer name that contains this one.
  std::string key = Fold(name);
  for (const Span& other : spans_) {
    if (other.type == EntityType::kPerson && !other.anaphor &&
        (Fold(other.name) == key || (Fold(other.name).find(key) != std::string::npos && end - first == 1))) {
      sp.id = other.id;
      sp.name = other.name;
      sp.name_en = other.name_en;
      break;
    }
  }
  if (sp.id.empty()) {
    sp.name = name;
    sp.id = "person:" + Slug(name);
  }
  const int idx = AddSpan(std::move(sp));
  if (end - first >= 2) {
    const std::string& last = tok(end - 1).folded;
    if (Letters(last) >= 3) surname_[last] = spans_[idx].id;
    const std::string& firstw = tok(first).folded;
    (void)firstw;
  }
}

void ArticleExtractor::MatchPatterns(const Sentence& s, int si) {
  const int end = s.end_token;
  for (int i = s.first_token; i < end; ++i) {
    const Token& t = tok(i);
    // --- Persons after a title: "الجنرال مايكل كوريلا", "الرئيس بايدن".
    if (Is<cues::kTitles>(t) && covered_[i] < 0) {
      int j = i + 1;
      while (j < end && Joined(j - 1) && (Is<cues::kTitles>(tok(j)))) ++j;
      // "الباحث في مجموعة الأزمات الدولية عمر محمود": the title's organization, then the name.
      if (j < end && tok(j).folded == "في") ++j;
      if (j < end && covered_[j] >= 0 && spans_[covered_[j]].type != EntityType::kPerson &&
          spans_[covered_[j]].first == j) {
        j = spans_[covered_[j]].end;
      }
      if (j < end && Joined(j - 1) && covered_[j] < 0) {
        const int e = PersonNameEnd(j, end);
        if (e > j && (e - j >= 2 || tok(j).stripped == "ابو")) AddPerson(j, e, si, tok(j).start);
      }
    }
    // --- Persons after a reporting verb: "وقال كاليب فايس، محرر ..." / "قالت X إن".
    if (Is<cues::kReportingVerbs>(t) && i + 1 < end && covered_[i + 1] < 0 && !t.latin) {
      int j = i + 1;
      while (j < end && Is<cues::kTitles>(tok(j))) ++j;
      const int e = PersonNameEnd(j, end);
      const bool closes = e < end && (CommaAfter(e - 1) || tok(e).stripped == "ان" ||
                                      tok(e).folded == "ان" || tok(e).stripped == "في" ||
                                      tok(e).folded == "من");
      const bool closes_end = e == end;
      if (e - j >= 2 && (closes || closes_end) && !tok(j).number) AddPerson(j, e, si, tok(j).start);
    }
    // --- Kunya anywhere: "أبو حفص الهاشمي القرشي".
    if ((t.stripped == "ابو" || t.folded == "ابو" || t.folded == "ابي") && covered_[i] < 0) {
      const int e = PersonNameEnd(i, end);
      if (e - i >= 3 || (e - i == 2 && NameNisba(i + 1))) AddPerson(i, e, si, t.start);
    }
    // --- Apposition: "كولين كلارك، مدير الأبحاث في ..." → the name before the comma.
    if (CommaAfter(i) && i + 1 < end && covered_[i] < 0 &&
        (Is<cues::kLeaderRoles>(tok(i + 1)) || Is<cues::kOfficialRoles>(tok(i + 1)) ||
         Is<cues::kMemberRoles>(tok(i + 1)) || Is<cues::kSpokesRoles>(tok(i + 1)) ||
         Is<cues::kTitles>(tok(i + 1)))) {
      int b = i;
      while (b - 1 >= s.first_token && i - (b - 1) < 2 && NameWord(b - 1) && Joined(b - 1) &&
             covered_[b - 1] < 0) {
        --b;
      }
      if (NameWord(i) || NameNisba(i)) {
        if (i - b + 1 >= 2 && (b == s.first_token || !NameWord(b - 1))) AddPerson(b, i + 1, si, tok(b).start);
      }
    }
    if (covered_[i] >= 0) continue;
    // --- Organization heads: "معهد واشنطن", "صحيفة "التايمز" البريطانية", "مجلة Long War Journal".
    if (Is<cues::kOrgHeads>(t) && !IsDefinite(i) && i + 1 < end && Joined(i)) {
      int j = i + 1;
      int e = j;
      if (tok(j).latin) {
        while (e < end && tok(e).latin && (e == j || Joined(e - 1))) ++e;
      } else if (tok(j).number && i + 1 == j) {
        e = j + 1;
      } else if (covered_[j] >= 0) {
        // Head + known entity: "معهد الشرق الأوسط" (a place inside an institute's name).
        const Span& in = spans_[covered_[j]];
        if (in.type == EntityType::kPlace || in.type == EntityType::kPerson) e = in.end;
      } else {
        while (e < end && e - j < 3 && !IsStop(e) && !IsCueWord(e) && covered_[e] < 0 && (e == j || Joined(e - 1)) &&
               !tok(e).latin && !(e > j && IsNisba(e) && Is<cues::kMediaHeads>(t))) {
          // An indefinite adjective agreeing with the head is not a name: "مجموعة متنوعة".
          if (!IsDefinite(e) && !QuoteBefore(e) &&
              (EndsWith(tok(e).folded, "يه") || EndsWith(tok(e).folded, "ه") || EndsWith(tok(e).folded, "ي"))) {
            break;
          }
          if (e > j && !QuoteBefore(e) && !IsDefinite(e) && IsDefinite(j)) break;
          if (e > j && !QuoteBefore(e) && tok(e).stripped != tok(e).folded) break;  // "بولاية", "و…"
          ++e;
          if (IsDefinite(e - 1) && !QuoteBefore(e - 1) && e - j >= 2) break;
        }
      }
      if (e > j && Free(j, e)) {
        // Release a place or person inside the name; the name is the organization's.
        for (int k = j; k < e; ++k) covered_[k] = -1;
        Span sp;
        sp.first = i;
        sp.end = e;
        sp.start_cp = t.start;
        sp.end_cp = tok(e - 1).end;
        sp.sentence = si;
        sp.type = EntityType::kOrganization;
        sp.alias = Surface(i, e, std::string(cues::MatchedForm<cues::kOrgHeads>(t)));
        std::string clean;
        for (char c : sp.alias) {
          if (c != '"') clean.push_back(c);
        }
        // Curly quotes too.
        for (std::string_view q : {"“", "”", "«", "»"}) {
          size_t p;
          while ((p = clean.find(q)) != std::string::npos) clean.erase(p, q.size());
        }
        sp.name = clean;
        Identify(&sp, clean);
        AddSpan(std::move(sp));
        i = e - 1;
        continue;
      }
    }
    // --- Place heads: "مدينة كرمان الإيرانية" → كرمان; "مخيمات الهول" → مخيم الهول.
    const bool named_head = Is<cues::kNamedPlaceHeads>(t);
    if ((Is<cues::kPlaceHeads>(t) || named_head) && !IsDefinite(i) && i + 1 < end && Joined(i)) {
      const int j = i + 1;
      // "ولاية X": in an article about the Islamic State, X's province of it; a US state or any
      // other place stays a place; "ولاية ثانية" (a term of office) is no name at all.
      if (covered_[j] >= 0 && cues::MatchedForm<cues::kPlaceHeads>(t) == "ولايه" &&
          spans_[covered_[j]].type == EntityType::kPlace && spans_[covered_[j]].first == j &&
          IslamicStateContext()) {
        const Span p = spans_[covered_[j]];
        const LexiconEntry* place = lex_.FindId(p.id);
        if (!place || place->country != "place:united-states") {
          Span sp = p;
          sp.first = i;
          sp.start_cp = t.start;
          sp.type = EntityType::kGroup;
          sp.alias = Surface(i, p.end, std::string(cues::MatchedForm<cues::kPlaceHeads>(t)));
          sp.country_level = false;
          if (const LexiconEntry* known = lex_.FindBranch(kIslamicState, p.id)) {
            sp.id = known->id;
            sp.name = known->name_ar;
            sp.name_en = known->name_en;
          } else {
            sp.id = std::string(kIslamicState) + "-" + p.id.substr(p.id.find(':') + 1) + "-province";
            sp.name = sp.alias;
            sp.name_en.clear();
          }
          Replace(std::move(sp));
          i = p.end - 1;
          continue;
        }
      }
      if (covered_[j] >= 0) continue;  // head + known place: the lexicon already has it
      int e = j;
      while (e < end && e - j < 2 && !IsStop(e) && covered_[e] < 0 && !IsNisba(e) && !tok(e).latin &&
             (e == j || (Joined(e - 1) && !IsDefinite(e) && !IsDefinite(j)))) {
        if (Is<cues::kAttackNouns>(tok(e)) || Is<cues::kTitles>(tok(e))) break;
        if (e > j && tok(e).stripped != tok(e).folded && StartsWith(tok(e).folded, "و")) break;  // "X وY"
        ++e;
      }
      if (e > j && (QuoteBefore(j) || IsDefinite(j) || !EndsWith(tok(j).folded, "ه"))) {
        // US states and IS provinces: ولاية + name.
        std::string name = doc_.Slice(tok(j).start, tok(e - 1).end);
        if (QuoteBefore(j)) name = doc_.Slice(tok(j).start, tok(e - 1).end);
        Span sp;
        sp.first = named_head ? i : j;
        sp.end = e;
        sp.start_cp = named_head ? t.start : tok(j).start;
        sp.end_cp = tok(e - 1).end;
        sp.sentence = si;
        sp.type = EntityType::kPlace;
        std::string head = doc_.Slice(t.start, t.end);
        if (named_head) {
          // Singular head for dual/plural forms.
          std::string h(cues::MatchedForm<cues::kNamedPlaceHeads>(t));
          std::string singular = h == "مخيمي" || h == "مخيمات" ? "مخيم"
                                 : h == "سجني" || h == "سجون" ? "سجن" : "";
          if (singular.empty()) singular = StripProclitics(Fold(head));
          if (singular == "مخيم") head = "مخيم";
          else if (singular == "سجن") head = "سجن";
          else head = doc_.Slice(t.start, t.end);
          if (StartsWith(Fold(head), "ال")) head = head.substr(4);
          name = head + " " + name;
        }
        sp.name = name;
        sp.alias = name;
        Identify(&sp, name);
        AddSpan(std::move(sp));
        // Coordinated second name after a dual head: "مخيمي الهول و"روج"".
        const std::string_view hf = cues::MatchedForm<cues::kNamedPlaceHeads>(t);
        if (named_head && (hf == "مخيمي" || hf == "سجني" || hf == "مخيمات") && e < end &&
            tok(e).folded.size() > 2 && StartsWith(tok(e).folded, "و") && covered_[e] < 0) {
          Span s2;
          s2.first = e;
          s2.end = e + 1;
          s2.start_cp = tok(e).start;
          s2.end_cp = tok(e).end;
          s2.sentence = si;
          s2.type = EntityType::kPlace;
          std::string n2 = doc_.Slice(tok(e).start, tok(e).end);
          n2 = n2.substr(2);  // the و
          s2.name = head + " " + n2;
          s2.alias = n2;
          s2.id = "place:" + Slug(s2.name);
          AddSpan(std::move(s2));
        }
        i = e - 1;
        continue;
      }
    }
    // --- Group heads with an unknown name in quotes: حركة "X".
    if (Is<cues::kGroupHeads>(t) && i + 1 < end && Joined(i) && covered_[i + 1] < 0 &&
        QuoteBefore(i + 1) && !IsStop(i + 1)) {
      int e = i + 1;
      while (e < end && e - i <= 3 && Joined(e - 1) && !IsStop(e) && covered_[e] < 0 && !IsNisba(e)) {
        ++e;
        if (e < end && QuoteBefore(e)) break;
      }
      Span sp;
      sp.first = i;
      sp.end = e;
      sp.start_cp = t.start;
      sp.end_cp = tok(e - 1).end;
      sp.sentence = si;
      sp.type = EntityType::kGroup;
      sp.name = doc_.Slice(tok(i + 1).start, tok(e - 1).end);
      sp.alias = Surface(i, e, std::string(cues::MatchedForm<cues::kGroupHeads>(t)));
      sp.id = "group:" + Slug(sp.name);
      AddSpan(std::move(sp));
      i = e - 1;
    }
  }
}

void ArticleExtractor::MatchEnglish(const Sentence& s, int si) {
  const int end = s.end_token;
  // Names in English sentences: two or three capitalized words after a title ("General Michael
  // Kurilla") or before a verb of saying ("Charles Lister said").
  if (s.english) {
    for (int i = s.first_token + 1; i + 1 < end; ++i) {
      if (covered_[i] >= 0 || !tok(i).capitalized || MonthNumber(tok(i).folded) ||
          Is<cues::kEnglishTitles>(tok(i))) {
        continue;
      }
      int e = i;
      while (e < end && e - i < 3 && tok(e).capitalized && covered_[e] < 0 && !MonthNumber(tok(e).folded) &&
             (e == i || Joined(e - 1))) {
        ++e;
      }
      if (e - i < 2) continue;
      const bool titled = Is<cues::kEnglishTitles>(tok(i - 1));
      const bool says = e < end && Is<cues::kEnglishSaid>(tok(e));
      if (!titled && !says) {
        i = e - 1;
        continue;
      }
      Span sp = NewSpan(i, e, si, EntityType::kPerson);
      sp.alias = sp.name;
      Identify(&sp, sp.name);
      AddSpan(std::move(sp));
      i = e - 1;
    }
  }
  // Tweet attributions: "— Rebecca Jackson (@rsimjackson) January 2, 2025".
  for (int i = s.first_token; i + 1 < end; ++i) {
    if (!tok(i).capitalized || covered_[i] >= 0) continue;
    int e = i;
    while (e < end && tok(e).capitalized && covered_[e] < 0 && MonthNumber(tok(e).folded) == 0 &&
           (e == i || Joined(e - 1)) && e - i < 3) {
      ++e;
    }
    if (e - i < 1) continue;
    // Followed by "(@handle" or preceded by a dash at the start of the line.
    bool handle = false;
    std::string handle_text;
    if (e < end) {
      for (int c = tok(e - 1).end; c < tok(e).start; ++c) {
        if (doc_.text[c] == '@') handle = true;
      }
      if (handle) handle_text = "@" + tok(e).text;
      if (!tok(e).text.empty() && tok(e).text[0] == '@') {
        handle = true;
        handle_text = tok(e).text;
      }
    }
    const bool dash_line = tok(i).start >= 2 && (doc_.text[tok(i).start - 2] == 0x2014 || doc_.text[tok(i).start - 2] == 0x2013);
    if (!handle || (!dash_line && e - i < 2)) continue;
    Span sp = NewSpan(i, e, si, EntityType::kPerson);
    sp.alias = handle_text;
    sp.id = "person:" + Slug(sp.name);
    AddSpan(std::move(sp));
    if (e < end) covered_[e] = static_cast<int>(spans_.size()) - 1;  // the handle
    i = e;
  }
}


int ArticleExtractor::Replace(Span sp) {
  for (int i = sp.first; i < sp.end; ++i) {
    if (covered_[i] >= 0) spans_[covered_[i]].anaphor = true;  // keeps it out of the entities
  }
  // A span whose tokens are only partly replaced is dropped as a whole.
  for (Span& other : spans_) {
    if (other.anaphor) continue;
    if (other.first < sp.end && sp.first < other.end) other.anaphor = true;
  }
  for (int i = 0; i < static_cast<int>(covered_.size()); ++i) {
    if (covered_[i] >= 0 && spans_[covered_[i]].anaphor && !(i >= sp.first && i < sp.end)) {
      // Tokens of a dropped span outside the new one become free again.
      bool still_anaphor = spans_[covered_[i]].id.empty();
      if (!still_anaphor && spans_[covered_[i]].first < sp.end && sp.first < spans_[covered_[i]].end) {
        covered_[i] = -1;
      }
    }
  }
  sp.anaphor = false;
  return AddSpan(std::move(sp));
}

void ArticleExtractor::MatchCompounds(const Sentence& s, int si) {
  for (int i = s.first_token; i < s.end_token; ++i) {
    if (covered_[i] >= 0) continue;
    const Token& t = tok(i);
    // Region of a place: compass words right before a country or region ("شرق سوريا").
    if (Is<cues::kDirections>(t) && !IsDefinite(i)) {
      int j = i;
      while (j + 1 < s.end_token && covered_[j + 1] < 0 && Is<cues::kDirections>(tok(j + 1)) && Joined(j)) ++j;
      if (j + 1 < s.end_token && Joined(j) && covered_[j + 1] >= 0) {
        const Span& p = spans_[covered_[j + 1]];
        if (p.type == EntityType::kPlace && p.first == j + 1 && !p.anaphor) {
          Span sp = p;
          // Elliptical coordination: "جنوب وشرق آسيا" — the first compass word joins too.
          sp.first = i;
          sp.start_cp = t.start;
          const std::string name = Surface(i, p.end, t.forms.size() > 1 && t.forms[0] != t.forms[1] &&
                                                         StartsWith(t.folded, "و") ? t.forms[1] : "");
          sp.name = name;
          sp.alias = name;
          sp.name_en.clear();
          sp.country_level = false;
          // "وسط وشمال شرق سوريا" also names its last region, "شمال شرق سوريا".
          if (StartsWith(tok(p.first).folded, "و") && Is<cues::kDirections>(tok(p.first)) && j == i) {
            // "وسط" + "وشمال شرق سوريا": elliptical, see below.
            Span keep = p;
            keep.first = i;
            keep.start_cp = t.start;
            keep.alias = Surface(i, p.end, "");
            Replace(std::move(keep));
            i = j + 1;
            continue;
          }
          for (int k = j; k > i; --k) {
            if (StartsWith(tok(k).folded, "و") && tok(k).forms.size() > 1) {
              tail_alias_[static_cast<int>(spans_.size())] = Surface(k, p.end, tok(k).forms[1]);
              break;
            }
          }
          sp.type = EntityType::kPlace;
          Identify(&sp, name);
          Replace(std::move(sp));
          i = j + 1;
          continue;
        }
      }
    }
    // "X وY Z" where "وY Z" is a region already found: "جنوب" + "وشرق آسيا".
    if (Is<cues::kDirections>(t) && i + 1 < s.end_token && covered_[i + 1] >= 0 && Joined(i)) {
      const Span& p = spans_[covered_[i + 1]];
      if (p.type == EntityType::kPlace && p.first == i + 1 && StartsWith(tok(i + 1).folded, "و") &&
          Is<cues::kDirections>(tok(i + 1))) {
        // Elliptical: "جنوب وشرق آسيا" is written as one name but the region it adds is not a
        // place of its own in any gazetteer; it stays the region named in full, with this alias.
        Span sp = p;
        sp.first = i;
        sp.start_cp = t.start;
        sp.alias = Surface(i, p.end, "");
        Replace(std::move(sp));
        continue;
      }
    }
    // A state institution named by its nationality: "الحكومة السورية", "قوات الأمن العراقية".
    if (Is<cues::kInstitutions>(t) && IsDefinite(i) && i + 1 < s.end_token && Joined(i)) {
      int e = i + 1;
      if (e + 1 < s.end_token && tok(e).folded == "الامن" && Joined(e)) ++e;
      if (e < s.end_token && covered_[e] < 0 && IsNisba(e) && !IsStop(e) && lex_.IsNationality(tok(e).forms.back())) {
        const std::string form(cues::MatchedForm<cues::kInstitutions>(t));
        const std::string name = Surface(i, e + 1, form.empty() ? "" : form);
        Span sp;
        sp.first = i;
        sp.end = e + 1;
        sp.start_cp = t.start;
        sp.end_cp = tok(e).end;
        sp.sentence = si;
        sp.type = EntityType::kOrganization;
        sp.name = name;
        sp.alias = name;
        // "الإدارة الأمريكية" and "الحكومة الأمريكية" are one government.
        const std::string head = Fold(form) == "الاداره" ? "الحكومه" : Fold(form);
        Identify(&sp, lex_.Find(name) ? name : head + " " + tok(e).forms.back());
        if (!lex_.Find(name)) sp.name = name;
        AddSpan(std::move(sp));
        i = e;
        continue;
      }
    }
    // "إدارة ترامب": an administration named by its head.
    if (Is<cues::kAdministrations>(t) && !IsDefinite(i) && i + 1 < s.end_token && Joined(i) &&
        covered_[i + 1] >= 0 && spans_[covered_[i + 1]].type == EntityType::kPerson) {
      const Span& p = spans_[covered_[i + 1]];
      Span sp;
      sp.first = i;
      sp.end = p.end;
      sp.start_cp = t.start;
      sp.end_cp = p.end_cp;
      sp.sentence = si;
      sp.type = EntityType::kOrganization;
      sp.name = Surface(i, p.end, std::string(cues::MatchedForm<cues::kAdministrations>(t)));
      sp.alias = sp.name;
      sp.id = "organization:" + Slug(sp.name);
      Replace(std::move(sp));
    }
  }
}

void ArticleExtractor::MatchBranches(const Sentence& s, int si) {
  // "فرع التنظيم في أفغانستان", "فرع تنظيم الدولة الإسلامية في موزمبيق": a branch of a group in a
  // country — the lexicon's province when it has one, else a new group.
  for (int i = s.first_token; i + 3 < s.end_token; ++i) {
    if (covered_[i] >= 0 || !Is<cues::kBranchHeads>(tok(i)) || covered_[i + 1] < 0) continue;
    const Span g = spans_[covered_[i + 1]];
    if (g.type != EntityType::kGroup || g.first != i + 1) continue;
    // "فرع تنظيم الدولة الإسلامية في موزمبيق" read whole by the lexicon as a province: the
    // branch word joins its name, and the province is a branch of its parent.
    const LexiconEntry* known_branch = lex_.FindId(g.id);
    if (known_branch && !known_branch->parent.empty() && known_branch->parent != g.id) {
      Span sp = g;
      sp.first = i;
      sp.start_cp = tok(i).start;
      sp.alias = Surface(i, g.end, "");
      Replace(sp);
      AddRelation(sp.id, "branch_of", known_branch->parent, s, si, 0.8);
      if (!known_branch->country.empty()) AddRelation(sp.id, "operates_in", known_branch->country, s, si, 0.6);
      i = g.end - 1;
      continue;
    }
    const int in = g.end;
    if (in + 1 >= s.end_token || tok(in).folded != "في" || covered_[in + 1] < 0) continue;
    const Span p = spans_[covered_[in + 1]];
    if (p.type != EntityType::kPlace || !p.country_level) continue;
    Span sp;
    sp.first = i;
    sp.end = p.end;
    sp.start_cp = tok(i).start;
    sp.end_cp = p.end_cp;
    sp.sentence = si;
    sp.type = EntityType::kGroup;
    sp.alias = Surface(i, p.end, "");
    if (const LexiconEntry* known = lex_.FindBranch(g.id, p.id)) {
      sp.id = known->id;
      sp.name = known->name_ar;
      sp.name_en = known->name_en;
    } else {
      sp.id = g.id + "-" + p.id.substr(p.id.find(':') + 1);
      sp.name = sp.alias;
    }
    Replace(sp);
    AddRelation(sp.id, "branch_of", g.id, s, si, 0.85);
    AddRelation(sp.id, "operates_in", p.id, s, si, 0.8);
    i = sp.end - 1;
  }
}


void ArticleExtractor::ResolveShortOrgNames() {
  // Tokens outside every sentence (a text of control characters and stray letters) have none to
  // look up: sent_of_ maps them to sentence 0, which then does not exist.
  if (doc_.sentences.empty()) return;
  struct Full { std::string id, name, name_en; EntityType type; int first; int words; };
  std::map<std::string, std::vector<Full>> keys;  // folded words → full names they shorten
  for (const Span& sp : spans_) {
    if (sp.anaphor || (sp.type != EntityType::kOrganization && sp.type != EntityType::kGroup)) continue;
    const int n = sp.end - sp.first;
    if (n < 2) continue;
    for (int d = sp.first; d <= sp.first + 1 && d < sp.end; ++d) {
      if (!IsDefinite(d)) continue;
      std::string key;
      for (int k = d; k < sp.end - 1 || (k < sp.end && d > sp.first); ++k) {
        key += (key.empty() ? "" : " ") + (k == d ? tok(k).stripped : tok(k).folded);
        if (k == d && Letters(key) < 5) continue;
        if (k + 1 == sp.end && d == sp.first) break;  // the whole name is not a short form
        auto& v = keys[key];
        if (std::none_of(v.begin(), v.end(), [&](const Full& f) { return f.id == sp.id; })) {
          v.push_back({sp.id, sp.name, sp.name_en, sp.type, sp.first, n});
        }
      }
      break;
    }
  }
  if (keys.empty()) return;
  // Pattern-made organizations whose whole name is such a short form take the full one's id.
  for (Span& sp : spans_) {
    if (sp.anaphor || sp.type != EntityType::kOrganization) continue;
    auto it = keys.find(Fold(sp.alias));
    if (it == keys.end() || it->second.size() != 1 || it->second[0].first >= sp.first) continue;
    sp.id = it->second[0].id;
    sp.name = it->second[0].name;
    sp.name_en = it->second[0].name_en;
    sp.type = it->second[0].type;
  }
  // Free words: the longest short form starting here, not followed by another adjective. A word
  // can begin a short form only if it is what a key holds up to its end or to one of its spaces:
  // nearly every word is turned away by that one lookup.
  std::unordered_set<std::string_view> heads;
  for (const auto& entry : keys) {
    const std::string_view key = entry.first;
    for (size_t at = key.find(' '); at != std::string_view::npos; at = key.find(' ', at + 1)) {
      heads.insert(key.substr(0, at));
    }
    heads.insert(key);
  }
  const int nt = static_cast<int>(doc_.tokens.size());
  std::string key;
  for (int i = 0; i < nt; ++i) {
    if (covered_[i] >= 0 || doc_.sentences[sent_of_[i]].junk) continue;
    if (!heads.count(tok(i).stripped)) continue;
    const int end = SentenceEndToken(i);
    for (int len = 3; len >= 1; --len) {
      if (i + len > end) continue;
      bool free = true;
      for (int k = i; k < i + len; ++k) free = free && covered_[k] < 0 && (k == i || Joined(k - 1));
      if (!free) continue;
      key = tok(i).stripped;
      for (int k = i + 1; k < i + len; ++k) key.append(" ").append(tok(k).folded);
      auto it = keys.find(key);
      if (it == keys.end() || it->second.size() != 1 || it->second[0].first >= i) continue;
      if (i + len < end && Joined(i + len - 1) && IsNisba(i + len) && covered_[i + len] < 0) continue;
      if (len == 1 && CommonNounHere(i)) continue;
      const Full& f = it->second[0];
      Span sp;
      sp.first = i;
      sp.end = i + len;
      sp.start_cp = tok(i).start;
      sp.end_cp = tok(i + len - 1).end;
      sp.sentence = sent_of_[i];
      sp.type = f.type;
      sp.id = f.id;
      sp.name = f.name;
      sp.name_en = f.name_en;
      sp.alias = Surface(i, i + len, tok(i).stripped);
      AddSpan(std::move(sp));
      i += len - 1;
      break;
    }
  }
}

void ArticleExtractor::ResolveShortNames() {
  // Tokens outside every sentence (a text of control characters and stray letters) have none to
  // look up: sent_of_ maps them to sentence 0, which then does not exist.
  if (doc_.sentences.empty()) return;
  for (const Span& sp : spans_) {
    if (sp.type != EntityType::kPerson || sp.anaphor || sp.end - sp.first < 2) continue;
    const std::string& last = tok(sp.end - 1).folded;
    if (Letters(last) >= 3 && !tok(sp.end - 1).latin) surname_.emplace(last, sp.id);
  }
  // A later surname alone ("كلارك", "فايس") is the person named in full earlier.
  for (size_t i = 0; i < doc_.tokens.size(); ++i) {
    if (covered_[i] >= 0 || doc_.sentences[sent_of_[i]].junk) continue;
    auto it = surname_.end();
    std::string form;
    for (const std::string& f : tok(i).forms) {
      if (it == surname_.end() && (it = surname_.find(f)) != surname_.end()) form = f;
    }
    if (it == surname_.end()) continue;
    const Span* full = nullptr;
    for (const Span& sp : spans_) {
      if (sp.id == it->second) full = &sp;
    }
    if (!full || full->first > static_cast<int>(i)) continue;
    // "عمر محمود" is another person than "حسن شيخ محمود".
    if (i > 0 && covered_[i - 1] < 0 && Joined(static_cast<int>(i) - 1) && NameWord(static_cast<int>(i) - 1) &&
        !Is<cues::kTitles>(tok(i - 1))) {
      continue;
    }
    Span sp = *full;
    sp.first = static_cast<int>(i);
    sp.end = static_cast<int>(i) + 1;
    sp.start_cp = tok(i).start;
    sp.end_cp = tok(i).end;
    sp.sentence = sent_of_[i];
    sp.alias = Surface(static_cast<int>(i), static_cast<int>(i) + 1, form);
    AddSpan(std::move(sp));
  }
}

void ArticleExtractor::MarkAnaphors(const Sentence& s, int si) {
  // Nominal anaphors refer to the group in focus (the last named group).
  for (int i = s.first_token; i < s.end_token; ++i) {
    if (covered_[i] >= 0) {
      const Span& sp = spans_[covered_[i]];
      if (sp.type == EntityType::kGroup && !sp.anaphor) focus_group_ = sp.id;
      continue;
    }
    if (focus_group_.empty() || !Is<cues::kGroupAnaphors>(tok(i))) continue;
    // "الحركة" is the last group written "حركة …", "التنظيم" the last "تنظيم …", when there is one;
    // otherwise the group in focus.
    // An apposition names its referent right before it: "القاعدة، المجموعة المسؤولة عن …".
    const bool apposition = i > 0 && covered_[i - 1] >= 0 && spans_[covered_[i - 1]].type == EntityType::kGroup &&
                            !spans_[covered_[i - 1]].anaphor && CommaAfter(i - 1);
    // Otherwise, of the groups named in this sentence and the two before it, the one the article
    // has named most (a group named once in passing is not the subject of the story).
    if (!named_groups_ready_) {
      for (int k = 0; k < static_cast<int>(spans_.size()); ++k) {
        const Span& g = spans_[k];
        if (g.type != EntityType::kGroup || g.anaphor) continue;
        named_groups_.push_back({k, Fold(g.alias.empty() ? g.name : g.alias), Fold(g.name)});
      }
      named_groups_ready_ = true;
    }
    // How often a group is named before token i.
    std::unordered_map<std::string_view, int> counts;
    for (const NamedGroup& g : named_groups_) {
      if (spans_[g.span].first < i) ++counts[spans_[g.span].id];
    }
    auto count = [&](const std::string& id) {
      auto it = counts.find(id);
      return it == counts.end() ? 0 : it->second;
    };
    std::string referent = focus_group_;
    {
      // The last named group, unless it was named just once and a group the story is about (named
      // three times or more) stands in the window too.
      int best = count(focus_group_);
      if (best <= 1) {
        for (auto it = named_groups_.rbegin(); it != named_groups_.rend(); ++it) {
          const Span& g = spans_[it->span];
          if (g.first >= i || g.sentence < si - 2) continue;
          const int n = count(g.id);
          if (n >= 3 && n > best) {
            best = n;
            referent = g.id;
          }
        }
      }
    }
    const std::string head = tok(i).forms.back() + " ";  // "حركه ", "تنظيم ", "جماعه "
    if (apposition) referent = spans_[covered_[i - 1]].id;
    for (auto it = named_groups_.rbegin(); it != named_groups_.rend() && !apposition; ++it) {
      const Span& g = spans_[it->span];
      if (g.first >= i) continue;
      if (StartsWith(it->written, head) || StartsWith(it->name, head)) {
        referent = g.id;
        break;
      }
    }
    Span sp;
    sp.first = i;
    sp.end = i + 1;
    sp.start_cp = tok(i).start;
    sp.end_cp = tok(i).end;
    sp.sentence = si;
    sp.type = EntityType::kGroup;
    sp.id = referent;
    sp.anaphor = true;
    const int idx = static_cast<int>(spans_.size());
    covered_[i] = idx;
    spans_.push_back(std::move(sp));
  }
}

std::vector<int> ArticleExtractor::SpansOf(int si) const {
  std::vector<int> out;
  const Sentence& s = doc_.sentences[si];
  int last = -1;
  for (int i = s.first_token; i < s.end_token; ++i) {
    if (covered_[i] >= 0 && covered_[i] != last) {
      out.push_back(covered_[i]);
      last = covered_[i];
    }
  }
  return out;
}

void ArticleExtractor::AddRelation(const std::string& src, const std::string& rel,
                                   const std::string& dst, const Sentence& s, int si, double conf) {
  if (src.empty() || dst.empty() || src == dst) return;
  Relation r;
  r.source = src;
  r.relation = rel;
  r.target = dst;
  r.evidence.article = article_;
  r.evidence.sentence = si;
  r.evidence.start = s.start;
  r.evidence.end = s.end;
  r.evidence.text = doc_.Slice(s.start, s.end);
  bool hedged = false;
  for (int i = s.first_token; i < s.end_token; ++i) {
    hedged = hedged || Is<cues::kHedges>(tok(i));
  }
  r.evidence.hedged = hedged;
  r.evidence.confidence = hedged ? conf * 0.6 : conf;
  relations_.push_back(std::move(r));
}

void ArticleExtractor::Relations(const Sentence& s, int si) {
  const std::vector<int> idx = SpansOf(si);
  if (idx.empty()) return;
  auto span = [&](int k) -> const Span& { return spans_[idx[k]]; };
  const int n = static_cast<int>(idx.size());
  // Who can act: armed groups, organizations (armies, agencies) and states (countries).
  auto actor = [](const Span& sp) {
    return sp.type == EntityType::kGroup || sp.type == EntityType::kOrganization ||
           (sp.type == EntityType::kPlace && sp.country_level);
  };
  auto cue_between = [&](int from_tok, int to_tok, auto&& pred) {
    for (int t = from_tok; t < to_tok; ++t) {
      if (covered_[t] < 0 && pred(tok(t))) return t;
    }
    return -1;
  };
  auto role_of = [&](const Token& w) -> std::string {
    if (Is<cues::kSpokesRoles>(w)) return "spokesperson_of";
    if (Is<cues::kLeaderRoles>(w)) return "leader_of";
    if (Is<cues::kOfficialRoles>(w)) return "official_of";
    if (Is<cues::kMemberRoles>(w)) return "member_of";
    return "";
  };
  // The span index (in idx) nearest before / after a token, satisfying pred, within `reach` tokens.
  auto nearest_before = [&](int tok_index, int reach, auto&& pred) -> int {
    for (int k = n - 1; k >= 0; --k) {
      if (span(k).end <= tok_index && tok_index - span(k).end <= reach && pred(span(k))) return k;
    }
    return -1;
  };
  auto nearest_after = [&](int tok_index, int reach, auto&& pred) -> int {
    for (int k = 0; k < n; ++k) {
      if (span(k).first > tok_index && span(k).first - tok_index <= reach && pred(span(k))) return k;
    }
    return -1;
  };
  std::set<std::string> engaged;  // places that took part in a cue relation here

  // --- Roles. "P، زعيم G" / "P، الباحث في O" / "P من O".
  for (int a = 0; a < n; ++a) {
    const Span& A = span(a);
    if (A.type != EntityType::kPerson || A.anaphor) continue;
    for (int t = A.end; t < std::min(A.end + 3, s.end_token); ++t) {
      if (covered_[t] >= 0) break;
      std::string rel = role_of(tok(t));
      if (rel.empty() && tok(t).folded == "من" && t == A.end) rel = "member_of";
      if (rel.empty()) continue;
      for (int u = t + 1; u < std::min(t + 7, s.end_token); ++u) {
        if (covered_[u] < 0) continue;
        const Span& E = spans_[covered_[u]];
        if (E.type == EntityType::kPerson || E.type == EntityType::kAttack) break;
        if (E.type == EntityType::kPlace && (rel == "member_of" || rel == "spokesperson_of")) break;
        AddRelation(A.id, rel, E.id, s, si, 0.8);
        break;
      }
      break;
    }
  }
  // "زعيم G P", "الزعيم الحالي للجماعة، P", "مدير المخابرات P": role, entity, person.
  for (int a = 0; a < n; ++a) {
    const Span& A = span(a);
    if (!(actor(A) || A.type == EntityType::kPlace)) continue;
    std::string rel;
    for (int t = A.first - 1; t >= std::max(s.first_token, A.first - 4); --t) {
      if (covered_[t] >= 0) break;
      rel = role_of(tok(t));
      if (!rel.empty()) break;
      // Adjectives like الحالي, and "باسم" / "في", may stand between the role and the entity.
      if (!IsDefinite(t) && tok(t).folded != "باسم" && tok(t).folded != "في") break;
    }
    if (rel.empty()) continue;
    for (int u = A.end; u < std::min(A.end + 4, s.end_token); ++u) {
      if (covered_[u] < 0) {
        if (Is<cues::kTitles>(tok(u)) || IsNisba(u)) continue;
        break;
      }
      const Span& P = spans_[covered_[u]];
      if (P.type == EntityType::kPerson) AddRelation(P.id, rel, A.id, s, si, 0.8);
      break;
    }
  }
  for (int a = 0; a < n; ++a) {
    const Span& A = span(a);
    // "G بقيادة X", "التحالف الذي تقوده أمريكا": X leader_of G.
    if (actor(A)) {
      for (int t = A.end; t < std::min(A.end + 4, s.end_token); ++t) {
        if (covered_[t] >= 0) break;
        if (!Is<cues::kLeadVerbs>(tok(t))) continue;
        const int b = nearest_after(t, 2, [&](const Span& B) {
          return B.type == EntityType::kPerson || actor(B);
        });
        if (b >= 0) {
          AddRelation(span(b).id, "leader_of", A.id, s, si, 0.8);
          engaged.insert(span(b).id);
        }
        break;
      }
    }
    // --- Branches: "G1 التابعة لـ G2", "فرع G2 في P".
    if (A.type == EntityType::kGroup) {
      for (int b = a + 1; b < n && b <= a + 2; ++b) {
        const Span& B = span(b);
        if (B.type != EntityType::kGroup || B.id == A.id) continue;
        const int cue = cue_between(A.end, B.first, [](const Token& w) { return Is<cues::kBranchCues>(w); });
        if (cue >= 0 && B.first - cue <= 2) AddRelation(A.id, "branch_of", B.id, s, si, 0.85);
      }
    }
  }
  // --- Cue words between two actors (or an actor and a place): the nearest on each side.
  for (int t = s.first_token; t < s.end_token; ++t) {
    if (covered_[t] >= 0) continue;
    const Token& w = tok(t);
    const bool fight = Is<cues::kFightCues>(w), ally = Is<cues::kAllyCues>(w);
    const bool target = Is<cues::kTargetCues>(w), capture = Is<cues::kCaptureCues>(w);
    const bool control = Is<cues::kControlCues>(w);
    if (!fight && !ally && !target && !capture && !control) continue;
    int a = nearest_before(t, 8, actor);
    int b = -1;
    if (capture) {
      auto is_place = [](const Span& B) { return B.type == EntityType::kPlace; };
      const int subj = nearest_after(t, 1, [&](const Span& B) { return actor(B) && !B.country_level; });
      if (subj >= 0) {  // verb first: "استعاد الجيش العراقي مدينة الحويجة"
        a = subj;
        b = nearest_after(span(subj).end - 1, 3, is_place);
      } else {
        b = nearest_after(t, 2, is_place);
      }
      if (a >= 0 && b >= 0 && a != b && span(a).type != EntityType::kPlace) {
        AddRelation(span(b).id, "captured_by", span(a).id, s, si, 0.75);
        engaged.insert(span(b).id);
      }
      continue;
    }
    if (control) {
      // "P الذي تسيطر عليه G" / "G تسيطر على P".
      const int p_before = nearest_before(t, 3, [](const Span& B) { return B.type == EntityType::kPlace; });
      const int g_after = nearest_after(t, 3, [](const Span& B) { return B.type == EntityType::kGroup || B.type == EntityType::kOrganization; });
      if (p_before >= 0 && g_after >= 0) AddRelation(span(g_after).id, "operates_in", span(p_before).id, s, si, 0.7);
      continue;
    }
    // The cue binds what stands right by it: its object within a few words after it, its subject
    // within a few words before (further back only for the sentence's subject, below).
    a = nearest_before(t, 5, actor);
    // "الجماعات المسلحة المدعومة من تركيا": an unnamed actor between is the cue's subject.
    for (int u = (a >= 0 ? span(a).end : t); u < t; ++u) {
      if (covered_[u] < 0 && Is<cues::kUnnamedActors>(tok(u))) a = -1;
    }
    // A verbal noun takes its object right after it: "مكافحة الإرهاب" fights no one named later.
    if (Is<cues::kFightNouns>(w) && !(t + 1 < s.end_token && covered_[t + 1] >= 0)) continue;
    // Function words do not count: "تكافح من أجل القضاء على X" binds X.
    int reach = 0, content = 0;
    for (int u = t + 1; u < s.end_token && content < (target ? 4 : 3); ++u, ++reach) {
      if (covered_[u] >= 0) break;
      if (!IsStop(u)) ++content;
    }
    b = nearest_after(t, reach + 1, [&](const Span& B) {
      return target ? (B.type == EntityType::kPlace || actor(B)) : actor(B);
    });
    if (a < 0 && b >= 0) {
      // Verb first: "تقاتل حركة طالبان داعش".
      const int b2 = nearest_after(span(b).end - 1, 3, [&](const Span& B) {
        return actor(B) && B.type != EntityType::kPlace;
      });
      if (b2 >= 0 && b2 != b) {
        a = b;
        b = b2;
      } else {
        // An actor before the verb further back (the sentence's subject).
        a = nearest_before(t, 16, [](const Span& B) { return B.type == EntityType::kGroup; });
      }
    }
    if (a < 0 || b < 0 || span(a).id == span(b).id) continue;
    if (span(a).type == EntityType::kPlace && span(b).type == EntityType::kPlace) continue;
    // A state fought or backed is named right by the cue ("المدعومة من إيران", "ضد الولايات
    // المتحدة"); a country further off is where things happen, not a party.
    if (!target && ((span(a).type == EntityType::kPlace && span(a).end != t) ||
                    (span(b).type == EntityType::kPlace && span(b).first > t + 2))) {
      continue;
    }
    const char* rel = target ? "targeted" : ally ? "allied_with" : "fights";
    AddRelation(span(a).id, rel, span(b).id, s, si, target ? 0.7 : 0.75);
    engaged.insert(span(a).id);
    engaged.insert(span(b).id);
  }
  // --- "هجمات على الولايات المتحدة": an attack noun aimed at a place or an actor.
  for (int t = s.first_token; t + 1 < s.end_token; ++t) {
    if (covered_[t] >= 0 || !Is<cues::kAttackNouns>(tok(t))) continue;
    int u = t + 1;
    if (covered_[u] >= 0 || !(tok(u).folded == "علي" || tok(u).folded == "ضد")) continue;
    ++u;
    if (u >= s.end_token || covered_[u] < 0) continue;
    const Span& B = spans_[covered_[u]];
    if (B.first != u || (B.type != EntityType::kPlace && !actor(B))) continue;
    const int g = nearest_before(t, 12, [](const Span& G) { return G.type == EntityType::kGroup; });
    if (g < 0 || span(g).id == B.id) continue;
    if (attack_places_[si].count(B.id)) continue;
    AddRelation(span(g).id, "targeted", B.id, s, si, 0.65);
    engaged.insert(B.id);
  }
  // --- "الخليفة أبو بكر البغدادي": a group leader's title with no group named.
  for (int a = 0; a < n; ++a) {
    const Span& P = span(a);
    if (P.type != EntityType::kPerson || P.anaphor) continue;
    // The title opens the name as the lexicon writes it, or stands just before it.
    int title = -1;
    if (Is<cues::kGroupLeaderTitles>(tok(P.first))) title = P.first;
    for (int t = P.first - 1; title < 0 && t >= std::max(s.first_token, P.first - 2); --t) {
      if (covered_[t] >= 0) break;
      if (Is<cues::kGroupLeaderTitles>(tok(t))) title = t;
    }
    if (title >= 0) {
      // The group in focus: the nearest group named before it.
      const int g = nearest_before(title, 60, [](const Span& G) { return G.type == EntityType::kGroup; });
      if (g >= 0) AddRelation(P.id, "leader_of", span(g).id, s, si, 0.6);
    }
  }
  // --- A named person killed or held in a place: "مقتل P في X", "P المحتجز في سجن X".
  for (int t = s.first_token; t < s.end_token; ++t) {
    if (covered_[t] >= 0) continue;
    const bool killed = Is<cues::kKilledCues>(tok(t)), held = Is<cues::kHeldCues>(tok(t));
    if (!killed && !held) continue;
    int p = nearest_after(t, 2, [](const Span& B) { return B.type == EntityType::kPerson; });
    if (p < 0) p = nearest_before(t, 3, [](const Span& B) { return B.type == EntityType::kPerson; });
    if (p < 0) continue;
    const int from = std::max(t, span(p).end - 1);
    const int place = nearest_after(from, 4, [](const Span& B) { return B.type == EntityType::kPlace; });
    if (place < 0) continue;
    bool in = false;
    for (int u = from + 1; u < span(place).first; ++u) in = in || tok(u).folded == "في" || tok(u).folded == "in";
    if (!in && !StartsWith(tok(span(place).first).folded, "ب")) continue;
    AddRelation(span(p).id, killed ? "killed_in" : "held_in", span(place).id, s, si, 0.7);
    engaged.insert(span(place).id);
  }
  // --- Places: operates_in (a group and a place of activity), located_in ("X في Y").
  const std::set<std::string>& attack_places = attack_places_[si];
  for (int a = 0; a < n; ++a) {
    const Span& A = span(a);
    if (A.type != EntityType::kPlace) continue;
    // Walk back over a coordinated list and place heads to the word that introduces it.
    int k = a;
    int t = A.first - 1;
    bool locative = false, via_list = false;
    while (t >= s.first_token) {
      const Token& w = tok(t);
      if (covered_[t] >= 0) {
        const Span& prev = spans_[covered_[t]];
        if (prev.type == EntityType::kPlace && k > 0 && &prev == &span(k - 1) &&
            (StartsWith(tok(span(k).first).folded, "و") || CommaAfter(t))) {
          --k;
          t = prev.first - 1;
          via_list = true;
          continue;
        }
        break;
      }
      if (Is<cues::kPlaceHeads>(w) || Is<cues::kNamedPlaceHeads>(w)) {
        --t;
        continue;
      }
      if (w.folded == "من" && t - 1 >= s.first_token && Is<cues::kLocatives>(tok(t - 1))) {
        --t;  // "أجزاء من جنوب آسيا"
        continue;
      }
      if (Is<cues::kLocatives>(w) || w.folded == "مثل") locative = true;
      break;
    }
    const Token& head = tok(A.first);
    const bool b_prefix = StartsWith(head.folded, "ب") && head.forms.size() > 1 && head.forms[1] == head.folded.substr(2);
    locative = locative || (b_prefix && !via_list);
    if (locative && !engaged.count(A.id) && !attack_places.count(A.id)) {
      // The actor: the nearest group before (anaphors included), else one just after.
      // A list "في كركوك وصلاح الدين" is as near to its group as its first item.
      const int list_first = span(k).first;
      int g = nearest_before(list_first, kOperatesReach, [](const Span& B) { return B.type == EntityType::kGroup; });
      // "مناطق قسد": a group named as the owner of an area is not the actor.
      if (g >= 0 && span(g).first - 1 >= s.first_token && covered_[span(g).first - 1] < 0 &&
          Is<cues::kLocatives>(tok(span(g).first - 1))) {
        g = -1;
      }
      // "حركة الشباب المرتبطة بتنظيم القاعدة هاجموا … في X": the branch acts, not its parent.
      if (g > 0 && span(g).first - 1 >= s.first_token && covered_[span(g).first - 1] < 0 &&
          Is<cues::kBranchCues>(tok(span(g).first - 1)) && span(g - 1).type == EntityType::kGroup) {
        g = g - 1;
      }
      if (g < 0) g = nearest_after(A.end - 1, 6, [](const Span& B) { return B.type == EntityType::kGroup; });
      if (g >= 0) AddRelation(span(g).id, "operates_in", A.id, s, si, 0.6);
    }
    // located_in: "جامعة كليمسون بولاية ساوث كارولينا" — an organization right before "بـ/في" + A.
    if (a > 0 && span(a - 1).type == EntityType::kOrganization) {
      const Span& O = span(a - 1);
      int gap = A.first - O.end;
      bool via = b_prefix && gap == 0;
      if (!via && gap >= 1 && gap <= 2) {
        const Token& w = tok(O.end);
        via = covered_[O.end] < 0 && (w.folded == "في" || (StartsWith(w.folded, "ب") &&
                                                            (Is<cues::kPlaceHeads>(w))));
        if (gap == 2) via = via && (Is<cues::kPlaceHeads>(tok(O.end + 1)));
      }
      if (via && O.end <= A.first) AddRelation(O.id, "located_in", A.id, s, si, 0.7);
    }
    // located_in: "كركوك وصلاح الدين في العراق" — the places just before "في" are in A.
    if (A.country_level && A.first - 1 >= s.first_token && tok(A.first - 1).folded == "في" && a > 0) {
      const Span& P = span(a - 1);
      if (P.type == EntityType::kPlace && !P.country_level && P.end == A.first - 1) {
        AddRelation(P.id, "located_in", A.id, s, si, 0.75);
        for (int q = a - 2; q >= 0; --q) {
          const Span& Q = span(q);
          if (Q.type != EntityType::kPlace || Q.country_level) break;
          if (!(StartsWith(tok(span(q + 1).first).folded, "و") || CommaAfter(Q.end - 1))) break;
          AddRelation(Q.id, "located_in", A.id, s, si, 0.7);
        }
      }
    }
  }
}

int NumberValue(const Token& t) {
  if (t.number) {
    int v = 0;
    for (char c : t.folded) {
      if (c == ',' || c == ' ') continue;
      if (c < '0' || c > '9') return -1;
      v = v * 10 + (c - '0');
      if (v > 10000000) return -1;
    }
    return v;
  }
  for (const auto& nw : cues::kNumberWords) {
    if (nw.word == t.stripped || nw.word == t.folded) return nw.value;
  }
  return -1;
}

void ArticleExtractor::Attacks(const Sentence& s, int si, const SimpleDate& anchor) {
  // An attack event: a singular attack noun (or a plural one named by its place or date, as in
  // "هجمات موسكو"), not a count ("192 هجوما"), not a wish or a warning.
  int noun = -1;
  for (int i = s.first_token; i < s.end_token; ++i) {
    if (covered_[i] >= 0 || !(Is<cues::kAttackNouns>(tok(i)) || Is<cues::kAttackVerbs>(tok(i)))) continue;
    if (i > s.first_token && (NumberValue(tok(i - 1)) >= 0 || tok(i - 1).number)) continue;
    if (i + 1 < s.end_token && NumberValue(tok(i + 1)) >= 0 && !Joined(i)) continue;
    const bool plural = Is<cues::kAttackPlurals>(tok(i));
    if (plural) {
      // Only "هجمات <place>" or "هجمات 11 سبتمبر": the event's own name.
      const bool named = i + 1 < s.end_token && Joined(i) &&
                         ((covered_[i + 1] >= 0 && spans_[covered_[i + 1]].type == EntityType::kPlace &&
                           !spans_[covered_[i + 1]].country_level) ||
                          ParseDateAt(doc_, i + 1, s.end_token).has_value());
      if (!named) continue;
    }
    // "تحذيرات من هجوم", "الدعوات لشن هجمات", "توعد بنفس المستوى من المذبحة": not an event that
    // happened.
    bool hypothetical = false;
    for (int k = std::max(s.first_token, i - 5); k < i; ++k) hypothetical = hypothetical || Is<cues::kHypothetical>(tok(k));
    if (hypothetical) continue;
    noun = i;
    break;
  }
  if (noun < 0) return;
  int killed = -1, injured = -1;
  bool approx = false, claim = false, perp_cue = false;
  for (int i = s.first_token; i < s.end_token; ++i) {
    const Token& t = tok(i);
    if (Is<cues::kClaimCues>(t)) claim = true;
    if (Is<cues::kPerpetratorCues>(t)) perp_cue = true;
    const bool kcue = Is<cues::kKilledCues>(t);
    const bool icue = Is<cues::kInjuredCues>(t);
    if (!kcue && !icue) continue;
    // The number is just after (مقتل 145 شخصا, مقتل ما يقرب من 90) or just before (145 قتيلا).
    int value = -1;
    for (int j = i + 1; j < std::min(i + 5, s.end_token); ++j) {
      if (Is<cues::kApproximate>(tok(j))) approx = true;
      const int v = NumberValue(tok(j));
      if (v >= 0) {
        value = v;
        break;
      }
    }
    if (value < 0 && i > s.first_token) {
      const int v = NumberValue(tok(i - 1));
      if (v >= 0) value = v;
      if (i - 2 >= s.first_token && Is<cues::kApproximate>(tok(i - 2))) approx = true;
    }
    if (value < 0) continue;
    if (kcue && killed < 0) killed = value;
    if (icue && injured < 0) injured = value;
  }
  const bool generic = tok(noun).stripped == "عمليه" || tok(noun).stripped == "العمليه";
  if (generic && killed < 0) return;

  // Place: where it happened is a place introduced as one ("في موسكو", "على مسرح خارج موسكو",
  // "بمدينة كرمان"); the first after the noun (a city rather than a country when both follow),
  // else the nearest before it ("استهدفت سفينة في البحر الأحمر، في أحدث هجوم").
  std::string place, perpetrator, target;
  const Span* place_span = nullptr;
  auto introduced = [&](const Span& sp) {
    const Token& first = tok(sp.first);
    if (StartsWith(first.folded, "ب") && first.forms.size() > 1) return true;
    for (int k = sp.first - 1; k >= std::max(s.first_token, sp.first - 3); --k) {
      if (covered_[k] >= 0) return false;
      const Token& w = tok(k);
      if (Is<cues::kPlaceHeads>(w) || Is<cues::kNamedPlaceHeads>(w)) continue;
      return Is<cues::kLocatives>(w) || Is<cues::kAttackPlacePrepositions>(w) ||
             Is<cues::kDirections>(w);
    }
    return false;
  };
  for (int i = noun + 1; i < s.end_token; ++i) {
    if (covered_[i] < 0) continue;
    const Span& sp = spans_[covered_[i]];
    if (sp.type == EntityType::kPlace && introduced(sp)) {
      if (!place_span || (place_span->country_level && !sp.country_level)) place_span = &sp;
      if (!sp.country_level) break;
    }
    i = std::max(i, sp.end - 1);  // a span left over by a later rewrite may end before i: never step back
  }
  if (!place_span) {
    for (int i = noun - 1; i >= std::max(s.first_token, noun - 12); --i) {
      if (covered_[i] < 0) continue;
      const Span& sp = spans_[covered_[i]];
      if (sp.type == EntityType::kPlace && introduced(sp)) {
        place_span = &sp;
        break;
      }
      i = sp.first;
    }
  }
  if (place_span) place = place_span->id;
  // Perpetrator: the group nearest to a claim or perpetrator cue ("أعلن داعش مسؤوليته",
  // "من تنفيذ فرع التنظيم", "القاعدة، المجموعة المسؤولة عن"), else the first group named.
  int best_distance = 1 << 20;
  for (int c = s.first_token; c < s.end_token; ++c) {
    if (covered_[c] >= 0 || !(Is<cues::kClaimCues>(tok(c)) || Is<cues::kPerpetratorCues>(tok(c)))) continue;
    for (int i = s.first_token; i < s.end_token; ++i) {
      if (covered_[i] < 0 || spans_[covered_[i]].type != EntityType::kGroup) continue;
      const int d = std::abs(i - c);
      if (d < best_distance) {
        best_distance = d;
        perpetrator = spans_[covered_[i]].id;
      }
    }
  }
  for (int i = s.first_token; i < s.end_token && perpetrator.empty(); ++i) {
    if (covered_[i] >= 0 && spans_[covered_[i]].type == EntityType::kGroup) perpetrator = spans_[covered_[i]].id;
  }
  // A country or a continent alone is not where an attack happened unless people died in it.
  if (place_span && place_span->country_level && killed < 0) return;
  if (!place_span && killed < 0 && !claim) return;
  if (place.empty() && perpetrator.empty()) return;
  // Date: the first date expression in the sentence.
  std::string date;
  for (int i = s.first_token; i < s.end_token && date.empty(); ++i) {
    if (auto d = ParseDateAt(doc_, i, s.end_token)) date = ResolveDate(*d, anchor);
  }
  // The same attack told again in this article: the same place, or a place inside the other's
  // country, or the same death toll; "الهجوم" with no place of its own is the last one told.
  Attack* same = nullptr;
  const LexiconEntry* here = place.empty() ? nullptr : lex_.FindId(place);
  const bool definite_noun = IsDefinite(noun);
  for (Attack& a : attacks_) {
    const LexiconEntry* there = a.place.empty() ? nullptr : lex_.FindId(a.place);
    const bool same_place = !place.empty() && a.place == place;
    const bool inside = (here && here->country == a.place && !a.place.empty()) ||
                        (there && there->country == place && !place.empty());
    const bool same_toll = killed >= 0 && a.killed && *a.killed == killed;
    const bool told_again = place.empty() && definite_noun;
    if (same_place || inside || same_toll || told_again ||
        (place.empty() && a.place.empty() && a.perpetrator == perpetrator)) {
      same = &a;
    }
  }
  Relation* dummy = nullptr;
  (void)dummy;
  if (!same) {
    Attack a;
    std::string place_name = place_span ? place_span->name : "";
    a.name = place_name.empty() ? doc_.Slice(tok(noun).start, tok(noun).end) : "هجوم " + place_name;
    const std::string key = place.empty() ? perpetrator : place;
    a.id = "attack:" + key.substr(key.find(':') + 1) + (date.size() >= 7 ? "-" + date.substr(0, 7) : "");
    a.place = place;
    a.evidence.article = article_;
    a.evidence.sentence = si;
    a.evidence.start = s.start;
    a.evidence.end = s.end;
    a.evidence.text = doc_.Slice(s.start, s.end);
    a.evidence.confidence = 0.8;
    attacks_.push_back(std::move(a));
    same = &attacks_.back();
  }
  if (!place.empty() && same->place != place) {
    const LexiconEntry* old_place = same->place.empty() ? nullptr : lex_.FindId(same->place);
    const bool more_specific = same->place.empty() || (place_span && !place_span->country_level &&
                                                       (!old_place || old_place->country.empty()));
    if (more_specific) {
      same->place = place;
      if (place_span) same->name = "هجوم " + place_span->name;
    }
  }
  if (same->perpetrator.empty()) same->perpetrator = perpetrator;
  if (same->date.empty()) same->date = date;
  if (!same->killed && killed >= 0) {
    same->killed = killed;
    same->approximate = approx;
  }
  if (!same->injured && injured >= 0) same->injured = injured;
  bool denied = false;
  for (int i = s.first_token; i < s.end_token; ++i) denied = denied || Is<cues::kDenials>(tok(i));
  if (!perpetrator.empty() && !denied) {
    AddRelation(perpetrator, claim ? "claimed" : "perpetrated", same->id, s, si, perp_cue || claim ? 0.8 : 0.6);
  }
  if (denied && same->perpetrator == perpetrator) same->perpetrator.clear();
  // Target: "هجوم على X" / "هجوم ضد X", an organization or a group (a place is where it happened).
  if (noun + 2 < s.end_token && covered_[noun + 1] < 0 &&
      (tok(noun + 1).folded == "علي" || tok(noun + 1).folded == "ضد") && covered_[noun + 2] >= 0) {
    const Span& tg = spans_[covered_[noun + 2]];
    if ((tg.type == EntityType::kOrganization || tg.type == EntityType::kGroup || tg.type == EntityType::kPerson) &&
        tg.id != perpetrator && same->target.empty()) {
      same->target = tg.id;
      AddRelation(same->id, "targeted", tg.id, s, si, 0.7);
    }
  }
  if (!place.empty()) AddRelation(same->id, "occurred_in", place, s, si, 0.8);
  attack_places_[si].insert(same->place);
  if (!place.empty()) attack_places_[si].insert(place);
}

void ArticleExtractor::Run(const SimpleDate& anchor, ArticleExtraction* out) {
  sent_of_.assign(doc_.tokens.size(), 0);
  for (size_t si = 0; si < doc_.sentences.size(); ++si) {
    const Sentence& s = doc_.sentences[si];
    for (int t = s.first_token; t < s.end_token; ++t) sent_of_[t] = static_cast<int>(si);
  }
  const int ns = static_cast<int>(doc_.sentences.size());
  for (int si = 0; si < ns; ++si) {
    const Sentence& s = doc_.sentences[si];
    if (s.junk) continue;
    MatchLexicon(s, si);
    MatchEnglish(s, si);
    MatchPatterns(s, si);
  }
  ResolveShortNames();
  for (int si = 0; si < ns; ++si) {
    if (!doc_.sentences[si].junk) MatchCompounds(doc_.sentences[si], si);
  }
  ResolveShortOrgNames();
  focus_group_.clear();
  for (int si = 0; si < ns; ++si) {
    if (!doc_.sentences[si].junk) MarkAnaphors(doc_.sentences[si], si);
  }
  for (int si = 0; si < ns; ++si) {
    if (!doc_.sentences[si].junk) MatchBranches(doc_.sentences[si], si);
  }
  for (int si = 0; si < ns; ++si) {
    const Sentence& s = doc_.sentences[si];
    if (s.junk) continue;
    Attacks(s, si, anchor);
    Relations(s, si);
  }

  // Entities, in order of first mention.
  std::unordered_map<std::string, int> entity_index;
  for (const Span& sp : spans_) {
    if (sp.anaphor) continue;
    auto [it, inserted] = entity_index.emplace(sp.id, static_cast<int>(out->entities.size()));
    if (inserted) {
      Entity e;
      e.id = sp.id;
      e.type = sp.type;
      e.name = sp.name;
      e.name_en = sp.name_en;
      out->entities.push_back(std::move(e));
    }
    Entity& e = out->entities[it->second];
    Mention m;
    m.text = doc_.Slice(sp.start_cp, sp.end_cp);
    m.start = sp.start_cp;
    m.end = sp.end_cp;
    m.sentence = sp.sentence;
    e.mentions.push_back(std::move(m));
    std::vector<std::string> aliases{sp.alias};
    auto tail = tail_alias_.find(static_cast<int>(&sp - spans_.data()));
    if (tail != tail_alias_.end()) aliases.push_back(tail->second);
    for (const std::string& alias : aliases) {
      if (!alias.empty() && alias != e.name &&
          std::find(e.aliases.begin(), e.aliases.end(), alias) == e.aliases.end()) {
        e.aliases.push_back(alias);
      }
    }
  }
  // Attacks become entities too.
  for (Attack& a : attacks_) {
    Entity e;
    e.id = a.id;
    e.type = EntityType::kAttack;
    e.name = a.name;
    out->entities.push_back(std::move(e));
  }
  // Relations: one per (source, relation, target), the best evidence kept; co_mentioned pairs.
  std::map<std::tuple<std::string, std::string, std::string>, size_t> seen;
  for (Relation& r : relations_) {
    if (!entity_index.count(r.source) && r.source.rfind("attack:", 0) != 0) continue;
    if (!entity_index.count(r.target) && r.target.rfind("attack:", 0) != 0) continue;
    auto key = std::make_tuple(r.source, r.relation, r.target);
    if (IsSymmetricRelation(r.relation) && r.target < r.source) key = std::make_tuple(r.target, r.relation, r.source);
    auto it = seen.find(key);
    if (it == seen.end()) {
      seen.emplace(key, out->relations.size());
      out->relations.push_back(std::move(r));
    } else if (r.evidence.confidence > out->relations[it->second].evidence.confidence) {
      out->relations[it->second] = std::move(r);
    }
  }
  std::set<std::pair<std::string, std::string>> co;
  for (int si = 0; si < ns; ++si) {
    const Sentence& s = doc_.sentences[si];
    if (s.junk) continue;
    std::vector<std::string> ids;
    for (int k : SpansOf(si)) {
      const Span& sp = spans_[k];
      if (!sp.anaphor && std::find(ids.begin(), ids.end(), sp.id) == ids.end()) ids.push_back(sp.id);
    }
    for (size_t a = 0; a < ids.size(); ++a) {
      for (size_t b = a + 1; b < ids.size(); ++b) {
        auto key = std::minmax(ids[a], ids[b]);
        if (!co.insert({key.first, key.second}).second) continue;
        Relation r;
        r.source = key.first;
        r.relation = "co_mentioned";
        r.target = key.second;
        r.evidence.article = article_;
        r.evidence.sentence = si;
        r.evidence.start = s.start;
        r.evidence.end = s.end;
        r.evidence.text = doc_.Slice(s.start, s.end);
        r.evidence.confidence = 0.3;
        out->relations.push_back(std::move(r));
      }
    }
  }
  out->attacks = std::move(attacks_);
}

uint64_t Fnv1a(std::string_view bytes, uint64_t basis) {
  uint64_t h = basis;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

}  // namespace

std::string ContentHash(std::string_view bytes) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%016llx%016llx",
                static_cast<unsigned long long>(Fnv1a(bytes, 14695981039346656037ULL)),
                static_cast<unsigned long long>(Fnv1a(bytes, 0x84222325cbf29ce4ULL ^ bytes.size())));
  return buf;
}

namespace {

// Where a long text is cut into pieces of at most kChunkBytes: after the last line break in the
// second half of the window, else after sentence punctuation, else after white space, else at a
// code point boundary. Returns the start of every piece and the end of the text.
std::vector<size_t> ChunkBounds(std::string_view text) {
  std::vector<size_t> bounds{0};
  size_t pos = 0;
  while (text.size() - pos > kChunkBytes) {
    const size_t limit = pos + kChunkBytes;
    const size_t low = pos + kChunkBytes / 2;
    auto after_last = [&](std::string_view chars) -> size_t {
      const size_t at = text.substr(0, limit).find_last_of(chars);
      return at != std::string_view::npos && at >= low ? at + 1 : 0;
    };
    size_t cut = after_last("\n");
    if (!cut) cut = after_last(".!?\x9F");  // \x9F ends ؟ (D8 9F) and is never a lead byte
    if (!cut) cut = after_last(" \t\r");
    if (!cut) {
      cut = limit;
      while (cut > pos + 1 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    }
    bounds.push_back(cut);
    pos = cut;
  }
  bounds.push_back(text.size());
  return bounds;
}

int CodePoints(std::string_view utf8) {
  int n = 0;
  for (unsigned char c : utf8) n += (c & 0xC0) != 0x80;
  return n;
}

// Adds one piece's extraction to the article's: offsets and sentence numbers moved by the code
// points and sentences before the piece; entities, relations and attacks merged by id.
class ChunkMerger {
 public:
  explicit ChunkMerger(ArticleExtraction* out) : out_(out) {}

  void Add(ArticleExtraction&& part, int cp_shift, int sentence_shift) {
    auto move = [&](Evidence& ev) {
      ev.start += cp_shift;
      ev.end += cp_shift;
      ev.sentence += sentence_shift;
    };
    for (Entity& e : part.entities) {
      for (Mention& m : e.mentions) {
        m.start += cp_shift;
        m.end += cp_shift;
        m.sentence += sentence_shift;
      }
      auto [it, inserted] = entities_.emplace(e.id, out_->entities.size());
      if (inserted) {
        out_->entities.push_back(std::move(e));
        continue;
      }
      Entity& have = out_->entities[it->second];
      for (std::string& a : e.aliases) {
        if (a != have.name && std::find(have.aliases.begin(), have.aliases.end(), a) == have.aliases.end()) {
          have.aliases.push_back(std::move(a));
        }
      }
      for (Mention& m : e.mentions) have.mentions.push_back(std::move(m));
    }
    for (Relation& r : part.relations) {
      move(r.evidence);
      auto key = std::make_tuple(r.source, r.relation, r.target);
      if (IsSymmetricRelation(r.relation) && r.target < r.source) key = std::make_tuple(r.target, r.relation, r.source);
      auto [it, inserted] = relations_.emplace(std::move(key), out_->relations.size());
      if (inserted) {
        out_->relations.push_back(std::move(r));
      } else if (r.evidence.confidence > out_->relations[it->second].evidence.confidence) {
        out_->relations[it->second] = std::move(r);
      }
    }
    for (Attack& a : part.attacks) {
      move(a.evidence);
      auto [it, inserted] = attacks_.emplace(a.id, out_->attacks.size());
      if (inserted) {
        out_->attacks.push_back(std::move(a));
        continue;
      }
      Attack& have = out_->attacks[it->second];
      if (have.place.empty()) have.place = a.place;
      if (have.perpetrator.empty()) have.perpetrator = a.perpetrator;
      if (have.target.empty()) have.target = a.target;
      if (have.date.empty()) have.date = a.date;
      if (!have.killed && a.killed) {
        have.killed = a.killed;
        have.approximate = a.approximate;
      }
      if (!have.injured) have.injured = a.injured;
    }
  }

 private:
  ArticleExtraction* out_;
  std::unordered_map<std::string, size_t> entities_, attacks_;
  std::map<std::tuple<std::string, std::string, std::string>, size_t> relations_;
};

}  // namespace

Status Extractor::Extract(const std::string& article_id, std::string_view bytes,
                          const ExtractOptions& options, ArticleExtraction* out) const {
  *out = ArticleExtraction();
  out->article.id = article_id;
  out->article.path = options.path;
  out->article.content_hash = ContentHash(bytes);
  if (bytes.size() <= kChunkBytes) {
    Document doc;
    Status s = AnalyzeText(bytes, &doc);
    if (!s.ok()) return s;
    SimpleDate anchor = ParseIsoDate(options.date);
    if (anchor.empty()) anchor = FindArticleDate(doc);
    out->article.date = FormatDate(anchor);
    for (const Sentence& sent : doc.sentences) {
      if (sent.junk) continue;
      out->article.title = doc.Slice(sent.start, sent.end);
      if (Letters(out->article.title) > 200) out->article.title.clear();
      break;
    }
    ArticleExtractor ax(*lexicon_, doc, article_id);
    ax.Run(anchor, out);
    return Status::Ok();
  }
  // A long text is read in pieces, so that time and memory grow with its length, not faster:
  // names are then resolved within a piece, not across the whole text.
  const long bad = FirstInvalidUtf8(bytes);
  const size_t first_error = std::min(bad < 0 ? std::string_view::npos : static_cast<size_t>(bad), bytes.find('\0'));
  if (first_error != std::string_view::npos) {
    // The text up to and including the first bad byte fails the same way, with the same offset.
    Document doc;
    return AnalyzeText(bytes.substr(0, first_error + 1), &doc);
  }
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::string plain;
  if (LooksLikeHtml(bytes)) {
    plain = HtmlToText(bytes);
    bytes = plain;
  }
  const std::vector<size_t> bounds = ChunkBounds(bytes);
  ChunkMerger merger(out);
  SimpleDate anchor = ParseIsoDate(options.date);
  int cp_shift = 0, sentence_shift = 0;
  for (size_t k = 0; k + 1 < bounds.size(); ++k) {
    const std::string_view piece = bytes.substr(bounds[k], bounds[k + 1] - bounds[k]);
    Document doc;
    Status s = AnalyzeText(piece, &doc);
    if (!s.ok()) return s;
    // AnalyzeText drops a BOM at the start of a piece: count it all the same.
    const int dropped = piece.substr(0, 3) == "\xEF\xBB\xBF" ? 1 : 0;
    if (k == 0) {
      if (anchor.empty()) anchor = FindArticleDate(doc);
      out->article.date = FormatDate(anchor);
      for (const Sentence& sent : doc.sentences) {
        if (sent.junk) continue;
        out->article.title = doc.Slice(sent.start, sent.end);
        if (Letters(out->article.title) > 200) out->article.title.clear();
        break;
      }
    }
    ArticleExtraction part;
    ArticleExtractor ax(*lexicon_, doc, article_id);
    ax.Run(anchor, &part);
    merger.Add(std::move(part), cp_shift + dropped, sentence_shift);
    cp_shift += CodePoints(piece);
    sentence_shift += static_cast<int>(doc.sentences.size());
  }
  return Status::Ok();
}

}  // namespace kg
