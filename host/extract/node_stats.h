// Node statistics: how much text each element holds, and how much of it is
// link text. Computed in one bottom-up pass; every extraction decision reads
// them, so no decision walks a subtree again.
#ifndef PAGESIFT_EXTRACT_NODE_STATS_H_
#define PAGESIFT_EXTRACT_NODE_STATS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "dom/dom.h"

namespace pagesift::extract {

struct NodeStats {
  uint32_t chars = 0;        // visible characters (code points, whitespace excluded)
  uint32_t link_chars = 0;   // of which inside <a>
  uint32_t commas = 0;       // commas of any script: a sign of prose
  uint32_t paragraphs = 0;   // <p> descendants
  uint32_t links = 0;        // <a> descendants
  uint32_t images = 0;
  uint32_t list_items = 0;
  uint32_t inputs = 0;       // form controls
  uint32_t headings = 0;
  uint32_t embeds = 0;       // iframes, objects, embeds, videos
  uint32_t other_media = 0;  // math, hr, br, svg, pictures: content without text
  uint32_t code_and_math = 0;  // <pre> and <math>: content however short their text

  double LinkDensity() const { return chars == 0 ? 0.0 : static_cast<double>(link_chars) / chars; }
};

// Stats for every node in the subtree of `root`, indexed by NodeId (other
// entries are zero).
std::vector<NodeStats> ComputeNodeStats(const dom::Document& doc, dom::NodeId root);

// Visible characters and commas of a piece of text.
void CountText(std::string_view text, uint32_t* chars, uint32_t* commas);

// The subtree of `root` in pre-order, root first: a post-order walk is this
// list read backwards.
std::vector<dom::NodeId> PreOrder(const dom::Document& doc, dom::NodeId root);

}  // namespace pagesift::extract

#endif  // PAGESIFT_EXTRACT_NODE_STATS_H_
