// clean: drop what is never content, before any scoring.
//
// Steps, in order:
//   ResolveLazyImages    (images.h) the real source of each image, before
//                        <noscript> goes: it may hold the real image
//   NormalizeMath        (math.h) MathML, or the TeX source, in place of
//                        each formula's rendering, before scripts and
//                        hidden copies go: they hold the formulas
//   RemoveNonContent     scripts, styles, templates, frames (but video
//                        players from well-known hosts), objects, form
//                        controls and links dressed as buttons, skip
//                        links ("Skip to main content"), inline SVG icons,
//                        dialogs
//   RemoveHidden         the hidden attribute, aria-hidden (but not on a
//                        card's teaser linked a second time, out of the
//                        tab order: it is seen), inline
//                        display:none / visibility:hidden, hiding classes,
//                        and the data-pagesift-hidden mark the extension
//                        sets from computed style; but a container hidden
//                        by its own markup that holds most of the page's
//                        text is a page waiting for its script (or for
//                        React's streaming to move it into place), and stays;
//                        so do the panels of tabs and accordions
//                        (disclosure_panels.h), content behind a click
//   TidyCodeBlocks       (code_blocks.h) line numbers and highlighter
//                        layout out of code blocks, the language named
//   RemoveUnlikely       containers whose name or role says navigation,
//                        sidebar, comments, share bar... unless they hold
//                        most of the page's text or the page's main
//                        heading, or hold a run of cards that is most of
//                        the text outside the site's header, footer and
//                        nav (a shop's listing in a "related" section)
#ifndef PAGESIFT_CLEAN_CLEAN_H_
#define PAGESIFT_CLEAN_CLEAN_H_

#include <string_view>

#include "dom/dom.h"

namespace pagesift::clean {

// `heading`: the page's main heading (metadata::FindMainHeading), kNoNode
// when it has none.
void CleanDocument(dom::Document* doc, dom::NodeId heading);

// The video host of an embed URL we keep in a safe form, or empty:
// "youtube", "vimeo", "dailymotion", "peertube"-style hosts are not guessed.
std::string_view VideoHostOf(std::string_view url);

// Is the element hidden by its own attributes?
bool IsHidden(const dom::Document& doc, dom::NodeId id);

}  // namespace pagesift::clean

#endif  // PAGESIFT_CLEAN_CLEAN_H_
