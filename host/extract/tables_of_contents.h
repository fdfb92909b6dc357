// RemoveTablesOfContents: the list of links to the article's own sections.
//
// Long articles and documentation pages open with a table of contents
// ("In this article", "On this page", "Sommaire"): a list of links to
// anchors of the same page. The reader view shows the sections themselves,
// so the list repeats their headings. It is recognised by its links, not
// its name: a box whose text is almost all links, most of them to
// fragments of this page ("#install"). Its label goes with it. A list of
// footnotes also links to fragments, but holds the notes' text, so its
// links are a small part of it and it stays.
#ifndef PAGESIFT_EXTRACT_TABLES_OF_CONTENTS_H_
#define PAGESIFT_EXTRACT_TABLES_OF_CONTENTS_H_

#include "dom/dom.h"
#include "extract/class_hints.h"

namespace pagesift::extract {

void RemoveTablesOfContents(dom::Document* doc, dom::NodeId article, const ClassHints& hints);

}  // namespace pagesift::extract

#endif  // PAGESIFT_EXTRACT_TABLES_OF_CONTENTS_H_
