// byline: who wrote the article.
//
// Sources, strongest first (metadata.cc applies the order): JSON-LD authors
// of @type Person; author meta tags (author, article:author, dc.creator,
// citation_author, parsely-author, sailthru.author), then the Twitter card
// pair twitter:labelN "Written by" / twitter:dataN; markup in the page
// (rel=author, itemprop=author, a data-author or author attribute as forum
// software writes it, elements whose class or id says byline, author,
// username or poster; what precedes a lone by-word in such an element, "Guide
// by Jane Doe", labels the article); "By Jane Doe" printed near the headline, in several
// languages (By, Par, Von, Por, Di, Door, Av, Af), or a label ending in one
// ("Recipe by") followed by the name; then JSON-LD authors of @type
// Organization; "Written by Jane Doe" anywhere in the article; a link to
// an author's page ("/author/jane-doe"); last, on a
// page that declares itself an article but credits no one, the site's name.
// A candidate that is a URL, a placeholder, a social handle, an e-mail
// address, the site's own name, a stock word ("admin", "unknown", "the
// author"), a call to action ("Sign in", "View more posts"), another role
// ("Reviewed by ...", "Photo by"), a label without its name ("Recipe by") or
// a date, with or without its year ("Mar 6"), is rejected.
#ifndef PAGESIFT_METADATA_BYLINE_H_
#define PAGESIFT_METADATA_BYLINE_H_

#include <string>
#include <string_view>
#include <vector>

#include "dom/dom.h"
#include "metadata/page_text.h"

namespace pagesift::metadata {

// The name a candidate displays, cleaned of a "By"-style prefix, of a
// trailing " - Job title" or ", Site Name"; empty when it is not a name.
std::string CleanAuthorName(std::string_view raw, std::string_view site_name);

// Stricter test for names found in free text: one to six words, each
// capitalised except for particles (van, de, von, da, bin...).
bool LooksLikePersonName(std::string_view text);

// "Jane Doe, John Roe and Ann Poe" -> the three names.
std::vector<std::string> SplitAuthorList(std::string_view names);

// The display string of several authors: "Jane Doe, John Roe". Commas
// only, since "and" belongs to one language; a byline the page prints
// whole ("Jane Doe und John Roe") is kept as printed instead.
std::string JoinAuthors(const std::vector<std::string>& authors);

// The byline that the page's markup marks, preferring the first one after
// `heading` (kNoNode when the page has none) and ignoring comments, related
// posts, sidebars and, unless marked explicitly (itemprop, rel, an author
// attribute), elements that hold the heading. Empty when there is none.
std::string BylineFromMarkup(const dom::Document& doc, const PageText& text, dom::NodeId heading,
                             std::string_view site_name);

// The text of a link to an author's page ("/author/jane-doe", "/authors/
// jane/"), which CMSs print as the byline even where no class says so,
// preferring the first one after `heading` and ignoring comments, related
// posts and sidebars. What follows a by-word in it ("View all posts by
// Jane Doe") is the name. Empty when there is none.
std::string BylineFromAuthorLink(const dom::Document& doc, dom::NodeId heading, std::string_view site_name);

// "By Jane Doe" in the text runs that follow the headline. Empty when none.
std::string BylineNearHeading(const PageText& text, size_t heading_run, std::string_view site_name);

// A name the page labels as the author's anywhere in its text: a run that
// begins "Written by", "Author:", "Posted by", "Écrit par", "Geschrieben
// von", "Escrito por", "Scritto da"..., followed by the name in the same run
// or the next. For pages that credit the author at the foot of the
// article. Runs in comments, related posts and sidebars are ignored. Empty
// when there is none.
std::string LabelledByline(const dom::Document& doc, const PageText& text, std::string_view site_name);

}  // namespace pagesift::metadata

#endif  // PAGESIFT_METADATA_BYLINE_H_
