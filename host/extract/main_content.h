// Main content: find the article in a cleaned document and lift it out.
//
// Steps, each in its own file:
//   ScoreCandidates  (candidates.h)  which container holds the prose
//   ChooseArticleRoot                refine the choice: climb to the
//                                    container that holds all the strong
//                                    candidates, not one section of them,
//                                    and all the posts of a thread
//   GatherSiblings                   keep siblings that are content too
//                                    (sections of a service page, cards)
//   LeadSections                     and the sections between the page's
//                                    main heading and that container
//   TrailingSections                 and the sections of cards after it
//                                    (a listing's short intro, then its
//                                    cards)
//   PruneArticle     (prune.h)       drop the clutter inside the article
#ifndef PAGESIFT_EXTRACT_MAIN_CONTENT_H_
#define PAGESIFT_EXTRACT_MAIN_CONTENT_H_

#include <cstdint>
#include <string_view>

#include "dom/dom.h"

namespace pagesift::extract {

// The main content, moved under a new detached <div>: `article`. When the
// strict attempt took the sections between the page's main heading and the
// container of its prose, they sit in `lead`, the article's first child;
// the sections of cards that follow the container sit in `trail`, its last
// child (each kNoNode otherwise): the container alone says whether the
// attempt found the page's prose or a fragment of it.
// `kept_for_kind` counts the characters of the boxes the pruning kept only
// because boxes of their kind carry the article (PruneArticle): they are
// not what the container was chosen for either.
struct MainContent {
  dom::NodeId article = dom::kNoNode;
  dom::NodeId lead = dom::kNoNode;
  dom::NodeId trail = dom::kNoNode;
  uint64_t kept_for_kind = 0;
};

// Extracts the main content of `doc`. `heading` is the page's main heading
// (metadata::FindMainHeading, kNoNode when it has none or clean dropped
// it), where the lead sections start; the page's title drops a heading that
// repeats it; its byline (the metadata stage's, empty when unknown) drops
// the author's lines and biography.
// Never fails: a page with no prose yields its body's content.
// With strict false (the lenient second attempt), the article is the whole
// body less its clutter, pruned by tag, name and menus of links only, not by
// the link-density and form heuristics: pages made of cards, sections or
// posts have no single container of prose.
MainContent ExtractMainContent(dom::Document* doc, std::string_view title, std::string_view byline,
                               dom::NodeId heading, bool strict);

}  // namespace pagesift::extract

#endif  // PAGESIFT_EXTRACT_MAIN_CONTENT_H_
