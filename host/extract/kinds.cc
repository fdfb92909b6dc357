#include "extract/kinds.h"

#include "base/ascii.h"

namespace pagesift::extract {

bool SameKind(const dom::Document& doc, dom::NodeId a, dom::NodeId b) {
  if (!doc.IsElement(a) || !doc.IsElement(b) || doc.node(a).tag != doc.node(b).tag ||
      doc.Attr(a, "class") != doc.Attr(b, "class")) {
    return false;
  }
  GumboTag tag = doc.node(a).tag;
  return !doc.Attr(a, "class").empty() || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_LI;
}

namespace {

std::string_view FirstClass(const dom::Document& doc, dom::NodeId id) {
  std::string_view cls = doc.Attr(id, "class");
  size_t begin = cls.find_first_not_of(" \t\n\f\r");
  if (begin == std::string_view::npos) return {};
  cls.remove_prefix(begin);
  return cls.substr(0, cls.find_first_of(" \t\n\f\r"));
}

}  // namespace

bool SameTemplate(const dom::Document& doc, dom::NodeId a, dom::NodeId b) {
  if (!doc.IsElement(a) || !doc.IsElement(b) || doc.node(a).tag != doc.node(b).tag) return false;
  std::string_view first = FirstClass(doc, a);
  return !first.empty() && first == FirstClass(doc, b);
}

bool HoldsCards(const dom::Document& doc, const std::vector<NodeStats>& stats, dom::NodeId section) {
  constexpr size_t kMinCards = 3;
  constexpr uint32_t kMinCardChars = 25;
  auto is_card = [&](dom::NodeId n) {
    return doc.IsElement(n) && stats[n].chars >= kMinCardChars && (stats[n].headings > 0 || stats[n].paragraphs > 0);
  };
  for (dom::NodeId n = section; n != dom::kNoNode; n = doc.Next(n, section)) {
    if (!is_card(n) || n == section) continue;
    dom::NodeId prev = doc.node(n).prev_sibling;
    while (prev != dom::kNoNode && !doc.IsElement(prev)) prev = doc.node(prev).prev_sibling;
    if (prev != dom::kNoNode && is_card(prev) && SameKind(doc, prev, n)) continue;  // counted from the run's first
    size_t run = 1;
    for (dom::NodeId s = doc.node(n).next_sibling; s != dom::kNoNode && run < kMinCards; s = doc.node(s).next_sibling) {
      if (!doc.IsElement(s)) continue;
      if (!is_card(s) || !SameKind(doc, n, s)) break;
      ++run;
    }
    if (run >= kMinCards) return true;
  }
  return false;
}

std::string KindChars::KeyOf(const dom::Document& doc, dom::NodeId id) {
  std::string key(doc.TagName(id));
  key += ' ';
  key += doc.Attr(id, "class");
  return key;
}

uint64_t KindChars::Of(const dom::Document& doc, dom::NodeId id) const {
  auto it = kinds_.find(KeyOf(doc, id));
  return it == kinds_.end() ? 0 : it->second.chars;
}

bool KindChars::IsRunOfItems(const dom::Document& doc, dom::NodeId id, size_t min_count) const {
  auto it = kinds_.find(KeyOf(doc, id));
  return it != kinds_.end() && it->second.count >= min_count && 2 * uint64_t{it->second.largest} < it->second.chars;
}

namespace {

bool NamedForReplies(const dom::Document& doc, dom::NodeId box) {
  return AnyAsciiToken(doc.Attr(box, "class"), [](std::string_view token) {
    std::string lower = AsciiLowerCopy(token);
    return lower.find("comment") != std::string::npos || lower.find("repl") != std::string::npos;
  });
}

}  // namespace

ReplyBoxes::ReplyBoxes(const dom::Document& doc, dom::NodeId root, const std::vector<NodeStats>& stats,
                       const std::vector<bool>& is_box) {
  bool any_named = false;
  for (dom::NodeId n = root; n != dom::kNoNode && !any_named; n = doc.Next(n, root)) {
    any_named = is_box[n] && NamedForReplies(doc, n);
  }
  if (!any_named) return;
  // Whether each element sits in a box.
  std::vector<bool> in_box(doc.size(), false);
  for (dom::NodeId n = root; n != dom::kNoNode; n = doc.Next(n, root)) {
    dom::NodeId parent = doc.node(n).parent;
    in_box[n] = n != root && (is_box[parent] || in_box[parent]);
  }
  prose_.emplace(doc, root, stats, [&](dom::NodeId n) {
    return n != root && !is_box[n] && !in_box[n] && stats[n].paragraphs > 0 && !doc.Attr(n, "class").empty();
  });
}

bool ReplyBoxes::Holds(const dom::Document& doc, dom::NodeId box) const {
  constexpr size_t kMaxLooked = 4096;
  if (!prose_ || !NamedForReplies(doc, box)) return false;
  size_t looked = 0;
  for (dom::NodeId d = doc.node(box).first_child; d != dom::kNoNode && looked < kMaxLooked;
       d = doc.Next(d, box), ++looked) {
    if (doc.IsElement(d) && prose_->Of(doc, d) > 0) return true;
  }
  return false;
}

}  // namespace pagesift::extract
