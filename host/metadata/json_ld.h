// json_ld: what the page's schema.org JSON-LD says about the article.
//
// Reads every <script type="application/ld+json">: a single object, an
// array, an @graph, nested mainEntity / mainEntityOfPage, and author
// references by @id into the graph (the usual shape of CMS plugins).
// Article kinds (Article, NewsArticle, BlogPosting, Report, Recipe...) are
// read first; WebPage kinds only fill what the article left empty. Scripts
// that are not strict JSON (raw newlines in strings, HTML comment wrappers,
// trailing semicolons) are repaired before parsing; those still invalid are
// skipped.
#ifndef PAGESIFT_METADATA_JSON_LD_H_
#define PAGESIFT_METADATA_JSON_LD_H_

#include <string>
#include <vector>

#include "dom/dom.h"

namespace pagesift::metadata {

struct JsonLdFacts {
  std::string headline;         // an article's headline (or its name)
  std::string page_name;        // a WebPage's name, weaker than a headline
  std::string description;
  std::string date_published;   // datePublished or uploadDate, as written; see dates.h
  std::string date_created;     // dateCreated: when the record was made, weaker
  std::string date_modified;
  std::string publisher;        // the publisher's (or WebSite's) name
  std::string image;            // URL as written
  std::string section;
  std::string in_language;
  std::vector<std::string> person_authors;        // author entries of @type Person or untyped
  std::vector<std::string> organization_authors;  // author entries of @type Organization
  std::vector<std::string> keywords;
};

JsonLdFacts ReadJsonLd(const dom::Document& doc);

}  // namespace pagesift::metadata

#endif  // PAGESIFT_METADATA_JSON_LD_H_
