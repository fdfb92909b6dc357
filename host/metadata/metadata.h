// metadata: what the page says about itself.
//
// Each field has its own file, which documents its sources and rejection
// rules; the order of trust, strongest first, is:
//   1. JSON-LD (json_ld.h): Article kinds, then WebPage kinds
//   2. meta tags (meta_tags.h): OpenGraph and article:*, then Dublin Core,
//      Twitter cards, citation_*, parsely-*, sailthru.*, generic names
//   3. markup in the document: <title>, <h1>, <html lang dir>,
//      rel=canonical, rel=author, itemprop, byline classes, <time datetime>
//   4. heuristics: bylines and dates printed near the headline, dates in
//      the URL, then a labelled credit or date anywhere in the article
//      ("Written by", "Published") (byline.h, page_dates.h, dates.h)
// Every candidate is cleaned and checked (candidate_text.h): URLs where text
// belongs, template placeholders, the site's name alone and stock words
// are rejected, and the next source is tried.
#ifndef PAGESIFT_METADATA_METADATA_H_
#define PAGESIFT_METADATA_METADATA_H_

#include <string>
#include <string_view>

#include "base/url.h"
#include "dom/dom.h"
#include "metadata/title.h"
#include "pagesift/result.h"

namespace pagesift::metadata {

// Fills the metadata fields of *result (title, byline, authors,
// published_time, modified_time, site_name, lang, dir, excerpt, image,
// canonical_url, tags, section, readerable) from the whole, uncleaned document. `urls`
// resolves relative image and canonical links. Fields the page does not
// give are left empty; the pipeline fills excerpt later from the content.
void ReadMetadata(const dom::Document& doc, const UrlResolver& urls, Result* result);

}  // namespace pagesift::metadata

#endif  // PAGESIFT_METADATA_METADATA_H_
