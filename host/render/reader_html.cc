#include "render/reader_html.h"

#include <string_view>
#include <vector>

#include "base/ascii.h"
#include "clean/clean.h"
#include "dom/walk.h"
#include "render/escape.h"

namespace pagesift::render {
namespace {

using dom::Document;
using dom::NodeId;

enum class Policy { kKeep, kUnwrap, kDrop };

Policy HtmlPolicy(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_LI:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE: case GUMBO_TAG_CODE: case GUMBO_TAG_EM: case GUMBO_TAG_STRONG:
    case GUMBO_TAG_B: case GUMBO_TAG_I: case GUMBO_TAG_U: case GUMBO_TAG_S: case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP: case GUMBO_TAG_MARK: case GUMBO_TAG_SMALL: case GUMBO_TAG_BR:
    case GUMBO_TAG_HR: case GUMBO_TAG_A: case GUMBO_TAG_IMG: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_TABLE: case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_TH: case GUMBO_TAG_TD:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_ABBR: case GUMBO_TAG_CITE: case GUMBO_TAG_Q:
    case GUMBO_TAG_TIME: case GUMBO_TAG_DEL: case GUMBO_TAG_INS: case GUMBO_TAG_KBD:
    case GUMBO_TAG_SAMP: case GUMBO_TAG_VAR: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_DIV:
      return Policy::kKeep;
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_APPLET: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_SELECT: case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_OPTION: case GUMBO_TAG_TITLE: case GUMBO_TAG_HEAD: case GUMBO_TAG_META:
    case GUMBO_TAG_LINK: case GUMBO_TAG_BASE: case GUMBO_TAG_FRAME: case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_XMP: case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK: case GUMBO_TAG_MAP: case GUMBO_TAG_AREA:
    case GUMBO_TAG_SVG: case GUMBO_TAG_COL: case GUMBO_TAG_COLGROUP: case GUMBO_TAG_PARAM:
    case GUMBO_TAG_KEYGEN: case GUMBO_TAG_DATALIST: case GUMBO_TAG_OPTGROUP: case GUMBO_TAG_MENUITEM:
      return Policy::kDrop;
    default:
      return Policy::kUnwrap;
  }
}

// MathML presentation elements; everything else inside <math> is unwrapped
// (annotation-xml and HTML in MathML are the classic mutation-XSS vectors).
bool IsAllowedMathTag(std::string_view name) {
  for (std::string_view t : {"math", "mi", "mn", "mo", "ms", "mtext", "mspace", "mrow", "mfrac",
                             "msqrt", "mroot", "mstyle", "merror", "mpadded", "mphantom", "mfenced",
                             "menclose", "msub", "msup", "msubsup", "munder", "mover", "munderover",
                             "mmultiscripts", "mprescripts", "none", "mtable", "mtr", "mtd",
                             "mlabeledtr", "semantics", "annotation"}) {
    if (name == t) return true;
  }
  return false;
}

bool IsAllowedMathAttribute(std::string_view name) {
  for (std::string_view a : {"display", "mathvariant", "displaystyle", "scriptlevel", "fence",
                             "separator", "stretchy", "accent", "accentunder", "lspace", "rspace",
                             "columnalign", "rowalign", "linethickness", "encoding", "open", "close",
                             "separators", "notation", "columnspan", "rowspan", "largeop",
                             "movablelimits", "symmetric", "form"}) {
    if (name == a) return true;
  }
  return false;
}

bool IsVoid(GumboTag tag) { return tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR || tag == GUMBO_TAG_IMG; }

bool AllDigits(std::string_view v) {
  if (v.empty() || v.size() > 6) return false;
  for (char c : v) {
    if (!IsAsciiDigit(c)) return false;
  }
  return true;
}

bool IsSafeIdentifier(std::string_view v) {
  if (v.empty() || v.size() > 100) return false;
  for (char c : v) {
    if (!IsAsciiAlpha(c) && !IsAsciiDigit(c) && c != '-' && c != '_' && c != ':' && c != '.') return false;
  }
  return true;
}

// "language-python" from a code block's classes (language-x, lang-x,
// highlight-source-x, brush: x), or empty.
std::string CodeLanguage(std::string_view cls) {
  std::string language;
  AnyAsciiToken(cls, [&](std::string_view token) {
    for (std::string_view prefix : {"language-", "lang-", "highlight-source-"}) {
      if (token.starts_with(prefix) && IsSafeIdentifier(token.substr(prefix.size()))) {
        language = "language-" + AsciiLowerCopy(token.substr(prefix.size()));
        return true;
      }
    }
    return false;
  });
  return language;
}

class Writer {
 public:
  Writer(const Document& doc, const UrlResolver& urls, size_t max_bytes)
      : doc_(doc), urls_(urls), max_bytes_(max_bytes) {}

