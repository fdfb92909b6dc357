#include "dom/dom.h"

#include <string>

namespace pagesift::dom {

Document::Document() {
  nodes_.push_back(Node{});
  nodes_[0].type = NodeType::kDocument;
}

Document Document::Copy() const {
  Document out;
  out.nodes_ = nodes_;
  out.attrs_ = attrs_;
  // Every string is stored again, so that none points into this arena.
  size_t bytes = 0;
  for (const Node& n : nodes_) bytes += n.text.size();
  for (const Attribute& a : attrs_) bytes += a.name.size() + a.value.size();
  out.arena_.Reserve(bytes);
  for (Node& n : out.nodes_) n.text = out.arena_.Store(n.text);
  for (Attribute& a : out.attrs_) {
    a.name = out.arena_.Store(a.name);
    a.value = out.arena_.Store(a.value);
  }
  return out;
}

std::string_view Document::TagName(NodeId id) const {
  const Node& n = nodes_[id];
  if (n.type != NodeType::kElement) return {};
  if (n.tag == GUMBO_TAG_UNKNOWN) return n.text;
  return gumbo_normalized_tagname(n.tag);
}

std::string_view Document::Attr(NodeId id, std::string_view name) const {
  for (const Attribute* a = AttrsBegin(id); a != AttrsEnd(id); ++a) {
    if (a->name == name) return a->value;
  }
  return {};
}

bool Document::HasAttribute(NodeId id, std::string_view name) const {
  for (const Attribute* a = AttrsBegin(id); a != AttrsEnd(id); ++a) {
    if (a->name == name) return true;
  }
  return false;
}

void Document::Reserve(size_t nodes, size_t attributes, size_t string_bytes) {
  nodes_.reserve(nodes_.size() + nodes);
  attrs_.reserve(attrs_.size() + attributes);
  arena_.Reserve(string_bytes);
}

NodeId Document::NewNode(NodeId parent, NodeType type) {
  NodeId id = static_cast<NodeId>(nodes_.size());
  nodes_.push_back(Node{});
  nodes_[id].type = type;
  if (parent != kNoNode) AppendChild(parent, id);
  return id;
}

NodeId Document::AppendElement(NodeId parent, GumboTag tag, std::string_view unknown_name,
                               Namespace ns) {
  NodeId id = NewNode(parent, NodeType::kElement);
  Node& n = nodes_[id];
  n.tag = tag;
  n.ns = ns;
  n.attr_begin = static_cast<uint32_t>(attrs_.size());
  if (tag == GUMBO_TAG_UNKNOWN) n.text = arena_.Store(unknown_name);
  return id;
}

NodeId Document::AppendText(NodeId parent, std::string_view text) {
  NodeId id = NewNode(parent, NodeType::kText);
  nodes_[id].text = arena_.Store(text);
  return id;
}

void Document::AddAttribute(NodeId element, std::string_view name, std::string_view value) {
  Node& n = nodes_[element];
  // Attributes of a node are contiguous. The parser adds them right after
  // creating the node, so this is an append; otherwise move the run to the end.
  if (n.attr_begin + n.attr_count != attrs_.size()) {
    uint32_t begin = static_cast<uint32_t>(attrs_.size());
    for (uint32_t i = 0; i < n.attr_count; ++i) attrs_.push_back(attrs_[n.attr_begin + i]);
    n.attr_begin = begin;
  }
  attrs_.push_back({arena_.Store(name), arena_.Store(value)});
  ++n.attr_count;
}

void Document::SetAttribute(NodeId element, std::string_view name, std::string_view value) {
  Node& n = nodes_[element];
  for (uint32_t i = 0; i < n.attr_count; ++i) {
    Attribute& a = attrs_[n.attr_begin + i];
    if (a.name == name) {
      a.value = arena_.Store(value);
      return;
    }
  }
  AddAttribute(element, name, value);
}

void Document::RemoveAttribute(NodeId element, std::string_view name) {
  Node& n = nodes_[element];
  for (uint32_t i = 0; i < n.attr_count; ++i) {
    if (attrs_[n.attr_begin + i].name == name) {
      attrs_[n.attr_begin + i] = attrs_[n.attr_begin + n.attr_count - 1];
      --n.attr_count;
      return;
    }
  }
}

void Document::Detach(NodeId id) {
  Node& n = nodes_[id];
  if (n.parent == kNoNode) return;
  Node& p = nodes_[n.parent];
  if (n.prev_sibling != kNoNode) nodes_[n.prev_sibling].next_sibling = n.next_sibling;
  else p.first_child = n.next_sibling;
  if (n.next_sibling != kNoNode) nodes_[n.next_sibling].prev_sibling = n.prev_sibling;
  else p.last_child = n.prev_sibling;
  n.parent = n.prev_sibling = n.next_sibling = kNoNode;
}

void Document::AppendChild(NodeId parent, NodeId child) {
  Node& p = nodes_[parent];
  Node& c = nodes_[child];
  c.parent = parent;
  c.prev_sibling = p.last_child;
  c.next_sibling = kNoNode;
  if (p.last_child != kNoNode) nodes_[p.last_child].next_sibling = child;
  else p.first_child = child;
  p.last_child = child;
}

void Document::InsertBefore(NodeId reference, NodeId child) {
  Node& r = nodes_[reference];
  Node& c = nodes_[child];
  c.parent = r.parent;
  c.next_sibling = reference;
  c.prev_sibling = r.prev_sibling;
  if (r.prev_sibling != kNoNode) nodes_[r.prev_sibling].next_sibling = child;
  else nodes_[r.parent].first_child = child;
  r.prev_sibling = child;
}

void Document::Unwrap(NodeId id) {
  if (nodes_[id].parent == kNoNode) return;
  while (nodes_[id].first_child != kNoNode) {
    NodeId c = nodes_[id].first_child;
    Detach(c);
    InsertBefore(id, c);
  }
  Detach(id);
}

NodeId Document::Next(NodeId id, NodeId scope, bool skip_children) const {
  if (!skip_children && nodes_[id].first_child != kNoNode) return nodes_[id].first_child;
  while (id != scope && id != kNoNode) {
    if (nodes_[id].next_sibling != kNoNode) return nodes_[id].next_sibling;
    id = nodes_[id].parent;
  }
  return kNoNode;
}

bool Document::IsInside(NodeId node, NodeId ancestor) const {
  for (NodeId n = node; n != kNoNode; n = nodes_[n].parent) {
    if (n == ancestor) return true;
  }
  return false;
}

std::string Document::TextOf(NodeId id) const {
  std::string out;
  for (NodeId n = id; n != kNoNode; n = Next(n, id)) {
    if (nodes_[n].type == NodeType::kText) out += nodes_[n].text;
  }
  return out;
}

NodeId Document::FindFirst(GumboTag tag, NodeId scope) const {
  for (NodeId n = scope; n != kNoNode; n = Next(n, scope)) {
    if (Is(n, tag)) return n;
  }
  return kNoNode;
}

}  // namespace pagesift::dom
