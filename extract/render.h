// Renders one article's extraction for people and scripts: the JSON object the evaluation reads
// (../shared/eval/README.md: article, entities with mentions, relations with evidence, attacks),
// and a text view of the article with every mention marked and typed.
//
//   std::cout << kg::ExtractionJson(x) << "\n";         // one JSON object per line
//   std::cout << kg::ExtractionText(x, bytes);          // «داعش»[group:islamic-state] ...
#ifndef KG_EXTRACT_RENDER_H_
#define KG_EXTRACT_RENDER_H_

#include <string>
#include <string_view>

#include "graph/model.h"

namespace kg {

// One line of JSON (no trailing newline).
std::string ExtractionJson(const ArticleExtraction& x);

// The article text with each mention wrapped as ⟦text⟧{type:id}, then the relations and attacks
// one per line. `text` must be the bytes the extraction was made from.
std::string ExtractionText(const ArticleExtraction& x, std::string_view text);

}  // namespace kg

#endif  // KG_EXTRACT_RENDER_H_
