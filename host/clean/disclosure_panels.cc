#include "clean/disclosure_panels.h"

#include <string>
#include <unordered_set>

#include "base/ascii.h"

namespace pagesift::clean {
namespace {

using dom::Document;
using dom::NodeId;

bool HasPanelRole(const Document& doc, NodeId n) {
  std::string_view role = doc.Attr(n, "role");
  return EqualsIgnoreAsciiCase(role, "tabpanel") || EqualsIgnoreAsciiCase(role, "region");
}

// A toggle sits just before the panel it opens: the question of an FAQ
// set in a button, or a header that says whether its panel is expanded.
bool FollowsToggle(const Document& doc, NodeId n) {
  NodeId prev = doc.node(n).prev_sibling;
  while (prev != dom::kNoNode && !doc.IsElement(prev)) prev = doc.node(prev).prev_sibling;
  return prev != dom::kNoNode && (doc.Is(prev, GUMBO_TAG_BUTTON) || doc.HasAttribute(prev, "aria-expanded"));
}

}  // namespace

std::vector<bool> FindDisclosurePanels(const Document& doc) {
  std::unordered_set<std::string> controlled;
  for (NodeId n = Document::kRoot; n != dom::kNoNode; n = doc.Next(n, Document::kRoot)) {
    if (!doc.IsElement(n)) continue;
    AnyAsciiToken(doc.Attr(n, "aria-controls"), [&](std::string_view id) {
      controlled.emplace(id);
      return false;
    });
  }
  std::vector<bool> panels(doc.size(), false);
  for (NodeId n = Document::kRoot; n != dom::kNoNode; n = doc.Next(n, Document::kRoot)) {
    if (!doc.IsElement(n)) continue;
    std::string_view id = doc.Attr(n, "id");
    panels[n] = HasPanelRole(doc, n) || FollowsToggle(doc, n) ||
                (!id.empty() && controlled.contains(std::string(id)));
  }
  return panels;
}

}  // namespace pagesift::clean
