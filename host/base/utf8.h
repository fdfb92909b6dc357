// UTF-8 helpers for text already validated as UTF-8 (the decode stage
// guarantees it for everything taken from a page).
#ifndef PAGESIFT_BASE_UTF8_H_
#define PAGESIFT_BASE_UTF8_H_

#include <cstdint>
#include <string_view>

namespace pagesift {

// Decodes the code point at s[i] and advances i past it.
inline uint32_t NextCodePoint(std::string_view s, size_t& i) {
  auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return s[i++], b;
  int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
  uint32_t cp = b & (0x3F >> extra);
  ++i;
  for (int k = 0; k < extra && i < s.size(); ++k, ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  return cp;
}

// A CJK ideograph, kana or hangul syllable: one carries about as much as a
// Latin word, or three Latin letters.
inline bool IsCjk(uint32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
         (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FA1F);
}

}  // namespace pagesift

#endif  // PAGESIFT_BASE_UTF8_H_
