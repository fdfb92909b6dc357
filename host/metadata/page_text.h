// page_text: the visible text of the page as runs, and where the article's
// heading sits among them.
//
// Bylines and dates that no markup announces are printed next to the
// headline: "By Jane Doe · March 3, 2024". The heuristics in byline.h and
// dates.h read only the runs near the heading, so that a date in a
// "related posts" box or a name in a testimonial far below never wins.
#ifndef PAGESIFT_METADATA_PAGE_TEXT_H_
#define PAGESIFT_METADATA_PAGE_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "dom/dom.h"

namespace pagesift::metadata {

struct TextRun {
  dom::NodeId node;   // the text node
  std::string text;   // whitespace collapsed, never empty
};

class PageText {
 public:
  // Collects the runs of <body> (scripts, styles, templates, forms' option
  // lists and SVG skipped).
  explicit PageText(const dom::Document& doc);

  const std::vector<TextRun>& runs() const { return runs_; }

  // Index of the first run inside `element`, or runs().size() when none.
  size_t FirstRunInside(const dom::Document& doc, dom::NodeId element) const;

  // Index of the first run with the same words as `text` (two or more), or
  // runs().size() when none: where a page without a heading element prints
  // its title.
  size_t FirstRunSaying(std::string_view text) const;

 private:
  std::vector<TextRun> runs_;
};

// The text of `element` as a reader sees it: a line break or a nested
// block ("News Product<br>Management") separates words, whitespace collapsed.
std::string RenderedText(const dom::Document& doc, dom::NodeId element);

// The page's main <h1>, among those that have text, do not sit in a <nav>
// and are not mostly a link home (the site's banner): the one marked
// itemprop=headline, else the one whose words `title_hint` (the page's
// titles without the site's name) uses most, as a share of its own words;
// the first on a tie. Pages often make their logo,
// a menu button or a search box an <h1> above the article's own. A page
// without one may set its title in a lower heading (forums do): the first
// <h2>, else <h3>, else <h4> of which the hint uses at least 90% of the
// words (two or more), and that does not end with a colon (a lead-in),
// stands in. kNoNode when there is none.
dom::NodeId FindMainHeading(const dom::Document& doc, std::string_view title_hint);

// Is `node` inside an element whose class or id marks it as page furniture
// rather than the article (comments, related posts, sidebars and their
// widgets, footers, buyers' reviews)? Classes on <body> and utility classes
// that carry a value ("[--sidebar-width:18rem]") mark nothing.
bool InPageFurniture(const dom::Document& doc, dom::NodeId node);

// Is `node` inside a comment section? Explicit microdata (itemprop=author)
// is trusted anywhere else, even in an <aside>.
bool InComments(const dom::Document& doc, dom::NodeId node);

}  // namespace pagesift::metadata

#endif  // PAGESIFT_METADATA_PAGE_TEXT_H_
