// Word lists the extractor's rules read: the constructions of Arabic (and English) news that
// signal a name, a role, a relation or an attack. All entries are folded (see graph/fold.h) and
// without proclitics, so they compare against Token::stripped or Token::bare.
#ifndef KG_EXTRACT_CUES_H_
#define KG_EXTRACT_CUES_H_

#include <array>
#include <bit>
#include <cstdint>
#include <iterator>
#include <string_view>

namespace kg::cues {

namespace detail {

// FNV-1a: cheap on words of a few bytes, and computable at compile time.
constexpr uint64_t Hash(std::string_view s) {
  uint64_t h = 14695981039346656037ull;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

// A list's words in an open-addressing table built at compile time (at most half full), so that a
// word not in the list, which is nearly every word, costs one hash and usually one empty slot.
template <const auto& List>
struct Table {
  static constexpr size_t kSize = std::size(List);
  static constexpr size_t kMask = std::bit_ceil(2 * kSize + 1) - 1;
  static constexpr std::array<int16_t, kMask + 1> kSlots = [] {
    std::array<int16_t, kMask + 1> slots{};
    slots.fill(-1);
    for (size_t i = 0; i < kSize; ++i) {
      size_t at = Hash(List[i]) & kMask;
      while (slots[at] >= 0 && List[slots[at]] != List[i]) at = (at + 1) & kMask;
      if (slots[at] < 0) slots[at] = static_cast<int16_t>(i);
    }
    return slots;
  }();
  static bool Contains(std::string_view w) { return Contains(w, Hash(w)); }
  // `hash` is Hash(w), computed once for all the lists a word is looked up in.
  static bool Contains(std::string_view w, uint64_t hash) {
    for (size_t at = hash & kMask; kSlots[at] >= 0; at = (at + 1) & kMask) {
      if (List[kSlots[at]] == w) return true;
    }
    return false;
  }
};

// Hash(t.forms[i]): taken from the token when it holds it (Token::form_hashes).
template <typename TokenT>
uint64_t FormHash(const TokenT& t, size_t i) {
  if constexpr (requires { t.form_hashes; }) {
    if (i < t.hashed_forms) return t.form_hashes[i];
  }
  return Hash(t.forms[i]);
}

}  // namespace detail

// Is `w` one of the words of `List` (one of the arrays below)?
template <const auto& List>
bool In(std::string_view w) {
  return detail::Table<List>::Contains(w);
}

// Any reading of a token (its proclitic forms) in the list.
template <const auto& List, typename TokenT>
bool Is(const TokenT& t) {
  for (size_t i = 0; i < t.forms.size(); ++i) {
    if (detail::Table<List>::Contains(t.forms[i], detail::FormHash(t, i))) return true;
  }
  return false;
}

// The reading of the token that is in the list, or "" when none is.
template <const auto& List, typename TokenT>
std::string_view MatchedForm(const TokenT& t) {
  for (size_t i = 0; i < t.forms.size(); ++i) {
    if (detail::Table<List>::Contains(t.forms[i], detail::FormHash(t, i))) return t.forms[i];
  }
  return {};
}

// Function words and common words that never belong to a name.
inline constexpr std::string_view kStop[] = {
    "في", "من", "الي", "علي", "عن", "مع", "ان", "او", "ثم", "لكن", "بل", "قد", "لقد", "كان", "كانت",
    "هذا", "هذه", "ذلك", "تلك", "هو", "هي", "هم", "هن", "نحن", "الذي", "التي", "الذين", "اللذين",
    "ما", "لا", "لم", "لن", "كما", "حيث", "عند", "بعد", "قبل", "منذ", "حتي", "اذا", "اي", "كل", "بين",
    "خلال", "حول", "ضد", "عبر", "نحو", "لدي", "امام", "وراء", "دون", "غير", "بعض", "جميع", "عدد",
    "يوم", "اليوم", "امس", "عام", "العام", "الان", "ايضا", "فقط", "وفق", "وفقا", "انه", "انها", "انهم",
    "التابعه", "التابع", "الذي", "هناك", "هنا", "كيف", "لماذا", "متي", "اين", "قال", "قالت", "يقول",
    "تقول", "اضاف", "اضافت", "مسوول", "مسوولون", "مسوولين", "المسوولين", "مصدر", "مصادر", "خبراء",
    "الخبراء", "محللون", "المحللين", "المحللون", "شخص", "شخصا", "اشخاص", "مقتل", "قتل", "هجوم",
    "هجمات", "بشكل", "اكثر", "اقل", "حوالي", "نحو", "الف", "الاف", "مليون", "ميات", "عشرات", "ايه",
    "سابق", "السابق", "السابقه", "الجديد", "الجديده", "ليس", "ليست", "امريكي", "امريكيه", "عده",
    "عده", "وهو", "وهي", "مستوي", "جهود", "شبكات", "عمليات", "عمليه", "دعم", "الدعم", "حكومه",
    "الحكومه", "ازاء", "بشان", "شان", "اجل", "الا", "اما", "لدي", "ذات", "نفس", "نفسه", "عليه",
    "عليها", "له", "لها", "به", "بها", "منه", "منها", "فيه", "فيها", "اليه", "اليها", "the", "a",
    "an", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "is", "was", "are",
    "this", "that", "my", "his", "her", "their", "its", "but", "since", "now", "new"};

// Reporting verbs: "قال X" introduces a speaker.
inline constexpr std::string_view kReportingVerbs[] = {
    "قال", "قالت", "يقول", "تقول", "اضاف", "اضافت", "اوضح", "اوضحت", "حذر", "حذرت", "اكد", "اكدت",
    "صرح", "صرحت", "كتب", "كتبت", "ذكر", "ذكرت", "اشار", "اشارت", "يري", "تري", "راي", "رات",
    "اعتبر", "اعتبرت", "لفت", "لفتت", "يضيف", "تضيف", "يوضح", "توضح", "said", "says", "wrote", "told"};

// Titles that precede a person's name.
inline constexpr std::string_view kTitles[] = {
    "الرييس", "الجنرال", "الوزير", "الوزيره", "السيناتور", "النايب", "النايبه", "الشيخ", "الامير",
    "الملك", "العقيد", "اللواء", "العميد", "الفريق", "المشير", "الباحث", "الباحثه", "الخبير",
    "الخبيره", "المحلل", "المحلله", "الكاتب", "الكاتبه", "الصحفي", "الصحفيه", "الدكتور", "الدكتوره",
    "البروفيسور", "القاضي", "الزعيم", "القايد", "المستشار", "المستشاره", "الاستاذ", "الاستاذه",
    "السفير", "السفيره", "المبعوث", "المبعوثه", "المتحدث", "المتحدثه", "الناطق", "المراسل",
    "المراسله", "الاميرال", "الادميرال", "الكولونيل", "الرايد", "النقيب", "المدير", "المديره",
    "الخليفه", "المنتخب", "الامريكي", "الفرنسي", "البريطاني", "الروسي", "الايراني", "التركي",
    "العراقي", "السوري", "الاسبق", "السابق", "general", "president", "minister", "senator",
    "dr", "gen", "col", "mr", "ms", "mrs"};

// Role words in appositions and genitives, by the relation they make.
inline constexpr std::string_view kLeaderRoles[] = {
    "زعيم", "زعيمه", "قايد", "قايده", "رييس", "رييسه", "مدير", "مديره", "امير", "خليفه", "موسس",
    "موسس", "مسوول", "اقايد", "leader", "head", "commander", "director", "chief", "founder"};
inline constexpr std::string_view kSpokesRoles[] = {"المتحدث", "متحدث", "الناطق", "ناطق",
                                                    "المتحدثه", "متحدثه", "spokesman",
                                                    "spokesperson", "spokeswoman"};
inline constexpr std::string_view kOfficialRoles[] = {
    "وزير", "وزيره", "مستشار", "مستشاره", "سفير", "سفيره", "مبعوث", "مبعوثه", "نايب", "نايبه",
    "ممثل", "ممثله", "official", "adviser", "advisor", "minister", "ambassador", "envoy", "secretary"};
inline constexpr std::string_view kMemberRoles[] = {
    "عضو", "عضوه", "محرر", "محرره", "باحث", "باحثه", "زميل", "زميله", "استاذ", "استاذه", "خبير",
    "خبيره", "محلل", "محلله", "مراسل", "مراسله", "كاتب", "كاتبه", "مقاتل", "قيادي", "عنصر",
    "member", "editor", "fellow", "researcher", "professor", "analyst", "correspondent"};

// Heads that begin an organization's name (indefinite, in construct: "معهد واشنطن").
inline constexpr std::string_view kOrgHeads[] = {
    "معهد", "مركز", "جامعه", "صحيفه", "مجله", "وكاله", "مجموعه", "موسسه", "منظمه", "قناه", "موقع",
    "شبكه", "لجنه", "هييه", "جمعيه", "اكاديميه", "كليه", "مرصد", "جريده", "اذاعه", "منتدي", "صندوق"};
// Of those, the media heads: a nationality adjective after the name is not part of it.
inline constexpr std::string_view kMediaHeads[] = {"صحيفه", "مجله", "وكاله", "قناه", "موقع",
                                                   "جريده", "اذاعه", "شبكه"};
// Heads that begin an armed group's name.
inline constexpr std::string_view kGroupHeads[] = {"تنظيم", "جماعه", "حركه", "ميليشيا", "ميليشيات",
                                                   "مليشيا", "كتايب", "الويه", "لواء", "جبهه",
                                                   "فصيل", "سرايا", "جيش"};
// Heads that begin a place's name; the second list keeps the head in the name (camps, prisons).
inline constexpr std::string_view kPlaceHeads[] = {"مدينه", "بلده", "محافظه", "محافظتي", "منطقه",
                                                   "قريه", "اقليم", "جزيره", "ولايه", "حي",
                                                   "ريف", "مدينتي", "بلدات", "مقاطعه", "ناحيه",
                                                   "قضاء"};
inline constexpr std::string_view kNamedPlaceHeads[] = {"مخيم", "مخيمي", "مخيمات", "سجن", "سجني",
                                                        "سجون", "معتقل", "قاعده", "مطار"};

// Compass words that make a region of a place: "شمال شرق سوريا", "جنوب وشرق آسيا".
inline constexpr std::string_view kDirections[] = {"شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي",
                                                   "جنوبي", "شرقي", "غربي"};
// State institutions named by a nationality adjective: "الحكومة السورية", "الجيش الأمريكي".
inline constexpr std::string_view kInstitutions[] = {"الحكومه", "الاداره", "الجيش", "القوات",
                                                     "الاستخبارات", "المخابرات", "الشرطه",
                                                     "البحريه", "الخارجيه", "السلطات", "النظام"};

inline constexpr std::string_view kAdministrations[] = {"اداره", "حكومه", "نظام", "عهد"};
inline constexpr std::string_view kBranchHeads[] = {"فرع", "ولايه", "جناح"};

// Names of groups that are also everyday nouns (folded, with the article): القاعدة (al-Qaeda /
// the base).
inline constexpr std::string_view kCommonNounNames[] = {"القاعده"};

// Anaphors that refer back to the group in focus.
inline constexpr std::string_view kGroupAnaphors[] = {
    "التنظيم", "الجماعه", "الحركه", "المجموعه", "التنظي", "الننظيم", "الميليشيا",
    // Its fighters, named as a class, stand for the group in focus too.
    "الارهابيون", "الارهابيين", "المتشددون", "المتشددين", "الجهاديون", "الجهاديين", "المسلحون",
    "المسلحين", "مقاتلو", "مقاتلي", "عناصر", "مسلحو", "مسلحي"};
// Titles that name a group's leader without naming the group: the group in focus is meant.
inline constexpr std::string_view kGroupLeaderTitles[] = {"الخليفه", "خليفه", "امير", "الامير"};

// Relation cues.
inline constexpr std::string_view kBranchCues[] = {"التابعه", "التابع", "تابع", "تابعه", "فرع", "فروع", "المرتبطه",
                                                   "المرتبط", "الموالي", "المواليه", "الموالين",
                                                   "affiliate", "branch"};
inline constexpr std::string_view kFightCues[] = {
    "تقاتل", "يقاتل", "قاتل", "قاتلت", "قتال", "القتال", "تحارب", "يحارب", "حارب", "محاربه",
    "ضد", "مواجهه", "معارك", "اشتباكات", "هزيمه", "هزم", "هزمت", "تكافح", "يكافح",
    "مكافحه", "تلاحق", "يلاحق", "ملاحقه", "تستهدف", "استهدفت", "fight", "fights", "fighting",
    "against", "battle", "attacks", "strikes"};
// Fight cues that are verbal nouns: their object is the word right after them.
inline constexpr std::string_view kFightNouns[] = {"مكافحه", "محاربه", "قتال", "القتال", "مواجهه",
                                                   "ملاحقه", "هزيمه", "معارك", "اشتباكات"};
// Plural nouns for actors the text does not name.
inline constexpr std::string_view kUnnamedActors[] = {"الجماعات", "الفصايل", "الميليشيات",
                                                      "المليشيات", "القوات", "المسلحون",
                                                      "المسلحين", "المقاتلون", "المقاتلين",
                                                      "مسلحين", "مسلحون", "الحكومات"};
inline constexpr std::string_view kAllyCues[] = {"حليف", "حلفاء", "حليفه", "متحالف", "متحالفه",
                                                 "تحالف", "الشركاء", "شريك", "شركاء", "بالتعاون",
                                                 "المدعومه", "المدعوم", "مدعوم", "مدعومه",
                                                 "علاقات", "علاقاتها", "علاقاته", "روابط",
                                                 "تزود", "يزود", "زودت", "تسلح", "يسلح", "تمول", "يمول",
                                                 "allied", "ally", "allies", "partner", "partners"};
inline constexpr std::string_view kTargetCues[] = {"استهدف", "استهدفت", "يستهدف", "تستهدف",
                                                   "استهداف", "يهدد", "تهدد", "تهديد", "توعد",
                                                   "توعدت", "target", "targeted", "threatened"};
inline constexpr std::string_view kCaptureCues[] = {"استعاد", "استعادت", "استعاده", "حرر", "حررت",
                                                    "تحرير", "استولي", "استولت", "سيطر", "سيطرت",
                                                    "دخل", "دخلت", "captured", "recaptured",
                                                    "retook", "seized", "liberated"};
inline constexpr std::string_view kControlCues[] = {"يسيطر", "تسيطر", "ينشط", "تنشط", "ينتشر",
                                                    "تنتشر", "يتمركز", "تتمركز", "ينشطون"};
inline constexpr std::string_view kLeadVerbs[] = {"بقياده", "يقود", "تقود", "قاد", "قادت", "يتزعم",
                                                  "تتزعم", "led"};
// Words before a place that make it a place of activity (في X, أنحاء X …).
inline constexpr std::string_view kLocatives[] = {"في", "انحاء", "داخل", "عبر", "شمال", "جنوب",
                                                  "شرق", "غرب", "وسط", "مناطق", "منطقه",
                                                  "معاقل", "مدن", "محافظات", "ارجاء", "اراضي",
                                                  "الاراضي", "اجزاء", "in", "across", "throughout"};

// Attacks.
inline constexpr std::string_view kAttackNouns[] = {
    "هجوم", "الهجوم", "هجوما", "هجمات", "الهجمات", "تفجير", "التفجير", "تفجيرات", "انفجار",
    "الانفجار", "اعتداء", "الاعتداء", "معركه", "المعركه", "عمليه", "العمليه", "مذبحه", "المذبحه",
    "attack", "bombing", "shooting", "massacre"};
// Verbs that tell an attack happened: "هاجم مسلحون قاعدة في بلدة …".
inline constexpr std::string_view kAttackVerbs[] = {"هاجم", "هاجموا", "هاجمت", "اقتحم", "اقتحموا",
                                                    "اقتحمت", "فجر", "فجروا", "فجرت", "attacked",
                                                    "stormed", "bombed"};
// Prepositions that introduce where an attack happened.
inline constexpr std::string_view kAttackPlacePrepositions[] = {"علي", "خارج", "قرب", "بالقرب",
                                                                "امام", "near", "outside", "at"};
inline constexpr std::string_view kAttackPlurals[] = {"هجمات", "الهجمات", "تفجيرات", "التفجيرات",
                                                     "عمليات", "العمليات", "attacks"};
// Words before an attack noun that make it a wish, a plan or a warning rather than an event.
inline constexpr std::string_view kHypothetical[] = {"تحذير", "تحذيرات", "تحذر", "خطر", "مخاطر",
                                                     "لشن", "شن", "التخطيط", "يخطط", "تخطط",
                                                     "الدعوات", "دعوات", "يدعو", "تدعو", "المزيد",
                                                     "لتنفيذ", "احباط", "منع", "توعد", "يتوعد",
                                                     "هدد", "يهدد", "تهديد", "warning",
                                                     "plot", "plan", "threat"};
inline constexpr std::string_view kKilledCues[] = {"مقتل", "قتل", "قتلي", "قتيلا", "قتيل", "مصرع",
                                                   "وفاه", "killed", "dead", "deaths"};
inline constexpr std::string_view kInjuredCues[] = {"اصابه", "جرح", "جرحي", "مصابا", "مصابين",
                                                    "اصيب", "injured", "wounded"};
inline constexpr std::string_view kClaimCues[] = {"مسووليته", "مسووليتها", "المسووليه", "المسووله",
                                                  "المسوول", "مسووله", "تبني",
                                                  "تبنت", "تبناه", "claimed", "claim"};
inline constexpr std::string_view kPerpetratorCues[] = {"نفذ", "نفذت", "نفذه", "تنفيذ", "يد",
                                                        "شن", "شنت", "ارتكب", "ارتكبت",
                                                        "carried", "perpetrated"};
inline constexpr std::string_view kApproximate[] = {"نحو", "حوالي", "قرابه", "يقرب", "اكثر",
                                                    "اقل", "يقارب", "زهاء", "اكثر من", "about",
                                                    "nearly", "almost", "over", "least"};

// Denials: a claim the sentence reports as denied is not a claim.
inline constexpr std::string_view kDenials[] = {"نفي", "نفت", "ينفي", "تنفي", "نفوا", "denied", "denies",
                                                "deny"};
// Detention and death of a named person in a place.
inline constexpr std::string_view kHeldCues[] = {"محتجز", "محتجزا", "محتجزه", "محتجزين", "محتجزون", "معتقل",
                                                 "معتقلا", "يحتجز", "تحتجز", "احتجز", "احتجزت",
                                                 "اعتقل", "اعتقلت", "مسجون", "سجن", "held",
                                                 "detained", "jailed", "imprisoned"};
// English words before or after a person's name.
inline constexpr std::string_view kEnglishTitles[] = {
    "general", "gen", "president", "minister", "secretary", "senator", "dr", "mr", "ms", "mrs",
    "director", "ambassador", "colonel", "col", "admiral", "sheikh", "commander", "spokesman",
    "spokeswoman", "analyst", "researcher", "professor", "prof", "leader", "chief"};
inline constexpr std::string_view kEnglishSaid[] = {"said", "says", "told", "wrote", "added",
                                                    "warned", "explained", "noted"};

// Hedges: the sentence reports rather than asserts.
inline constexpr std::string_view kHedges[] = {"يعتقد", "تعتقد", "يعتقدون", "زعم", "زعمت", "يزعم",
                                               "افادت", "افاد", "يشتبه", "تردد", "يبدو", "ربما",
                                               "يرجح", "المرجح", "يحتمل", "المحتمل",
                                               "reportedly", "allegedly", "suspected", "believed",
                                               "probably", "may", "might"};

// Number words (folded) for casualty counts.
struct NumberWord {
  std::string_view word;
  int value;
};
inline constexpr NumberWord kNumberWords[] = {
    {"واحد", 1},   {"اثنان", 2},  {"اثنين", 2},   {"ثلاثه", 3},  {"ثلاث", 3},   {"اربعه", 4},
    {"اربع", 4},   {"خمسه", 5},   {"خمس", 5},     {"سته", 6},    {"ست", 6},     {"سبعه", 7},
    {"سبع", 7},    {"ثمانيه", 8}, {"ثماني", 8},   {"تسعه", 9},   {"تسع", 9},    {"عشره", 10},
    {"عشر", 10},   {"عشرين", 20}, {"عشرون", 20},  {"ثلاثين", 30}, {"ثلاثون", 30}, {"اربعين", 40},
    {"خمسين", 50}, {"ميه", 100},  {"مايه", 100},  {"ميتين", 200}, {"one", 1},    {"two", 2},
    {"three", 3},  {"four", 4},   {"five", 5},    {"six", 6},    {"seven", 7},  {"eight", 8},
    {"nine", 9},   {"ten", 10},   {"dozens", 24}};

}  // namespace kg::cues

#endif  // KG_EXTRACT_CUES_H_
