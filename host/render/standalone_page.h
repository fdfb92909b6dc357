// A complete, self-contained HTML document for a Result: the reader view
// with its styles inlined and a header of metadata and the source link,
// readable offline. Used by `pagesift extract --format html` and by saved
// articles.
#ifndef PAGESIFT_RENDER_STANDALONE_PAGE_H_
#define PAGESIFT_RENDER_STANDALONE_PAGE_H_

#include <string>

#include "pagesift/result.h"
#include "render/local_images.h"

namespace pagesift::render {

// The page for `result`; its images in `local_images` show their local
// copies (links relative to the page's own folder).
std::string RenderStandalonePage(const Result& result, const LocalImages& local_images = {});

}  // namespace pagesift::render

#endif  // PAGESIFT_RENDER_STANDALONE_PAGE_H_
