// RemoveAuthorLines: the byline and the author's biography inside the article.
//
// The metadata stage reads the author's name from the page. Inside the
// article, a short block that opens with that name ("Jane Doe is a science
// writer based in Lyon...", "Written by Jane Doe", "By Jane Doe | 5 min
// read") is about the author, not part of the story: the reader view shows
// the byline once, in its header. Only short blocks go, and only names of
// two words or more, so that a paragraph of the story that begins with a
// name ("Smith said...") is not mistaken for one; a name followed by a
// colon is a speaker in an interview and stays.
#ifndef PAGESIFT_EXTRACT_AUTHOR_BOXES_H_
#define PAGESIFT_EXTRACT_AUTHOR_BOXES_H_

#include <string_view>

#include "dom/dom.h"

namespace pagesift::extract {

void RemoveAuthorLines(dom::Document* doc, dom::NodeId article, std::string_view byline);

}  // namespace pagesift::extract

#endif  // PAGESIFT_EXTRACT_AUTHOR_BOXES_H_
