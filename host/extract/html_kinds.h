// What kind of box an element is, for extraction decisions.
#ifndef PAGESIFT_EXTRACT_HTML_KINDS_H_
#define PAGESIFT_EXTRACT_HTML_KINDS_H_

#include <gumbo.h>

#include <vector>

#include "dom/dom.h"

namespace pagesift::extract {

// Elements that start a new block of text (as opposed to inline phrasing).
bool IsBlockTag(GumboTag tag);

// Headings h1 to h6.
bool IsHeadingTag(GumboTag tag);

// Does the element have a block-level child element?
bool HasBlockChild(const dom::Document& doc, dom::NodeId id);

// The blocks of text under `root` (not itself) in document order: elements
// that start a block and hold no block of their own. Quotations, code and
// tables are not entered: their blocks are the author's own layout.
std::vector<dom::NodeId> LeafBlocks(const dom::Document& doc, dom::NodeId root);

}  // namespace pagesift::extract

#endif  // PAGESIFT_EXTRACT_HTML_KINDS_H_
