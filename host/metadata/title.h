// title: the article's title, as a reader would name it.
//
// The metadata title (JSON-LD headline, og:title, twitter:title, dc.title,
// citation_title, parsely-title, sailthru.title, else <title>) is cleaned
// of the site's name at either end, whatever the separator ("News | Site",
// "Site: News", "News — Site"); a pipe ends the title, since sites put only
// their furniture (name, section, slogan) after one. Generic values ("Main menu", "Home",
// "Untitled") and the site's name alone are rejected. The page's main <h1>
// (page_text.h) is weighed against them:
//   - a heading that is the cleaned title stands ("Site | Post", <h1>Post);
//   - a heading equal to one part of the <title> settles how it splits:
//     when the metadata title, as written, is another part, the heading is
//     the site's banner; else a leading or middle part is the title, and
//     the last part is the banner ("Post | Blog"), the title what precedes;
//   - otherwise the heading wins when it agrees with the metadata (all its
//     words appear there, or, for four words or more, at least half), since
//     the metadata is often shortened or stuffed with keywords for search
//     engines while the <h1> is what the reader sees; a shorter heading that
//     rewords is a label and the metadata title stands;
//   - a heading that names the site, or spells out its host, never wins;
//   - labels set beside the title in elements of their own inside the
//     heading (a thread's prefix, a story's source, a comment count) are
//     not read as part of it when the rest of the heading says the title;
//   - whatever the above chose, the heading wins when the last segment of
//     the URL's path (the slug a CMS made from the headline) spells at
//     least half of its words more than it spells of the chosen title.
// When every source names only the site (a home page, a brand's product
// page), the metadata title or <title>, whole, stands rather than none.
#ifndef PAGESIFT_METADATA_TITLE_H_
#define PAGESIFT_METADATA_TITLE_H_

#include <string>
#include <string_view>

#include "dom/dom.h"

namespace pagesift::metadata {

// "Big News | The Site" -> "Big News", given the site name (may be empty).
std::string CleanTitle(std::string_view title, std::string_view site_name);

// Like CleanTitle; `host` ("www.example.com", may be empty) also identifies
// the site ("Example | Big News" -> "Big News").
std::string CleanTitleForSite(std::string_view title, std::string_view site_name, std::string_view host);

// A value that names no article: "Main menu", "Home", "Untitled"...
bool IsGenericTitle(std::string_view title);

struct TitleSources {
  std::string metadata_title;  // the first usable metadata title, may be empty
  std::string document_title;  // <title>
  std::string site_name;
  std::string host;
  std::string url;  // the page's address; its path's last segment (the slug) may spell the headline
};

// The article's title, from the sources and the page's main heading
// (kNoNode when it has none).
std::string ChooseTitle(const dom::Document& doc, dom::NodeId heading, const TitleSources& sources);

}  // namespace pagesift::metadata

#endif  // PAGESIFT_METADATA_TITLE_H_
