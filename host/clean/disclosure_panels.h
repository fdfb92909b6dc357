// Disclosure panels: the content behind a tab, an accordion's toggle or a
// carousel's turn.
//
// A page hides every panel but the open one until the reader clicks; the
// reader view shows them all (an FAQ's answers under their questions, a
// quickstart's code in each language it offers), so clean keeps them
// although they are hidden, by their markup or by computed style.
#ifndef PAGESIFT_CLEAN_DISCLOSURE_PANELS_H_
#define PAGESIFT_CLEAN_DISCLOSURE_PANELS_H_

#include <vector>

#include "dom/dom.h"

namespace pagesift::clean {

// Marks, by node id, the elements of `doc` that are panels of a
// disclosure widget. A panel says so by its role (tabpanel; region, the
// WAI-ARIA accordion pattern's), by a control naming its id in
// aria-controls, or by following its toggle: a button, or an element that
// carries aria-expanded. The hidden slides of a carousel count too: hidden
// children made by the same template (tag and first class word) as a
// shown sibling. Call it before the toggles (buttons) are removed.
// Linear in the document's size.
std::vector<bool> FindDisclosurePanels(const dom::Document& doc);

}  // namespace pagesift::clean

#endif  // PAGESIFT_CLEAN_DISCLOSURE_PANELS_H_
