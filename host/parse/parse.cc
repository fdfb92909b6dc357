#include "parse/parse.h"

#include <gumbo.h>

#include <memory>
#include <utility>
#include <vector>

#include "base/ascii.h"
#include "parse/nesting_guard.h"

namespace pagesift::parse {
namespace {

using dom::Document;
using dom::NodeId;

dom::Namespace NamespaceOf(GumboNamespaceEnum ns) {
  switch (ns) {
    case GUMBO_NAMESPACE_SVG: return dom::Namespace::kSvg;
    case GUMBO_NAMESPACE_MATHML: return dom::Namespace::kMathMl;
    default: return dom::Namespace::kHtml;
  }
}

// The lower-case name of an element Gumbo does not know ("my-widget").
std::string UnknownTagName(const GumboElement& element) {
  GumboStringPiece piece = element.original_tag;
  gumbo_tag_from_original_text(&piece);
  std::string name;
  for (size_t i = 0; i < piece.length && !IsAsciiSpace(piece.data[i]) && piece.data[i] != '/'; ++i) {
    name += AsciiLower(piece.data[i]);
  }
  return name;
}

bool IsFlattenedShadowRoot(const GumboElement& element) {
  const GumboAttribute* mark = gumbo_get_attribute(&element.attributes, "data-pagesift-shadow");
  return mark != nullptr && std::string_view(mark->value) == "open";
}

// Copies Gumbo's tree into *doc with an explicit stack: nothing recurses.
Status CopyTree(const GumboNode* root, const Limits& limits, Document* doc) {
  std::vector<std::pair<const GumboNode*, NodeId>> stack;  // (gumbo node, our parent)
  const GumboVector& top = root->v.document.children;
  for (size_t i = top.length; i-- > 0;) {
    stack.emplace_back(static_cast<const GumboNode*>(top.data[i]), Document::kRoot);
  }
  const size_t max_nodes = limits.max_nodes * 2;  // elements plus text nodes
  while (!stack.empty()) {
    auto [g, parent] = stack.back();
    stack.pop_back();
    if (doc->size() >= max_nodes) {
      return Status(ErrorCode::kTooComplex,
                    "the page has more than " + std::to_string(max_nodes) + " nodes");
    }
    switch (g->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        doc->AppendText(parent, g->v.text.text);
        break;
      case GUMBO_NODE_ELEMENT: {
        const GumboElement& e = g->v.element;
        std::string unknown = e.tag == GUMBO_TAG_UNKNOWN ? UnknownTagName(e) : std::string();
        NodeId id = doc->AppendElement(parent, e.tag, unknown, NamespaceOf(e.tag_namespace));
        for (size_t i = 0; i < e.attributes.length; ++i) {
          const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
          std::string_view value = a->value;
          if (value.size() > limits.max_attribute_bytes) continue;
          doc->AddAttribute(id, AsciiLowerCopy(a->name), value);
        }
        for (size_t i = e.children.length; i-- > 0;) {
          stack.emplace_back(static_cast<const GumboNode*>(e.children.data[i]), id);
        }
        break;
      }
      case GUMBO_NODE_TEMPLATE:
        // The extension flattens each open shadow root into a marked
        // <template>: its content is what the page shows. Other templates
        // are inert markup for scripts.
        if (IsFlattenedShadowRoot(g->v.element)) {
          const GumboVector& children = g->v.element.children;
          for (size_t i = children.length; i-- > 0;) {
            stack.emplace_back(static_cast<const GumboNode*>(children.data[i]), parent);
          }
        }
        break;
      default:  // comments, the document node
        break;
    }
  }
  return Status::Ok();
}

}  // namespace

Status ParseHtml(std::string_view html, const Limits& limits, dom::Document* doc) {
  GuardedHtml guarded;
  Status status = GuardNesting(html, limits, &guarded);
  if (!status.ok()) return status;

  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are of no use to us and cost memory
  auto destroy = [&options](GumboOutput* out) { gumbo_destroy_output(&options, out); };
  std::unique_ptr<GumboOutput, decltype(destroy)> output(
      gumbo_parse_with_options(&options, guarded.html.data(), guarded.html.size()), destroy);
  if (!output) return Status(ErrorCode::kInternal, "the HTML parser failed");
  return CopyTree(output->document, limits, doc);
}

}  // namespace pagesift::parse
