#include "extract/image_addresses.h"

#include <string>
#include <string_view>

#include "base/ascii.h"
#include "extract/html_kinds.h"
#include "extract/prune.h"

namespace pagesift::extract {
namespace {

using dom::Document;
using dom::NodeId;

// An absolute or scheme-relative address, one word, whose path names an
// image file. `text` is collapsed and lower-cased.
bool IsImageAddress(std::string_view text) {
  if (text.find(' ') != std::string_view::npos) return false;
  if (!text.starts_with("https://") && !text.starts_with("http://") && !text.starts_with("//")) return false;
  std::string_view path = text.substr(0, text.find_first_of("?#"));
  size_t dot = path.rfind('.');
  if (dot == std::string_view::npos || path.find('/', dot) != std::string_view::npos) return false;
  std::string_view extension = path.substr(dot + 1);
  for (std::string_view image : {"jpg", "jpeg", "png", "gif", "webp", "avif", "svg"}) {
    if (extension == image) return true;
  }
  return false;
}

// The <dt> that names the value of `dd`, or kNoNode.
NodeId TermOf(const Document& doc, NodeId dd) {
  NodeId prev = doc.node(dd).prev_sibling;
  while (prev != dom::kNoNode && !doc.IsElement(prev)) prev = doc.node(prev).prev_sibling;
  return prev != dom::kNoNode && doc.Is(prev, GUMBO_TAG_DT) ? prev : dom::kNoNode;
}

}  // namespace

void RemoveImageAddresses(Document* doc, NodeId article) {
  for (NodeId block : LeafBlocks(*doc, article)) {
    if (!IsImageAddress(AsciiLowerCopy(CollapseWhitespace(doc->TextOf(block))))) continue;
    if (doc->Is(block, GUMBO_TAG_DD)) {
      NodeId term = TermOf(*doc, block);
      if (term != dom::kNoNode) doc->Detach(term);
    }
    doc->Detach(block);
  }
}

}  // namespace pagesift::extract
