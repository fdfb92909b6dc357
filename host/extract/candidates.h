// Candidate scoring: which container holds the article's prose?
//
// Every paragraph-like block (a <p>, <pre>, <td>, or a <div> holding text
// and no blocks) of at least 25 characters scores 1 + its commas + a point
// per 100 characters (at most 3), and hands that score to its ancestors:
// all of it to the parent, half to the grandparent, a third of it divided
// by the level to the ancestors above, five levels up. An ancestor starts
// from a base by tag and by class hints, and its final score is scaled by
// (1 - link density): navigation is text too, but linked text. Paragraphs
// inside the page's frame (footer, nav, aside) do not score.
#ifndef PAGESIFT_EXTRACT_CANDIDATES_H_
#define PAGESIFT_EXTRACT_CANDIDATES_H_

#include <vector>

#include "dom/dom.h"
#include "extract/class_hints.h"
#include "extract/node_stats.h"

namespace pagesift::extract {

struct Candidates {
  std::vector<double> score;  // final score by NodeId; 0 for elements never scored
  dom::NodeId top = dom::kNoNode;
};

Candidates ScoreCandidates(const dom::Document& doc, const std::vector<NodeStats>& stats,
                           const ClassHints& hints, dom::NodeId body);

}  // namespace pagesift::extract

#endif  // PAGESIFT_EXTRACT_CANDIDATES_H_
