#include "extract/main_content.h"

#include <algorithm>

#include "extract/candidates.h"
#include "extract/class_hints.h"
#include "extract/kinds.h"
#include "extract/node_stats.h"
#include "extract/prune.h"

namespace pagesift::extract {
namespace {

using dom::Document;
using dom::NodeId;

constexpr size_t kAlternatives = 5;
constexpr double kAlternativeShare = 0.75;
constexpr size_t kAlternativesToClimb = 3;

NodeId BodyOf(const Document& doc) {
  NodeId body = doc.FindFirst(GUMBO_TAG_BODY);
  return body == dom::kNoNode ? Document::kRoot : body;
}

size_t ElementChildren(const Document& doc, NodeId id) {
  size_t n = 0;
  for (NodeId c = doc.node(id).first_child; c != dom::kNoNode; c = doc.node(c).next_sibling) {
    if (doc.IsElement(c)) ++n;
  }
  return n;
}

// When several strong candidates share an ancestor, the article is that
// ancestor (a page split into sections), not its best section.
NodeId ClimbToSharedAncestor(const Document& doc, const Candidates& c, NodeId body) {
  std::vector<NodeId> strong;
  for (NodeId n = body; n != dom::kNoNode; n = doc.Next(n, body)) {
    if (n != c.top && c.score[n] >= kAlternativeShare * c.score[c.top]) strong.push_back(n);
  }
  std::sort(strong.begin(), strong.end(), [&](NodeId a, NodeId b) { return c.score[a] > c.score[b]; });
  if (strong.size() > kAlternatives) strong.resize(kAlternatives);
  if (strong.size() < kAlternativesToClimb) return c.top;
  for (NodeId a = doc.node(c.top).parent; a != dom::kNoNode && a != body; a = doc.node(a).parent) {
    size_t inside = std::count_if(strong.begin(), strong.end(), [&](NodeId s) { return doc.IsInside(s, a); });
    if (inside >= kAlternativesToClimb) return a;
  }
  return c.top;
}

// When the best candidate is one item of a sequence whose other items hold
// text of their own, the content is the sequence: a thread is all its posts,
// not the first one. The other items must hold a fair share of the text,
// or a story followed by teasers of other stories would take the teasers.
// Items of one kind (same tag and classes) make a sequence from two on: a
// question and its one answer are a thread, and one item of the same make
// as the best candidate, with a fair share of its text, is no teaser.
// Items that share only their class's first word (an accepted answer among
// answers, but also a story among teasers named after it, or a product
// among products each named after its id) must hold paragraphs, as posts
// do, and together more text than the item.
NodeId ClimbToSequence(const Document& doc, const std::vector<NodeStats>& stats, NodeId top, NodeId body) {
  constexpr int kLevels = 4;
  constexpr size_t kMinTemplateOthers = 2;
  constexpr size_t kMinSameKindOthers = 1;
  constexpr uint32_t kMinItemChars = 50;
  constexpr double kMinOthersShare = 0.3;
  constexpr double kMinTemplateOthersShare = 1.0;
  NodeId item = top;
  for (int level = 0; level < kLevels && item != body && doc.node(item).parent != body; ++level) {
    size_t others = 0, template_others = 0;
    uint32_t other_chars = 0, template_chars = 0;
    for (NodeId s = doc.node(doc.node(item).parent).first_child; s != dom::kNoNode; s = doc.node(s).next_sibling) {
      if (s == item || stats[s].chars < kMinItemChars) continue;
      if (SameKind(doc, item, s)) {
        ++others;
        other_chars += stats[s].chars;
      } else if (stats[s].paragraphs > 0 && SameTemplate(doc, item, s)) {
        ++template_others;
        template_chars += stats[s].chars;
      }
    }
    if (others >= kMinSameKindOthers && other_chars >= kMinOthersShare * stats[item].chars) {
      return doc.node(item).parent;
    }
    if (template_others >= kMinTemplateOthers && template_chars >= kMinTemplateOthersShare * stats[item].chars) {
      return doc.node(item).parent;
    }
    item = doc.node(item).parent;
  }
  return top;
}

// The shallowest ancestor of `top` that holds the text of its twins:
// elements elsewhere in the page with the same tag and classes, each with
// text of its own. A thread whose opening post sits apart from the list of
// replies (or whose posts are wrapped deeper than ClimbToSequence looks)
// has its post bodies all alike: the content is every one of them, so the
// root is the smallest container holding them all. Only with at least two
// twins and, together, a fair share of the candidate's text (an article's
// body rarely shares its classes with anything, but a lone teaser might),
// and when the candidate and its twins hold most of that container's text:
// a page built of generic blocks that share one class has other blocks
// between them (plans, reviews, an author box).
// Linear: each walk up from a twin stops at a node an earlier walk passed.
NodeId ClimbToTwins(const Document& doc, const std::vector<NodeStats>& stats, NodeId candidate, NodeId top,
                    NodeId body) {
  constexpr size_t kMinTwins = 2;
  constexpr double kMinTwinsShare = 0.3;
  constexpr double kMinCoverage = 0.75;
  if (candidate == dom::kNoNode || doc.Attr(candidate, "class").empty()) return top;
  // How far up from the candidate each of its ancestors is; -1 elsewhere.
  std::vector<int32_t> height(doc.size(), -1);
  int32_t h = 0;
  for (NodeId a = candidate; a != dom::kNoNode; a = doc.node(a).parent) height[a] = h++;
  std::vector<bool> passed(doc.size(), false);
  size_t twins = 0;
  uint64_t twin_chars = 0;
  int32_t root_height = 0;
  for (NodeId n = body; n != dom::kNoNode;) {
    if (height[n] >= 0 || stats[n].chars == 0 || !SameKind(doc, candidate, n)) {
      n = doc.Next(n, body);
      continue;
    }
    ++twins;
    twin_chars += stats[n].chars;
    NodeId a = n;
    while (height[a] < 0 && !passed[a]) {
      passed[a] = true;
      a = doc.node(a).parent;
    }
    root_height = std::max(root_height, height[a]);
    n = doc.Next(n, body, /*skip_children=*/true);  // a twin's own parts are not twins
  }
  if (twins < kMinTwins || static_cast<double>(twin_chars) < kMinTwinsShare * stats[candidate].chars) return top;
  if (height[top] < 0 || root_height <= height[top] || root_height >= height[body]) return top;
  NodeId root = candidate;
  while (height[root] < root_height) root = doc.node(root).parent;
  if (static_cast<double>(twin_chars + stats[candidate].chars) < kMinCoverage * stats[root].chars) return top;
  return root;
}

// Does `wrapper` hold nothing beside `inner` but a short link (at most
// kMaxOtherChars characters, all link text)?
bool IsWrapperOf(const std::vector<NodeStats>& stats, NodeId wrapper, NodeId inner) {
  constexpr uint32_t kMaxOtherChars = 40;
  uint32_t other = stats[wrapper].chars - stats[inner].chars;
  uint32_t other_links = stats[wrapper].link_chars - stats[inner].link_chars;
  return other > 0 && other <= kMaxOtherChars && other_links == other;
}

NodeId ChooseArticleRoot(const Document& doc, const Candidates& c, const std::vector<NodeStats>& stats, NodeId body) {
  if (c.top == dom::kNoNode) return body;
  NodeId top = ClimbToSequence(doc, stats, ClimbToSharedAncestor(doc, c, body), body);
  top = ClimbToTwins(doc, stats, c.top, top, body);
  // A parent that scores at least as well holds more of the same article;
  // so does a wrapper holding it and a short link beside (a "Read more"
  // that unfolds the rest of a story), whose siblings may be the story's
  // first paragraphs.
  for (NodeId p = doc.node(top).parent; p != dom::kNoNode && p != body; p = doc.node(p).parent) {
    if (c.score[p] < c.score[top] && ElementChildren(doc, p) != 1 && !IsWrapperOf(stats, p, top)) break;
    top = p;
  }
  return top;
}

bool EndsLikeSentence(const Document& doc, NodeId id) {
  std::string text = doc.TextOf(id);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.pop_back();
  return !text.empty() && (text.back() == '.' || text.back() == '!' || text.back() == '?');
}

bool IsContentSibling(const Document& doc, const Candidates& c, const std::vector<NodeStats>& stats,
                      NodeId top, NodeId s) {
  if (!doc.IsElement(s)) return false;
  double threshold = std::max(10.0, c.score[top] * 0.2);
  double bonus = 0;
  std::string_view cls = doc.Attr(top, "class");
  if (!cls.empty() && doc.Attr(s, "class") == cls) bonus = c.score[top] * 0.2;
  if (c.score[s] + bonus >= threshold) return true;
  if (doc.Is(s, GUMBO_TAG_P)) {
    const NodeStats& st = stats[s];
    double ld = st.LinkDensity();
    if (st.chars > 80 && ld < 0.25) return true;
    if (st.chars > 0 && st.chars <= 80 && ld == 0 && EndsLikeSentence(doc, s)) return true;
  }
  return false;
}

// A sibling between two kept ones is part of the same text (the list
// after "You will learn how to:", the table between two paragraphs of
// documentation) unless it is the page's frame or mostly links.
bool IsBetweenContent(const Document& doc, const std::vector<NodeStats>& stats, NodeId s) {
  constexpr double kMaxLinkDensity = 0.5;
  if (!doc.IsElement(s)) return false;
  switch (doc.node(s).tag) {
    case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_HEADER: case GUMBO_TAG_FORM:
      return false;
    default:
      return stats[s].LinkDensity() < kMaxLinkDensity;
  }
}

// The child of `ancestor` whose subtree holds `node`.
NodeId BranchOf(const Document& doc, NodeId node, NodeId ancestor) {
  while (doc.node(node).parent != ancestor) node = doc.node(node).parent;
  return node;
}

// A page made of sections (a service page, a product page) opens with its
// main heading in one section and has its densest prose in a later one:
// the sections from the heading's down to the prose's are content too.
// They are the children of the smallest ancestor holding both, from the
// heading's branch up to the prose's, excluded (it holds the prose and
// whatever sits beside it), less the frame and the menus between them.
// Only when they hold a fair share of text beside the prose's own and are
// not mostly links: an article's heading sits just above its text, with a
// byline and a date, and a page's header with its menus above both.
std::vector<NodeId> LeadSections(const Document& doc, const std::vector<NodeStats>& stats, NodeId top,
                                 NodeId heading, NodeId body) {
  constexpr double kMinLeadShare = 0.3, kMaxLinkDensity = 0.5;
  if (heading == dom::kNoNode || top == body || doc.IsInside(heading, top) || !doc.IsInside(heading, body)) {
    return {};
  }
  std::vector<bool> holds_heading(doc.size(), false);
  for (NodeId a = heading; a != dom::kNoNode; a = doc.node(a).parent) holds_heading[a] = true;
  NodeId shared = doc.node(top).parent;
  while (!holds_heading[shared]) shared = doc.node(shared).parent;  // body holds both
  if (shared == heading) return {};  // an unclosed heading that holds the prose too
  const NodeId prose = BranchOf(doc, top, shared);
  std::vector<NodeId> lead;
  double chars = 0, link_chars = 0;
  NodeId s = BranchOf(doc, heading, shared);
  for (; s != dom::kNoNode && s != prose; s = doc.node(s).next_sibling) {
    if (!lead.empty() && !IsBetweenContent(doc, stats, s)) continue;
    lead.push_back(s);
    chars += stats[s].chars;
    link_chars += stats[s].link_chars;
  }
  if (s == dom::kNoNode) return {};  // the heading comes after the prose
  if (chars < kMinLeadShare * stats[top].chars || link_chars > kMaxLinkDensity * chars) return {};
  return lead;
}

// A listing often opens with a short text under its heading, the
// container of prose, and sets its cards in the sections after it: those
// sections are content too. They are the siblings that follow the prose's
// container or the nearest of its ancestors that has any, while each holds
// a run of cards, is not the page's frame, not named as clutter and not
// mostly links; only when together they hold more text than the prose, as
// a listing's cards do and an article's teasers of other stories don't.
// The siblings of different ancestors are disjoint subtrees: one pass.
std::vector<NodeId> TrailingSections(const Document& doc, const std::vector<NodeStats>& stats,
                                     const ClassHints& hints, NodeId top, NodeId body) {
  auto is_section = [&](NodeId s) {
    return IsBetweenContent(doc, stats, s) && !hints.IsBoilerplate(doc, s) &&
           !hints.IsUnlikelyCandidate(doc, s, stats[s]) && HoldsCards(doc, stats, s);
  };
  for (NodeId a = top; a != body && a != dom::kNoNode; a = doc.node(a).parent) {
    std::vector<NodeId> trail;
    uint32_t chars = 0;
    NodeId s = doc.node(a).next_sibling;
    for (; s != dom::kNoNode; s = doc.node(s).next_sibling) {
      if (!doc.IsElement(s) || stats[s].chars == 0) continue;
      if (!is_section(s)) break;
      trail.push_back(s);
      chars += stats[s].chars;
    }
    if (chars > stats[top].chars) return trail;
    if (!trail.empty() || s != dom::kNoNode) return {};  // the prose is followed by something else
  }
  return {};
}

NodeId GatherSiblings(Document* doc, const Candidates& c, const std::vector<NodeStats>& stats,
                      NodeId top, NodeId body) {
  NodeId article = doc->AppendElement(dom::kNoNode, GUMBO_TAG_DIV);
  if (top == body) {
    while (doc->node(body).first_child != dom::kNoNode) {
      NodeId child = doc->node(body).first_child;
      doc->Detach(child);
      doc->AppendChild(article, child);
    }
    return article;
  }
  std::vector<NodeId> siblings;
  std::vector<bool> keep;
  for (NodeId s = doc->node(doc->node(top).parent).first_child; s != dom::kNoNode; s = doc->node(s).next_sibling) {
    siblings.push_back(s);
    keep.push_back(s == top || IsContentSibling(*doc, c, stats, top, s));
  }
  // `top` is kept, so there is a first and a last kept sibling.
  size_t first = 0, last = keep.size() - 1;
  while (!keep[first]) ++first;
  while (!keep[last]) --last;
  for (size_t i = first; i < last; ++i) {
    if (!keep[i]) keep[i] = IsBetweenContent(*doc, stats, siblings[i]);
  }
  for (size_t i = 0; i < siblings.size(); ++i) {
    if (!keep[i]) continue;
    doc->Detach(siblings[i]);
    doc->AppendChild(article, siblings[i]);
  }
  return article;
}

// The lenient attempt's root: the page's one main landmark when it holds a
// fair share of the text (the rest is the site's frame), else the body.
NodeId LenientRoot(const Document& doc, const std::vector<NodeStats>& stats, NodeId body) {
  constexpr double kMinMainShare = 0.3;
  NodeId main = dom::kNoNode;
  for (NodeId n = body; n != dom::kNoNode; n = doc.Next(n, body)) {
    if (!doc.IsElement(n) || !(doc.Is(n, GUMBO_TAG_MAIN) || doc.Attr(n, "role") == "main")) continue;
    if (main != dom::kNoNode && !doc.IsInside(n, main)) return body;  // two landmarks: no single main
    if (main == dom::kNoNode) main = n;
  }
  if (main == dom::kNoNode || stats[main].chars < kMinMainShare * stats[body].chars) return body;
  return main;
}

// Where the nodes of the body stand relative to the page's main heading:
// its ancestors, and the nodes that follow it in the document's order.
// Read before the article is gathered: the gathering moves nodes out of the
// page.
HeadingPlaces PlacesAround(const Document& doc, NodeId heading, NodeId body) {
  HeadingPlaces places;
  if (heading == dom::kNoNode || !doc.IsInside(heading, body)) return places;
  places.holding.assign(doc.size(), false);
  for (NodeId a = heading; a != dom::kNoNode; a = doc.node(a).parent) places.holding[a] = true;
  places.after.assign(doc.size(), false);
  bool seen = false;
  for (NodeId n = body; n != dom::kNoNode; n = doc.Next(n, body)) {
    places.after[n] = seen;
    seen = seen || n == heading;
  }
  return places;
}

// A product page's buyers write more prose than its seller: the best
// candidate may be a box of reviews. The content is then the best
// candidate outside every such box, the product's description, when it
// scores a fair share of the reviews' best (a page that is only reviews
// keeps them). Linear: one walk, and only when the best is in a box.
NodeId OutsideReviews(const Document& doc, const Candidates& c, const ClassHints& hints, NodeId body) {
  constexpr double kMinShare = 0.1;
  bool in_reviews = false;
  for (NodeId a = c.top; a != dom::kNoNode && a != body && !in_reviews; a = doc.node(a).parent) {
    in_reviews = hints.IsReviews(doc, a);
  }
  if (!in_reviews) return c.top;
  std::vector<bool> in_box(doc.size(), false);
  NodeId best = c.top;
  double best_score = 0;
  for (NodeId n = doc.Next(body, body); n != dom::kNoNode; n = doc.Next(n, body)) {
    in_box[n] = in_box[doc.node(n).parent] || (doc.IsElement(n) && hints.IsReviews(doc, n));
    if (!in_box[n] && c.score[n] > best_score) {
      best = n;
      best_score = c.score[n];
    }
  }
  return best_score >= kMinShare * c.score[c.top] ? best : c.top;
}

// The article before pruning. Its own function so that the body's stats
// and scores (tens of bytes a node) are freed before the pruning computes
// the article's: on a page of many small nodes each is a large share of
// the peak memory.
// The lenient attempt also says where the nodes stand relative to the
// heading, in `places` (PruneArticle).
MainContent FindArticle(Document* doc, const ClassHints& hints, NodeId heading, bool strict, HeadingPlaces* places) {
  NodeId body = BodyOf(*doc);
  if (!strict) *places = PlacesAround(*doc, heading, body);
  std::vector<NodeStats> stats = ComputeNodeStats(*doc, body);
  Candidates candidates = ScoreCandidates(*doc, stats, hints, body);
  if (strict && candidates.top != dom::kNoNode) candidates.top = OutsideReviews(*doc, candidates, hints, body);
  NodeId top = strict ? ChooseArticleRoot(*doc, candidates, stats, body) : LenientRoot(*doc, stats, body);
  std::vector<NodeId> lead;
  if (strict) lead = LeadSections(*doc, stats, top, heading, body);
  std::vector<NodeId> trail;
  if (strict) trail = TrailingSections(*doc, stats, hints, top, body);
  MainContent out;
  out.article = GatherSiblings(doc, candidates, stats, top, body);
  for (NodeId s : trail) {
    if (doc->node(s).parent == out.article) continue;  // gathered as a sibling of `top` already
    if (out.trail == dom::kNoNode) out.trail = doc->AppendElement(out.article, GUMBO_TAG_DIV);
    doc->Detach(s);
    doc->AppendChild(out.trail, s);
  }
  for (NodeId s : lead) {
    if (doc->node(s).parent == out.article) continue;  // gathered as a sibling of `top` already
    if (out.lead == dom::kNoNode) {
      out.lead = doc->AppendElement(dom::kNoNode, GUMBO_TAG_DIV);
      NodeId first = doc->node(out.article).first_child;
      if (first == dom::kNoNode) {
        doc->AppendChild(out.article, out.lead);
      } else {
        doc->InsertBefore(first, out.lead);
      }
    }
    doc->Detach(s);
    doc->AppendChild(out.lead, s);
  }
  return out;
}

}  // namespace

MainContent ExtractMainContent(Document* doc, std::string_view title, std::string_view byline, NodeId heading,
                               bool strict) {
  const ClassHints& hints = ClassHints::Get();
  HeadingPlaces places;
  MainContent content = FindArticle(doc, hints, heading, strict, &places);
  content.kept_for_kind = PruneArticle(doc, content.article, title, byline, hints, strict, places);
  if (content.lead != dom::kNoNode && doc->node(content.lead).parent != content.article) content.lead = dom::kNoNode;
  if (content.trail != dom::kNoNode && doc->node(content.trail).parent != content.article) content.trail = dom::kNoNode;
  return content;
}

}  // namespace pagesift::extract
