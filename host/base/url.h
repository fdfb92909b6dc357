// URL resolution for links and images, with uriparser (RFC 3986).
//
// Before parsing, a reference is cleaned the way the WHATWG URL parser
// cleans it (leading and trailing C0 controls and spaces removed, tabs and
// newlines removed anywhere, spaces and non-ASCII bytes percent-encoded),
// so that "java\tscript:" is seen as the "javascript:" a browser would see.
#ifndef PAGESIFT_BASE_URL_H_
#define PAGESIFT_BASE_URL_H_

#include <memory>
#include <string>
#include <string_view>

namespace pagesift {

class UrlResolver {
 public:
  // `base` should be absolute; when it is not, only absolute references resolve.
  explicit UrlResolver(std::string_view base);
  ~UrlResolver();
  UrlResolver(const UrlResolver&) = delete;
  UrlResolver& operator=(const UrlResolver&) = delete;

  // The absolute form of `reference`, or empty when it cannot be resolved.
  // Fragment-only references ("#note-1") stay as they are.
  std::string Resolve(std::string_view reference) const;

  // Replaces the base (for a page's <base href>), resolved against the old one.
  void Rebase(std::string_view href);

  const std::string& base() const { return base_text_; }

 private:
  struct Parsed;
  std::unique_ptr<Parsed> base_;
  std::string base_text_;
};

// The lower-case scheme of an absolute URL ("https"), or empty.
std::string UrlScheme(std::string_view url);

// `reference` cleaned as described above.
std::string CleanUrlReference(std::string_view reference);

}  // namespace pagesift

#endif  // PAGESIFT_BASE_URL_H_
