// meta_tags: the page's <meta> elements, looked up by name.
//
// One map covers every vocabulary (OpenGraph and article:*, Twitter cards,
// Dublin Core and DCTERMS, citation_*, parsely-*, sailthru.*, itemprop on
// <meta>, http-equiv): keys are the lower-cased property, name, itemprop or
// http-equiv value, with "dc:" and "dcterms:" spelled "dc." and "dcterms.".
#ifndef PAGESIFT_METADATA_META_TAGS_H_
#define PAGESIFT_METADATA_META_TAGS_H_

#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dom/dom.h"

namespace pagesift::metadata {

class MetaTags {
 public:
  explicit MetaTags(const dom::Document& doc);

  // The first usable value (see IsUsable) among `keys`, tried in order.
  std::string First(std::initializer_list<std::string_view> keys) const;
  // Like First, but URLs are allowed (images, canonical links).
  std::string FirstRaw(std::initializer_list<std::string_view> keys) const;
  // Every value of `key`, in document order (article:tag, citation_author).
  std::vector<std::string> All(std::string_view key) const;

 private:
  std::multimap<std::string, std::string, std::less<>> values_;
};

}  // namespace pagesift::metadata

#endif  // PAGESIFT_METADATA_META_TAGS_H_
