#include "metadata/metadata.h"

#include <nlohmann/json.hpp>

#include <map>
#include <vector>

#include "base/ascii.h"
#include "extract/prune.h"

namespace pagesift::metadata {
namespace {

using dom::Document;
using dom::NodeId;
using Json = nlohmann::json;

// Meta tags by lower-case property or name, first value kept.
using MetaMap = std::map<std::string, std::string, std::less<>>;

MetaMap ReadMetaTags(const Document& doc) {
  MetaMap meta;
  for (NodeId n = Document::kRoot; n != dom::kNoNode; n = doc.Next(n, Document::kRoot)) {
    if (!doc.Is(n, GUMBO_TAG_META)) continue;
    std::string_view content = doc.Attr(n, "content");
    if (TrimAscii(content).empty()) continue;
    for (std::string_view key_attr : {"property", "name", "itemprop", "http-equiv"}) {
      std::string key = AsciiLowerCopy(TrimAscii(doc.Attr(n, key_attr)));
      // Some pages put several properties in one attribute: "og:title twitter:title".
      size_t start = 0;
      while (start < key.size()) {
        size_t end = key.find(' ', start);
        if (end == std::string::npos) end = key.size();
        if (end > start) meta.emplace(key.substr(start, end - start), extract::CollapseWhitespace(content));
        start = end + 1;
      }
    }
  }
  return meta;
}

std::string First(const MetaMap& meta, std::initializer_list<std::string_view> keys) {
  for (std::string_view k : keys) {
    auto it = meta.find(k);
    if (it != meta.end() && !it->second.empty()) return it->second;
  }
  return {};
}

bool IsUsable(std::string_view v) {
  v = TrimAscii(v);
  if (v.empty()) return false;
  if (v.find("{{") != std::string_view::npos || v.find("${") != std::string_view::npos) return false;
  if (v.starts_with("http://") || v.starts_with("https://")) return false;
  return true;
}

bool TypeIsArticle(const Json& node) {
  auto matches = [](const std::string& t) {
    return t.find("Article") != std::string::npos || t == "BlogPosting" || t == "Report" ||
           t == "NewsArticle" || t == "WebPage" || t == "Recipe" || t == "QAPage" ||
           t == "DiscussionForumPosting" || t == "Product" || t == "TechArticle";
  };
  const Json& type = node.contains("@type") ? node["@type"] : Json();
  if (type.is_string()) return matches(type.get<std::string>());
  if (type.is_array()) {
    for (const Json& t : type) {
      if (t.is_string() && matches(t.get<std::string>())) return true;
    }
  }
  return false;
}

std::string StringOf(const Json& v) {
  if (v.is_string()) return extract::CollapseWhitespace(v.get<std::string>());
  if (v.is_object() && v.contains("name")) return StringOf(v["name"]);
  if (v.is_array() && !v.empty()) return StringOf(v[0]);
  return {};
}

std::vector<std::string> NamesOf(const Json& v) {
  std::vector<std::string> names;
  if (v.is_array()) {
    for (const Json& item : v) {
      std::string name = StringOf(item);
      if (IsUsable(name)) names.push_back(name);
    }
  } else {
    std::string name = StringOf(v);
    if (IsUsable(name)) names.push_back(name);
  }
  return names;
}

struct JsonLd {
  std::string headline, description, date_published, date_modified, site_name, image, section;
  std::vector<std::string> authors, keywords;
};

void ReadJsonLdNode(const Json& node, JsonLd* out) {
  if (!node.is_object() || !TypeIsArticle(node)) return;
  auto take = [&](std::string* field, const char* key) {
    if (field->empty() && node.contains(key)) *field = StringOf(node[key]);
  };
  bool is_page = node.value("@type", Json()).is_string() && node["@type"] == "WebPage";
  if (!is_page || out->headline.empty()) {
    take(&out->headline, "headline");
    if (out->headline.empty() && !is_page) take(&out->headline, "name");
  }
  take(&out->description, "description");
  take(&out->date_published, "datePublished");
  take(&out->date_modified, "dateModified");
  take(&out->section, "articleSection");
  if (out->image.empty() && node.contains("image")) {
    const Json& img = node["image"];
    out->image = img.is_object() && img.contains("url") ? StringOf(img["url"]) : StringOf(img);
  }
  if (out->site_name.empty() && node.contains("publisher")) out->site_name = StringOf(node["publisher"]);
  if (out->authors.empty() && node.contains("author")) out->authors = NamesOf(node["author"]);
  if (out->keywords.empty() && node.contains("keywords")) {
    const Json& k = node["keywords"];
    if (k.is_array()) {
      out->keywords = NamesOf(k);
    } else if (k.is_string()) {
      std::string all = k.get<std::string>();
      size_t start = 0;
      while (start < all.size()) {
        size_t end = all.find(',', start);
        if (end == std::string::npos) end = all.size();
        std::string tag = extract::CollapseWhitespace(std::string_view(all).substr(start, end - start));
        if (!tag.empty()) out->keywords.push_back(tag);
        start = end + 1;
      }
    }
  }
}

JsonLd ReadJsonLd(const Document& doc) {
  JsonLd out;
  for (NodeId n = Document::kRoot; n != dom::kNoNode; n = doc.Next(n, Document::kRoot)) {
    if (!doc.Is(n, GUMBO_TAG_SCRIPT) || doc.Attr(n, "type").find("ld+json") == std::string_view::npos) continue;
    Json root = Json::parse(doc.TextOf(n), nullptr, /*allow_exceptions=*/false, /*ignore_comments=*/true);
    if (root.is_discarded()) continue;
    std::vector<const Json*> nodes;
    auto add_all = [&](const Json& v) {
      if (v.is_array()) {
        for (const Json& item : v) nodes.push_back(&item);
      } else {
        nodes.push_back(&v);
      }
    };
    add_all(root);
    for (size_t i = 0; i < nodes.size() && i < 1000; ++i) {
      const Json& v = *nodes[i];
      if (v.is_object() && v.contains("@graph")) add_all(v["@graph"]);
      if (v.is_object() && v.contains("mainEntity") && v["mainEntity"].is_object()) add_all(v["mainEntity"]);
    }
    // Article kinds first, so that a WebPage's name never beats an Article's headline.
    for (const Json* v : nodes) {
      if (v->is_object() && v->value("@type", Json()) != "WebPage") ReadJsonLdNode(*v, &out);
    }
    for (const Json* v : nodes) ReadJsonLdNode(*v, &out);
  }
  return out;
}

std::string DocumentTitle(const Document& doc) {
  NodeId title = doc.FindFirst(GUMBO_TAG_TITLE);
  while (title != dom::kNoNode && doc.node(title).ns != dom::Namespace::kHtml) {
    title = doc.FindFirst(GUMBO_TAG_TITLE, doc.Next(title, Document::kRoot, true));
  }
  return title == dom::kNoNode ? std::string() : extract::CollapseWhitespace(doc.TextOf(title));
}

std::string JoinAuthors(const std::vector<std::string>& authors) {
  std::string out;
  for (size_t i = 0; i < authors.size(); ++i) {
    if (i > 0) out += i + 1 == authors.size() ? " and " : ", ";
    out += authors[i];
  }
  return out;
}

// A byline element in the page: rel=author, itemprop=author, class "byline"/"author".
std::string BylineFromPage(const Document& doc) {
  for (NodeId n = Document::kRoot; n != dom::kNoNode; n = doc.Next(n, Document::kRoot)) {
    if (!doc.IsElement(n)) continue;
    std::string cls = AsciiLowerCopy(doc.Attr(n, "class"));
    bool byline = doc.Attr(n, "rel") == "author" || doc.Attr(n, "itemprop") == "author" ||
                  cls.find("byline") != std::string::npos || cls.find("author-name") != std::string::npos;
    if (!byline) continue;
    std::string text = extract::CollapseWhitespace(doc.TextOf(n));
    if (!text.empty() && text.size() < 100) return text;
  }
  return {};
}

std::string TimeFromPage(const Document& doc) {
  for (NodeId n = Document::kRoot; n != dom::kNoNode; n = doc.Next(n, Document::kRoot)) {
    if (doc.Is(n, GUMBO_TAG_TIME)) {
      std::string_view dt = TrimAscii(doc.Attr(n, "datetime"));
      if (dt.size() >= 10 && IsAsciiDigit(dt[0])) return std::string(dt);
    }
  }
  return {};
}

std::string CanonicalLink(const Document& doc, const UrlResolver& urls) {
  for (NodeId n = Document::kRoot; n != dom::kNoNode; n = doc.Next(n, Document::kRoot)) {
    if (doc.Is(n, GUMBO_TAG_LINK) && AsciiLowerCopy(doc.Attr(n, "rel")) == "canonical") {
      return urls.Resolve(doc.Attr(n, "href"));
    }
  }
  return {};
}

// "By Jane Doe" -> "Jane Doe".
std::string StripByPrefix(std::string s) {
  for (std::string_view prefix : {"by ", "By ", "BY ", "Par ", "par ", "Von ", "von ", "Por ", "por ", "Di ", "di "}) {
    if (s.starts_with(prefix)) return s.substr(prefix.size());
  }
  return s;
}

}  // namespace

std::string CleanTitle(std::string_view title, std::string_view site_name) {
  std::string t = extract::CollapseWhitespace(title);
  for (std::string_view sep : {" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / "}) {
    size_t at = t.rfind(sep);
    if (at != std::string::npos) {
      std::string head = t.substr(0, at), tail = t.substr(at + sep.size());
      auto words = [](const std::string& s) { return std::count(s.begin(), s.end(), ' ') + 1; };
      if (!site_name.empty() && EqualsIgnoreAsciiCase(TrimAscii(tail), TrimAscii(site_name))) return head;
      if (!site_name.empty() && EqualsIgnoreAsciiCase(TrimAscii(head), TrimAscii(site_name))) return tail;
      if (words(head) >= 3 && words(tail) <= 4) return head;
    }
  }
  return t;
}

void ReadMetadata(const Document& doc, const UrlResolver& urls, Result* r) {
  MetaMap meta = ReadMetaTags(doc);
  JsonLd ld = ReadJsonLd(doc);

  r->site_name = First(meta, {"og:site_name", "application-name", "twitter:site"});
  if (r->site_name.empty()) r->site_name = ld.site_name;

  std::string title = ld.headline;
  if (!IsUsable(title)) title = First(meta, {"og:title", "twitter:title", "dc.title", "dcterms.title",
                                             "citation_title", "parsely-title", "sailthru.title"});
  if (!IsUsable(title)) title = DocumentTitle(doc);
  r->title = CleanTitle(title, r->site_name);

  r->authors = ld.authors;
  if (r->authors.empty()) {
    std::string a = First(meta, {"author", "article:author", "dc.creator", "dcterms.creator",
                                 "citation_author", "parsely-author", "sailthru.author", "twitter:creator"});
    if (IsUsable(a)) r->authors.push_back(a);
  }
  if (r->authors.empty()) {
    std::string a = StripByPrefix(BylineFromPage(doc));
    if (IsUsable(a)) r->authors.push_back(a);
  }
  r->byline = JoinAuthors(r->authors);

  r->published_time = ld.date_published;
  if (r->published_time.empty()) r->published_time = First(meta, {"article:published_time", "datepublished",
      "dc.date", "dcterms.created", "dc.date.issued", "citation_publication_date", "parsely-pub-date",
      "sailthru.date", "publish-date", "date"});
  if (r->published_time.empty()) r->published_time = TimeFromPage(doc);
  r->modified_time = ld.date_modified;
  if (r->modified_time.empty()) r->modified_time = First(meta, {"article:modified_time", "og:updated_time", "datemodified"});

  r->excerpt = First(meta, {"og:description", "description", "twitter:description", "dc.description"});
  if (r->excerpt.empty()) r->excerpt = ld.description;
  std::string image = First(meta, {"og:image", "og:image:url", "twitter:image", "twitter:image:src"});
  if (image.empty()) image = ld.image;
  if (!image.empty()) r->image = urls.Resolve(image);
  r->canonical_url = CanonicalLink(doc, urls);
  if (r->canonical_url.empty()) {
    std::string og = First(meta, {"og:url"});
    if (!og.empty()) r->canonical_url = urls.Resolve(og);
  }
  r->section = First(meta, {"article:section", "parsely-section"});
  if (r->section.empty()) r->section = ld.section;
  r->tags = ld.keywords;
  for (const auto& [key, value] : meta) {
    if (key == "article:tag") r->tags.push_back(value);
  }

  NodeId html = doc.FindFirst(GUMBO_TAG_HTML);
  if (html != dom::kNoNode) {
    r->lang = std::string(TrimAscii(doc.Attr(html, "lang")));
    if (r->lang.empty()) r->lang = std::string(TrimAscii(doc.Attr(html, "xml:lang")));
    std::string dir = AsciiLowerCopy(TrimAscii(doc.Attr(html, "dir")));
    if (dir == "rtl" || dir == "ltr") r->dir = dir;
  }
  if (r->lang.empty()) r->lang = First(meta, {"content-language", "og:locale", "dc.language"});
  for (char& c : r->lang) {
    if (c == '_') c = '-';
  }
}

}  // namespace pagesift::metadata
