// FindExecutableMarkup: what in a piece of HTML could run, fetch or mutate
// once a browser parses it, the reader view's contract in reverse.
//
// The HTML is parsed with Gumbo as a fragment in a <div> (as innerHTML would
// parse it), so entities, odd whitespace and foreign-content rules are read
// exactly as a browser reads them, then serialised and parsed again: what the
// second parse finds counts too, since a reader page that copies its content
// (innerHTML read back, a saved page) would see that tree.
//
// A finding is one line naming the element or attribute at fault. The test
// helper is header-only because the unit-test glob compiles only *_test.cc.
#ifndef PAGESIFT_TESTS_UNIT_SECURITY_EXECUTABLE_MARKUP_H_
#define PAGESIFT_TESTS_UNIT_SECURITY_EXECUTABLE_MARKUP_H_

#include <gumbo.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace pagesift::security {
namespace internal {

inline std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  return out;
}

inline std::string TagName(const GumboElement& e) {
  if (e.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(e.tag);
  GumboStringPiece name = e.original_tag;
  gumbo_tag_from_original_text(&name);
  return Lower(std::string_view(name.data, name.length));
}

// The attribute's name as written in the source: "xlink:href" for an
// adjusted foreign attribute.
inline std::string AttributeName(const GumboAttribute& a) {
  std::string local = Lower(a.name);
  switch (a.attr_namespace) {
    case GUMBO_ATTR_NAMESPACE_XLINK: return "xlink:" + local;
    case GUMBO_ATTR_NAMESPACE_XML: return "xml:" + local;
    case GUMBO_ATTR_NAMESPACE_XMLNS: return local == "xmlns" ? local : "xmlns:" + local;
    default: return local;
  }
}

// The scheme a browser would read: leading and trailing C0 controls and
// spaces stripped, tabs and newlines removed anywhere (the WHATWG URL parser).
inline std::string SchemeOf(std::string_view url, bool* has_scheme) {
  while (!url.empty() && static_cast<unsigned char>(url.front()) <= 0x20) url.remove_prefix(1);
  std::string cleaned;
  for (char c : url) {
    if (c != '\t' && c != '\n' && c != '\r') cleaned += c;
  }
  size_t colon = cleaned.find(':');
  *has_scheme = false;
  if (colon == std::string::npos || colon == 0) return {};
  for (size_t i = 0; i < colon; ++i) {
    char c = cleaned[i];
    bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    bool other = (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
    if (!alpha && !(i > 0 && other)) return {};
  }
  *has_scheme = true;
  return Lower(std::string_view(cleaned).substr(0, colon));
}

inline bool IsRasterDataImage(std::string_view url) {
  while (!url.empty() && static_cast<unsigned char>(url.front()) <= 0x20) url.remove_prefix(1);
  std::string head = Lower(url.substr(0, 16));
  for (std::string_view type : {"data:image/png", "data:image/jpeg", "data:image/jpg", "data:image/gif",
                                "data:image/webp", "data:image/avif"}) {
    if (head.starts_with(type) && (head.size() == type.size() || head[type.size()] == ';' ||
                                   head[type.size()] == ',')) {
      return true;
    }
  }
  return false;
}

// Attributes whose value a browser fetches or navigates to.
inline bool IsUrlAttribute(std::string_view name) {
  for (std::string_view a : {"href", "src", "action", "formaction", "xlink:href", "data", "background", "poster",
                             "lowsrc", "dynsrc", "codebase", "cite", "longdesc", "usemap", "ping", "manifest",
                             "srcset", "archive", "profile", "classid", "icon", "itemtype", "attributionsrc"}) {
    if (name == a) return true;
  }
  return false;
}

// Elements that run, fetch, submit, navigate or animate: none may appear.
inline bool IsForbiddenElement(std::string_view name) {
  for (std::string_view t : {"script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "base",
                             "meta", "link", "form", "input", "button", "textarea", "select", "option", "isindex",
                             "keygen", "template", "noscript", "noembed", "noframes", "xmp", "plaintext", "portal",
                             "svg", "animate", "set", "animatemotion", "animatetransform", "animatecolor", "discard",
                             "foreignobject", "handler", "listener", "use", "bgsound", "audio", "video", "source",
                             "track", "marquee", "annotation-xml", "mglyph", "malignmark", "maction", "xml",
                             "import", "title", "dialog", "menuitem", "canvas", "slot", "html", "body", "head"}) {
    if (name == t) return true;
  }
  return false;
}

inline void CheckAttribute(std::string_view tag, const GumboAttribute& a,
                           std::vector<std::string>* findings) {
  std::string name = AttributeName(a);
  std::string_view value = a.value;
  auto report = [&](std::string_view why) {
    findings->push_back(std::string(tag) + " @" + name + "=\"" + std::string(value.substr(0, 80)) + "\": " +
                        std::string(why));
  };
  if (name.starts_with("on")) return report("event handler");
  if (name == "style") return report("style attribute");
  if (name == "srcdoc") return report("srcdoc");
  if (name == "name") return report("name attribute (DOM clobbering)");
  if (name == "id" && !value.starts_with("ps-")) return report("id without the ps- prefix (DOM clobbering)");
  if (!IsUrlAttribute(name)) return;
  if (name == "href" && value.starts_with("#")) return;
  bool has_scheme = false;
  std::string scheme = SchemeOf(value, &has_scheme);
  if (scheme == "data") {
    if (!(tag == "img" && name == "src" && IsRasterDataImage(value))) report("data: URL outside a raster img");
    return;
  }
  if (!has_scheme) return report("relative URL (resolves against the extension page)");
  if (scheme != "http" && scheme != "https" && scheme != "mailto") report("scheme " + scheme);
}

inline void CheckTree(const GumboNode* root, std::vector<std::string>* findings) {
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) continue;
    const GumboElement& e = node->v.element;
    std::string tag = TagName(e);
    if (node != root) {
      if (e.tag_namespace == GUMBO_NAMESPACE_SVG) findings->push_back("<" + tag + ">: SVG element");
      if (IsForbiddenElement(tag)) findings->push_back("<" + tag + ">: forbidden element");
      for (unsigned i = 0; i < e.attributes.length; ++i) {
        CheckAttribute(tag, *static_cast<const GumboAttribute*>(e.attributes.data[i]), findings);
      }
    }
    for (unsigned i = e.children.length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(e.children.data[i - 1]));
    }
  }
}

