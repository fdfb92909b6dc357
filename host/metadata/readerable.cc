#include "metadata/readerable.h"

#include <cmath>
#include <vector>

#include "base/ascii.h"
#include "base/utf8.h"
#include "clean/clean.h"
#include "extract/class_hints.h"

namespace pagesift::metadata {
namespace {

using dom::Document;
using dom::NodeId;

// The length of a subtree's text, and how much of it is whitespace at
// either end: enough to know the trimmed length of any element from its
// children's, in one walk.
struct TextSpan {
  double length = 0;
  double leading = 0;   // whitespace before the first other character
  double trailing = 0;  // whitespace after the last other character

  bool blank() const { return leading == length; }
  double trimmed() const { return blank() ? 0 : length - leading - trailing; }
};

TextSpan Append(const TextSpan& a, const TextSpan& b) {
  TextSpan out;
  out.length = a.length + b.length;
  out.leading = a.blank() ? a.length + b.leading : a.leading;
  out.trailing = b.blank() ? a.trailing + b.length : b.trailing;
  return out;
}

// One pass of plain counting: every text node of the page goes through
// here, scripts' included, so no per-character Append.
TextSpan SpanOf(std::string_view text) {
  TextSpan span;
  bool seen_other = false;
  double spaces = 0;  // the run of whitespace since the last other character
  for (size_t i = 0; i < text.size();) {
    uint32_t cp = NextCodePoint(text, i);
    if (cp == 0xA0 || (cp < 0x80 && IsAsciiSpace(static_cast<char>(cp)))) {
      ++span.length;
      ++spaces;
      continue;
    }
    if (!seen_other) span.leading = spaces;
    seen_other = true;
    spaces = 0;
    span.length += IsCjk(cp) ? 3.0 : 1.0;
  }
  if (!seen_other) span.leading = span.length;
  span.trailing = spaces;
  return span;
}

// The text span of every node, children finished before their parent:
// down to the first leaf, then along siblings and back up, with no
// recursion, however deep the page nests.
std::vector<TextSpan> TextSpans(const Document& doc) {
  std::vector<TextSpan> spans(doc.size());
  NodeId n = Document::kRoot;
  while (true) {
    while (doc.node(n).first_child != dom::kNoNode) n = doc.node(n).first_child;
    while (true) {
      if (doc.IsText(n)) spans[n] = SpanOf(doc.node(n).text);
      if (n == Document::kRoot) return spans;
      NodeId parent = doc.node(n).parent;
      spans[parent] = Append(spans[parent], spans[n]);
      if (doc.node(n).next_sibling != dom::kNoNode) {
        n = doc.node(n).next_sibling;
        break;
      }
      n = parent;
    }
  }
}

// Does the element hold running text? A <div> counts when it breaks its
// text into lines with a <br> child.
bool IsProseElement(const Document& doc, NodeId n) {
  if (doc.Is(n, GUMBO_TAG_P) || doc.Is(n, GUMBO_TAG_PRE) || doc.Is(n, GUMBO_TAG_ARTICLE)) return true;
  if (!doc.Is(n, GUMBO_TAG_DIV)) return false;
  for (NodeId c = doc.node(n).first_child; c != dom::kNoNode; c = doc.node(c).next_sibling) {
    if (doc.Is(c, GUMBO_TAG_BR)) return true;
  }
  return false;
}

}  // namespace

bool IsProbablyReaderable(const Document& doc) {
  constexpr double kMinLength = 140;
  constexpr double kMinScore = 20;
  const extract::ClassHints& hints = extract::ClassHints::Get();
  std::vector<TextSpan> spans = TextSpans(doc);
  // Whether each node sits in a list item, set before its children are seen.
  std::vector<bool> in_list_item(doc.size(), false);
  double score = 0;
  for (NodeId n = Document::kRoot; n != dom::kNoNode; n = doc.Next(n, Document::kRoot)) {
    NodeId parent = doc.node(n).parent;
    if (parent != dom::kNoNode) in_list_item[n] = in_list_item[parent] || doc.Is(parent, GUMBO_TAG_LI);
    if (!doc.IsElement(n) || !IsProseElement(doc, n)) continue;
    if (doc.Is(n, GUMBO_TAG_P) && in_list_item[n]) continue;
    double length = spans[n].trimmed();
    if (length < kMinLength || clean::IsHidden(doc, n) || hints.IsUnlikelyCandidate(doc, n, {})) continue;
    score += std::sqrt(length - kMinLength);
    if (score > kMinScore) return true;
  }
  return false;
}

}  // namespace pagesift::metadata
