#include "extract/prune.h"

#include <algorithm>

#include "base/ascii.h"
#include "extract/author_boxes.h"
#include "extract/html_kinds.h"
#include "extract/image_addresses.h"
#include "extract/kinds.h"
#include "extract/node_stats.h"
#include "extract/post_chrome.h"
#include "extract/repeated_blocks.h"
#include "extract/repeated_quotes.h"
#include "extract/tables_of_contents.h"

namespace pagesift::extract {
namespace {

using dom::Document;
using dom::NodeId;

// A clutter box that holds more than this share of the article is the
// article after all (a page whose whole content sits in a "post-comments"
// wrapper, say).
constexpr double kMaxClutterShare = 0.5;

bool IsInsideCode(const Document& doc, NodeId id, NodeId article) {
  for (NodeId a = id; a != dom::kNoNode && a != article; a = doc.node(a).parent) {
    if (doc.Is(a, GUMBO_TAG_PRE) || doc.Is(a, GUMBO_TAG_CODE)) return true;
  }
  return false;
}

// The text of the article outside every box of clutter: its own.
uint64_t CharsOutsideBoxes(const Document& doc, NodeId article, const std::vector<NodeStats>& stats,
                           const std::vector<bool>& box) {
  uint64_t in_boxes = 0;
  for (NodeId n = article; n != dom::kNoNode; n = doc.Next(n, article, /*skip_children=*/box[n])) {
    if (box[n]) in_boxes += stats[n].chars;
  }
  return stats[article].chars - std::min<uint64_t>(in_boxes, stats[article].chars);
}

bool IsClutterTag(GumboTag tag) {
  return tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_FOOTER ||
         tag == GUMBO_TAG_FORM || tag == GUMBO_TAG_HEADER;
}

// A dialog is shown over the page on a click (the terms of service, a
// sign-up form): never the page's content, whatever share of its text it
// holds. A page shown in a dialog has its article inside it, not around.
bool IsDialog(const Document& doc, NodeId box) {
  std::string_view role = doc.Attr(box, "role");
  return role == "dialog" || role == "alertdialog" || doc.Attr(box, "aria-modal") == "true";
}

// A box of clutter that holds most of the article is usually the article
// after all, but not beside text of the article's own: then a box of
// buyers' reviews (they often outweigh a product's description and
// specifications) or a footer (a shop's policies and testimonials) is
// clutter however large.
bool ClutterBesideOwnText(const Document& doc, NodeId box, const ClassHints& hints) {
  return doc.Is(box, GUMBO_TAG_FOOTER) || hints.IsReviews(doc, box);
}

void RemoveClutterBoxes(Document* doc, NodeId article, const ClassHints& hints) {
  std::vector<NodeStats> stats = ComputeNodeStats(*doc, article);
  const double total = std::max<uint32_t>(stats[article].chars, 1);
  // Whether each element is a box, by tag or name.
  std::vector<bool> box(doc->size(), false);
  for (NodeId n = article; n != dom::kNoNode; n = doc->Next(n, article)) {
    box[n] = doc->IsElement(n) && (IsClutterTag(doc->node(n).tag) || hints.IsBoilerplate(*doc, n) ||
                                   hints.IsUnlikelyCandidate(*doc, n, stats[n]));
  }
  // Posts named "comment-123" are each small, but all of them are the
  // thread; the <header> of each card of a listing holds its title.
  const KindChars boxes_chars(*doc, article, stats, [&](NodeId n) { return box[n]; });
  const ReplyBoxes replies(*doc, article, stats, box);
  constexpr double kMinOwnShare = 0.1;
  const bool has_own_text = static_cast<double>(CharsOutsideBoxes(*doc, article, stats, box)) >= kMinOwnShare * total;
  NodeId n = doc->node(article).first_child;
  while (n != dom::kNoNode) {
    bool clutter = false;
    if (doc->IsElement(n) && !doc->Is(n, GUMBO_TAG_BODY)) {
      GumboTag tag = doc->node(n).tag;
      bool small = stats[n].chars / total < kMaxClutterShare &&
                   static_cast<double>(boxes_chars.Of(*doc, n)) / total < kMaxClutterShare;
      if (tag == GUMBO_TAG_HEADER) {
        clutter = small && stats[n].paragraphs == 0;
      } else {
        clutter = box[n] &&
                  (small || IsDialog(*doc, n) || (has_own_text && ClutterBesideOwnText(*doc, n, hints))) &&
                  !IsInsideCode(*doc, n, article) && !replies.Holds(*doc, n);
      }
    }
    NodeId next = doc->Next(n, article, /*skip_children=*/clutter);
    if (clutter) doc->Detach(n);
    n = next;
  }
}

// The element beside `n`, past whitespace and line breaks, or kNoNode.
NodeId NeighbourOf(const Document& doc, NodeId n, bool forward) {
  for (NodeId s = forward ? doc.node(n).next_sibling : doc.node(n).prev_sibling; s != dom::kNoNode;
       s = forward ? doc.node(s).next_sibling : doc.node(s).prev_sibling) {
    if (doc.Is(s, GUMBO_TAG_BR)) continue;
    if (doc.IsElement(s)) return s;
    if (!CollapseWhitespace(doc.TextOf(s)).empty()) return s;
  }
  return dom::kNoNode;
}

// A span between blocks, with no text of its parent's beside it, is a line
// of its own ("<p>...</p><span class=posted>Posted by ... at ...</span>"),
// not words in a sentence.
// A span alone in its parent is judged with it, as the parent's block.
bool StandsAsLine(const Document& doc, NodeId span) {
  auto block = [&](NodeId s) { return s != dom::kNoNode && doc.IsElement(s) && IsBlockTag(doc.node(s).tag); };
  const NodeId before = NeighbourOf(doc, span, false), after = NeighbourOf(doc, span, true);
  return (block(before) || block(after)) && (before == dom::kNoNode || block(before)) &&
         (after == dom::kNoNode || block(after));
}

// A block that is only an ad label, a page control, or links to the
// previous or next page of a sequence or to the post's tags.
// Ad labels stand in spans too; a control's words inside a sentence ("Sign
// in for free shipping") are the sentence's, so those go only as blocks,
// or as spans that stand as lines of their own.
bool IsLabel(const Document& doc, NodeId n, std::string_view text, const NodeStats& s, const ClassHints& hints) {
  // "Filed under:" and its two links: the label weighs as much as they do.
  constexpr double kMinLinkDensity = 0.3;
  if (text.empty()) return false;
  if (hints.IsAdLabel(text)) return true;
  if (doc.Is(n, GUMBO_TAG_SPAN) && !StandsAsLine(doc, n)) return false;
  return hints.IsPageControlLabel(text) || (s.LinkDensity() >= kMinLinkDensity && hints.IsNavigationLine(text));
}

// Which elements under `article` hold code or sit in it: a sample that
// reads "Share" or "{{ field.label }}" is the documentation's, never a
// control of the page.
std::vector<bool> TouchesCode(const Document& doc, NodeId article) {
  auto is_code = [&](NodeId n) { return doc.Is(n, GUMBO_TAG_PRE) || doc.Is(n, GUMBO_TAG_CODE); };
  std::vector<NodeId> order = PreOrder(doc, article);
  std::vector<bool> inside(doc.size()), touches(doc.size());
  for (size_t i = 1; i < order.size(); ++i) {  // parents before children
    NodeId p = doc.node(order[i]).parent;
    inside[order[i]] = inside[p] || is_code(p);
  }
  for (size_t i = order.size(); i-- > 1;) {  // children before parents
    NodeId n = order[i];
    touches[n] = touches[n] || inside[n] || is_code(n);
    if (touches[n]) touches[doc.node(n).parent] = true;
  }
  return touches;
}

void RemoveLabels(Document* doc, NodeId article, const ClassHints& hints) {
  std::vector<NodeStats> stats = ComputeNodeStats(*doc, article);
  std::vector<bool> touches_code = TouchesCode(*doc, article);
  std::vector<NodeId> order;
  for (NodeId n = article; n != dom::kNoNode; n = doc->Next(n, article)) {
    if (doc->IsElement(n) && n != article && !touches_code[n] && !HasBlockChild(*doc, n) &&
        (IsBlockTag(doc->node(n).tag) || doc->Is(n, GUMBO_TAG_SPAN))) {
      order.push_back(n);
    }
  }
  for (NodeId n : order) {
    if (doc->node(n).parent == dom::kNoNode) continue;
    std::string text = CollapseWhitespace(doc->TextOf(n));
    if (IsLabel(*doc, n, text, stats[n], hints)) doc->Detach(n);
  }
}

int HeadingLevel(GumboTag tag) {
  return IsHeadingTag(tag) ? 1 + static_cast<int>(tag - GUMBO_TAG_H1) : 0;
}

// Does the subtree of `n` hold a heading of `level` or above?
bool HoldsHeadingAtOrAbove(const Document& doc, NodeId n, int level) {
  for (NodeId d = n; d != dom::kNoNode; d = doc.Next(d, n)) {
    int l = doc.IsElement(d) ? HeadingLevel(doc.node(d).tag) : 0;
    if (l > 0 && l <= level) return true;
  }
  return false;
}

// The box a heading opens: the outermost container of which it is the
// first element, as long as that container is a small part of the article.
NodeId BoxOpenedBy(const Document& doc, NodeId heading, NodeId article, const std::vector<NodeStats>& stats,
                   double max_chars) {
  NodeId box = heading;
  for (NodeId p = doc.node(box).parent; p != article && p != dom::kNoNode; p = doc.node(p).parent) {
    NodeId first = doc.node(p).first_child;
    while (first != dom::kNoNode && !doc.IsElement(first)) first = doc.node(first).next_sibling;
    if (first != box || stats[p].chars > max_chars) break;
    box = p;
  }
  return box;
}

// Themes set many headings in styled paragraphs and spans ("<p><strong>You
// may also like</strong></p>", "<span class=heading_2>"): a short block of
// text with no link and no block inside serves as a heading too. It ranks
// below h6: any real heading ends its section.
constexpr int kHeadingLikeLevel = 7;

int HeadingLikeLevel(const Document& doc, NodeId n, const NodeStats& s) {
  if (!doc.IsElement(n)) return 0;
  GumboTag tag = doc.node(n).tag;
  if (IsHeadingTag(tag)) return HeadingLevel(tag);
  bool box = tag == GUMBO_TAG_P || tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_SPAN;
  return box && s.links == 0 && s.chars > 0 && s.chars < 100 && !HasBlockChild(doc, n) ? kHeadingLikeLevel : 0;
}

// A heading such as "You may also like" opens a section of links to other
// pages: the box it opens goes, or, when it stands among its section's
// siblings (bare or in wrappers that hold nothing else), it and what
// follows up to the next heading of its rank. A section that holds half
// the article or more is kept: the heading misled (a marketplace's
// carousel of other products may well outweigh a short description, but
// not the page's own text together). So is
// one opened by a styled paragraph that is not mostly links: the paragraph
// may be a label over the page's own list ("Latest articles" on a blog's
// front page).
void RemoveRelatedSections(Document* doc, NodeId article, const ClassHints& hints) {
  constexpr double kMaxSectionShare = 0.5;
  constexpr double kMinLabelledLinkDensity = 0.3;
  std::vector<NodeStats> stats = ComputeNodeStats(*doc, article);
  const double max_chars = kMaxSectionShare * stats[article].chars;
  std::vector<NodeId> headings;
  for (NodeId n = article; n != dom::kNoNode; n = doc->Next(n, article)) {
    if (n != article && HeadingLikeLevel(*doc, n, stats[n]) > 0) headings.push_back(n);
  }
  for (NodeId h : headings) {
    if (!doc->IsInside(h, article) || !hints.IsRelatedHeading(CollapseWhitespace(doc->TextOf(h)))) continue;
    const int level = HeadingLikeLevel(*doc, h, stats[h]);
    NodeId box = BoxOpenedBy(*doc, h, article, stats, max_chars);
    std::vector<NodeId> section = {box};
    double chars = stats[box].chars, link_chars = stats[box].link_chars;
    // A heading in wrappers of its own ("<div class=title><h2>...</h2></div>")
    // stands among its section's siblings as a bare heading does.
    if (stats[box].chars == stats[h].chars) {
      for (NodeId s = doc->node(box).next_sibling; s != dom::kNoNode; s = doc->node(s).next_sibling) {
        if (doc->IsElement(s) && HoldsHeadingAtOrAbove(*doc, s, level)) break;
        section.push_back(s);
        chars += stats[s].chars;
        link_chars += stats[s].link_chars;
      }
      if (chars > max_chars) continue;
    }
    if (level == kHeadingLikeLevel && link_chars < kMinLabelledLinkDensity * chars) continue;
    for (NodeId n : section) doc->Detach(n);
  }
}

bool ShouldCleanConditionally(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_TABLE: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_DL: case GUMBO_TAG_FORM:
      return true;
    default:
      return false;
  }
}

bool LooksLikeClutter(const Document& doc, NodeId n, const NodeStats& s, const ClassHints& hints) {
  GumboTag tag = doc.node(n).tag;
  if (tag == GUMBO_TAG_TABLE && IsDataTable(doc, n)) return false;
  int weight = hints.Weight(doc, n);
  if (s.commas >= 10) return false;
  bool is_list = tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_DL;
  double p = s.paragraphs;
  double ld = s.LinkDensity();
  if (s.images > 1 && p / s.images < 0.5 && s.chars < 200 * s.images) return true;
  if (!is_list && tag != GUMBO_TAG_TABLE && s.list_items > p + 100) return true;
  if (s.inputs > p / 3 + 0.5) return true;
  if (!is_list && s.chars < 25 && s.headings == 0 && (s.images == 0 || s.images > 2) && s.embeds == 0 &&
      s.code_and_math == 0) {
    return true;
  }
  if (weight < 25 && ld > 0.2 + (is_list ? 0.3 : 0.0) && s.chars < 2000) return true;
  if (weight >= 25 && ld > 0.5) return true;
  if ((s.embeds == 1 && s.chars < 75) || s.embeds > 1) return s.chars < 300;
  return false;
}

// The lenient attempt's only heuristic: containers that are mostly links
// (menus, mega-menus, link lists) go, whatever they are named.
// A menu is many short links and next to no other text; a listing's cards
// carry a title link each but also text of their own, and stay.
bool IsLinkFarm(const Document& doc, NodeId n, const NodeStats& s, const ClassHints&) {
  if (doc.Is(n, GUMBO_TAG_TABLE) && IsDataTable(doc, n)) return false;
  constexpr uint32_t kMinLinks = 5, kMaxAverageLinkChars = 30, kMaxOtherChars = 100;
  return s.links >= kMinLinks && s.link_chars <= kMaxAverageLinkChars * s.links &&
         s.chars - s.link_chars < kMaxOtherChars && s.LinkDensity() > 0.8;
}

using ClutterTest = bool (*)(const Document&, NodeId, const NodeStats&, const ClassHints&);

// Links that average this many characters (three words or so) are titles
// of stories, recipes or products, not a menu's labels, which name a place
// in a word or two. A box of them after the page's main heading is the
// listing it announces (a category page whose cards are links and nothing
// else); before it, the site's mega-menu. On WCXB's pages, before it such
// boxes are nearly all clutter, and after it they hold more words of the
// truth than of clutter; with kMinTitlesShare, listings gain from this
// length on and no type of page loses beyond noise.
constexpr uint32_t kMinTitleLinkChars = 16;

bool IsListOfTitles(const NodeStats& s) {
  return s.links > 0 && s.link_chars >= kMinTitleLinkChars * s.links;
}

// A listing is mostly its titles: lists of them that hold less than half
// of what the article keeps are an article's list of other stories (or
// jobs, or threads), and go with the other menus.
constexpr double kMinTitlesShare = 0.5;

// Drops the lists of titles `spared` marks unless, together, they hold
// kMinTitlesShare of the article. One pass: a list inside a list is
// counted, and dropped, with it.
void KeepListingTitles(Document* doc, NodeId article, const std::vector<NodeStats>& stats,
                       const std::vector<bool>& spared) {
  std::vector<NodeId> lists;
  uint64_t chars = 0;
  for (NodeId n = article; n != dom::kNoNode;) {
    bool list = spared[n];
    if (list) {
      lists.push_back(n);
      chars += stats[n].chars;
    }
    n = doc->Next(n, article, /*skip_children=*/list);
  }
  if (static_cast<double>(chars) >= kMinTitlesShare * stats[article].chars) return;
  for (NodeId n : lists) doc->Detach(n);
}

// The figures of the ancestors of `n`, up to `article`, as if `n` had gone.
void SubtractFromAncestors(const Document& doc, NodeId n, NodeId article, std::vector<NodeStats>* stats) {
  const NodeStats removed = (*stats)[n];
  for (NodeId a = doc.node(n).parent; a != dom::kNoNode; a = doc.node(a).parent) {
    NodeStats& s = (*stats)[a];
    s.chars -= removed.chars;
    s.link_chars -= removed.link_chars;
    s.commas -= removed.commas;
    s.paragraphs -= removed.paragraphs;
    s.images -= removed.images;
    s.list_items -= removed.list_items;
    s.inputs -= removed.inputs;
    s.headings -= removed.headings;
    s.embeds -= removed.embeds;
    s.code_and_math -= removed.code_and_math;
    if (a == article) break;
  }
}

// A kind of box that looks like clutter one by one but together holds this
// share of the article is its content: the lists of links of a directory or
// category page, the cards of a listing.
constexpr double kMaxClutterKindShare = 0.5;

// Boxes made by one template: a kind of at least this many. A single box
// that holds most of the article (a shop's grid of products under a
// category's text) is not a sequence.
constexpr size_t kMinTemplateBoxes = 3;

// Is `n` made by the template of the element before or after it (SameTemplate)?
bool IsOneOfARun(const Document& doc, NodeId n) {
  auto element = [&](NodeId s, bool forward) {
    while (s != dom::kNoNode && !doc.IsElement(s)) s = forward ? doc.node(s).next_sibling : doc.node(s).prev_sibling;
    return s;
  };
  NodeId before = element(doc.node(n).prev_sibling, false), after = element(doc.node(n).next_sibling, true);
  return (before != dom::kNoNode && SameTemplate(doc, n, before)) ||
         (after != dom::kNoNode && SameTemplate(doc, n, after));
}

// `keep_kinds`: spare boxes whose kind holds kMaxClutterKindShare of the
// article, counting either the boxes of that kind that look like clutter
// or all of them: a listing's cards or a directory's lists are made by one
// template, and the ones that are mostly links (a card with a short teaser,
// a section of a list of names) are as much the content as the others.
// The strict attempt's container is the page's content already; the
// lenient one's is the whole body, where a site's menus hold that much.
// `heading`: boxes that hold it stay, and so do the lists of titles (or
// the runs of lists of one kind) after it when they hold most of what the
// article keeps.
// Returns the text of the boxes kept for the whole kind alone (see
// PruneArticle).
uint64_t RemoveWhere(Document* doc, NodeId article, const ClassHints& hints, ClutterTest is_clutter,
                     bool keep_kinds, const HeadingPlaces& heading) {
  std::vector<NodeStats> stats = ComputeNodeStats(*doc, article);
  std::vector<NodeId> order = PreOrder(*doc, article);
  const double total = std::max<uint32_t>(stats[article].chars, 1);
  std::vector<bool> spared(heading.after.empty() ? 0 : doc->size(), false);  // lists of titles
  const KindChars clutter_chars(*doc, article, stats, [&](NodeId n) {
    return keep_kinds && n != article && ShouldCleanConditionally(doc->node(n).tag) &&
           is_clutter(*doc, n, stats[n], hints);
  });
  // Unnamed divs and forms share a kind by accident, unnamed lists by use.
  const KindChars box_chars(*doc, article, stats, [&](NodeId n) {
    GumboTag tag = doc->node(n).tag;
    return keep_kinds && n != article && ShouldCleanConditionally(tag) &&
           (!doc->Attr(n, "class").empty() || tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_DL);
  });
  // An index's lists of short names after the heading (the languages under
  // each letter), and their wrappers: a run of one kind, spared as lists of
  // titles are, and kept on the same terms (KeepListingTitles). Lists only:
  // the rows of tag links under each teaser of a blog are no index.
  const KindChars after_heading_chars(*doc, article, stats, [&](NodeId n) {
    return n < heading.after.size() && heading.after[n] && stats[n].list_items > 0 &&
           ShouldCleanConditionally(doc->node(n).tag) && is_clutter(*doc, n, stats[n], hints);
  });
  std::vector<bool> kept_for_kind(keep_kinds ? doc->size() : 0, false);
  // Boxes that are mostly a box spared for its kind and made by one
  // template with a sibling: the wrappers of a run's items ("<div
  // class='letters b'><h3>B</h3><div class='links'>...") are as much the
  // content as the items, though each wrapper's full class makes it a kind
  // of its own. A wrapper that holds more beside the item, or that stands
  // alone (a footer's column around its menu), is judged as before.
  std::vector<bool> wraps_kind(keep_kinds ? doc->size() : 0, false);
  auto spare_for_kind = [&](NodeId n) {
    for (NodeId a = doc->node(n).parent; a != article && a != dom::kNoNode && !wraps_kind[a] &&
                                         stats[a].chars <= 2 * uint64_t{stats[n].chars} && IsOneOfARun(*doc, a);
         a = doc->node(a).parent) {
      wraps_kind[a] = true;  // stops at the first marked: each node is marked once
    }
  };
  // Innermost first, so that a list of links inside a good div goes, not the div.
  for (size_t i = order.size(); i-- > 1;) {
    NodeId n = order[i];
    if (!doc->IsElement(n) || !ShouldCleanConditionally(doc->node(n).tag)) continue;
    if (doc->node(n).parent == dom::kNoNode || !doc->IsInside(n, article)) continue;
    if (IsInsideCode(*doc, n, article)) continue;
    if (!is_clutter(*doc, n, stats[n], hints)) continue;
    if (n < heading.holding.size() && heading.holding[n]) continue;
    if (n < heading.after.size() && heading.after[n] &&
        (IsListOfTitles(stats[n]) || after_heading_chars.IsRunOfItems(*doc, n, kMinTemplateBoxes))) {
      spared[n] = true;
      continue;
    }
    if (keep_kinds && wraps_kind[n]) continue;
    if (static_cast<double>(clutter_chars.Of(*doc, n)) / total >= kMaxClutterKindShare) {
      spare_for_kind(n);
      continue;
    }
    // A box kept for its kind alone leaves the boxes around it judged as if
    // it had gone, and the attempt too (PruneArticle).
    const bool kept = static_cast<double>(box_chars.Of(*doc, n)) / total >= kMaxClutterKindShare &&
                      box_chars.IsRunOfItems(*doc, n, kMinTemplateBoxes);
    if (kept) spare_for_kind(n);
    SubtractFromAncestors(*doc, n, article, &stats);
    if (kept) {
      kept_for_kind[n] = true;
      continue;
    }
    doc->Detach(n);
  }
  if (!spared.empty()) KeepListingTitles(doc, article, stats, spared);
  // A box kept inside another counts apart: the other's figures leave it out.
  uint64_t kept_chars = 0;
  for (NodeId n = article; n != dom::kNoNode && keep_kinds; n = doc->Next(n, article)) {
    if (kept_for_kind[n]) kept_chars += stats[n].chars;
  }
  return kept_chars;
}

// Lower-cased words of a text, for comparing a heading with the title.
std::string Words(std::string_view text) {
  std::string out;
  bool space = true;
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    bool word = u >= 0x80 || IsAsciiAlpha(c) || IsAsciiDigit(c);
    if (word) {
      if (space && !out.empty()) out += ' ';
      out += AsciiLower(c);
      space = false;
    } else {
      space = true;
    }
  }
  return out;
}

