#include "extract/candidates.h"

#include <algorithm>

#include "extract/html_kinds.h"

namespace pagesift::extract {
namespace {

constexpr uint32_t kMinParagraphChars = 25;
constexpr int kAncestorLevels = 5;

double TagBase(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: return 5;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: return 3;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL:
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM:
      return -3;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_TH:
      return -5;
    default: return 0;
  }
}

bool IsParagraphLike(const dom::Document& doc, dom::NodeId id) {
  switch (doc.node(id).tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_TD:
      return true;
    case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_DD:
    case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE:
      return !HasBlockChild(doc, id);
    default:
      return false;
  }
}

// Semantic containers the page marks as its main content get a head start.
double SemanticBonus(const dom::Document& doc, dom::NodeId id) {
  if (doc.Is(id, GUMBO_TAG_ARTICLE) || doc.Is(id, GUMBO_TAG_MAIN)) return 10;
  if (doc.Attr(id, "role") == "main") return 10;
  std::string_view itemprop = doc.Attr(id, "itemprop");
  if (itemprop == "articleBody" || itemprop == "text") return 15;
  return 0;
}

// The page's frame (footers, navigation, asides) holds text that is never
// the article: a privacy policy in a footer's modal, a site description.
// An <article> or <main> inside the frame starts content again.
std::vector<bool> MarkFrame(const dom::Document& doc, dom::NodeId body) {
  std::vector<bool> in_frame(doc.size(), false);
  for (dom::NodeId n = body; n != dom::kNoNode; n = doc.Next(n, body)) {
    if (n == body || !doc.IsElement(n)) continue;
    GumboTag tag = doc.node(n).tag;
    if (tag == GUMBO_TAG_FOOTER || tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_ASIDE) {
      in_frame[n] = true;
    } else if (tag != GUMBO_TAG_ARTICLE && tag != GUMBO_TAG_MAIN) {
      in_frame[n] = in_frame[doc.node(n).parent];
    }
  }
  return in_frame;
}

}  // namespace

Candidates ScoreCandidates(const dom::Document& doc, const std::vector<NodeStats>& stats,
                           const ClassHints& hints, dom::NodeId body) {
  Candidates out;
  std::vector<double> raw(doc.size(), 0.0);
  std::vector<bool> initialised(doc.size(), false);
  std::vector<dom::NodeId> scored;
  auto init = [&](dom::NodeId a) {
    if (initialised[a]) return;
    initialised[a] = true;
    raw[a] = TagBase(doc.node(a).tag) + hints.Weight(doc, a) + SemanticBonus(doc, a);
    scored.push_back(a);
  };

  const std::vector<bool> in_frame = MarkFrame(doc, body);
  for (dom::NodeId n = body; n != dom::kNoNode; n = doc.Next(n, body)) {
    if (!doc.IsElement(n) || in_frame[n] || !IsParagraphLike(doc, n)) continue;
    const NodeStats& s = stats[n];
    if (s.chars < kMinParagraphChars) continue;
    double score = 1.0 + s.commas + std::min(s.chars / 100.0, 3.0);
    dom::NodeId a = doc.node(n).parent;
    for (int level = 0; level < kAncestorLevels && a != dom::kNoNode && a != body; ++level) {
      if (!doc.IsElement(a)) break;
      init(a);
      double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
      raw[a] += score / divider;
      a = doc.node(a).parent;
    }
  }

  out.score.assign(doc.size(), 0.0);
  double best = 0;
  for (dom::NodeId a : scored) {
    out.score[a] = raw[a] * (1.0 - stats[a].LinkDensity());
    if (out.score[a] > best) {
      best = out.score[a];
      out.top = a;
    }
  }
  return out;
}

}  // namespace pagesift::extract
