#include "clean/math.h"

#include <cstddef>
#include <string_view>
#include <vector>

#include "base/ascii.h"

namespace pagesift::clean {
namespace {

using dom::Document;
using dom::NodeId;

// A renderer's wrapper sits a few levels above its MathML copy, and its
// visible text (KaTeX's and MathJax's spans) repeats the formula about once.
constexpr int kMaxWrapperLevels = 4;
constexpr size_t kWrapperTextSlack = 64;
// The wrapper searches of all the page's formulas together visit at most
// this many nodes, so that a page of many formulas stays linear; formulas
// past it keep their MathML where it stands.
constexpr size_t kSearchBudget = size_t{1} << 22;

bool IsMath(const Document& doc, NodeId n) {
  return doc.Is(n, GUMBO_TAG_MATH) && doc.node(n).ns == dom::Namespace::kMathMl;
}

bool NamesMathRenderer(std::string_view token) {
  std::string lower = AsciiLowerCopy(token);
  return lower.find("math") != std::string::npos || lower.find("katex") != std::string::npos;
}

bool LooksLikeRenderer(const Document& doc, NodeId n) {
  return doc.TagName(n) == "mjx-container" || AnyAsciiToken(doc.Attr(n, "class"), NamesMathRenderer);
}

// Does `wrapper` hold just the formula's renderings: no prose structure, no
// second formula, no more than `limit` bytes of text?
bool WrapsOnlyFormula(const Document& doc, NodeId wrapper, NodeId math, size_t limit, size_t* budget) {
  size_t text = 0;
  for (NodeId n = wrapper; n != dom::kNoNode; n = doc.Next(n, wrapper, n == math)) {
    if (*budget == 0) return false;
    --*budget;
    if (n != math && IsMath(doc, n)) return false;
    switch (doc.node(n).tag) {
      case GUMBO_TAG_P: case GUMBO_TAG_LI: case GUMBO_TAG_TABLE: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
      case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_PRE:
        if (doc.IsElement(n)) return false;
        break;
      default: break;
    }
    if (doc.IsText(n) && (text += doc.node(n).text.size()) > limit) return false;
  }
  return true;
}

// The outermost renderer wrapper around `math`, or kNoNode.
NodeId RendererWrapper(const Document& doc, NodeId math, size_t* budget) {
  const size_t limit = 3 * doc.TextOf(math).size() + kWrapperTextSlack;
  NodeId wrapper = dom::kNoNode;
  NodeId up = doc.node(math).parent;
  for (int level = 0; level < kMaxWrapperLevels && up != dom::kNoNode && doc.IsElement(up); ++level) {
    if (doc.Is(up, GUMBO_TAG_BODY)) break;
    if (LooksLikeRenderer(doc, up) && WrapsOnlyFormula(doc, up, math, limit, budget)) wrapper = up;
    up = doc.node(up).parent;
  }
  return wrapper;
}

bool IsTexScript(const Document& doc, NodeId n) {
  return doc.Is(n, GUMBO_TAG_SCRIPT) &&
         AsciiLowerCopy(doc.Attr(n, "type")).starts_with("math/tex");
}

bool IsPreview(const Document& doc, NodeId n) {
  return doc.IsElement(n) && AnyAsciiToken(doc.Attr(n, "class"), [](std::string_view token) {
           return EqualsIgnoreAsciiCase(token, "MathJax_Preview");
         });
}

NodeId NextElement(const Document& doc, NodeId n) {
  do n = doc.node(n).next_sibling;
  while (n != dom::kNoNode && !doc.IsElement(n));
  return n;
}

NodeId PreviousElement(const Document& doc, NodeId n) {
  do n = doc.node(n).prev_sibling;
  while (n != dom::kNoNode && !doc.IsElement(n));
  return n;
}

void RemoveAnnotations(Document* doc, NodeId math) {
  NodeId n = math;
  while (n != dom::kNoNode) {
    std::string_view name = doc->TagName(n);
    bool annotation = doc->IsElement(n) && (name == "annotation" || name == "annotation-xml");
    NodeId next = doc->Next(n, math, annotation);
    if (annotation) doc->Detach(n);
    n = next;
  }
}

// MathJax 2 keeps the TeX in a script after its rendering, and a preview
// before it; with the MathML in place, both go.
void RemoveMathJaxCompanions(Document* doc, NodeId rendering) {
  NodeId after = NextElement(*doc, rendering);
  if (after != dom::kNoNode && IsTexScript(*doc, after)) doc->Detach(after);
  NodeId before = PreviousElement(*doc, rendering);
  if (before != dom::kNoNode && IsPreview(*doc, before)) doc->Detach(before);
}

void PutMathInPlaceOfRendering(Document* doc, NodeId math, size_t* budget) {
  RemoveAnnotations(doc, math);
  for (std::string_view attribute : {"style", "hidden", "aria-hidden", "class"}) doc->RemoveAttribute(math, attribute);
  NodeId wrapper = RendererWrapper(*doc, math, budget);
  if (wrapper == dom::kNoNode) return;
  RemoveMathJaxCompanions(doc, wrapper);
  doc->Detach(math);
  doc->InsertBefore(wrapper, math);
  doc->Detach(wrapper);
}

// <script type="math/tex; mode=display">x^2</script> becomes
// <pre><code class="language-math">x^2</code></pre>; inline, just the code.
void TexScriptToCode(Document* doc, NodeId script) {
  NodeId before = PreviousElement(*doc, script);
  if (before != dom::kNoNode && IsPreview(*doc, before)) doc->Detach(before);
  const bool display = AsciiLowerCopy(doc->Attr(script, "type")).find("mode=display") != std::string_view::npos;
  NodeId parent = doc->node(script).parent;
  NodeId outer = doc->AppendElement(parent, display ? GUMBO_TAG_PRE : GUMBO_TAG_CODE);
  doc->Detach(outer);
  doc->InsertBefore(script, outer);
  NodeId code = display ? doc->AppendElement(outer, GUMBO_TAG_CODE) : outer;
  doc->SetAttribute(code, "class", "language-math");
  while (doc->node(script).first_child != dom::kNoNode) {
    NodeId text = doc->node(script).first_child;
    doc->Detach(text);
    doc->AppendChild(code, text);
  }
  doc->Detach(script);
}

}  // namespace

void NormalizeMath(Document* doc) {
  std::vector<NodeId> formulas;
  std::vector<NodeId> tex_scripts;
  NodeId n = Document::kRoot;
  while (n != dom::kNoNode) {
    bool math = IsMath(*doc, n);
    if (math) formulas.push_back(n);
    else if (IsTexScript(*doc, n)) tex_scripts.push_back(n);
    n = doc->Next(n, Document::kRoot, math);
  }
  size_t budget = kSearchBudget;
  for (NodeId formula : formulas) PutMathInPlaceOfRendering(doc, formula, &budget);
  for (NodeId script : tex_scripts) {
    if (doc->node(script).parent != dom::kNoNode) TexScriptToCode(doc, script);
  }
}

}  // namespace pagesift::clean
