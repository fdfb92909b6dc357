// parse: UTF-8 HTML to our compact DOM, through Gumbo (an HTML5-conformant
// parser, so pages are read exactly as browsers read them).
#ifndef PAGESIFT_PARSE_PARSE_H_
#define PAGESIFT_PARSE_PARSE_H_

#include <string_view>

#include "dom/dom.h"
#include "pagesift/limits.h"
#include "pagesift/status.h"

namespace pagesift::parse {

// Parses `html` (valid UTF-8) into *doc. Comments and <template> contents
// are dropped; attribute values over limits.max_attribute_bytes are
// dropped. Fails with kTooComplex past limits.max_nodes.
Status ParseHtml(std::string_view html, const Limits& limits, dom::Document* doc);

}  // namespace pagesift::parse

#endif  // PAGESIFT_PARSE_PARSE_H_
