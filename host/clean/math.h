// Math: formulas kept as MathML, or as their TeX source where that is all
// the page has.
//
// Math renderers (MathJax 2 and 3, KaTeX, MediaWiki) draw a formula with
// hundreds of styled spans or an image, which read as garbage or nothing
// once styles are gone, and keep a semantic copy beside it: MathML hidden
// for screen readers, or the TeX source in a <script type="math/tex">.
// NormalizeMath puts the MathML in place of the whole rendering; a TeX
// script with no MathML beside it becomes <code class="language-math">
// (inside a <pre> for display math), which the writers show as code and
// Markdown as a ```math block. Annotations inside <math> go: they are never
// rendered, and annotation-xml is a known mutation-XSS vector.
//
// Runs before hidden elements are dropped, since the MathML copy is hidden.
#ifndef PAGESIFT_CLEAN_MATH_H_
#define PAGESIFT_CLEAN_MATH_H_

#include "dom/dom.h"

namespace pagesift::clean {

void NormalizeMath(dom::Document* doc);

}  // namespace pagesift::clean

#endif  // PAGESIFT_CLEAN_MATH_H_
