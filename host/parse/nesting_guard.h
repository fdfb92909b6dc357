// The nesting guard: keeps hostile markup from reaching Gumbo.
//
// The HTML5 tree builder looks through the stack of open elements for many
// tags, so its cost grows with nesting depth: 100,000 nested <div>s take
// Gumbo about 20 seconds, and 100,000 nested tables exhaust memory. Gumbo
// 0.10 has no depth limit of its own, so before parsing we run one linear
// scan that estimates the depth of open elements the way the tree builder
// would (void elements, raw-text elements, implied end tags), and drop the
// start tags that would open an element deeper than the limit. Their
// content stays, attached to the ancestor at the limit, as browsers do past
// their own depth cap. Pages within the limit (every real page) pass through
// untouched and uncopied.
#ifndef PAGESIFT_PARSE_NESTING_GUARD_H_
#define PAGESIFT_PARSE_NESTING_GUARD_H_

#include <string>
#include <string_view>

#include "pagesift/limits.h"
#include "pagesift/status.h"

namespace pagesift::parse {

struct GuardedHtml {
  std::string_view html;  // what to parse: the input, or `rewritten`
  std::string rewritten;  // set only when tags had to be dropped
  size_t start_tags = 0;  // start tags seen
  size_t dropped_tags = 0;
};

// Fails with kTooComplex when the page has more start tags than
// limits.max_nodes. The result's `html` may point into `html`.
Status GuardNesting(std::string_view html, const Limits& limits, GuardedHtml* out);

}  // namespace pagesift::parse

#endif  // PAGESIFT_PARSE_NESTING_GUARD_H_
