#include "clean/disclosure_panels.h"

#include <string>
#include <unordered_set>

#include "base/ascii.h"
#include "clean/clean.h"

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
  // A hidden toggle opens nothing a reader can reach (a shop's popup
  // waiting for its trigger to appear).
  return prev != dom::kNoNode && (doc.Is(prev, GUMBO_TAG_BUTTON) || doc.HasAttribute(prev, "aria-expanded")) &&
         !IsHidden(doc, prev);
}

// The template an element was made by: its tag and the first word of its
// class (a carousel adds "active" to the slide it shows). Empty for an
// element without a class: plain divs share a tag by accident.
std::string TemplateOf(const Document& doc, NodeId n) {
  std::string key;
  AnyAsciiToken(doc.Attr(n, "class"), [&](std::string_view first) {
    key = std::string(doc.TagName(n)) + "." + std::string(first);
    return true;
  });
  return key;
}

// A carousel shows its slides in turn: a hidden child made by the same
// template as a shown sibling is a slide waiting for its turn.
void MarkHiddenSlides(const Document& doc, NodeId parent, const std::vector<bool>& hidden,
                      std::vector<bool>* panels) {
  std::unordered_set<std::string> shown;
  for (NodeId c = doc.node(parent).first_child; c != dom::kNoNode; c = doc.node(c).next_sibling) {
    if (!doc.IsElement(c) || hidden[c]) continue;
    if (std::string key = TemplateOf(doc, c); !key.empty()) shown.insert(std::move(key));
  }
  if (shown.empty()) return;
  for (NodeId c = doc.node(parent).first_child; c != dom::kNoNode; c = doc.node(c).next_sibling) {
    if (hidden[c] && shown.contains(TemplateOf(doc, c))) (*panels)[c] = true;
  }
}

}  // namespace

std::vector<bool> FindDisclosurePanels(const Document& doc) {
  std::unordered_set<std::string> controlled;
  std::vector<bool> hidden(doc.size(), false);
  for (NodeId n = Document::kRoot; n != dom::kNoNode; n = doc.Next(n, Document::kRoot)) {
    if (!doc.IsElement(n)) continue;
    hidden[n] = IsHidden(doc, n);
    AnyAsciiToken(doc.Attr(n, "aria-controls"), [&](std::string_view id) {
      controlled.emplace(id);
      return false;
    });
  }
  // Only hidden elements need to be told apart; a parent's children are
  // compared once, for its first hidden child, so the pass stays linear.
  std::vector<bool> panels(doc.size(), false);
  std::vector<bool> compared(doc.size(), false);
  for (NodeId n = Document::kRoot; n != dom::kNoNode; n = doc.Next(n, Document::kRoot)) {
    if (!hidden[n]) continue;
    std::string_view id = doc.Attr(n, "id");
    panels[n] = panels[n] || HasPanelRole(doc, n) || FollowsToggle(doc, n) ||
                (!id.empty() && controlled.contains(std::string(id)));
    NodeId parent = doc.node(n).parent;
    if (parent != dom::kNoNode && !compared[parent]) {
      compared[parent] = true;
      MarkHiddenSlides(doc, parent, hidden, &panels);
    }
  }
  return panels;
}

}  // namespace pagesift::clean
