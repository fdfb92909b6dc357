#include "metadata/meta_tags.h"

#include "base/ascii.h"
#include "metadata/candidate_text.h"

namespace pagesift::metadata {
namespace {

using dom::Document;
using dom::NodeId;

// Pages write "DC.title", "dc:title" and "dcterms:title"; one spelling a key.
std::string NormalizeKey(std::string_view raw) {
  std::string key = AsciiLowerCopy(TrimAscii(raw));
  for (std::string_view prefix : {"dc:", "dcterms:"}) {
    if (key.starts_with(prefix)) key[prefix.size() - 1] = '.';
  }
  return key;
}

}  // namespace

MetaTags::MetaTags(const Document& doc) {
  for (NodeId n = Document::kRoot; n != dom::kNoNode; n = doc.Next(n, Document::kRoot)) {
    if (!doc.Is(n, GUMBO_TAG_META)) continue;
    std::string content = CleanText(doc.Attr(n, "content"));
    if (content.empty()) continue;
    for (std::string_view key_attr : {"property", "name", "itemprop", "http-equiv"}) {
      // Some pages put several keys in one attribute: "og:title twitter:title".
      std::string_view keys = doc.Attr(n, key_attr);
      size_t start = 0;
      while (start < keys.size()) {
        size_t end = keys.find(' ', start);
        if (end == std::string_view::npos) end = keys.size();
        Values& values = key_attr == "property" ? by_property_ : by_name_;
        if (end > start) values.emplace(NormalizeKey(keys.substr(start, end - start)), content);
        start = end + 1;
      }
    }
  }
}

std::string MetaTags::First(std::initializer_list<std::string_view> keys) const {
  for (std::string_view key : keys) {
    for (const Values* values : {&by_property_, &by_name_}) {
      auto [begin, end] = values->equal_range(key);
      for (auto it = begin; it != end; ++it) {
        if (IsUsable(it->second)) return it->second;
      }
    }
  }
  return {};
}

std::string MetaTags::FirstRaw(std::initializer_list<std::string_view> keys) const {
  for (std::string_view key : keys) {
    for (const Values* values : {&by_property_, &by_name_}) {
      auto it = values->find(key);
      if (it != values->end() && !IsPlaceholder(it->second)) return it->second;
    }
  }
  return {};
}

std::vector<std::string> MetaTags::All(std::string_view key) const {
  std::vector<std::string> out;
  for (const Values* values : {&by_property_, &by_name_}) {
    auto [begin, end] = values->equal_range(key);
    for (auto it = begin; it != end; ++it) out.push_back(it->second);
    if (!out.empty()) break;
  }
  return out;
}

}  // namespace pagesift::metadata
