#include "metadata/json_ld.h"

#include <nlohmann/json.hpp>

#include <map>

#include "metadata/candidate_text.h"

namespace pagesift::metadata {
namespace {

using dom::Document;
using dom::NodeId;
using Json = nlohmann::json;

// A page's JSON-LD is small; a huge graph is hostile or generated noise.
constexpr size_t kMaxNodes = 2000;
constexpr size_t kMaxScriptBytes = 2 << 20;

bool HasType(const Json& node, bool (*matches)(std::string_view)) {
  if (!node.is_object() || !node.contains("@type")) return false;
  const Json& type = node["@type"];
  if (type.is_string()) return matches(type.get_ref<const std::string&>());
  if (type.is_array()) {
    for (const Json& t : type) {
      if (t.is_string() && matches(t.get_ref<const std::string&>())) return true;
    }
  }
  return false;
}

bool IsArticleType(std::string_view t) {
  return t.ends_with("Article") || t == "BlogPosting" || t == "LiveBlogPosting" || t == "Report" ||
         t == "SocialMediaPosting" || t == "DiscussionForumPosting" || t == "Recipe" || t == "PodcastEpisode";
}

bool IsPageType(std::string_view t) { return t.ends_with("Page"); }
bool IsOrganizationType(std::string_view t) {
  return t.ends_with("Organization") || t == "Corporation" || t == "NewsMediaOrganization" || t == "WebSite" ||
         t == "LocalBusiness" || t == "EducationalOrganization" || t == "GovernmentOrganization";
}

// The text of a value: a string, an object's name (or @value), or the first
// of an array. Iterative with a small depth bound: JSON depth is the page's.
std::string TextOf(const Json& value) {
  const Json* v = &value;
  for (int depth = 0; depth < 4; ++depth) {
    if (v->is_string()) return CleanText(v->get_ref<const std::string&>());
    if (v->is_number()) return v->dump();
    if (v->is_array() && !v->empty()) {
      v = &(*v)[0];
    } else if (v->is_object() && v->contains("name")) {
      v = &(*v)["name"];
    } else if (v->is_object() && v->contains("@value")) {
      v = &(*v)["@value"];
    } else {
      return {};
    }
  }
  return {};
}

std::string UrlOf(const Json& value) {
  const Json* v = &value;
  for (int depth = 0; depth < 4; ++depth) {
    if (v->is_string()) return std::string(v->get_ref<const std::string&>());
    if (v->is_array() && !v->empty()) {
      v = &(*v)[0];
    } else if (v->is_object() && v->contains("url")) {
      v = &(*v)["url"];
    } else if (v->is_object() && v->contains("contentUrl")) {
      v = &(*v)["contentUrl"];
    } else {
      return {};
    }
  }
  return {};
}

class GraphReader {
 public:
  void AddScript(std::string_view text);
  // Call once, after every AddScript.
  JsonLdFacts Facts();

 private:
  void Collect(const Json& root);
  void ReadNode(const Json& node, bool is_article, JsonLdFacts* out) const;
  void ReadAuthors(const Json& authors, JsonLdFacts* out) const;
  const Json& Resolve(const Json& ref) const;

  std::vector<Json> roots_;
  std::vector<const Json*> nodes_;
  std::map<std::string, const Json*, std::less<>> by_id_;
};

// Fixes what breaks strict parsers on real pages: HTML comment or CDATA
// wrappers, a trailing semicolon, and raw control characters (newlines and
// tabs inside strings), which become spaces.
std::string RepairJson(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  }
  for (std::string_view wrapper : {"<!--", "-->", "<![CDATA[", "]]>", "//<![CDATA[", "//]]>"}) {
    size_t at;
    while ((at = out.find(wrapper)) != std::string::npos) out.erase(at, wrapper.size());
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == ';')) out.pop_back();
  return out;
}

void GraphReader::AddScript(std::string_view text) {
  if (text.size() > kMaxScriptBytes) return;
  Json root = Json::parse(text, nullptr, /*allow_exceptions=*/false, /*ignore_comments=*/true);
  if (root.is_discarded()) {
    root = Json::parse(RepairJson(text), nullptr, /*allow_exceptions=*/false, /*ignore_comments=*/true);
  }
  if (root.is_discarded()) return;
  roots_.push_back(std::move(root));
}

