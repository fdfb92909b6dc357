// Limits: every resource the engine spends on one page is bounded here.
//
// A page is hostile input. Each limit is enforced by the stage named beside
// it and, when reached, answered with a Status (never a crash or a silent
// cut; a cut reader view sets Result::truncated and says so in the view).
// docs/limits.md lists them with the host's own limits and what a user sees.
#ifndef PAGESIFT_LIMITS_H_
#define PAGESIFT_LIMITS_H_

#include <cstddef>

namespace pagesift {

struct Limits {
  // decode: larger inputs are refused with kInputTooLarge. Chromium sends at
  // most 64 MiB over native messaging, so nothing larger can reach the host.
  size_t max_input_bytes = 64u << 20;

  // parse: elements nested deeper than this are flattened into their
  // ancestor at this depth. Chromium's own HTML parser caps depth at 512;
  // beyond it the HTML5 tree builder goes quadratic.
  size_t max_depth = 512;

  // parse: more DOM nodes (elements and text, those the HTML5 parser
  // implies included) than this are refused with kTooComplex.
  size_t max_nodes = 4'000'000;

  // parse: longer attribute values are dropped (a data: URI of an image
  // larger than this is not worth a reader view). Where the reader view
  // shows the element, Result::truncated is set.
  size_t max_attribute_bytes = 1u << 20;

  // parse: a longer run of text is cut here (at a character boundary); where
  // the reader view shows it, "[…]" follows the text and Result::truncated
  // is set. A whole novel fits in one text node; a page's worth of text in
  // one node is a hostile page, and no stage need scan more than this at once.
  size_t max_text_node_bytes = 4u << 20;

  // render: a reader view larger than this is cut at the first block
  // boundary past it (or, inside one huge block, at the first text past it)
  // and Result::truncated is set.
  size_t max_output_bytes = 16u << 20;
};

}  // namespace pagesift

#endif  // PAGESIFT_LIMITS_H_
