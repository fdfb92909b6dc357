// Limits: every resource the engine spends on one page is bounded here.
//
// A page is hostile input. Each limit is enforced by the stage named beside
// it and, when reached, answered with a Status (never a crash or a silent
// cut; a cut reader view sets Result::truncated and says so in the view).
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

  // parse: more DOM nodes than this are refused with kTooComplex.
  size_t max_nodes = 4'000'000;

  // parse: longer attribute values are dropped (a data: URI of an image
  // larger than this is not worth a reader view).
  size_t max_attribute_bytes = 1u << 20;

  // render: a reader view larger than this is cut at a block boundary and
  // Result::truncated is set.
  size_t max_output_bytes = 16u << 20;
};

}  // namespace pagesift

#endif  // PAGESIFT_LIMITS_H_
