// Images: find the source a browser would show, drop what is not a picture.
//
// Lazy-loading scripts keep the real URL in data-src, data-srcset,
// data-original, data-lazy-src and the like, with a placeholder in src; the
// extension marks the source the browser actually shows as
// data-pagesift-src. <noscript> fallbacks hold the real <img>; <picture>
// holds candidates in <source srcset>. Tracking pixels and spacers go.
#ifndef PAGESIFT_CLEAN_IMAGES_H_
#define PAGESIFT_CLEAN_IMAGES_H_

#include <string>
#include <string_view>

#include "dom/dom.h"

namespace pagesift::clean {

void ResolveLazyImages(dom::Document* doc);

// The URL of the widest candidate in a srcset ("a.jpg 480w, b.jpg 1080w").
std::string BestFromSrcset(std::string_view srcset);

}  // namespace pagesift::clean

#endif  // PAGESIFT_CLEAN_IMAGES_H_