inline bool IsRawTextParent(const GumboNode* parent) {
  if (parent == nullptr || parent->type != GUMBO_NODE_ELEMENT) return false;
  if (parent->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) return false;
  switch (parent->v.element.tag) {
    case GUMBO_TAG_STYLE: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_XMP: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_NOSCRIPT:
      return true;
    default:
      return false;
  }
}

inline void AppendEscaped(std::string_view text, bool in_attribute, std::string* out) {
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '&') {
      *out += "&amp;";
    } else if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {
      *out += "&nbsp;";
      ++i;
    } else if (in_attribute && c == '"') {
      *out += "&quot;";
    } else if (!in_attribute && c == '<') {
      *out += "&lt;";
    } else if (!in_attribute && c == '>') {
      *out += "&gt;";
    } else {
      *out += c;
    }
  }
}

inline bool IsVoidElement(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_AREA: case GUMBO_TAG_BASE: case GUMBO_TAG_BR: case GUMBO_TAG_COL: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_HR: case GUMBO_TAG_IMG: case GUMBO_TAG_INPUT: case GUMBO_TAG_LINK: case GUMBO_TAG_META:
    case GUMBO_TAG_PARAM: case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK: case GUMBO_TAG_WBR:
    case GUMBO_TAG_BASEFONT: case GUMBO_TAG_BGSOUND: case GUMBO_TAG_FRAME: case GUMBO_TAG_KEYGEN:
      return true;
    default:
      return false;
  }
}

// The HTML fragment serialisation algorithm, as innerHTML's getter runs it.
inline void Serialize(const GumboNode* node, std::string* out) {
  switch (node->type) {
    case GUMBO_NODE_TEXT: case GUMBO_NODE_WHITESPACE: case GUMBO_NODE_CDATA:
      if (IsRawTextParent(node->parent)) {
        *out += node->v.text.text;
      } else {
        AppendEscaped(node->v.text.text, false, out);
      }
      return;
    case GUMBO_NODE_COMMENT:
      *out += "<!--";
      *out += node->v.text.text;
      *out += "-->";
      return;
    case GUMBO_NODE_ELEMENT: case GUMBO_NODE_TEMPLATE: {
      const GumboElement& e = node->v.element;
      std::string tag = TagName(e);
      *out += '<' + tag;
      for (unsigned i = 0; i < e.attributes.length; ++i) {
        const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
        *out += ' ' + AttributeName(*a) + "=\"";
        AppendEscaped(a->value, true, out);
        *out += '"';
      }
      *out += '>';
      if (e.tag_namespace == GUMBO_NAMESPACE_HTML && IsVoidElement(e.tag)) return;
      for (unsigned i = 0; i < e.children.length; ++i) Serialize(static_cast<const GumboNode*>(e.children.data[i]), out);
      *out += "</" + tag + '>';
      return;
    }
    default:
      return;
  }
}

// Gumbo puts a fragment's nodes under its <html> root.
inline GumboOutput* ParseFragment(const std::string& html) {
  GumboOptions options = kGumboDefaultOptions;
  options.fragment_context = GUMBO_TAG_DIV;
  options.fragment_namespace = GUMBO_NAMESPACE_HTML;
  return gumbo_parse_with_options(&options, html.data(), html.size());
}

}  // namespace internal

// Every executable or mutation-prone construct in `html`, read as a browser
// reads it (see the file comment); empty when the HTML is inert.
inline std::vector<std::string> FindExecutableMarkup(const std::string& html) {
  std::vector<std::string> findings;
  GumboOutput* first = internal::ParseFragment(html);
  internal::CheckTree(first->root, &findings);
  std::string reserialized;
  const GumboElement& root = first->root->v.element;
  for (unsigned i = 0; i < root.children.length; ++i) {
    internal::Serialize(static_cast<const GumboNode*>(root.children.data[i]), &reserialized);
  }
  gumbo_destroy_output(&kGumboDefaultOptions, first);
  GumboOutput* second = internal::ParseFragment(reserialized);
  std::vector<std::string> after;
  internal::CheckTree(second->root, &after);
  gumbo_destroy_output(&kGumboDefaultOptions, second);
  for (std::string& f : after) findings.push_back("after a serialise-parse round trip: " + f);
  return findings;
}

}  // namespace pagesift::security

#endif  // PAGESIFT_TESTS_UNIT_SECURITY_EXECUTABLE_MARKUP_H_
