// Local copies of an article's images, for the renderers of saved files.
#ifndef PAGESIFT_RENDER_LOCAL_IMAGES_H_
#define PAGESIFT_RENDER_LOCAL_IMAGES_H_

#include <functional>
#include <map>
#include <string>

namespace pagesift::render {

// An img src exactly as Result::content writes it -> the relative,
// percent-encoded link to the stored copy ("My%20title.images/001.png").
// Images not in the map keep their absolute URLs.
using LocalImages = std::map<std::string, std::string, std::less<>>;

}  // namespace pagesift::render

#endif  // PAGESIFT_RENDER_LOCAL_IMAGES_H_