  ReaderHtml Render(NodeId article) {
    // Walk calls leave for every node, entered or not; only an entered node
    // has a start tag to close (after a stop, none of the rest has).
    dom::Walk(
        doc_, article,
        [&](NodeId n) {
          const bool entered = Enter(n, article);
          if (entered) entered_.push_back(n);
          return entered;
        },
        [&](NodeId n) {
          if (entered_.empty() || entered_.back() != n) return;
          entered_.pop_back();
          Leave(n, article);
        });
    if (out_.truncated) out_.html += "<p class=\"pagesift-truncated\">[…]</p>";
    return std::move(out_);
  }

 private:
  bool Enter(NodeId n, NodeId article) {
    if (stopped_) return false;
    if (n == article) return true;
    if (out_.html.size() > max_bytes_) {
      // One block larger than the whole budget: stop inside it.
      Stop();
      return false;
    }
    const dom::Node& node = doc_.node(n);
    if (node.type == dom::NodeType::kText) {
      AppendEscapedText(node.text, pre_depth_ > 0, &out_.html);
      if (node.cut) MarkCut();
      return false;
    }
    if (node.type != dom::NodeType::kElement) return false;
    if (node.ns == dom::Namespace::kMathMl || math_depth_ > 0) return EnterMath(n);
    if (node.ns == dom::Namespace::kSvg) return false;
    if (node.tag == GUMBO_TAG_IFRAME) return WriteVideoLink(n);
    Policy policy = HtmlPolicy(node.tag);
    if (policy == Policy::kDrop) return false;
    if (policy == Policy::kUnwrap) return true;
    // A kept element that lost an attribute to the size limit (an image's
    // src, a link's href) is not what the page showed.
    if (node.cut) out_.truncated = true;
    if (node.tag == GUMBO_TAG_IMG && !WriteImage(n)) return false;
    if (node.tag != GUMBO_TAG_IMG) WriteStartTag(n);
    if (node.tag == GUMBO_TAG_PRE) ++pre_depth_;
    return !IsVoid(node.tag);
  }

  void Leave(NodeId n, NodeId article) {
    if (n == article) return;
    const dom::Node& node = doc_.node(n);
    if (node.type != dom::NodeType::kElement) return;
    if (node.ns == dom::Namespace::kMathMl || math_depth_ > 0) {
      LeaveMath(n);
      return;
    }
    if (node.ns == dom::Namespace::kSvg || HtmlPolicy(node.tag) != Policy::kKeep || IsVoid(node.tag)) return;
    if (node.tag == GUMBO_TAG_PRE) --pre_depth_;
    out_.html += "</";
    out_.html += doc_.TagName(n);
    out_.html += '>';
    if (IsBlockBoundary(node.tag) && out_.html.size() > max_bytes_) Stop();
  }

  // A parse limit cut this text: the view is not the whole article.
  void MarkCut() {
    out_.html += " […]";
    out_.truncated = true;
  }

  void Stop() {
    stopped_ = true;
    out_.truncated = true;
  }

  static bool IsBlockBoundary(GumboTag tag) {
    return tag == GUMBO_TAG_P || tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_UL ||
           tag == GUMBO_TAG_OL || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_FIGURE;
  }

  bool EnterMath(NodeId n) {
    std::string_view name = doc_.TagName(n);
    if (doc_.node(n).ns != dom::Namespace::kMathMl || !IsAllowedMathTag(name)) {
      // Not MathML: only its text goes through, escaped.
      ++math_depth_;
      unwrapped_in_math_.push_back(n);
      return true;
    }
    ++math_depth_;
    out_.html += '<';
    out_.html += name;
    for (const dom::Attribute* a = doc_.AttrsBegin(n); a != doc_.AttrsEnd(n); ++a) {
      if (IsAllowedMathAttribute(a->name)) WriteAttribute(a->name, a->value);
    }
    out_.html += '>';
    return true;
  }

  void LeaveMath(NodeId n) {
    --math_depth_;
    if (!unwrapped_in_math_.empty() && unwrapped_in_math_.back() == n) {
      unwrapped_in_math_.pop_back();
      return;
    }
    out_.html += "</";
    out_.html += doc_.TagName(n);
    out_.html += '>';
  }

  void WriteStartTag(NodeId n) {
    GumboTag tag = doc_.node(n).tag;
    out_.html += '<';
    out_.html += doc_.TagName(n);
    WriteGlobalAttributes(n);
    switch (tag) {
      case GUMBO_TAG_A: WriteHref(n); break;
      case GUMBO_TAG_TD: case GUMBO_TAG_TH:
        WriteDigits(n, "colspan");
        WriteDigits(n, "rowspan");
        break;
      case GUMBO_TAG_OL:
        WriteDigits(n, "start");
        if (doc_.HasAttribute(n, "reversed")) out_.html += " reversed";
        break;
      case GUMBO_TAG_LI: WriteDigits(n, "value"); break;
      case GUMBO_TAG_PRE: case GUMBO_TAG_CODE: {
        std::string lang = CodeLanguage(doc_.Attr(n, "class"));
        if (!lang.empty()) WriteAttribute("class", lang);
        break;
      }
      case GUMBO_TAG_TIME: WriteText(n, "datetime"); break;
      case GUMBO_TAG_ABBR: WriteText(n, "title"); break;
      case GUMBO_TAG_DETAILS:
        if (doc_.HasAttribute(n, "open")) out_.html += " open";
        break;
      default: break;
    }
    out_.html += '>';
  }

