// metadata: what the page says about itself.
//
// Sources, in order of trust (the first that gives a usable value wins):
//   1. JSON-LD (schema.org Article and its kinds; @graph and arrays)
//   2. OpenGraph and article:* meta tags
//   3. Twitter cards, Dublin Core, citation_*, parsely-*, generic
//      name=author / name=description meta tags
//   4. the document: <title>, <html lang dir>, rel=canonical,
//      rel=author, elements marked as byline, <time datetime>
// Candidates that are URLs, template placeholders ("{{title}}") or empty
// are rejected. The title is cleaned of a site-name prefix or suffix.
#ifndef PAGESIFT_METADATA_METADATA_H_
#define PAGESIFT_METADATA_METADATA_H_

#include <string>
#include <string_view>

#include "base/url.h"
#include "dom/dom.h"
#include "pagesift/result.h"

namespace pagesift::metadata {

// Reads the metadata fields of *result from the whole (uncleaned) document.
void ReadMetadata(const dom::Document& doc, const UrlResolver& urls, Result* result);

// "Big News | The Site" -> "Big News", given the site name (may be empty).
std::string CleanTitle(std::string_view title, std::string_view site_name);

}  // namespace pagesift::metadata

#endif  // PAGESIFT_METADATA_METADATA_H_
