#include "extract/tables_of_contents.h"

#include <vector>

#include "base/ascii.h"
#include "extract/html_kinds.h"
#include "extract/node_stats.h"
#include "extract/prune.h"

namespace pagesift::extract {
namespace {

using dom::Document;
using dom::NodeId;

constexpr uint32_t kMinLinks = 3;
constexpr double kMinFragmentShare = 0.8;
constexpr double kMinLinkDensity = 0.7;
// A box that holds half the article is the article (an index page made of
// anchors), whatever its links.
constexpr double kMaxArticleShare = 0.5;

bool IsListBox(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_TABLE:
      return true;
    default:
      return false;
  }
}

bool IsFragmentLink(const Document& doc, NodeId a) {
  std::string_view href = TrimAscii(doc.Attr(a, "href"));
  return href.size() > 1 && href.front() == '#';
}

// For every node under `article`, how many of its links point into this
// page, summed bottom-up in one pass like the node stats, so that judging a
// box never walks its subtree again (nested boxes would walk it once each).
std::vector<uint32_t> FragmentLinks(const Document& doc, NodeId article) {
  std::vector<uint32_t> counts(doc.size());
  std::vector<NodeId> order = PreOrder(doc, article);
  for (size_t i = order.size(); i-- > 0;) {
    NodeId n = order[i];
    if (doc.Is(n, GUMBO_TAG_A) && IsFragmentLink(doc, n)) ++counts[n];
    if (n != article) counts[doc.node(n).parent] += counts[n];
  }
  return counts;
}

bool IsTableOfContents(const Document& doc, NodeId n, const NodeStats& s, uint32_t fragments,
                       double article_chars) {
  return IsListBox(doc.node(n).tag) && s.links >= kMinLinks && s.LinkDensity() >= kMinLinkDensity &&
         s.chars <= kMaxArticleShare * article_chars && fragments >= kMinLinks &&
         fragments >= kMinFragmentShare * s.links;
}

// The element before `n` among its siblings, skipping text between them.
NodeId PreviousElement(const Document& doc, NodeId n) {
  NodeId p = doc.node(n).prev_sibling;
  while (p != dom::kNoNode && !doc.IsElement(p)) p = doc.node(p).prev_sibling;
  return p;
}

}  // namespace

void RemoveTablesOfContents(Document* doc, NodeId article, const ClassHints& hints) {
  std::vector<NodeStats> stats = ComputeNodeStats(*doc, article);
  std::vector<uint32_t> fragments = FragmentLinks(*doc, article);
  const double article_chars = stats[article].chars;
  std::vector<NodeId> found;
  NodeId n = doc->node(article).first_child;
  while (n != dom::kNoNode) {
    bool toc = doc->IsElement(n) && IsTableOfContents(*doc, n, stats[n], fragments[n], article_chars);
    if (toc) found.push_back(n);
    n = doc->Next(n, article, /*skip_children=*/toc);
  }
  for (NodeId box : found) {
    NodeId label = PreviousElement(*doc, box);
    if (label != dom::kNoNode && !HasBlockChild(*doc, label) &&
        hints.IsContentsLabel(CollapseWhitespace(doc->TextOf(label)))) {
      doc->Detach(label);
    }
    doc->Detach(box);
  }
}

}  // namespace pagesift::extract
