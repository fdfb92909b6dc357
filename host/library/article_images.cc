#include "library/article_images.h"

#include <cstdio>
#include <map>
#include <set>

#include "base/ascii.h"
#include "dom/walk.h"
#include "library/image_types.h"
#include "parse/parse.h"

namespace pagesift::library {
namespace {

std::string NumberedName(size_t n, std::string_view extension) {
  char number[16];
  std::snprintf(number, sizeof number, "%03zu", n);
  return std::string(number) + "." + std::string(extension);
}

// Why an image of the article cannot be stored, or empty when it can.
std::string Refusal(const ImageBytes& image, size_t stored, size_t stored_bytes, std::string_view type) {
  if (image.bytes.size() > kMaxImageBytes) return "larger than " + std::to_string(kMaxImageBytes) + " bytes";
  if (type.empty()) return "not a PNG, JPEG, GIF, WebP, AVIF or BMP image";
  if (stored >= kMaxImagesPerArticle) return "more than " + std::to_string(kMaxImagesPerArticle) + " images";
  if (stored_bytes + image.bytes.size() > kMaxImageBytesPerArticle) {
    return "the article's images pass " + std::to_string(kMaxImageBytesPerArticle) + " bytes";
  }
  return {};
}

}  // namespace

Status ArticleImageSources(const Result& result, const Limits& limits, std::vector<std::string>* sources) {
  sources->clear();
  dom::Document doc;
  if (Status s = parse::ParseHtml(result.content, limits, &doc); !s.ok()) return s;
  std::set<std::string_view> seen;
  dom::Walk(
      doc, dom::Document::kRoot,
      [&](dom::NodeId n) {
        if (doc.Is(n, GUMBO_TAG_IMG) && !doc.Attr(n, "src").empty() && seen.insert(doc.Attr(n, "src")).second) {
          sources->emplace_back(doc.Attr(n, "src"));
        }
        return true;
      },
      [](dom::NodeId) {});
  return Status::Ok();
}

Status PlanImages(const Result& result, const std::vector<ImageBytes>& images, const Limits& limits,
                  ImagePlan* plan) {
  *plan = ImagePlan();
  plan->outcomes.resize(images.size());
  std::map<std::string_view, size_t> by_url;  // the first image handed over for each URL
  for (size_t i = 0; i < images.size(); ++i) {
    plan->outcomes[i].url = images[i].url;
    if (!by_url.emplace(images[i].url, i).second) plan->outcomes[i].reason = "sent twice";
  }
  std::vector<std::string> sources;
  if (Status s = ArticleImageSources(result, limits, &sources); !s.ok()) return s;
  size_t stored_bytes = 0;
  for (const std::string& src : sources) {
    auto it = by_url.find(src);
    if (it == by_url.end()) continue;
    const ImageBytes& image = images[it->second];
    ImageOutcome& outcome = plan->outcomes[it->second];
    by_url.erase(it);
    std::string_view type = SniffRasterImage(image.bytes);
    outcome.reason = Refusal(image, plan->stored.size(), stored_bytes, type);
    if (!outcome.reason.empty()) continue;
    outcome.file = NumberedName(plan->stored.size() + 1, type);
    plan->stored.push_back({src, outcome.file, &image.bytes});
    stored_bytes += image.bytes.size();
  }
  for (const auto& [url, i] : by_url) plan->outcomes[i].reason = "not an image of the article";
  return Status::Ok();
}

render::LocalImages LocalLinks(const ImagePlan& plan, std::string_view folder_name) {
  render::LocalImages links;
  for (const StoredImage& image : plan.stored) {
    links[image.src] = PercentEncodePath(std::string(folder_name) + "/" + image.file);
  }
  return links;
}

std::string PercentEncodePath(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char ch : path) {
    auto c = static_cast<unsigned char>(ch);
    if (IsAsciiAlpha(ch) || IsAsciiDigit(ch) || ch == '-' || ch == '.' || ch == '_' || ch == '~' || ch == '/') {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

bool IsStoredImageName(std::string_view name) {
  size_t dot = name.find('.');
  if (dot < 3 || dot == std::string_view::npos) return false;
  for (size_t i = 0; i < dot; ++i) {
    if (!IsAsciiDigit(name[i])) return false;
  }
  std::string_view extension = name.substr(dot + 1);
  for (std::string_view known : {"png", "jpg", "gif", "webp", "avif", "bmp"}) {
    if (extension == known) return true;
  }
  return false;
}

}  // namespace pagesift::library
