// meta_tags: the page's <meta> elements, looked up by name.
//
// One map covers every vocabulary (OpenGraph and article:*, Twitter cards,
// Dublin Core and DCTERMS, citation_*, parsely-*, sailthru.*, itemprop on
// <meta>, http-equiv): keys are the lower-cased property, name, itemprop or
// http-equiv value, with "dc:" and "dcterms:" spelled "dc." and "dcterms.".
// A value given by property (RDFa, the OpenGraph way) beats one given by
// name for the same key; within each, document order.
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
  using Values = std::multimap<std::string, std::string, std::less<>>;
  Values by_property_;
  Values by_name_;  // name, itemprop, http-equiv
};

}  // namespace pagesift::metadata

#endif  // PAGESIFT_METADATA_META_TAGS_H_
