#include "parse/parse.h"

#include <gumbo.h>

#include <cstring>
#include <optional>
#include <utility>
#include <vector>

#include "base/ascii.h"
#include "decode/utf8.h"
#include "parse/gumbo_arena.h"
#include "parse/nesting_guard.h"

namespace pagesift::parse {
namespace {

using dom::Document;
using dom::NodeId;

// From this size on, Gumbo's tree goes into a GumboArena (see ParseHtml).
constexpr size_t kLargePageBytes = 1 << 20;

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

const GumboVector* ChildrenOf(const GumboNode* g) {
  if (g->type == GUMBO_NODE_DOCUMENT) return &g->v.document.children;
  if (g->type == GUMBO_NODE_ELEMENT || g->type == GUMBO_NODE_TEMPLATE) return &g->v.element.children;
  return nullptr;
}

// Makes room in *doc for Gumbo's whole tree at once: its vectors and arena
// are then allocated once at their final size, where growing them by
// doubling would hold up to three times their size at the peak.
void ReserveFor(const GumboNode* root, Document* doc) {
  size_t nodes = 0, attributes = 0, bytes = 0;
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* g = stack.back();
    stack.pop_back();
    ++nodes;
    if (g->type == GUMBO_NODE_ELEMENT || g->type == GUMBO_NODE_TEMPLATE) {
      const GumboVector& attrs = g->v.element.attributes;
      attributes += attrs.length;
      for (unsigned i = 0; i < attrs.length; ++i) {
        const auto* a = static_cast<const GumboAttribute*>(attrs.data[i]);
        bytes += std::strlen(a->name) + std::strlen(a->value);
      }
      if (g->v.element.tag == GUMBO_TAG_UNKNOWN) bytes += g->v.element.original_tag.length;
    } else if (g->type != GUMBO_NODE_DOCUMENT) {
      bytes += std::strlen(g->v.text.text);
    }
    if (const GumboVector* children = ChildrenOf(g)) {
      for (unsigned i = 0; i < children->length; ++i) stack.push_back(static_cast<const GumboNode*>(children->data[i]));
    }
  }
  doc->Reserve(nodes, attributes, bytes);
}

// Copies Gumbo's tree into *doc with an explicit stack: nothing recurses.
// With an arena, each Gumbo node is released once copied, so that Gumbo's
// tree shrinks while ours grows; without one the tree is left whole.
Status CopyTree(GumboNode* root, const Limits& limits, GumboArena* arena, Document* doc) {
  std::vector<std::pair<GumboNode*, NodeId>> stack;  // (gumbo node, our parent)
  const GumboVector& top = root->v.document.children;
  for (size_t i = top.length; i-- > 0;) {
    stack.emplace_back(static_cast<GumboNode*>(top.data[i]), Document::kRoot);
  }
  if (arena) arena->Release(root);
  while (!stack.empty()) {
    auto [g, parent] = stack.back();
    stack.pop_back();
    // The document node is not the page's: it does not count.
    if (doc->size() - 1 >= limits.max_nodes) {
      return Status(ErrorCode::kTooComplex,
                    "the page has more than " + std::to_string(limits.max_nodes) + " nodes");
    }
    switch (g->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA: {
        const std::string_view text = g->v.text.text;
        const std::string_view kept = decode::Utf8Prefix(text, limits.max_text_node_bytes);
        const NodeId id = doc->AppendText(parent, kept);
        if (kept.size() < text.size()) doc->MarkCut(id);
        break;
      }
      case GUMBO_NODE_ELEMENT: {
        const GumboElement& e = g->v.element;
        std::string unknown = e.tag == GUMBO_TAG_UNKNOWN ? UnknownTagName(e) : std::string();
        NodeId id = doc->AppendElement(parent, e.tag, unknown, NamespaceOf(e.tag_namespace));
        for (size_t i = 0; i < e.attributes.length; ++i) {
          const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
          std::string_view value = a->value;
          if (value.size() > limits.max_attribute_bytes) {
            doc->MarkCut(id);
            continue;
          }
          doc->AddAttribute(id, AsciiLowerCopy(a->name), value);
        }
        for (size_t i = e.children.length; i-- > 0;) {
          stack.emplace_back(static_cast<GumboNode*>(e.children.data[i]), id);
        }
        break;
      }
      case GUMBO_NODE_TEMPLATE:
        // The extension flattens each open shadow root into a marked
        // <template>: its content is what the page shows. Other templates
        // are inert markup for scripts (left to the arena's destruction).
        if (IsFlattenedShadowRoot(g->v.element)) {
          const GumboVector& children = g->v.element.children;
          for (size_t i = children.length; i-- > 0;) {
            stack.emplace_back(static_cast<GumboNode*>(children.data[i]), parent);
          }
        }
        break;
      default:  // comments
        break;
    }
    if (arena) arena->Release(g);
  }
  return Status::Ok();
}

}  // namespace

Status ParseHtml(std::string_view html, const Limits& limits, dom::Document* doc) {
  GuardedHtml guarded;
  Status status = GuardNesting(html, limits, &guarded);
  if (!status.ok()) return status;

  // On a large page Gumbo's tree is most of the peak memory: it goes into
  // an arena whose blocks return to the OS as the copy empties them, and
  // the arena's end frees the rest. A small page keeps malloc, which is
  // faster there: Gumbo's scratch memory is reused while still in cache.
  std::optional<GumboArena> arena;
  GumboOptions options = html.size() >= kLargePageBytes ? arena.emplace().Options() : kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are of no use to us and cost memory
  GumboOutput* output = gumbo_parse_with_options(&options, guarded.html.data(), guarded.html.size());
  if (output == nullptr) return Status(ErrorCode::kInternal, "the HTML parser failed");
  if (arena) arena->EndParse();
  ReserveFor(output->document, doc);
  status = CopyTree(output->document, limits, arena ? &*arena : nullptr, doc);
  if (!arena) gumbo_destroy_output(&options, output);
  return status;
}

}  // namespace pagesift::parse
