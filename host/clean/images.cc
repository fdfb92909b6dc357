#include "clean/images.h"

#include <array>
#include <cstdlib>
#include <vector>

#include "base/ascii.h"
#include "extract/prune.h"

namespace pagesift::clean {
namespace {

using dom::Document;
using dom::NodeId;

constexpr size_t kNoscriptContentBytes = 500;

constexpr std::array<std::string_view, 9> kLazySourceAttributes = {
    "data-pagesift-src", "data-src", "data-lazy-src", "data-original", "data-lazy",
    "data-url", "data-hi-res-src", "data-full-src", "data-orig-file"};
constexpr std::array<std::string_view, 3> kLazySrcsetAttributes = {"data-srcset", "data-lazy-srcset",
                                                                   "srcset"};

bool LooksLikeImageUrl(std::string_view v) {
  v = TrimAscii(v);
  if (v.empty() || v.find(' ') != std::string_view::npos) return false;
  return v.starts_with("http") || v.starts_with("/") || v.starts_with("./") ||
         v.starts_with("../") || v.find('.') != std::string_view::npos;
}

// A src that only holds the place of the real image.
bool IsPlaceholder(std::string_view src) {
  if (src.empty()) return true;
  std::string lower = AsciiLowerCopy(src.substr(0, 200));
  if (lower.starts_with("data:")) return lower.size() < 200 || lower.starts_with("data:image/svg");
  return lower.find("blank.") != std::string::npos || lower.find("placeholder") != std::string::npos ||
         lower.find("spacer.") != std::string::npos || lower.find("lazy") != std::string::npos ||
         lower.find("transparent.") != std::string::npos || lower.find("pixel.gif") != std::string::npos;
}

long DimensionOf(const Document& doc, NodeId img, std::string_view name) {
  std::string_view v = doc.Attr(img, name);
  if (v.empty()) return -1;
  return std::strtol(std::string(v).c_str(), nullptr, 10);
}

// 1x1 trackers and spacers.
bool IsTrackingPixel(const Document& doc, NodeId img) {
  long w = DimensionOf(doc, img, "width"), h = DimensionOf(doc, img, "height");
  return (w >= 0 && w <= 2) || (h >= 0 && h <= 2);
}

void ResolveImage(Document* doc, NodeId img) {
  std::string_view src = doc->Attr(img, "src");
  for (std::string_view name : kLazySourceAttributes) {
    std::string_view v = doc->Attr(img, name);
    if (LooksLikeImageUrl(v) && (name == "data-pagesift-src" || IsPlaceholder(src))) {
      doc->SetAttribute(img, "src", std::string(v));
      return;
    }
  }
  if (!IsPlaceholder(src)) return;
  for (std::string_view name : kLazySrcsetAttributes) {
    std::string best = BestFromSrcset(doc->Attr(img, name));
    if (!best.empty()) {
      doc->SetAttribute(img, "src", best);
      return;
    }
  }
}

// <picture><source srcset=...><img></picture>: an img without a real
// source takes the first source's best candidate.
void ResolvePicture(Document* doc, NodeId picture) {
  NodeId img = doc->FindFirst(GUMBO_TAG_IMG, picture);
  if (img == dom::kNoNode || !IsPlaceholder(doc->Attr(img, "src"))) return;
  for (NodeId s = doc->node(picture).first_child; s != dom::kNoNode; s = doc->node(s).next_sibling) {
    if (!doc->Is(s, GUMBO_TAG_SOURCE)) continue;
    std::string_view srcset = doc->Attr(s, "srcset");
    if (srcset.empty()) srcset = doc->Attr(s, "data-srcset");
    std::string best = BestFromSrcset(srcset);
    if (!best.empty()) {
      doc->SetAttribute(img, "src", best);
      return;
    }
  }
}

NodeId PreviousElement(const Document& doc, NodeId id) {
  for (NodeId p = doc.node(id).prev_sibling; p != dom::kNoNode; p = doc.node(p).prev_sibling) {
    if (doc.IsElement(p)) return p;
    if (!TrimAscii(doc.node(p).text).empty()) return dom::kNoNode;
  }
  return dom::kNoNode;
}

// A <noscript> holding an image is the real image; the placeholder before
// it (if any) goes. Any other <noscript> is a message about scripts.
void ResolveNoscript(Document* doc, NodeId noscript) {
  NodeId img = doc->FindFirst(GUMBO_TAG_IMG, noscript);
  if (img == dom::kNoNode) {
    // Some sites (forums, single-page apps) serve their whole content to
    // readers without scripts inside <noscript>: that is content. A short
    // one is a "please enable JavaScript" message.
    if (extract::CollapseWhitespace(doc->TextOf(noscript)).size() >= kNoscriptContentBytes) {
      doc->Unwrap(noscript);
    } else {
      doc->Detach(noscript);
    }
    return;
  }
  NodeId prev = PreviousElement(*doc, noscript);
  if (prev != dom::kNoNode && (doc->Is(prev, GUMBO_TAG_IMG) || doc->FindFirst(GUMBO_TAG_IMG, prev) == prev)) {
    doc->Detach(prev);
  }
  doc->Unwrap(noscript);
}

}  // namespace

std::string BestFromSrcset(std::string_view srcset) {
  std::string best;
  double best_size = -1;
  size_t i = 0;
  while (i < srcset.size()) {
    while (i < srcset.size() && (IsAsciiSpace(srcset[i]) || srcset[i] == ',')) ++i;
    size_t start = i;
    while (i < srcset.size() && !IsAsciiSpace(srcset[i])) ++i;
    std::string_view url = srcset.substr(start, i - start);
    if (!url.empty() && url.back() == ',') url.remove_suffix(1);
    while (i < srcset.size() && IsAsciiSpace(srcset[i])) ++i;
    size_t d = i;
    while (i < srcset.size() && srcset[i] != ',') ++i;
    std::string descriptor(TrimAscii(srcset.substr(d, i - d)));
    double size = descriptor.empty() ? 1 : std::strtod(descriptor.c_str(), nullptr);
    if (!url.empty() && size > best_size) {
      best_size = size;
      best = std::string(url);
    }
  }
  return best;
}

void ResolveLazyImages(Document* doc) {
  std::vector<NodeId> images, pictures, noscripts;
  for (NodeId n = Document::kRoot; n != dom::kNoNode; n = doc->Next(n, Document::kRoot)) {
    if (doc->Is(n, GUMBO_TAG_NOSCRIPT)) noscripts.push_back(n);
    else if (doc->Is(n, GUMBO_TAG_IMG)) images.push_back(n);
    else if (doc->IsElement(n) && doc->TagName(n) == "picture") pictures.push_back(n);
  }
  for (NodeId n : noscripts) ResolveNoscript(doc, n);
  for (NodeId img : images) {
    if (doc->node(img).parent == dom::kNoNode) continue;
    if (IsTrackingPixel(*doc, img)) {
      doc->Detach(img);
      continue;
    }
    ResolveImage(doc, img);
  }
  for (NodeId p : pictures) ResolvePicture(doc, p);
}

}  // namespace pagesift::clean
