// The images saved with an article: which of the caller's image files the
// article shows, which pass the checks, the names they are stored under,
// and the links that point the saved files at them.
#ifndef PAGESIFT_LIBRARY_ARTICLE_IMAGES_H_
#define PAGESIFT_LIBRARY_ARTICLE_IMAGES_H_

#include <string>
#include <string_view>
#include <vector>

#include "pagesift/library.h"
#include "pagesift/limits.h"
#include "pagesift/status.h"
#include "render/local_images.h"

namespace pagesift::library {

// The folder beside "NAME.md" that holds its images.
inline constexpr std::string_view kImagesFolderSuffix = ".images";

struct StoredImage {
  std::string src;           // the img src in Result::content
  std::string file;          // "001.png": a number and the sniffed type, never the URL's name
  const std::string* bytes;  // the caller's, not copied
};

struct ImagePlan {
  std::vector<StoredImage> stored;     // in the order the article shows them
  std::vector<ImageOutcome> outcomes;  // one per image handed over; file relative to the images folder
};

// The distinct img src values of result.content, in document order.
Status ArticleImageSources(const Result& result, const Limits& limits, std::vector<std::string>* sources);

// Decides which of `images` are stored: those whose URL is an img src of
// the article, whose bytes are a raster image (SniffRasterImage), within
// kMaxImageBytes each and kMaxImagesPerArticle / kMaxImageBytesPerArticle
// in all (first come in the article's order, first served). `images` must
// outlive the plan.
Status PlanImages(const Result& result, const std::vector<ImageBytes>& images, const Limits& limits,
                  ImagePlan* plan);

// The links to the stored images from a file in the library folder, for an
// images folder named `folder_name`.
render::LocalImages LocalLinks(const ImagePlan& plan, std::string_view folder_name);

// `path` percent-encoded for a link: every byte but ASCII letters, digits,
// "-._~" and "/" as %XX, so that no name ("C# & me?") reads as a query, a
// fragment or Markdown syntax.
std::string PercentEncodePath(std::string_view path);

// Is `name` (a file inside an images folder) one that PlanImages makes?
bool IsStoredImageName(std::string_view name);

}  // namespace pagesift::library

#endif  // PAGESIFT_LIBRARY_ARTICLE_IMAGES_H_
