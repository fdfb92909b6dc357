// Plain text of the article, block by block.
//
// Blocks follow the article's block elements (paragraphs, headings, list
// items, quotes, code, captions, table cells); inline whitespace is
// collapsed as a browser would, except in code, which keeps it exactly.
// The same allowlist as the reader HTML decides what text is seen, so the
// text and the view never disagree.
#ifndef PAGESIFT_RENDER_TEXT_BLOCKS_H_
#define PAGESIFT_RENDER_TEXT_BLOCKS_H_

#include <string>
#include <vector>

#include "dom/dom.h"
#include "pagesift/result.h"

namespace pagesift::render {

std::vector<TextBlock> RenderTextBlocks(const dom::Document& doc, dom::NodeId article);

// Blocks joined by blank lines: Result::text_content.
std::string JoinBlocks(const std::vector<TextBlock>& blocks);

}  // namespace pagesift::render

#endif  // PAGESIFT_RENDER_TEXT_BLOCKS_H_
