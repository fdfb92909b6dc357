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

size_t PageText::FirstRunSaying(std::string_view text) const {
  std::vector<std::string> words = Words(text);
  if (words.size() < 2) return runs_.size();
  for (size_t i = 0; i < runs_.size(); ++i) {
    if (Words(runs_[i].text) == words) return i;
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

namespace {

bool InNav(const Document& doc, NodeId n) {
  for (NodeId p = doc.node(n).parent; p != dom::kNoNode; p = doc.node(p).parent) {
    if (doc.Is(p, GUMBO_TAG_NAV)) return true;
  }
  return false;
}

// Does `href` point at a site's home page ("/", "https://site.org/")?
bool IsHomeHref(std::string_view href) {
  href = TrimAscii(href);
  for (std::string_view scheme : {"https://", "http://", "//"}) {
    if (href.size() < scheme.size() || AsciiLowerCopy(href.substr(0, scheme.size())) != scheme) continue;
    size_t slash = href.find('/', scheme.size());
    return slash == std::string_view::npos || href.substr(slash) == "/";
  }
  return href == "/" || href == "./";
}

// Themes set the site's name as a heading that links home ("<h1><a
// href="/">Site</a></h1>") on every page, above the article's own heading:
// a heading whose text is mostly a link home is that banner.
bool IsHomeBanner(const Document& doc, NodeId heading, size_t heading_chars) {
  for (NodeId n = heading; n != dom::kNoNode; n = doc.Next(n, heading)) {
    if (!doc.Is(n, GUMBO_TAG_A) || !IsHomeHref(doc.Attr(n, "href"))) continue;
    return 2 * CleanText(doc.TextOf(n)).size() >= heading_chars;
  }
  return false;
}

// The share of the heading's distinct words that the (sorted) hint uses.
double SharedShare(std::vector<std::string> words, const std::vector<std::string>& hint) {
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  size_t shared = 0;
  for (const std::string& w : words) shared += std::binary_search(hint.begin(), hint.end(), w) ? 1 : 0;
  return static_cast<double>(shared) / static_cast<double>(words.size());
}

// The best `tag` heading by SharedShare, among those of `min_words` or more
// scoring at least `min_share`; itemprop=headline wins outright.
NodeId BestHeading(const Document& doc, GumboTag tag, const std::vector<std::string>& hint, size_t min_words,
                   double min_share) {
  // Bounds the work on pages that repeat a heading for every teaser.
  constexpr int kMaxHeadings = 50;
  NodeId best = dom::kNoNode;
  double best_share = min_share;
  int seen = 0;
  for (NodeId n = Document::kRoot; n != dom::kNoNode && seen < kMaxHeadings; n = doc.Next(n, Document::kRoot)) {
    if (!doc.Is(n, tag)) continue;
    std::string text = CleanText(doc.TextOf(n));
    std::vector<std::string> words = Words(text);
    if (words.size() < std::max<size_t>(min_words, 1) || InNav(doc, n) || IsHomeBanner(doc, n, text.size())) continue;
    // A lower heading "The Project:" leads in to what follows; it names
    // nothing on its own.
    if (tag != GUMBO_TAG_H1 && text.back() == ':') continue;
    ++seen;
    if (doc.Attr(n, "itemprop") == "headline") return n;
    double share = SharedShare(std::move(words), hint);
    if (share > best_share || (best == dom::kNoNode && share >= best_share)) {
      best = n;
      best_share = share;
    }
  }
  return best;
}

// The class and id of `element`, lower case, without the tokens that style
// rather than name it: utility classes that carry a value
// ("[--sidebar-width:18rem]", "lg:w-1/3") say nothing of what the element is.
std::string NamingMarks(const Document& doc, NodeId element) {
  std::string marks;
  for (std::string_view attr : {"class", "id"}) {
    AnyAsciiToken(doc.Attr(element, attr), [&](std::string_view token) {
      if (token.find_first_of("[:") == std::string_view::npos) {
        marks += AsciiLowerCopy(token);
        marks += ' ';
      }
      return false;  // every token
    });
  }
  return marks;
}

}  // namespace

NodeId FindMainHeading(const Document& doc, std::string_view title_hint) {
  std::vector<std::string> hint = Words(title_hint);
  std::sort(hint.begin(), hint.end());
  NodeId h1 = BestHeading(doc, GUMBO_TAG_H1, hint, 1, 0);
  if (h1 != dom::kNoNode) return h1;
  // Forums and some news sites set the title in a lower heading and have no
  // <h1>: one that repeats the titles' words is the heading. A single word
  // ("Git") is too little to tell a title from a section's name.
  constexpr size_t kMinWords = 2;
  constexpr double kMinShare = 0.9;
  for (GumboTag tag : {GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4}) {
    NodeId heading = BestHeading(doc, tag, hint, kMinWords, kMinShare);
    if (heading != dom::kNoNode) return heading;
  }
  return dom::kNoNode;
}

bool InPageFurniture(const Document& doc, NodeId node) {
  for (NodeId p = node; p != dom::kNoNode; p = doc.node(p).parent) {
    if (!doc.IsElement(p)) continue;
    // Classes on <body> describe the whole page ("has-sidebar"), never a
    // part of it that a reader would skip.
    if (doc.Is(p, GUMBO_TAG_BODY) || doc.Is(p, GUMBO_TAG_HTML)) break;
    if (doc.Is(p, GUMBO_TAG_FOOTER) || doc.Is(p, GUMBO_TAG_ASIDE) || doc.Is(p, GUMBO_TAG_NAV)) return true;
    std::string marks = NamingMarks(doc, p);
    for (std::string_view word : {"comment", "related", "sidebar", "footer", "testimonial", "recommend",
                                  "more-stories", "reply", "reviews"}) {
      if (marks.find(word) != std::string::npos) return true;
    }
    // A sidebar's widget is named so from its first letter ("widget",
    // "widget_recent_entries", "widget-area"); page builders name every
    // block of the article with the word inside ("builder-widget-text").
    if (marks.starts_with("widget") || marks.find(" widget") != std::string::npos) return true;
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
