#include "metadata/language.h"

#include <vector>

#include "base/ascii.h"

namespace pagesift::metadata {

std::string NormalizeLanguageTag(std::string_view raw) {
  raw = TrimAscii(raw);
  size_t end = raw.find_first_of(",; ");
  if (end != std::string_view::npos) raw = raw.substr(0, end);
  std::vector<std::string> subtags;
  size_t start = 0;
  while (start <= raw.size()) {
    size_t dash = raw.find_first_of("-_", start);
    if (dash == std::string_view::npos) dash = raw.size();
    subtags.emplace_back(raw.substr(start, dash - start));
    start = dash + 1;
  }
  std::string out;
  for (size_t i = 0; i < subtags.size(); ++i) {
    std::string tag = AsciiLowerCopy(subtags[i]);
    if (tag.empty() || tag.size() > 8) return {};
    for (char c : tag) {
      if (!IsAsciiAlpha(c) && !IsAsciiDigit(c)) return {};
    }
    if (i == 0) {
      // The primary language: two or three letters (or the "x"/"i" prefixes).
      if (tag.size() > 3 && tag != "x" && tag != "i") return {};
      for (char c : tag) {
        if (!IsAsciiAlpha(c)) return {};
      }
    } else if (tag.size() == 2 && IsAsciiAlpha(tag[0])) {
      tag[0] = static_cast<char>(tag[0] - 32);  // region: "US"
      tag[1] = static_cast<char>(IsAsciiAlpha(tag[1]) ? tag[1] - 32 : tag[1]);
    } else if (tag.size() == 4 && IsAsciiAlpha(tag[0])) {
      tag[0] = static_cast<char>(tag[0] - 32);  // script: "Hant"
    }
    if (i > 0) out += '-';
    out += tag;
  }
  return out;
}

std::string DeclaredLanguage(const dom::Document& doc) {
  dom::NodeId html = doc.FindFirst(GUMBO_TAG_HTML);
  if (html == dom::kNoNode) return {};
  std::string lang = NormalizeLanguageTag(doc.Attr(html, "lang"));
  return lang.empty() ? NormalizeLanguageTag(doc.Attr(html, "xml:lang")) : lang;
}

std::string DeclaredDirection(const dom::Document& doc, dom::NodeId heading) {
  dom::NodeId start = heading != dom::kNoNode ? heading : doc.FindFirst(GUMBO_TAG_P);
  if (start == dom::kNoNode) start = doc.FindFirst(GUMBO_TAG_BODY);
  // Walking up also reaches <body> and <html>, nearest first.
  for (dom::NodeId n = start; n != dom::kNoNode; n = doc.node(n).parent) {
    if (!doc.IsElement(n)) continue;
    std::string dir = AsciiLowerCopy(TrimAscii(doc.Attr(n, "dir")));
    if (dir == "rtl" || dir == "ltr") return dir;
  }
  return {};
}

}  // namespace pagesift::metadata
