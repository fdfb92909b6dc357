// PruneArticle: drop the clutter that sits inside the article's container.
//
// Steps, in order:
//   RemoveClutterBoxes     containers named or marked as clutter (share
//                          bars, related posts, newsletter boxes, comments,
//                          nav, aside), unless they hold most of the text
//   RemoveLabels           blocks that are only an ad label, a page control
//                          ("Edit this page", "Was this helpful?") or links
//                          to the previous or next page or to tags; spans
//                          too, when they stand between blocks as lines of
//                          their own ("Posted by ... at ...")
//   RemoveImageAddresses   (image_addresses.h) an image's address
//                          printed as text, and the field name over it
//   RemovePostChrome       (post_chrome.h) what a thread's template prints
//                          beside every post: ranks, poster figures, numbers
//   RemoveTablesOfContents (tables_of_contents.h) lists of links to the
//                          article's own sections, with their label
//   RemoveRelatedSections  sections opened by a heading such as "You may
//                          also like" or "Related articles"
//   RemoveRepeatedBlocks   (repeated_blocks.h) later copies of a block of
//                          text the article already showed
//   RemoveRepeatedQuotations (repeated_quotes.h) a reply's quotation of
//                          a post the page shows
//   RemoveAuthorLines      (author_boxes.h) the byline and the author's
//                          biography
//   CleanConditionally     lists, tables and divs that look like link
//                          farms, galleries of thumbnails or forms, unless
//                          boxes of their kind hold half the article (the
//                          link lists of a directory page are its content,
//                          and so are the groups of one template around
//                          them, each named after its letter);
//                          the lenient attempt drops menus only, and keeps
//                          the box of the page's heading and the lists of
//                          titles after it that make up a listing, or the
//                          run of lists of one kind (an index's names
//                          under each letter)
//   FixHeadings            the heading that repeats the title goes; h1
//                          becomes h2 (the reader view has its own h1)
//   RemoveEmptyBlocks      blocks left with no text and no media
#ifndef PAGESIFT_EXTRACT_PRUNE_H_
#define PAGESIFT_EXTRACT_PRUNE_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "dom/dom.h"
#include "extract/class_hints.h"

namespace pagesift::extract {

// Where the nodes stand relative to the page's main heading, by node id.
// The lenient attempt reads them: a box that holds the heading is the page,
// not a menu, and a list of titles after it is the listing it announces.
// Both empty when the page has none, and for the strict attempt.
struct HeadingPlaces {
  std::vector<bool> holding;
  std::vector<bool> after;
};

// Returns the characters of the boxes that looked like clutter one by one
// and stayed only because boxes of their kind carry the article (the
// sections of a directory's lists of links): the pipeline judges an attempt
// by the article without them, as it would have been judged had they gone.
uint64_t PruneArticle(dom::Document* doc, dom::NodeId article, std::string_view title, std::string_view byline,
                      const ClassHints& hints, bool clean_conditionally, const HeadingPlaces& heading);

// Whitespace collapsed to single spaces, trimmed (nbsp counts as space).
std::string CollapseWhitespace(std::string_view text);

// A table that holds data (headers, a caption, or a real grid) rather than layout.
bool IsDataTable(const dom::Document& doc, dom::NodeId table);

}  // namespace pagesift::extract

#endif  // PAGESIFT_EXTRACT_PRUNE_H_
