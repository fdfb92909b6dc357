#include "clean/clean.h"

#include <algorithm>
#include <vector>

#include "base/ascii.h"
#include "clean/code_blocks.h"
#include "clean/disclosure_panels.h"
#include "clean/images.h"
#include "clean/math.h"
#include "extract/class_hints.h"
#include "extract/kinds.h"
#include "extract/node_stats.h"
#include "extract/prune.h"

namespace pagesift::clean {
namespace {

using dom::Document;
using dom::NodeId;

// A container named as clutter that holds more than this share of the
// page's text is kept: some sites wrap everything in class="page-wrap sidebar-left".
constexpr double kMaxUnlikelyShare = 0.3;

// A link dressed as a button ("Get started", "Book a demo", "Shop now") is
// a control of the page, like the <button> it imitates: its class or role
// says so, and its text is a short command, not a sentence. An image it
// wraps (a zoom control over a photo) keeps it.
bool IsButtonLink(const Document& doc, NodeId n) {
  constexpr size_t kMaxCommandBytes = 60;
  bool dressed = doc.Attr(n, "role") == "button" || AnyAsciiToken(doc.Attr(n, "class"), [](std::string_view token) {
                   std::string lower = AsciiLowerCopy(token);
                   return lower.find("btn") != std::string::npos || lower.find("button") != std::string::npos ||
                          lower == "cta" || lower.starts_with("cta-") || lower.ends_with("-cta");
                 });
  return dressed && doc.TextOf(n).size() <= kMaxCommandBytes && doc.FindFirst(GUMBO_TAG_IMG, n) == dom::kNoNode;
}

// A skip link ("Skip to main content", "Jump to navigation") moves the
// reader's focus within the page, for keyboards and screen readers; themes
// often leave it unnamed, so that no hiding class gives it away. Only a
// link to a place in the page whose whole text is that control qualifies:
// the same words linking elsewhere are the site's, and other controls
// within the page stay for now ("Read more" unfolding the rest of a story
// tells the article's root where the story goes on).
bool IsSkipLink(const Document& doc, NodeId n) {
  constexpr size_t kMaxControlBytes = 60;
  if (!doc.Attr(n, "href").starts_with('#')) return false;
  std::string text = extract::CollapseWhitespace(doc.TextOf(n));
  std::string lower = AsciiLowerCopy(text);
  return text.size() <= kMaxControlBytes && (lower.starts_with("skip") || lower.starts_with("jump")) &&
         extract::ClassHints::Get().IsPageControlLabel(text);
}

bool IsNonContent(const Document& doc, NodeId n) {
  if (doc.node(n).ns == dom::Namespace::kSvg) return doc.Is(n, GUMBO_TAG_SVG);
  switch (doc.node(n).tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_LINK:
    case GUMBO_TAG_META: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_APPLET:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_INPUT: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_OPTION: case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET: case GUMBO_TAG_MAP: case GUMBO_TAG_AUDIO: case GUMBO_TAG_BASE:
    case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_NOEMBED:
      return true;
    case GUMBO_TAG_IFRAME:
      return VideoHostOf(doc.Attr(n, "src")).empty() && VideoHostOf(doc.Attr(n, "data-src")).empty();
    case GUMBO_TAG_A:
      return IsButtonLink(doc, n) || IsSkipLink(doc, n);
    case GUMBO_TAG_UNKNOWN:
      return doc.TagName(n) == "dialog";
    default:
      return false;
  }
}

bool StyleHides(std::string_view style) {
  std::string compact;
  for (char c : style) {
    if (!IsAsciiSpace(c)) compact += AsciiLower(c);
  }
  return compact.find("display:none") != std::string::npos ||
         compact.find("visibility:hidden") != std::string::npos;
}

// A utility class that shows the element from some screen width on
// ("hidden lg:block" is hidden on phones only; a desktop reader sees it).
bool ShownFromSomeWidth(std::string_view cls) {
  return AnyAsciiToken(cls, [](std::string_view token) {
    size_t colon = token.rfind(':');
    if (colon == std::string_view::npos) return false;
    std::string_view display = token.substr(colon + 1);
    for (std::string_view shown : {"block", "flex", "grid", "inline", "inline-block", "inline-flex", "table", "contents"}) {
      if (display == shown) return true;
    }
    return false;
  });
}

// Utility classes that CSS frameworks and themes use to hide an element
// from sight (kept for screen readers: "skip to content" links, form labels).
bool HasHidingClass(std::string_view cls) {
  if (ShownFromSomeWidth(cls)) return false;
  return AnyAsciiToken(cls, [](std::string_view token) {
    for (std::string_view hiding : {"sr-only", "screen-reader-text", "visually-hidden", "visuallyhidden",
                                    "skip-link", "skip-links", "hidden", "d-none", "is-hidden", "hide",
                                    "screen-reader-only", "element-invisible", "a11y-hidden", "u-hidden"}) {
      if (EqualsIgnoreAsciiCase(token, hiding)) return true;
    }
    return false;
  });
}

// aria-hidden takes an element from screen readers, not from sight: a
// link also taken from the tab order (tabindex=-1) is a second, visible
// link to where another one leads, set so that a card is not announced
// twice (its teaser linked again beside its title). Menus and slides
// hidden until shown are hidden as wholes, not link by link. Only a
// teaser's length of text: a short label linked that way is a copy the
// template prints for another screen (a heading twice, a footnote's mark),
// and a picture linked again adds no words but makes a run of cards look
// like a gallery.
bool IsDuplicateLink(const Document& doc, NodeId n) {
  constexpr uint32_t kMinTeaserChars = 25;
  if (!doc.Is(n, GUMBO_TAG_A) || doc.Attr(n, "tabindex") != "-1" || doc.FindFirst(GUMBO_TAG_IMG, n) != dom::kNoNode) {
    return false;
  }
  uint32_t chars = 0, commas = 0;
  extract::CountText(doc.TextOf(n), &chars, &commas);
  return chars >= kMinTeaserChars;
}

bool IsRemovable(const Document& doc, NodeId n) {
  return doc.IsElement(n) && !doc.Is(n, GUMBO_TAG_BODY) && !doc.Is(n, GUMBO_TAG_HTML);
}

void RemoveNonContent(Document* doc) {
  NodeId n = Document::kRoot;
  while (n != dom::kNoNode) {
    bool drop = IsRemovable(*doc, n) && IsNonContent(*doc, n);
    NodeId next = doc->Next(n, Document::kRoot, drop);
    if (drop) doc->Detach(n);
    n = next;
  }
}

// A hidden container that holds most of the page's text is a whole page
// waiting for its script ("root hide" until the preloader finishes): it is
// what the reader sees once the page has loaded. Only the extension's
// computed-style mark is final.
constexpr double kMaxHiddenShare = 0.5;

// A disclosure panel shorter than this is a label, not content: the
// tooltip a bookmark button shows ("Read later").
constexpr uint32_t kMinPanelChars = 20;

void RemoveHidden(Document* doc, const std::vector<bool>& panels) {
  std::vector<extract::NodeStats> stats = extract::ComputeNodeStats(*doc, Document::kRoot);
  const double total = std::max<uint32_t>(stats[Document::kRoot].chars, 1);
  NodeId n = Document::kRoot;
  while (n != dom::kNoNode) {
    bool panel = panels[n] && stats[n].chars >= kMinPanelChars;
    bool drop = IsRemovable(*doc, n) && !panel && IsHidden(*doc, n) &&
                (stats[n].chars / total < kMaxHiddenShare || doc->HasAttribute(n, "data-pagesift-hidden"));
    NodeId next = doc->Next(n, Document::kRoot, drop);
    if (drop) doc->Detach(n);
    n = next;
  }
}

bool IsProtected(const Document& doc, NodeId n) {
  switch (doc.node(n).tag) {
    case GUMBO_TAG_HTML: case GUMBO_TAG_BODY: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_A: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_TR:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_PRE: case GUMBO_TAG_CODE:
      return true;
    default:
      return doc.Attr(n, "role") == "main" || doc.Attr(n, "itemprop") == "articleBody";
  }
}

bool HoldsArticle(const Document& doc, NodeId n) {
  for (NodeId d = doc.node(n).first_child; d != dom::kNoNode; d = doc.Next(d, n)) {
    if (doc.Is(d, GUMBO_TAG_ARTICLE) || doc.Is(d, GUMBO_TAG_MAIN)) return true;
  }
  return false;
}

// The text of the site's frame (its header, footer and nav landmarks, but
// the one that holds the page's heading) under each node. A box of cards
// named as clutter is weighed against the page's own text too: a shop
// whose header and footer hold half its words would otherwise lose a
// listing set in a "related-products" section that holds most of the
// rest. One pass, from the leaves up.
std::vector<uint32_t> FrameCharsWithin(const Document& doc, const std::vector<extract::NodeStats>& stats,
                                       const std::vector<bool>& holds_heading) {
  std::vector<uint32_t> frame(doc.size(), 0);
  std::vector<NodeId> order = extract::PreOrder(doc, Document::kRoot);
  for (size_t i = order.size(); i-- > 0;) {
    NodeId n = order[i];
    if (doc.IsElement(n) && !holds_heading[n] &&
        (doc.Is(n, GUMBO_TAG_HEADER) || doc.Is(n, GUMBO_TAG_FOOTER) || doc.Is(n, GUMBO_TAG_NAV))) {
      frame[n] = stats[n].chars;
    }
    if (n != Document::kRoot) frame[doc.node(n).parent] += frame[n];
  }
  return frame;
}

void RemoveUnlikely(Document* doc, NodeId heading) {
  // The page's heading is never in a box to drop: service and product pages
  // set it in a "banner" or "hero" with the page's lead, which are content.
  std::vector<bool> holds_heading(doc->size(), false);
  for (NodeId a = heading; a != dom::kNoNode; a = doc->node(a).parent) holds_heading[a] = true;
  const auto& hints = extract::ClassHints::Get();
  std::vector<extract::NodeStats> stats = extract::ComputeNodeStats(*doc, Document::kRoot);
  const double total = std::max<uint32_t>(stats[Document::kRoot].chars, 1);
  const std::vector<uint32_t> frame = FrameCharsWithin(*doc, stats, holds_heading);
  const double own_total = std::max<uint32_t>(stats[Document::kRoot].chars - frame[Document::kRoot], 1);
  // Whether each element is named as clutter.
  std::vector<bool> unlikely(doc->size(), false);
  for (NodeId n = Document::kRoot; n != dom::kNoNode; n = doc->Next(n, Document::kRoot)) {
    unlikely[n] = doc->IsElement(n) && !IsProtected(*doc, n) && hints.IsUnlikelyCandidate(*doc, n, stats[n]);
  }
  // The posts of a thread, named "comment" one by one, hold its text together.
  const extract::KindChars unlikely_chars(*doc, Document::kRoot, stats, [&](NodeId n) { return unlikely[n]; });
  const extract::ReplyBoxes replies(*doc, Document::kRoot, stats, unlikely);
  // Whether each node sits in a box named as clutter that stayed: only the
  // outermost such box is looked at for cards, so each node once.
  std::vector<bool> in_kept_box(doc->size(), false);
  NodeId n = Document::kRoot;
  while (n != dom::kNoNode) {
    NodeId parent = doc->node(n).parent;
    in_kept_box[n] = parent != dom::kNoNode && (in_kept_box[parent] || unlikely[parent]);
    bool small = stats[n].chars / total < kMaxUnlikelyShare &&
                 static_cast<double>(unlikely_chars.Of(*doc, n)) / total < kMaxUnlikelyShare;
    // A shop's listing set in a box named for related products: most of the
    // page's own text, outside its frame, in a run of cards.
    if (small && unlikely[n] && !in_kept_box[n] && (stats[n].chars - frame[n]) / own_total >= kMaxUnlikelyShare &&
        extract::HoldsCards(*doc, stats, n)) {
      small = false;
    }
    // A consent notice goes whatever its share: on a page of short posts its
    // legal prose can outweigh the thread.
    bool drop = doc->IsElement(n) && !holds_heading[n] && !IsProtected(*doc, n) &&
                ((unlikely[n] && small && !replies.Holds(*doc, n)) ||
                 hints.IsConsentNotice(*doc, n)) &&
                !HoldsArticle(*doc, n);
    NodeId next = doc->Next(n, Document::kRoot, drop);
    if (drop) doc->Detach(n);
    n = next;
  }
}

}  // namespace

std::string_view VideoHostOf(std::string_view url) {
  std::string lower = AsciiLowerCopy(url.substr(0, 100));
  for (std::string_view host : {"youtube.com/embed/", "youtube-nocookie.com/embed/", "player.vimeo.com/video/",
                                "dailymotion.com/embed/video/"}) {
    size_t at = lower.find(host);
    if (at != std::string::npos && at <= 16) {
      if (host.starts_with("youtube")) return "youtube";
      if (host.starts_with("player.vimeo")) return "vimeo";
      return "dailymotion";
    }
  }
  return {};
}

bool IsHidden(const Document& doc, NodeId id) {
  if (doc.HasAttribute(id, "hidden") || (doc.Attr(id, "aria-hidden") == "true" && !IsDuplicateLink(doc, id)) ||
      doc.HasAttribute(id, "data-pagesift-hidden") || HasHidingClass(doc.Attr(id, "class"))) {
    return true;
  }
  std::string_view style = doc.Attr(id, "style");
  return !style.empty() && StyleHides(style);
}

void CleanDocument(Document* doc, NodeId heading) {
  ResolveLazyImages(doc);
  NormalizeMath(doc);
  const std::vector<bool> panels = FindDisclosurePanels(*doc);  // before their toggles, buttons, go
  RemoveNonContent(doc);  // before counting text: scripts and styles hold none a reader sees
  RemoveHidden(doc, panels);
  TidyCodeBlocks(doc);
  RemoveUnlikely(doc, heading);
}

}  // namespace pagesift::clean
