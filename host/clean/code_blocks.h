// Code blocks: what a syntax highlighter added goes; the code stays exact.
//
// Highlighters wrap every token in a span (harmless: the writers keep the
// text), but they also add line-number gutters (a table column beside the
// code, a span before each line), split lines into block elements or <br>,
// and name the language on a wrapper rather than on <pre> or <code>.
// TidyCodeBlocks leaves each <pre> holding the code's lines as text, with
// class "language-x" on the <pre> where the page names the language, which
// is what the reader and Markdown writers read.
#ifndef PAGESIFT_CLEAN_CODE_BLOCKS_H_
#define PAGESIFT_CLEAN_CODE_BLOCKS_H_

#include "dom/dom.h"

namespace pagesift::clean {

void TidyCodeBlocks(dom::Document* doc);

}  // namespace pagesift::clean

#endif  // PAGESIFT_CLEAN_CODE_BLOCKS_H_