  void WriteGlobalAttributes(NodeId n) {
    std::string_view dir = doc_.Attr(n, "dir");
    if (dir == "rtl" || dir == "ltr" || dir == "auto") WriteAttribute("dir", dir);
    std::string_view lang = doc_.Attr(n, "lang");
    if (IsSafeIdentifier(lang)) WriteAttribute("lang", lang);
    std::string_view id = doc_.Attr(n, "id");
    if (IsSafeIdentifier(id)) WriteAttribute("id", "ps-" + std::string(id));
  }

  void WriteHref(NodeId n) {
    std::string_view href = doc_.Attr(n, "href");
    if (href.empty()) return;
    std::string url = urls_.Resolve(href);
    if (url.starts_with("#")) {
      if (IsSafeIdentifier(std::string_view(url).substr(1))) WriteAttribute("href", "#ps-" + url.substr(1));
      return;
    }
    if (!IsSafeLinkUrl(url)) return;
    WriteAttribute("href", url);
  }

  bool WriteImage(NodeId n) {
    std::string src = urls_.Resolve(doc_.Attr(n, "src"));
    if (!IsSafeImageUrl(src)) return false;
    out_.html += "<img";
    WriteAttribute("src", src);
    WriteText(n, "alt");
    WriteText(n, "title");
    WriteDigits(n, "width");
    WriteDigits(n, "height");
    out_.html += '>';
    return true;
  }

  // An embedded player from a known video host becomes a plain link to it;
  // the reader page decides how to show it.
  bool WriteVideoLink(NodeId n) {
    std::string_view src = doc_.Attr(n, "src");
    if (src.empty()) src = doc_.Attr(n, "data-src");
    std::string_view host = clean::VideoHostOf(src);
    std::string url = urls_.Resolve(src);
    if (host.empty() || !IsSafeLinkUrl(url)) return false;
    out_.html += "<figure class=\"pagesift-video\"><a";
    WriteAttribute("href", url);
    WriteAttribute("data-pagesift-video", host);
    out_.html += "></a></figure>";
    return false;
  }

  void WriteDigits(NodeId n, std::string_view name) {
    std::string_view v = doc_.Attr(n, name);
    if (AllDigits(v)) WriteAttribute(name, v);
  }

  void WriteText(NodeId n, std::string_view name) {
    std::string_view v = doc_.Attr(n, name);
    if (!v.empty()) WriteAttribute(name, v.substr(0, 1000));
  }

  void WriteAttribute(std::string_view name, std::string_view value) {
    out_.html += ' ';
    out_.html += name;
    out_.html += "=\"";
    AppendEscapedAttribute(value, &out_.html);
    out_.html += '"';
  }

  const Document& doc_;
  const UrlResolver& urls_;
  const size_t max_bytes_;
  ReaderHtml out_;
  bool stopped_ = false;  // past max_bytes_: nothing more is written
  std::vector<NodeId> entered_;  // the open path, article first
  int pre_depth_ = 0;
  int math_depth_ = 0;
  std::vector<NodeId> unwrapped_in_math_;
};

}  // namespace

bool IsSafeLinkUrl(std::string_view url) {
  std::string scheme = UrlScheme(url);
  return scheme == "http" || scheme == "https" || scheme == "mailto";
}

bool IsSafeImageUrl(std::string_view url) {
  std::string scheme = UrlScheme(url);
  if (scheme == "http" || scheme == "https") return true;
  if (scheme != "data") return false;
  std::string head = AsciiLowerCopy(url.substr(0, 20));
  // The type must end where a data: URL's type ends: "data:image/pngX,"
  // names another type, and without a comma nothing follows it at all.
  for (std::string_view type : {"data:image/png", "data:image/jpeg", "data:image/jpg", "data:image/gif",
                                "data:image/webp", "data:image/avif"}) {
    if (head.size() > type.size() && head.starts_with(type) && (head[type.size()] == ';' || head[type.size()] == ',')) {
      return true;
    }
  }
  return false;
}

ReaderHtml RenderReaderHtml(const Document& doc, NodeId article, const UrlResolver& urls,
                            size_t max_bytes) {
  return Writer(doc, urls, max_bytes).Render(article);
}

}  // namespace pagesift::render
