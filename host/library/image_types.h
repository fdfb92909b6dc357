// The type of an image file, told from its bytes alone.
//
// A URL's extension and a server's Content-Type are the page's claims;
// the bytes are what a viewer will decode. Only raster formats pass: an
// SVG can carry script and an HTML file opened from the library folder runs
// with the folder's privileges, so anything not recognised here is refused.
#ifndef PAGESIFT_LIBRARY_IMAGE_TYPES_H_
#define PAGESIFT_LIBRARY_IMAGE_TYPES_H_

#include <string_view>

namespace pagesift::library {

// "png", "jpg", "gif", "webp", "avif" or "bmp" (the extension to store the
// file under) when `bytes` start like a file of that format; empty
// otherwise.
std::string_view SniffRasterImage(std::string_view bytes);

}  // namespace pagesift::library

#endif  // PAGESIFT_LIBRARY_IMAGE_TYPES_H_
