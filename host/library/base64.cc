#include "library/base64.h"

#include <cstdint>

namespace pagesift::library {
namespace {

// The value of a base64 digit, or -1.
int DigitValue(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

}  // namespace

bool DecodeBase64(std::string_view text, size_t max_bytes, std::string* bytes) {
  bytes->clear();
  if (text.size() % 4 != 0) return false;
  size_t padding = text.ends_with("==") ? 2 : text.ends_with("=") ? 1 : 0;
  if (text.size() / 4 * 3 - padding > max_bytes) return false;
  bytes->reserve(text.size() / 4 * 3);
  for (size_t i = 0; i < text.size(); i += 4) {
    bool last = i + 4 == text.size();
    uint32_t group = 0;
    for (size_t k = 0; k < 4; ++k) {
      int v = DigitValue(text[i + k]);
      bool pad = last && k >= 4 - padding;
      if (v < 0 && !pad) return bytes->clear(), false;
      group = (group << 6) | static_cast<uint32_t>(pad ? 0 : v);
    }
    bytes->push_back(static_cast<char>(group >> 16));
    if (!last || padding < 2) bytes->push_back(static_cast<char>((group >> 8) & 0xFF));
    if (!last || padding < 1) bytes->push_back(static_cast<char>(group & 0xFF));
  }
  return true;
}

}  // namespace pagesift::library
