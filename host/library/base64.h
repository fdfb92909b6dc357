// Base64 (RFC 4648, the standard alphabet with "=" padding), the way a
// browser's FileReader.readAsDataURL and btoa write it: JSON carries no
// bytes, so image files cross native messaging in this form.
#ifndef PAGESIFT_LIBRARY_BASE64_H_
#define PAGESIFT_LIBRARY_BASE64_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace pagesift::library {

// Decodes `text` into *bytes. False (and *bytes empty) when `text` is not
// padded base64 (whitespace, a foreign character, misplaced
// padding) or would decode to more than max_bytes; the length is checked
// before anything is decoded.
bool DecodeBase64(std::string_view text, size_t max_bytes, std::string* bytes);

}  // namespace pagesift::library

#endif  // PAGESIFT_LIBRARY_BASE64_H_
