#include "query/search.h"

#include <algorithm>
#include <numeric>

#include "graph/fold.h"

namespace kg::query {
namespace {

// Folded text is valid UTF-8 (Fold returns "" otherwise).
std::u32string CodePoints(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < len && i + k < s.size(); ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    }
    out.push_back(cp);
    i += len;
  }
  return out;
}

size_t Letters(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

int EditDistance(const std::u32string& a, const std::u32string& b) {
  std::vector<int> row(b.size() + 1);
  std::iota(row.begin(), row.end(), 0);
  for (size_t i = 1; i <= a.size(); ++i) {
    int diagonal = row[0];
    row[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      const int up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

// How many edits a name of this many letters may be off by and still count as a near miss.
int FuzzyBudget(size_t letters) {
  if (letters <= 3) return 0;
  if (letters <= 6) return 1;
  if (letters <= 10) return 2;
  return 3;
}

std::vector<std::string> Split(const std::string& folded) {
  std::vector<std::string> words;
  size_t start = 0;
  while (start < folded.size()) {
    size_t space = folded.find(' ', start);
    if (space == std::string::npos) space = folded.size();
    if (space > start) words.push_back(folded.substr(start, space - start));
    start = space + 1;
  }
  return words;
}

// Each folded word with its proclitic-free variants.
std::vector<std::vector<std::string>> WordVariants(const std::string& folded) {
  std::vector<std::vector<std::string>> out;
  for (const std::string& w : Split(folded)) {
    std::vector<std::string> keys = FoldKeys(w);
    if (keys.empty()) keys.push_back(w);
    out.push_back(std::move(keys));
  }
  return out;
}

bool HasLatinLetter(std::string_view s) {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}

// At a word boundary of `hay` (start or after a space, and followed by the end or a space).
bool ContainsWord(const std::string& hay, const std::string& needle) {
  for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) {
    const bool starts = at == 0 || hay[at - 1] == ' ';
    const size_t end = at + needle.size();
    if (starts && (end == hay.size() || hay[end] == ' ')) return true;
  }
  return false;
}

struct Best {
  double score = 0;
  MatchKind kind = MatchKind::kExact;
  const std::string* matched = nullptr;
  void Offer(double s, MatchKind k, const std::string* m) {
    if (s > score) score = s, kind = k, matched = m;
  }
};

}  // namespace

std::string_view MatchKindName(MatchKind kind) {
  switch (kind) {
    case MatchKind::kExact:
      return "exact";
    case MatchKind::kSubstring:
      return "substring";
    case MatchKind::kToken:
      return "token";
    case MatchKind::kFuzzy:
      return "fuzzy";
    case MatchKind::kLatin:
      return "latin";
  }
  return "exact";
}

std::string LatinSkeleton(std::string_view text) {
  std::string out;
  for (const std::string& word : Split(Fold(text))) {
    std::string latin;
    for (char c : Slug(word)) {
      if (c != '-') latin.push_back(c);
    }
    if (latin == "al" || latin == "el" || latin == "x") continue;
    if (latin.size() > 4 && (latin.rfind("al", 0) == 0 || latin.rfind("el", 0) == 0)) {
      latin = latin.substr(2);
    }
    std::string collapsed;
    for (char c : latin) {
      if (c == 'k') c = 'q';
      if (collapsed.empty() || collapsed.back() != c) collapsed.push_back(c);
    }
    std::string s;
    for (char c : collapsed) {
      if (std::string_view("aeiouwy").find(c) == std::string_view::npos) s.push_back(c);
    }
    if (s.size() > 1 && s.back() == 'h') s.pop_back();
    out += s;
  }
  return out;
}

SearchIndex::SearchIndex(const KnowledgeGraph& g) : g_(g) {
  const Graph& graph = g.graph();
  names_.resize(boost::num_vertices(graph));
  for (Vertex v = 0; v < names_.size(); ++v) {
    const AggregatedEntity& a = g.entity(v);
    std::vector<std::string> originals{a.entity.name, a.entity.name_en};
    originals.insert(originals.end(), a.entity.aliases.begin(), a.entity.aliases.end());
    const std::string& id = a.entity.id;
    const size_t colon = id.find(':');
    originals.push_back(colon == std::string::npos ? id : id.substr(colon + 1));
    for (const std::string& original : originals) {
      Name name;
      name.original = original;
      name.keys = FoldKeys(original);
      if (name.keys.empty()) continue;
      const bool seen = std::any_of(names_[v].begin(), names_[v].end(),
                                    [&](const Name& n) { return n.keys[0] == name.keys[0]; });
      if (seen) continue;
      for (const std::string& k : name.keys) name.key_points.push_back(CodePoints(k));
      name.words = WordVariants(name.keys[0]);
      names_[v].push_back(std::move(name));
    }
  }
}

std::vector<SearchHit> SearchIndex::Search(std::string_view text,
                                           const SearchOptions& options) const {
  const Graph& graph = g_.graph();
  std::vector<SearchHit> hits;
  const std::vector<std::string> query_keys = FoldKeys(text);
  if (query_keys.empty()) return hits;
  std::vector<std::u32string> query_points;
  for (const std::string& k : query_keys) query_points.push_back(CodePoints(k));
  const std::vector<std::vector<std::string>> query_words = WordVariants(query_keys[0]);
  std::string query_skeleton;
  if (HasLatinLetter(text)) {
    query_skeleton = LatinSkeleton(text);
    if (!skeletons_ready_) {
      for (const auto& names : names_) {
        for (const Name& n : names) n.skeleton = LatinSkeleton(n.original);
      }
      skeletons_ready_ = true;
    }
  }
  const std::vector<Vertex> exact = g_.Lookup(text);

  for (Vertex v = 0; v < names_.size(); ++v) {
    if (!options.types.empty() && std::find(options.types.begin(), options.types.end(),
                                            graph[v].type) == options.types.end()) {
      continue;
    }
    Best best;
    if (std::find(exact.begin(), exact.end(), v) != exact.end()) {
      best.Offer(1.0, MatchKind::kExact, &g_.entity(v).entity.name);
    }
    for (const Name& name : names_[v]) {
      if (best.score >= 1.0) break;
      const std::string& folded = name.keys[0];
      const size_t name_letters = Letters(folded);
      for (size_t qi = 0; qi < query_keys.size(); ++qi) {
        const std::string& q = query_keys[qi];
        const size_t q_letters = Letters(q);
        for (size_t ni = 0; ni < name.keys.size(); ++ni) {
          if (name.keys[ni] == q) best.Offer(0.95, MatchKind::kExact, &name.original);
          const size_t n_letters = Letters(name.keys[ni]);
          const int budget = FuzzyBudget(std::max(q_letters, n_letters));
          const size_t gap = q_letters > n_letters ? q_letters - n_letters : n_letters - q_letters;
          if (budget > 0 && static_cast<int>(gap) <= budget) {
            const int d = EditDistance(query_points[qi], name.key_points[ni]);
            if (d > 0 && d <= budget) best.Offer(0.75 - 0.1 * d, MatchKind::kFuzzy, &name.original);
          }
        }
        const size_t at = folded.find(q);
        if (q_letters >= 2 && q_letters < name_letters && at != std::string::npos) {
          // At the start of a word, or right after its article: "دوله" in "الدوله".
          const std::string_view kArticle = "\u0627\u0644";
          const bool after_article =
              at >= kArticle.size() &&
              folded.compare(at - kArticle.size(), kArticle.size(), kArticle) == 0 &&
              (at == kArticle.size() || folded[at - kArticle.size() - 1] == ' ');
          const bool word_start = at == 0 || folded[at - 1] == ' ' || after_article;
          best.Offer(0.55 + 0.05 * word_start + 0.3 * q_letters / name_letters,
                     MatchKind::kSubstring, &name.original);
        }
        if (name_letters >= 3 && name_letters < q_letters && ContainsWord(q, folded)) {
          best.Offer(0.5 + 0.3 * name_letters / q_letters, MatchKind::kSubstring, &name.original);
        }
      }
      // Words in common, each query word counted once: 1 when equal, 0.6 when one edit apart.
      double matched = 0;
      for (const auto& qw : query_words) {
        double hit = 0;
        for (const auto& nw : name.words) {
          for (const std::string& a : qw) {
            for (const std::string& b : nw) {
              if (Letters(a) < 2 || Letters(b) < 2) continue;
              if (a == b) {
                hit = 1;
              } else if (Letters(a) >= 5 && Letters(b) >= 5 &&
                         EditDistance(CodePoints(a), CodePoints(b)) <= 1) {
                hit = std::max(hit, 0.6);
              }
            }
          }
        }
        matched += hit;
      }
      if (matched > 0) {
        const double share = matched / std::max(query_words.size(), name.words.size());
        best.Offer(0.4 + 0.4 * share, MatchKind::kToken, &name.original);
      }
      if (query_skeleton.size() >= 2 && !name.skeleton.empty()) {
        const std::string& s = name.skeleton;
        if (s == query_skeleton) {
          best.Offer(0.7, MatchKind::kLatin, &name.original);
        } else if (query_skeleton.size() >= 3 && s.find(query_skeleton) != std::string::npos) {
          best.Offer(0.5 + 0.2 * query_skeleton.size() / s.size(), MatchKind::kLatin,
                     &name.original);
        } else if (query_skeleton.size() >= 4 &&
                   EditDistance(CodePoints(query_skeleton), CodePoints(s)) == 1) {
          best.Offer(0.45, MatchKind::kLatin, &name.original);
        }
      }
    }
    if (best.score >= options.min_score && best.matched) {
      hits.push_back({v, best.score, best.kind, *best.matched});
    }
  }
  std::sort(hits.begin(), hits.end(), [&](const SearchHit& x, const SearchHit& y) {
    if (x.score != y.score) return x.score > y.score;
    if (graph[x.vertex].mention_count != graph[y.vertex].mention_count) {
      return graph[x.vertex].mention_count > graph[y.vertex].mention_count;
    }
    return graph[x.vertex].id < graph[y.vertex].id;
  });
  if (options.limit > 0 && static_cast<int>(hits.size()) > options.limit)
    hits.resize(options.limit);
  return hits;
}

std::vector<SearchHit> Search(const KnowledgeGraph& g, std::string_view text,
                              const SearchOptions& options) {
  return SearchIndex(g).Search(text, options);
}

}  // namespace kg::query
