// RemoveRepeatedQuotations: a reply's quotation of text the page shows.
//
// A reply in a thread quotes the post it answers, often in part ("Jane
// wrote: ..."), and the post itself stands earlier on the same page: the
// reader has seen those words already. A quotation (a <blockquote> that no
// other quotation holds) goes when most of its runs of words are found in
// the article outside every quotation. A quotation of another page, a
// letter or a speech is nowhere else in the article, and stays; so does a
// short quotation, whose words may agree by chance.
//
// Runs are compared by hash, kShingleWords words at a time: one pass over
// the article's text, whatever the number of quotations.
#ifndef PAGESIFT_EXTRACT_REPEATED_QUOTES_H_
#define PAGESIFT_EXTRACT_REPEATED_QUOTES_H_

#include "dom/dom.h"

namespace pagesift::extract {

void RemoveRepeatedQuotations(dom::Document* doc, dom::NodeId article);

}  // namespace pagesift::extract

#endif  // PAGESIFT_EXTRACT_REPEATED_QUOTES_H_
