// The reader view's HTML, rebuilt from an allowlist.
//
// Nothing of the page's markup is copied through: each element is written
// anew only if its tag is on the list, with only the attributes listed for
// it, URLs resolved and checked (http, https and mailto; data: only for
// raster images), text always escaped. Everything else is unwrapped (its
// text kept) or, for elements whose content is never text to read (script,
// style, frames, forms...), dropped whole. The output never holds a raw-text
// element, so parsing it again cannot change its meaning (no mutation XSS).
// Page ids are prefixed with "ps-" so they cannot clobber the reader page's
// own names; fragment links follow.
#ifndef PAGESIFT_RENDER_READER_HTML_H_
#define PAGESIFT_RENDER_READER_HTML_H_

#include <cstddef>
#include <string>

#include "base/url.h"
#include "dom/dom.h"

namespace pagesift::render {

struct ReaderHtml {
  std::string html;
  // The view is not the whole article: it stopped at max_bytes, or shows a
  // node that a parse limit cut (Node::cut).
  bool truncated = false;
};

// Renders the subtree of `article` (its children; the root itself is not
// written). Stops at the first block boundary past max_bytes (inside a
// single block larger than that, before the first node past it). A
// truncated view ends with a "[…]" paragraph; a cut text node is also
// followed by " […]" where it stands.
ReaderHtml RenderReaderHtml(const dom::Document& doc, dom::NodeId article, const UrlResolver& urls,
                            size_t max_bytes);

// Is `url` (already resolved) safe in an href? In an img src?
bool IsSafeLinkUrl(std::string_view url);
bool IsSafeImageUrl(std::string_view url);

}  // namespace pagesift::render

#endif  // PAGESIFT_RENDER_READER_HTML_H_
