#include "metadata/page_text.h"

#include <algorithm>

#include "base/ascii.h"
#include "metadata/candidate_text.h"

namespace pagesift::metadata {
namespace {

using dom::Document;
using dom::NodeId;

bool IsSkipped(const Document& doc, NodeId n) {
  if (!doc.IsElement(n)) return false;
  if (doc.node(n).ns == dom::Namespace::kSvg) return true;
  switch (doc.node(n).tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_HEAD:
      return true;
    default:
      return false;
  }
}

}  // namespace

PageText::PageText(const Document& doc) {
  NodeId body = doc.FindFirst(GUMBO_TAG_BODY);
  NodeId scope = body == dom::kNoNode ? Document::kRoot : body;
  NodeId n = scope;
  while (n != dom::kNoNode) {
    bool skip = IsSkipped(doc, n);
    if (doc.IsText(n)) {
      std::string text = CleanText(doc.node(n).text);
      if (!text.empty()) runs_.push_back({n, std::move(text)});
    }
    n = doc.Next(n, scope, skip);
  }
}

size_t PageText::FirstRunInside(const Document& doc, NodeId element) const {
  for (size_t i = 0; i < runs_.size(); ++i) {
    if (doc.IsInside(runs_[i].node, element)) return i;
  }
  return runs_.size();
}

std::string RenderedText(const Document& doc, NodeId element) {
  std::string text;
  for (NodeId n = element; n != dom::kNoNode; n = doc.Next(n, element, IsSkipped(doc, n) && n != element)) {
    if (doc.IsText(n)) {
      text += doc.node(n).text;
    } else if (n != element && (doc.Is(n, GUMBO_TAG_BR) || doc.Is(n, GUMBO_TAG_DIV) || doc.Is(n, GUMBO_TAG_P))) {
      text += ' ';
    }
  }
  return CleanText(text);
}

NodeId FindMainHeading(const Document& doc, std::string_view title_hint) {
  // Bounds the work on pages that repeat <h1> for every teaser.
  constexpr int kMaxHeadings = 50;
  std::vector<std::string> hint = Words(title_hint);
  std::sort(hint.begin(), hint.end());
  NodeId best = dom::kNoNode;
  double best_share = -1;
  int seen = 0;
  for (NodeId n = Document::kRoot; n != dom::kNoNode && seen < kMaxHeadings; n = doc.Next(n, Document::kRoot)) {
    if (!doc.Is(n, GUMBO_TAG_H1)) continue;
    bool in_nav = false;
    for (NodeId p = doc.node(n).parent; p != dom::kNoNode; p = doc.node(p).parent) {
      if (doc.Is(p, GUMBO_TAG_NAV)) in_nav = true;
    }
    std::vector<std::string> words = Words(doc.TextOf(n));
    if (in_nav || words.empty()) continue;
    ++seen;
    if (doc.Attr(n, "itemprop") == "headline") return n;
    // The share of the heading's distinct words that the titles use: a
    // teaser that shares a few words among many loses to the headline.
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    size_t shared = 0;
    for (const std::string& w : words) shared += std::binary_search(hint.begin(), hint.end(), w) ? 1 : 0;
    double share = static_cast<double>(shared) / static_cast<double>(words.size());
    if (share > best_share) {
      best = n;
      best_share = share;
    }
  }
  return best;
}

bool InPageFurniture(const Document& doc, NodeId node) {
  for (NodeId p = node; p != dom::kNoNode; p = doc.node(p).parent) {
    if (!doc.IsElement(p)) continue;
    if (doc.Is(p, GUMBO_TAG_FOOTER) || doc.Is(p, GUMBO_TAG_ASIDE) || doc.Is(p, GUMBO_TAG_NAV)) return true;
    std::string marks = AsciiLowerCopy(doc.Attr(p, "class"));
    marks += ' ';
    marks += AsciiLowerCopy(doc.Attr(p, "id"));
    for (std::string_view word : {"comment", "related", "sidebar", "footer", "testimonial", "recommend",
                                  "more-stories", "widget", "reply"}) {
      if (marks.find(word) != std::string::npos) return true;
    }
  }
  return false;
}

bool InComments(const Document& doc, NodeId node) {
  for (NodeId p = node; p != dom::kNoNode; p = doc.node(p).parent) {
    if (!doc.IsElement(p)) continue;
    std::string marks = AsciiLowerCopy(doc.Attr(p, "class"));
    marks += ' ';
    marks += AsciiLowerCopy(doc.Attr(p, "id"));
    if (marks.find("comment") != std::string::npos) return true;
  }
  return false;
}

}  // namespace pagesift::metadata