// Flattens every root into nodes_ (breadth first, bounded) and indexes @id.
void GraphReader::Collect(const Json& root) {
  std::vector<const Json*> queue = {&root};
  for (size_t i = 0; i < queue.size() && nodes_.size() < kMaxNodes; ++i) {
    const Json& v = *queue[i];
    if (v.is_array()) {
      for (const Json& item : v) queue.push_back(&item);
      continue;
    }
    if (!v.is_object()) continue;
    nodes_.push_back(&v);
    if (v.contains("@id") && v["@id"].is_string() && v.size() > 1) {
      by_id_.emplace(v["@id"].get<std::string>(), &v);
    }
    for (const char* key : {"@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "hasPart"}) {
      if (v.contains(key)) queue.push_back(&v[key]);
    }
  }
}

const Json& GraphReader::Resolve(const Json& ref) const {
  if (ref.is_object() && ref.contains("@id") && ref["@id"].is_string() && !ref.contains("name")) {
    auto it = by_id_.find(ref["@id"].get_ref<const std::string&>());
    if (it != by_id_.end()) return *it->second;
  }
  return ref;
}

void GraphReader::ReadAuthors(const Json& authors, JsonLdFacts* out) const {
  std::vector<const Json*> list;
  if (authors.is_array()) {
    for (const Json& a : authors) list.push_back(&a);
  } else {
    list.push_back(&authors);
  }
  for (const Json* ref : list) {
    const Json& a = Resolve(*ref);
    std::string name = TextOf(a);
    if (!IsUsable(name)) continue;
    if (HasType(a, IsOrganizationType)) {
      out->organization_authors.push_back(name);
    } else {
      out->person_authors.push_back(name);
    }
  }
}

void GraphReader::ReadNode(const Json& node, bool is_article, JsonLdFacts* out) const {
  auto take = [&](std::string* field, const char* key) {
    if (field->empty() && node.contains(key)) *field = TextOf(node[key]);
  };
  if (is_article) {
    take(&out->headline, "headline");
    take(&out->headline, "name");
  } else {
    take(&out->page_name, "name");
  }
  take(&out->description, "description");
  take(&out->date_published, "datePublished");
  take(&out->date_published, "uploadDate");
  take(&out->date_created, "dateCreated");
  take(&out->date_modified, "dateModified");
  take(&out->section, "articleSection");
  take(&out->in_language, "inLanguage");
  if (out->image.empty() && node.contains("image")) out->image = UrlOf(Resolve(node["image"]));
  if (out->image.empty() && node.contains("thumbnailUrl")) out->image = UrlOf(node["thumbnailUrl"]);
  if (out->publisher.empty() && node.contains("publisher")) out->publisher = TextOf(Resolve(node["publisher"]));
  bool no_authors = out->person_authors.empty() && out->organization_authors.empty();
  if (no_authors && node.contains("author")) ReadAuthors(node["author"], out);
  if (no_authors && out->person_authors.empty() && node.contains("creator")) ReadAuthors(node["creator"], out);
  if (out->keywords.empty() && node.contains("keywords")) {
    const Json& k = node["keywords"];
    if (k.is_array()) {
      for (const Json& item : k) {
        std::string tag = TextOf(item);
        if (IsUsable(tag)) out->keywords.push_back(tag);
      }
    } else if (k.is_string()) {
      std::string_view all = k.get_ref<const std::string&>();
      size_t start = 0;
      while (start < all.size()) {
        size_t end = all.find(',', start);
        if (end == std::string_view::npos) end = all.size();
        std::string tag = CleanText(all.substr(start, end - start));
        if (IsUsable(tag)) out->keywords.push_back(tag);
        start = end + 1;
      }
    }
  }
}

JsonLdFacts GraphReader::Facts() {
  for (const Json& root : roots_) Collect(root);
  JsonLdFacts out;
  for (const Json* node : nodes_) {
    if (HasType(*node, IsArticleType)) ReadNode(*node, /*is_article=*/true, &out);
  }
  for (const Json* node : nodes_) {
    if (HasType(*node, IsPageType)) ReadNode(*node, /*is_article=*/false, &out);
  }
  // The site's name, when no article named its publisher.
  for (const Json* node : nodes_) {
    if (out.publisher.empty() && HasType(*node, [](std::string_view t) { return t == "WebSite"; })) {
      if (node->contains("name")) out.publisher = TextOf((*node)["name"]);
    }
  }
  return out;
}

}  // namespace

JsonLdFacts ReadJsonLd(const Document& doc) {
  GraphReader reader;
  for (NodeId n = Document::kRoot; n != dom::kNoNode; n = doc.Next(n, Document::kRoot)) {
    if (doc.Is(n, GUMBO_TAG_SCRIPT) && doc.Attr(n, "type").find("ld+json") != std::string_view::npos) {
      reader.AddScript(doc.TextOf(n));
    }
  }
  return reader.Facts();
}

}  // namespace pagesift::metadata
