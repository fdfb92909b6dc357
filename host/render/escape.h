// HTML escaping for text and attribute values written by the renderers.
#ifndef PAGESIFT_RENDER_ESCAPE_H_
#define PAGESIFT_RENDER_ESCAPE_H_

#include <string>
#include <string_view>

namespace pagesift::render {

// Appends text with & < > escaped. Outside <pre> (keep_whitespace false),
// runs of whitespace are collapsed to one space. NUL and other C0 controls
// but tab and newline are dropped.
void AppendEscapedText(std::string_view text, bool keep_whitespace, std::string* out);

// Appends an attribute value with & " ' < > escaped and controls dropped.
void AppendEscapedAttribute(std::string_view value, std::string* out);

}  // namespace pagesift::render

#endif  // PAGESIFT_RENDER_ESCAPE_H_
