// Class and id hints: what a page's own naming says about an element.
//
// Authors name their containers after what they hold ("entry-content",
// "sidebar", "share-buttons"). These patterns read those names, in many
// languages' web conventions but keyed to no particular site. Matching uses
// RE2 (linear time, whatever the attribute holds).
#ifndef PAGESIFT_EXTRACT_CLASS_HINTS_H_
#define PAGESIFT_EXTRACT_CLASS_HINTS_H_

#include <memory>
#include <string_view>

#include "dom/dom.h"
#include "extract/node_stats.h"

namespace re2 {
class RE2;
}

namespace pagesift::extract {

class ClassHints {
 public:
  ClassHints();
  ~ClassHints();
  ClassHints(const ClassHints&) = delete;
  ClassHints& operator=(const ClassHints&) = delete;

  // The shared instance: compiled once, immutable, safe from any thread.
  static const ClassHints& Get();

  // +25 for a name that promises content, -25 for one that promises
  // clutter, 0 otherwise (both: they cancel).
  int Weight(const dom::Document& doc, dom::NodeId id) const;

  // A name that marks a container as clutter whatever it holds: navigation,
  // sidebars, share bars, related posts, comments, ads, cookie notices; or a
  // role that does (a tooltip explains one of the page's controls on hover).
  // But a "header" that holds prose (`stats` are the element's) is the
  // article's own header, its title and opening paragraphs, not the site's
  // logo and menu.
  bool IsUnlikelyCandidate(const dom::Document& doc, dom::NodeId id, const NodeStats& stats) const;

  // A name of something inside an article that is never part of it: share
  // bars, newsletter boxes, related posts, author boxes, ad slots, a
  // maker's disclaimers (the legal fine print under a product).
  bool IsBoilerplate(const dom::Document& doc, dom::NodeId id) const;

  // A name of a cookie or consent notice ("onetrust-consent-sdk",
  // "cookie-banner", "gdpr-popup"): the site's, whatever share of the text
  // it holds on a page whose own text is short.
  bool IsConsentNotice(const dom::Document& doc, dom::NodeId id) const;

  // A name of a box of reviews, or of one review, that a product's buyers
  // wrote ("product-reviews", "customer-review", "testimonials"): posts
  // about the product, never its description. "review" alone is not one:
  // it names the body of a review article.
  bool IsReviews(const dom::Document& doc, dom::NodeId id) const;

  // A short text that is only an ad label ("Advertisement", "Anzeige",
  // "Publicité", "L'article continue sous l'annonce"...).
  bool IsAdLabel(std::string_view text) const;

  // A heading that announces links to other pages rather than more of this
  // one ("You may also like", "Related articles", "Lire aussi"...).
  bool IsRelatedHeading(std::string_view text) const;

  // A short text that is only one of the page's own controls or notices:
  // "Edit this page", "Was this helpful?", "Back to top", "Last updated 3
  // days ago", "Share this article", "12 comments", "Subscribe", "Written
  // by ...", a copyright line, an affiliate disclosure, the promotion lines
  // after a post ("Pin this for later", "Follow us on ...", "Join the
  // Facebook group")...
  bool IsPageControlLabel(std::string_view text) const;

  // A short text that leads to other pages of the site: the previous or
  // next page of a sequence ("« Previous post", "Next: Installing the tools
  // →"), the post's tags or categories ("Filed under: Soil, Water"). Site
  // navigation when the block is mostly links.
  bool IsNavigationLine(std::string_view text) const;

  // The label of a table of contents ("Table of contents", "On this page",
  // "In this article", "Sommaire", "Inhaltsverzeichnis"...).
  bool IsContentsLabel(std::string_view text) const;

 private:
  std::unique_ptr<re2::RE2> positive_, negative_, unlikely_, maybe_, boilerplate_, ad_label_, related_heading_,
      contents_label_, header_, page_control_, navigation_line_, consent_, reviews_;
};

// "class id" of an element, for matching; class tokens that are utility
// variants ("md:flex", "w-[50%]") left out.
std::string ClassAndId(const dom::Document& doc, dom::NodeId id);

}  // namespace pagesift::extract

#endif  // PAGESIFT_EXTRACT_CLASS_HINTS_H_
