#include "metadata/metadata.h"

#include <algorithm>

#include "base/ascii.h"
#include "metadata/byline.h"
#include "metadata/candidate_text.h"
#include "metadata/dates.h"
#include "metadata/json_ld.h"
#include "metadata/language.h"
#include "metadata/meta_tags.h"
#include "metadata/page_dates.h"
#include "metadata/page_text.h"
#include "metadata/readerable.h"

namespace pagesift::metadata {
namespace {

using dom::Document;
using dom::NodeId;

constexpr size_t kMaxTags = 50;

std::string DocumentTitle(const Document& doc) {
  for (NodeId n = Document::kRoot; n != dom::kNoNode; n = doc.Next(n, Document::kRoot)) {
    if (doc.Is(n, GUMBO_TAG_TITLE) && doc.node(n).ns == dom::Namespace::kHtml) return CleanText(doc.TextOf(n));
  }
  return {};
}

// The first usable title among the metadata: JSON-LD's headline, then the
// meta tags' titles.
std::string MetadataTitle(const JsonLdFacts& ld, const MetaTags& meta) {
  if (IsUsable(ld.headline)) return ld.headline;
  return meta.First({"dc.title", "dcterms.title", "og:title", "twitter:title", "citation_title", "parsely-title",
                     "sailthru.title", "title"});
}

std::string HostOf(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  std::string_view rest = url.substr(scheme + 3);
  rest = rest.substr(0, rest.find_first_of("/?#"));
  size_t at = rest.rfind('@');
  if (at != std::string_view::npos) rest = rest.substr(at + 1);
  return AsciiLowerCopy(rest.substr(0, rest.find(':')));
}

std::string SiteName(const JsonLdFacts& ld, const MetaTags& meta) {
  std::string name = IsUsable(ld.publisher) ? ld.publisher : std::string();
  if (name.empty()) name = meta.First({"og:site_name"});
  if (name.empty()) name = meta.First({"application-name", "al:ios:app_name", "apple-mobile-web-app-title"});
  return name;
}

// Everything ReadMetadata consults, read once.
struct Sources {
  Sources(const Document& d, const UrlResolver& urls)
      : doc(d),
        meta(d),
        ld(ReadJsonLd(d)),
        text(d),
        site_name(SiteName(ld, meta)),
        host(HostOf(urls.base())),
        metadata_title(MetadataTitle(ld, meta)),
        document_title(DocumentTitle(d)) {
    // The titles without the site's name say which <h1> is the article's.
    std::string clean_metadata_title = CleanTitleForSite(metadata_title, site_name, host);
    std::string clean_document_title = CleanTitleForSite(document_title, site_name, host);
    heading = FindMainHeading(d, clean_metadata_title + " " + clean_document_title);
    if (heading != dom::kNoNode) {
      heading_run = text.FirstRunInside(d, heading);
    } else {
      // No heading element: the title printed as plain text marks the
      // place where the byline and the date are read.
      heading_run = text.FirstRunSaying(clean_metadata_title);
      if (heading_run == text.runs().size()) heading_run = text.FirstRunSaying(clean_document_title);
    }
  }
  const Document& doc;
  MetaTags meta;
  JsonLdFacts ld;
  PageText text;
  std::string site_name;
  std::string host;
  std::string metadata_title;
  std::string document_title;
  NodeId heading;
  size_t heading_run;  // where the heading, or the title as text, starts; runs().size() when nowhere
};

// "Doe, Jane" (the citation_author convention) -> "Jane Doe".
std::string FlipSurnameFirst(const std::string& name) {
  size_t comma = name.find(", ");
  if (comma == std::string::npos || name.find(',', comma + 1) != std::string::npos) return name;
  return name.substr(comma + 2) + " " + name.substr(0, comma);
}

// Twitter's enhanced cards pair a label with a value ("Written by" / "Jane
// Doe" in twitter:label1 / twitter:data1); SEO plugins fill them from the
// post's author.
std::string LabelledAuthor(const MetaTags& meta) {
  constexpr int kMaxPairs = 4;
  for (int i = 1; i <= kMaxPairs; ++i) {
    std::string n = std::to_string(i);
    std::string label = AsciiLowerCopy(meta.First({"twitter:label" + n}));
    if (label == "written by" || label == "author" || label == "by") return meta.First({"twitter:data" + n});
  }
  return {};
}

void ReadAuthors(const Sources& s, const std::string& site_name, Result* r) {
  auto accept_list = [&](const std::vector<std::string>& names) {
    for (const std::string& raw : names) {
      std::string name = CleanAuthorName(raw, site_name);
      if (!name.empty() && std::find(r->authors.begin(), r->authors.end(), name) == r->authors.end()) {
        r->authors.push_back(name);
      }
    }
    r->byline = JoinAuthors(r->authors);
    return !r->authors.empty();
  };
  // A display string as the page writes it ("Jane Doe and John Roe").
  auto accept_display = [&](const std::string& raw) {
    std::string byline = CleanAuthorName(raw, site_name);
    if (byline.empty()) return false;
    r->byline = byline;
    r->authors = SplitAuthorList(byline);
    return true;
  };
  if (accept_list(s.ld.person_authors)) return;
  for (const char* key : {"dc.creator", "dcterms.creator", "author", "article:author", "parsely-author",
                          "sailthru.author", "byl"}) {
    std::vector<std::string> values = s.meta.All(key);
    if (values.size() > 1 ? accept_list(values) : values.size() == 1 && accept_display(values[0])) return;
  }
  if (accept_display(LabelledAuthor(s.meta))) return;
  std::vector<std::string> citation = s.meta.All("citation_author");
  std::transform(citation.begin(), citation.end(), citation.begin(), FlipSurnameFirst);
  if (accept_list(citation)) return;
  if (accept_display(BylineFromMarkup(s.doc, s.text, s.heading, site_name))) return;
  if (accept_display(BylineNearHeading(s.text, s.heading_run, site_name))) return;
  if (accept_list(s.ld.organization_authors)) return;
  if (accept_display(LabelledByline(s.doc, s.text, site_name))) return;
  if (accept_display(BylineFromAuthorLink(s.doc, s.heading, site_name))) return;
  // Only the site itself claims the article (in its structured data or
  // author meta tags): the site's name stands rather than no byline at all.
  std::vector<std::string> explicit_claims = s.ld.person_authors;
  explicit_claims.insert(explicit_claims.end(), s.ld.organization_authors.begin(), s.ld.organization_authors.end());
  for (const char* key : {"author", "dc.creator", "article:author"}) {
    std::vector<std::string> values = s.meta.All(key);
    explicit_claims.insert(explicit_claims.end(), values.begin(), values.end());
  }
  for (const std::string& claim : explicit_claims) {
    if (!site_name.empty() && SameWords(claim, site_name) && !CleanAuthorName(claim, "").empty()) {
      r->byline = CleanAuthorName(claim, "");
      r->authors = {r->byline};
      return;
    }
  }
  // An article that credits no one is the publisher's own (schema.org lets an
  // Organization be the author): the site's name stands. Pages that do not
  // declare themselves articles (home pages, shops, listings) get none.
  bool declares_article = !s.ld.headline.empty() || AsciiLowerCopy(s.meta.First({"og:type"})) == "article";
  std::string publisher = CleanAuthorName(site_name, "");
  if (declares_article && !publisher.empty()) {
    r->byline = publisher;
    r->authors = {publisher};
  }
}

std::string FirstDate(std::initializer_list<std::string> candidates, NumericOrder order) {
  for (const std::string& c : candidates) {
    std::string date = NormalizeDate(c, order);
    if (!date.empty()) return date;
  }
  return {};
}

void ReadDates(const Sources& s, const UrlResolver& urls, NumericOrder order, Result* r) {
  const MetaTags& m = s.meta;
  r->modified_time = FirstDate({s.ld.date_modified, m.First({"article:modified_time", "og:updated_time",
                                                            "datemodified", "dcterms.modified", "last-modified",
                                                            "parsely-updated", "dc.date.modified"})},
                               order);
  // JSON-LD's dateCreated is when the record was made (often a
  // CMS's UTC stamp); a meta tag that says when the article was published
  // outranks it, with the offset the page states.
  std::string& published = r->published_time;
  published = FirstDate(
      {s.ld.date_published,
       m.First({"article:published_time", "og:published_time", "og:article:published_time", "datepublished",
                "date_published", "publish-date", "publish_date", "published_time", "published-date",
                "pubdate", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
                "citation_publication_date", "citation_date", "citation_online_date", "parsely-pub-date",
                "sailthru.date", "article.published", "published", "date", "ms.date", "cludo:date",
                "release_date", "created"}),
       s.ld.date_created},
      order);
  // The page's markup, URL and text, each read only when what comes before is silent.
  if (published.empty()) published = DateFromMarkup(s.doc, s.heading, order);
  if (published.empty()) published = DateFromUrl(urls.base());
  if (published.empty() && s.heading_run < s.text.runs().size()) {
    published = DateNearHeading(s.text, s.heading_run, order);
  }
  if (published.empty()) published = LabelledDate(s.doc, s.text, order);
  // A page that states only when it was last updated: that is the date it shows.
  if (r->published_time.empty()) r->published_time = r->modified_time;
}

void ReadTags(const Sources& s, Result* r) {
  std::vector<std::string> candidates = s.ld.keywords;
  for (const char* key : {"article:tag", "parsely-tags", "keywords", "news_keywords"}) {
    for (const std::string& value : s.meta.All(key)) {
      size_t start = 0;
      while (start < value.size()) {
        size_t end = value.find(',', start);
        if (end == std::string::npos) end = value.size();
        candidates.push_back(CleanText(std::string_view(value).substr(start, end - start)));
        start = end + 1;
      }
    }
  }
  for (const std::string& tag : candidates) {
    if (r->tags.size() >= kMaxTags) break;
    if (!IsUsable(tag) || tag.size() > 100) continue;
    bool seen = std::any_of(r->tags.begin(), r->tags.end(), [&](const std::string& t) { return SameWords(t, tag); });
    if (!seen) r->tags.push_back(tag);
  }
}

std::string CanonicalUrl(const Sources& s, const UrlResolver& urls) {
  for (NodeId n = Document::kRoot; n != dom::kNoNode; n = s.doc.Next(n, Document::kRoot)) {
    if (!s.doc.Is(n, GUMBO_TAG_LINK)) continue;
    bool canonical = AnyAsciiToken(s.doc.Attr(n, "rel"), [](std::string_view token) {
      return EqualsIgnoreAsciiCase(token, "canonical");
    });
    if (!canonical) continue;
    std::string url = urls.Resolve(s.doc.Attr(n, "href"));
    if (!url.empty()) return url;
  }
  std::string og = s.meta.FirstRaw({"og:url"});
  return og.empty() ? std::string() : urls.Resolve(og);
}

std::string LeadImage(const Sources& s, const UrlResolver& urls) {
  std::string image = s.meta.FirstRaw({"og:image", "og:image:url", "og:image:secure_url", "twitter:image",
                                       "twitter:image:src", "thumbnail"});
  if (image.empty()) image = s.ld.image;
  if (image.empty()) {
    for (NodeId n = Document::kRoot; n != dom::kNoNode; n = s.doc.Next(n, Document::kRoot)) {
      if (s.doc.Is(n, GUMBO_TAG_LINK) && AsciiLowerCopy(s.doc.Attr(n, "rel")) == "image_src") {
        image = s.doc.Attr(n, "href");
        break;
      }
    }
  }
  if (image.empty() || IsPlaceholder(image)) return {};
  std::string url = urls.Resolve(TrimAscii(image));
  std::string scheme = UrlScheme(url);
  return scheme == "http" || scheme == "https" ? url : std::string();
}

}  // namespace

void ReadMetadata(const Document& doc, const UrlResolver& urls, Result* r) {
  Sources s(doc, urls);
  const MetaTags& m = s.meta;

  r->site_name = s.site_name;

  TitleSources titles;
  titles.metadata_title = s.metadata_title;
  titles.document_title = s.document_title;
  titles.site_name = r->site_name;
  titles.host = s.host;
  titles.url = urls.base();
  r->title = ChooseTitle(doc, s.heading, titles);

  r->lang = DeclaredLanguage(doc);
  if (r->lang.empty()) {
    r->lang = NormalizeLanguageTag(m.First({"content-language", "dc.language", "og:locale", "language"}));
  }
  if (r->lang.empty()) r->lang = NormalizeLanguageTag(s.ld.in_language);
  r->dir = DeclaredDirection(doc, s.heading);

  ReadAuthors(s, r->site_name, r);
  ReadDates(s, urls, NumericOrderFor(r->lang), r);

  r->excerpt = IsUsable(s.ld.description) ? s.ld.description : std::string();
  if (r->excerpt.empty()) {
    r->excerpt = m.First({"dc.description", "dcterms.description", "og:description", "description",
                          "twitter:description", "sailthru.description"});
  }
  r->image = LeadImage(s, urls);
  r->canonical_url = CanonicalUrl(s, urls);
  r->section = m.First({"article:section", "parsely-section", "section"});
  if (r->section.empty() && IsUsable(s.ld.section)) r->section = s.ld.section;
  ReadTags(s, r);
  r->readerable = IsProbablyReaderable(doc);
}

}  // namespace pagesift::metadata