void FixHeadings(Document* doc, NodeId article, std::string_view title) {
  std::string title_words = Words(title);
  bool title_dropped = false;
  std::vector<NodeId> headings;
  for (NodeId n = article; n != dom::kNoNode; n = doc->Next(n, article)) {
    if (doc->IsElement(n) && IsHeadingTag(doc->node(n).tag)) headings.push_back(n);
  }
  for (NodeId h : headings) {
    std::string words = Words(doc->TextOf(h));
    if (!title_dropped && !words.empty() && !title_words.empty() &&
        (words == title_words || (words.size() > 20 && title_words.find(words) != std::string::npos))) {
      doc->Detach(h);
      title_dropped = true;
      continue;
    }
    if (doc->Is(h, GUMBO_TAG_H1)) doc->Retag(h, GUMBO_TAG_H2);
  }
}

void RemoveEmptyBlocks(Document* doc, NodeId article) {
  std::vector<NodeStats> stats = ComputeNodeStats(*doc, article);
  std::vector<NodeId> order = PreOrder(*doc, article);
  std::vector<bool> in_code(doc->size());
  for (NodeId n : order) {
    NodeId p = doc->node(n).parent;
    in_code[n] = n != article && (in_code[p] || doc->Is(p, GUMBO_TAG_PRE) || doc->Is(p, GUMBO_TAG_CODE));
  }
  for (size_t i = order.size(); i-- > 1;) {
    NodeId n = order[i];
    if (!doc->IsElement(n) || doc->node(n).parent == dom::kNoNode) continue;
    GumboTag tag = doc->node(n).tag;
    if (!(IsBlockTag(tag) || tag == GUMBO_TAG_SPAN) || tag == GUMBO_TAG_HR || tag == GUMBO_TAG_TD ||
        tag == GUMBO_TAG_TH || tag == GUMBO_TAG_TR) {
      continue;
    }
    const NodeStats& s = stats[n];
    if (s.chars > 0 || s.images > 0 || s.embeds > 0 || s.other_media > 0) continue;
    if (in_code[n]) continue;  // in code, a span of spaces is the code's whitespace
    doc->Detach(n);
  }
}

}  // namespace

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool nbsp = static_cast<unsigned char>(c) == 0xC2 && i + 1 < text.size() &&
                static_cast<unsigned char>(text[i + 1]) == 0xA0;
    if (IsAsciiSpace(c) || c == '\v' || nbsp) {
      if (nbsp) ++i;
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

bool IsDataTable(const Document& doc, NodeId table) {
  if (doc.Attr(table, "role") == "presentation") return false;
  if (!doc.Attr(table, "summary").empty()) return true;
  size_t rows = 0, max_columns = 0, columns = 0;
  for (NodeId n = table; n != dom::kNoNode; n = doc.Next(n, table)) {
    if (n != table && doc.Is(n, GUMBO_TAG_TABLE)) return false;  // nested tables: layout
    switch (doc.node(n).tag) {
      case GUMBO_TAG_CAPTION: case GUMBO_TAG_THEAD: case GUMBO_TAG_TH: case GUMBO_TAG_COLGROUP:
        if (doc.IsElement(n)) return true;
        break;
      case GUMBO_TAG_TR:
        if (doc.IsElement(n)) {
          ++rows;
          columns = 0;
        }
        break;
      case GUMBO_TAG_TD:
        if (doc.IsElement(n)) max_columns = std::max(max_columns, ++columns);
        break;
      default: break;
    }
  }
  return rows >= 10 || (rows > 1 && max_columns > 2 && rows * max_columns > 10);
}

uint64_t PruneArticle(Document* doc, NodeId article, std::string_view title, std::string_view byline,
                      const ClassHints& hints, bool clean_conditionally, const HeadingPlaces& heading) {
  RemoveClutterBoxes(doc, article, hints);
  RemoveLabels(doc, article, hints);
  RemoveImageAddresses(doc, article);
  RemovePostChrome(doc, article);
  RemoveTablesOfContents(doc, article, hints);
  RemoveRelatedSections(doc, article, hints);
  RemoveRepeatedBlocks(doc, article);
  RemoveRepeatedQuotations(doc, article);
  RemoveAuthorLines(doc, article, byline);
  const uint64_t kept_for_kind = RemoveWhere(doc, article, hints, clean_conditionally ? LooksLikeClutter : IsLinkFarm,
                                             clean_conditionally, heading);
  FixHeadings(doc, article, title);
  RemoveEmptyBlocks(doc, article);
  return kept_for_kind;
}

}  // namespace pagesift::extract
