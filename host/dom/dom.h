// Document: pagesift's compact, mutable DOM.
//
// Gumbo's tree is large (a node is well over 100 bytes and owns many small
// allocations) and immutable in practice. Every later stage walks the tree
// several times and removes or moves nodes, so the parse stage copies Gumbo's
// tree once into this one: nodes live in one vector and link to each other
// by 32-bit index; strings live in an Arena. A node is 48 bytes.
//
// Rules for callers:
//  - NodeIds stay valid for the Document's lifetime; Detach() unlinks a node
//    (and its subtree) from the tree but never frees or renumbers it.
//  - Nothing here recurses: walks use the parent/sibling links (see Next()).
#ifndef PAGESIFT_DOM_DOM_H_
#define PAGESIFT_DOM_DOM_H_

#include <gumbo.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dom/arena.h"

namespace pagesift::dom {

using NodeId = uint32_t;
inline constexpr NodeId kNoNode = 0xFFFFFFFFu;

enum class NodeType : uint8_t { kDocument, kElement, kText };
enum class Namespace : uint8_t { kHtml, kSvg, kMathMl };

struct Attribute {
  std::string_view name;   // lower case
  std::string_view value;
};

struct Node {
  NodeId parent = kNoNode;
  NodeId first_child = kNoNode;
  NodeId last_child = kNoNode;
  NodeId prev_sibling = kNoNode;
  NodeId next_sibling = kNoNode;
  uint32_t attr_begin = 0;   // index into Document's attribute vector
  uint16_t attr_count = 0;
  GumboTag tag = GUMBO_TAG_UNKNOWN;  // elements only
  NodeType type = NodeType::kElement;
  Namespace ns = Namespace::kHtml;
  // A limit cut this node: its text was shortened, or an attribute dropped
  // (see Limits). The reader view says so where it shows such a node.
  bool cut = false;
  // Text nodes: the text. Elements with tag GUMBO_TAG_UNKNOWN: the tag name.
  std::string_view text;
};

class Document {
 public:
  Document();  // holds the document node, kRoot
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;
  Document(Document&&) = default;
  Document& operator=(Document&&) = default;

  // A deep copy with an arena of its own: the same NodeIds, detached nodes
  // included, so that one parse can feed two stages that each mutate their
  // tree. Much cheaper than parsing the page again.
  Document Copy() const;

  static constexpr NodeId kRoot = 0;

  const Node& node(NodeId id) const { return nodes_[id]; }
  size_t size() const { return nodes_.size(); }

  bool IsElement(NodeId id) const { return nodes_[id].type == NodeType::kElement; }
  bool IsText(NodeId id) const { return nodes_[id].type == NodeType::kText; }
  bool Is(NodeId id, GumboTag tag) const {
    return nodes_[id].type == NodeType::kElement && nodes_[id].tag == tag;
  }
  // Lower-case tag name ("div", or the name of an unknown element).
  std::string_view TagName(NodeId id) const;

  // Attribute value, or empty when absent. HasAttribute tells the two apart.
  std::string_view Attr(NodeId id, std::string_view name) const;
  bool HasAttribute(NodeId id, std::string_view name) const;
  const Attribute* AttrsBegin(NodeId id) const { return attrs_.data() + nodes_[id].attr_begin; }
  const Attribute* AttrsEnd(NodeId id) const { return AttrsBegin(id) + nodes_[id].attr_count; }

  // Building. Strings are copied into the document's arena.
  //
  // Makes room for this many more nodes, attributes and bytes of strings,
  // so that a builder that knows its totals (the parser) allocates each
  // store once at its final size.
  void Reserve(size_t nodes, size_t attributes, size_t string_bytes);
  NodeId AppendElement(NodeId parent, GumboTag tag, std::string_view unknown_name = {},
                       Namespace ns = Namespace::kHtml);
  NodeId AppendText(NodeId parent, std::string_view text);
  void AddAttribute(NodeId element, std::string_view name, std::string_view value);
  // Sets (or adds) an attribute.
  void SetAttribute(NodeId element, std::string_view name, std::string_view value);
  void RemoveAttribute(NodeId element, std::string_view name);
  void MarkCut(NodeId id) { nodes_[id].cut = true; }

  // Tree surgery.
  void Detach(NodeId id);
  void AppendChild(NodeId parent, NodeId child);   // child must be detached
  void InsertBefore(NodeId reference, NodeId child);  // child must be detached
  // Replaces `id` by its children, in place.
  void Unwrap(NodeId id);
  // Changes an element's tag (e.g. a div that holds only text becomes a p).
  void Retag(NodeId id, GumboTag tag) { nodes_[id].tag = tag; }

  // Pre-order successor of `id` within the subtree of `scope`, or kNoNode.
  // With skip_children, the walk does not enter id's subtree.
  NodeId Next(NodeId id, NodeId scope, bool skip_children = false) const;

  // Is `node` inside the subtree of `ancestor` (or equal to it)?
  bool IsInside(NodeId node, NodeId ancestor) const;

  // The text of the subtree, whitespace as in the source.
  std::string TextOf(NodeId id) const;

  // The first element with this tag in document order, or kNoNode.
  NodeId FindFirst(GumboTag tag, NodeId scope = kRoot) const;

  size_t arena_bytes() const { return arena_.bytes_used(); }

 private:
  NodeId NewNode(NodeId parent, NodeType type);

  std::vector<Node> nodes_;
  std::vector<Attribute> attrs_;
  Arena arena_;
};

}  // namespace pagesift::dom

#endif  // PAGESIFT_DOM_DOM_H_
