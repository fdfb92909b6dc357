// readerable: is the page worth a reader view?
//
// Judged on the page as served, before any cleaning, the way Readability's
// isProbablyReaderable judges it (so that a page a browser offers to read
// is one pagesift calls readerable): each visible <p>, <pre> and <article>,
// and each <div> that sets its text in lines with <br>, whose text is longer
// than 140 characters adds sqrt(length - 140); the page is readerable once
// the sum passes 20. Left out: a paragraph inside a list item (a menu's
// blurbs) and an element whose class or id names page furniture (comments,
// sidebars, footers) unless it also names content.
//
// Unlike Readability, a CJK character counts as three: one carries about as
// much as three Latin letters, and Chinese and Japanese paragraphs are short.
#ifndef PAGESIFT_METADATA_READERABLE_H_
#define PAGESIFT_METADATA_READERABLE_H_

#include "dom/dom.h"

namespace pagesift::metadata {

bool IsProbablyReaderable(const dom::Document& doc);

}  // namespace pagesift::metadata

#endif  // PAGESIFT_METADATA_READERABLE_H_
