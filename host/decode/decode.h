// decode: a page's bytes to UTF-8, the way a browser would read them.
//
// The encoding is chosen as the HTML standard says, in this order: a byte
// order mark; the charset the transport declared; a <meta charset> or
// <meta http-equiv=content-type> in the first 1024 bytes, unless the bytes
// are valid UTF-8 beyond ASCII (a page converted to UTF-8 that kept its old
// meta); then, for a page that declares nothing, UTF-8 when the bytes are
// valid UTF-8 and windows-1252 otherwise. Invalid byte sequences become
// U+FFFD: a decoding problem is never fatal.
#ifndef PAGESIFT_DECODE_DECODE_H_
#define PAGESIFT_DECODE_DECODE_H_

#include <string>
#include <string_view>

namespace pagesift::decode {

class DecodedPage {
 public:
  // The page as UTF-8. Points into the input when it needed no conversion
  // (the common case: no copy), else into this object.
  std::string_view text() const { return converted_ ? std::string_view(storage_) : input_; }
  // The WHATWG name of the encoding used, e.g. "utf-8", "windows-1252".
  const std::string& charset() const { return charset_; }

 private:
  friend DecodedPage Decode(std::string_view bytes, std::string_view declared_charset);
  std::string_view input_;
  std::string storage_;
  bool converted_ = false;
  std::string charset_;
};

// `bytes` must outlive the result.
DecodedPage Decode(std::string_view bytes, std::string_view declared_charset);

// The canonical encoding name for a label ("latin1" -> "windows-1252",
// "utf8" -> "utf-8"), or empty when the label is unknown.
std::string CanonicalCharset(std::string_view label);

// The charset a <meta> in the first 1024 bytes declares, or empty.
std::string PrescanMetaCharset(std::string_view bytes);

}  // namespace pagesift::decode

#endif  // PAGESIFT_DECODE_DECODE_H_
