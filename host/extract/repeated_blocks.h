// RemoveRepeatedBlocks: a block of text that the article already showed.
//
// Pages print some text twice: a pull quote that repeats a paragraph, the
// same section laid out once for phones and once for desktops, a promotion
// box dropped in after every few sections. A reader wants it
// once. Only the later copies go, and only blocks long enough that two of
// them are one text written twice rather than two short labels that happen
// to agree ("Step 1", "Yes"); and only copies in another container than the
// first: a text repeated in one run of paragraphs is the author's own (a
// refrain, a chorus). A copy goes with its neighbours: two blocks in a row
// that the page showed already are a section printed twice, where one
// paragraph repeated alone may be the author's point made again.
// Quotations and code are not looked at: code repeats on purpose, and a
// reply's quotation of the post it answers is judged as a whole
// (repeated_quotes.h).
#ifndef PAGESIFT_EXTRACT_REPEATED_BLOCKS_H_
#define PAGESIFT_EXTRACT_REPEATED_BLOCKS_H_

#include "dom/dom.h"

namespace pagesift::extract {

void RemoveRepeatedBlocks(dom::Document* doc, dom::NodeId article);

}  // namespace pagesift::extract

#endif  // PAGESIFT_EXTRACT_REPEATED_BLOCKS_H_
