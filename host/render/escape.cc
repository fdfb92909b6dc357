#include "render/escape.h"

#include "base/ascii.h"

namespace pagesift::render {
namespace {

bool IsDroppedControl(char c) {
  auto u = static_cast<unsigned char>(c);
  return (u < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || u == 0x7F;
}

}  // namespace

void AppendEscapedText(std::string_view text, bool keep_whitespace, std::string* out) {
  bool last_space = !out->empty() && out->back() == ' ';
  for (char c : text) {
    if (IsDroppedControl(c)) continue;
    if (!keep_whitespace && IsAsciiSpace(c)) {
      if (!last_space) *out += ' ';
      last_space = true;
      continue;
    }
    last_space = false;
    switch (c) {
      case '&': *out += "&amp;"; break;
      case '<': *out += "&lt;"; break;
      case '>': *out += "&gt;"; break;
      default: *out += c;
    }
  }
}

void AppendEscapedAttribute(std::string_view value, std::string* out) {
  for (char c : value) {
    if (IsDroppedControl(c)) continue;
    switch (c) {
      case '&': *out += "&amp;"; break;
      case '"': *out += "&quot;"; break;
      case '\'': *out += "&#39;"; break;
      case '<': *out += "&lt;"; break;
      case '>': *out += "&gt;"; break;
      default: *out += c;
    }
  }
}

}  // namespace pagesift::render
