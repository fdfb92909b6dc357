// page_dates: dates that the page's markup or text gives, for pages whose
// metadata has none.
#ifndef PAGESIFT_METADATA_PAGE_DATES_H_
#define PAGESIFT_METADATA_PAGE_DATES_H_

#include <string>

#include "dom/dom.h"
#include "metadata/dates.h"
#include "metadata/page_text.h"

namespace pagesift::metadata {

// A date marked up as the publication date: an element with
// itemprop=datePublished (its content, datetime or title attribute, else its
// text), then the <time> nearest after the heading (its datetime, else its
// text). Elements in comments, related posts and sidebars are ignored.
// ISO 8601, or empty.
std::string DateFromMarkup(const dom::Document& doc, dom::NodeId heading, NumericOrder order);

// The first date printed in the runs near the heading: after it first, then
// just before it (an "eyebrow" line). YYYY-MM-DD, or empty.
std::string DateNearHeading(const PageText& text, size_t heading_run, NumericOrder order);

// The first date the page labels as its own anywhere in its text
// ("Published Feb 2, 2023", "Last updated: November 13, 2025", "Publié le
// 3 mars 2024"), for pages that print it far from the heading, at the foot
// of the article. Runs in comments, related posts and sidebars are
// ignored. YYYY-MM-DD, or empty.
std::string LabelledDate(const dom::Document& doc, const PageText& text, NumericOrder order);

}  // namespace pagesift::metadata

#endif  // PAGESIFT_METADATA_PAGE_DATES_H_
