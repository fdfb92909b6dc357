#include "clean/code_blocks.h"

#include <string>
#include <string_view>
#include <vector>

#include "base/ascii.h"

namespace pagesift::clean {
namespace {

using dom::Document;
using dom::NodeId;

// How far around a <pre> a gutter or a language-naming wrapper may sit, and
// how large a neighbourhood is searched: a highlighter's markup is a few
// levels deep; anything bigger is page layout, not a code block.
constexpr int kMaxWrapperLevels = 6;
constexpr size_t kMaxNeighbourhoodNodes = 2000;
// The neighbourhood searches of all the page's code blocks together visit at
// most this many nodes, so that a page of a hundred thousand tiny <pre> stays
// linear; blocks past it keep whatever gutters they have.
constexpr size_t kNeighbourhoodBudget = size_t{1} << 22;

bool IsGutterClass(std::string_view token) {
  for (std::string_view gutter :
       {"linenos", "lineno", "linenodiv", "lnt", "ln", "gutter", "rouge-gutter", "line-number",
        "line-numbers", "line-numbers-rows", "line-numbers-wrapper", "linenumber", "linenumbers",
        "hljs-ln-numbers", "hljs-ln-n", "blob-num", "code-line-number",
        "react-syntax-highlighter-line-number"}) {
    if (EqualsIgnoreAsciiCase(token, gutter)) return true;
  }
  return false;
}

// Line numbers are digits and nothing else; the check reads at most this
// many nodes and bytes, since a gutter is small.
constexpr size_t kMaxGutterSize = 64 * 1024;

bool HoldsOnlyNumbers(const Document& doc, NodeId gutter) {
  size_t read = 0;
  for (NodeId n = gutter; n != dom::kNoNode; n = doc.Next(n, gutter)) {
    if (++read > kMaxGutterSize) return false;
    if (!doc.IsText(n)) continue;
    for (char c : doc.node(n).text) {
      if (++read > kMaxGutterSize) return false;
      if (!IsAsciiDigit(c) && !IsAsciiSpace(c) && c != '.' && c != ':') return false;
    }
  }
  return true;
}

// A gutter is named as one and holds nothing but line numbers (or nothing:
// many draw their numbers from a data attribute with CSS).
bool IsGutter(const Document& doc, NodeId n) {
  return doc.IsElement(n) && AnyAsciiToken(doc.Attr(n, "class"), IsGutterClass) && HoldsOnlyNumbers(doc, n);
}

bool IsLanguageName(std::string_view name) {
  if (name.empty() || name.size() > 32) return false;
  for (char c : name) {
    if (!IsAsciiAlpha(c) && !IsAsciiDigit(c) && c != '-' && c != '_' && c != '+' && c != '#' && c != '.') {
      return false;
    }
  }
  return true;
}

// The language an element names: class language-x, lang-x,
// highlight-source-x, highlight-x (but Sphinx's "highlight-default") or
// "brush: x", or data-lang and data-language attributes.
std::string LanguageOf(const Document& doc, NodeId n) {
  std::string found;
  bool after_brush = false;
  AnyAsciiToken(doc.Attr(n, "class"), [&](std::string_view token) {
    if (after_brush) {
      if (token.ends_with(';')) token.remove_suffix(1);
      if (IsLanguageName(token)) found = AsciiLowerCopy(token);
      return true;
    }
    after_brush = EqualsIgnoreAsciiCase(token, "brush:");
    // Longest prefix first: "highlight-source-js" names js.
    for (std::string_view prefix : {"language-", "lang-", "highlight-source-", "highlight-"}) {
      if (!token.starts_with(prefix)) continue;
      std::string_view name = token.substr(prefix.size());
      if (IsLanguageName(name) && name != "default" && name != "none") {
        found = AsciiLowerCopy(name);
        return true;
      }
      return false;
    }
    return false;
  });
  if (!found.empty()) return found;
  for (std::string_view attribute : {"data-lang", "data-language"}) {
    std::string_view value = doc.Attr(n, attribute);
    if (IsLanguageName(value)) return AsciiLowerCopy(value);
  }
  return {};
}

// The language named by the <pre>, the first element inside it, or a
// wrapper a few levels up.
std::string BlockLanguage(const Document& doc, NodeId pre) {
  std::string language = LanguageOf(doc, pre);
  NodeId first = doc.node(pre).first_child;
  while (first != dom::kNoNode && !doc.IsElement(first)) first = doc.node(first).next_sibling;
  if (language.empty() && first != dom::kNoNode) language = LanguageOf(doc, first);
  NodeId up = doc.node(pre).parent;
  for (int level = 0; language.empty() && level < kMaxWrapperLevels && up != dom::kNoNode; ++level) {
    if (!doc.IsElement(up) || doc.Is(up, GUMBO_TAG_BODY)) break;
    language = LanguageOf(doc, up);
    up = doc.node(up).parent;
  }
  return language;
}

// Counts the nodes of `root`'s subtree outside the code block, up to
// `limit` (and within what is left of `budget`).
bool NeighbourhoodAtMost(const Document& doc, NodeId root, NodeId pre, size_t limit, size_t* budget) {
  size_t count = 0;
  for (NodeId n = root; n != dom::kNoNode; n = doc.Next(n, root, n == pre)) {
    if (++count > limit || *budget == 0) return false;
    --*budget;
  }
  return true;
}

// Is `n` one of the wrappers from `pre` up to `scope`, which hold the code
// and so are never a gutter? (A bounded walk: scope is a few levels up.)
bool HoldsBlock(const Document& doc, NodeId n, NodeId pre, NodeId scope) {
  for (NodeId up = pre; up != dom::kNoNode; up = doc.node(up).parent) {
    if (up == n) return true;
    if (up == scope) return false;
  }
  return false;
}

// Removes the gutters in the code block's neighbourhood: inside the <pre>,
// or beside it within a small wrapper (a table column, a sibling <div>).
// Returns the outermost wrapper searched, so that a table left with one
// cell can be flattened.
NodeId RemoveGutters(Document* doc, NodeId pre, size_t* budget) {
  NodeId scope = pre;
  for (int level = 0; level < kMaxWrapperLevels; ++level) {
    NodeId up = doc->node(scope).parent;
    if (up == dom::kNoNode || !doc->IsElement(up) || doc->Is(up, GUMBO_TAG_BODY) ||
        !NeighbourhoodAtMost(*doc, up, pre, kMaxNeighbourhoodNodes, budget)) {
      break;
    }
    scope = up;
  }
  NodeId n = scope;
  while (n != dom::kNoNode) {
    bool gutter = n != scope && IsGutter(*doc, n) && !HoldsBlock(*doc, n, pre, scope);
    NodeId next = doc->Next(n, scope, gutter);
    if (gutter) doc->Detach(n);
    n = next;
  }
  return scope;
}

// A gutter's own <pre> (Pygments puts the column of numbers in one) is not a
// code block: it goes with its gutter when the code beside it is tidied.
bool InsideGutter(const Document& doc, NodeId pre) {
  NodeId up = pre;
  for (int level = 0; level <= kMaxWrapperLevels && up != dom::kNoNode; ++level) {
    if (IsGutter(doc, up)) return true;
    up = doc.node(up).parent;
  }
  return false;
}

// A highlighter's layout table (gutter column, code column) is left with a
// single cell once the gutter goes: the <pre> takes the table's place.
void FlattenCodeTable(Document* doc, NodeId pre, NodeId scope) {
  NodeId table = doc->node(pre).parent;
  while (table != dom::kNoNode && table != scope && !doc->Is(table, GUMBO_TAG_TABLE)) table = doc->node(table).parent;
  if (table == dom::kNoNode || !doc->Is(table, GUMBO_TAG_TABLE)) return;
  int cells = 0;
  for (NodeId n = table; n != dom::kNoNode; n = doc->Next(n, table)) {
    if (doc->Is(n, GUMBO_TAG_TD) || doc->Is(n, GUMBO_TAG_TH)) ++cells;
  }
  if (cells != 1) return;
  doc->Detach(pre);
  doc->InsertBefore(table, pre);
  doc->Detach(table);
}

bool EndsWithNewline(const Document& doc, NodeId n) {
  while (n != dom::kNoNode && !doc.IsText(n)) n = doc.node(n).last_child;
  return n != dom::kNoNode && doc.node(n).text.ends_with('\n');
}

bool IsLineElement(const Document& doc, NodeId n) {
  switch (doc.node(n).tag) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_P: case GUMBO_TAG_LI: case GUMBO_TAG_OL: case GUMBO_TAG_UL:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_TR: case GUMBO_TAG_TD:
      return doc.IsElement(n);
    default:
      return false;
  }
}

// Inside <pre>, a line that a block element or <br> ends becomes a
// newline in the text, so the code reads the same without styles.
void TextualizeLines(Document* doc, NodeId pre) {
  std::vector<NodeId> blocks;
  std::vector<NodeId> breaks;
  for (NodeId n = doc->node(pre).first_child; n != dom::kNoNode; n = doc->Next(n, pre)) {
    if (doc->Is(n, GUMBO_TAG_BR)) breaks.push_back(n);
    else if (IsLineElement(*doc, n)) blocks.push_back(n);
  }
  for (NodeId br : breaks) {
    NodeId newline = doc->AppendText(pre, "\n");
    doc->Detach(newline);
    doc->InsertBefore(br, newline);
    doc->Detach(br);
  }
  // Innermost first: a line element's newline goes inside it before it is
  // unwrapped, and an outer element sees the newline its last line ended with.
  for (auto it = blocks.rbegin(); it != blocks.rend(); ++it) {
    NodeId block = *it;
    bool more_follows = doc->node(block).next_sibling != dom::kNoNode;
    if (doc->Is(block, GUMBO_TAG_TR) || doc->Is(block, GUMBO_TAG_LI) || doc->Is(block, GUMBO_TAG_DIV) ||
        doc->Is(block, GUMBO_TAG_P)) {
      if (more_follows && !EndsWithNewline(*doc, block)) doc->AppendText(block, "\n");
    }
    doc->Unwrap(block);
  }
}

void TidyCodeBlock(Document* doc, NodeId pre, size_t* budget) {
  std::string language = BlockLanguage(*doc, pre);
  NodeId scope = RemoveGutters(doc, pre, budget);
  FlattenCodeTable(doc, pre, scope);
  TextualizeLines(doc, pre);
  if (!language.empty()) doc->SetAttribute(pre, "class", "language-" + language);
}

}  // namespace

void TidyCodeBlocks(Document* doc) {
  std::vector<NodeId> blocks;
  NodeId n = Document::kRoot;
  while (n != dom::kNoNode) {
    bool pre = doc->Is(n, GUMBO_TAG_PRE);
    if (pre) blocks.push_back(n);
    n = doc->Next(n, Document::kRoot, pre);  // a <pre> inside a <pre> is its text
  }
  size_t budget = kNeighbourhoodBudget;
  for (NodeId pre : blocks) {
    if (!InsideGutter(*doc, pre)) TidyCodeBlock(doc, pre, &budget);
  }
}

}  // namespace pagesift::clean
