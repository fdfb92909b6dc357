// RemovePostChrome: the text that a forum's template prints around each post.
//
// A thread repeats one template per post: beside each body the engine
// prints the poster's rank ("Registered User", "Member"), their figures
// ("Join Date: Mar 2016", "Posts: 701"), the subject line ("Re: <thread
// title>"), the post's number ("#2") and its controls ("Reply", "Quote").
// Class names for these vary with every engine; what they share is shape.
// The bodies differ from post to post and are prose; the chrome is short
// and says the same thing again, word for word or under the same label.
// So a short block goes when its text, its label ("Posts:", "Re:")
// or its being a bare number recurs beside three posts and beside half of
// them at least: copies with a body (a run of long blocks) between each.
// Copies with no body between them are one card's or one list's, and a name
// beside a few posts of many is the page's word about those; they stay.
//
// Headings, quotations, code, figures and data tables are not looked at: a
// repeated "Example" heading, a photo credit under every photo or a column
// of "Yes" cells is the author's. Only a heading that is a reply's subject
// line ("Re: <thread title>", however long) is looked at: engines that set
// it as a heading over each post print it from the template all the same.
#ifndef PAGESIFT_EXTRACT_POST_CHROME_H_
#define PAGESIFT_EXTRACT_POST_CHROME_H_

#include <string>
#include <string_view>

#include "dom/dom.h"

namespace pagesift::extract {

void RemovePostChrome(dom::Document* doc, dom::NodeId article);

// What two blocks of chrome share, for a block's collapsed text: "posts:"
// for "Posts: 701" (the label of a poster's figure; "re:" for a subject
// line), "#" for a bare number
// ("#2", "14"), the lower-cased text itself for other short texts, and an
// empty string for text too long to be chrome.
std::string ChromeKey(std::string_view text);

}  // namespace pagesift::extract

#endif  // PAGESIFT_EXTRACT_POST_CHROME_H_
