#include "metadata/page_dates.h"

#include <algorithm>

#include "base/ascii.h"

namespace pagesift::metadata {
namespace {

using dom::Document;
using dom::NodeId;

std::string DateOfElement(const Document& doc, NodeId n, NumericOrder order) {
  for (std::string_view attr : {"datetime", "content", "title"}) {
    std::string date = NormalizeDate(doc.Attr(n, attr), order);
    if (!date.empty()) return date;
  }
  std::string text = doc.TextOf(n);
  return text.size() < 200 ? NormalizeDate(text, order) : std::string();
}

}  // namespace

std::string DateFromMarkup(const Document& doc, NodeId heading, NumericOrder order) {
  std::string first_time, time_after_heading;
  for (NodeId n = Document::kRoot; n != dom::kNoNode; n = doc.Next(n, Document::kRoot)) {
    if (!doc.IsElement(n) || doc.Is(n, GUMBO_TAG_META)) continue;
    bool published = doc.Attr(n, "itemprop") == "datePublished";
    bool time = doc.Is(n, GUMBO_TAG_TIME);
    if (!published && !time) continue;
    if (published ? InComments(doc, n) : InPageFurniture(doc, n)) continue;
    std::string date = DateOfElement(doc, n, order);
    if (date.empty()) continue;
    if (published) return date;
    if (first_time.empty()) first_time = date;
    if (time_after_heading.empty() && heading != dom::kNoNode && n > heading) time_after_heading = date;
  }
  return time_after_heading.empty() ? first_time : time_after_heading;
}

std::string DateNearHeading(const PageText& text, size_t heading_run, NumericOrder order) {
  constexpr size_t kBytesAfter = 2500;
  constexpr size_t kBytesBefore = 400;
  const std::vector<TextRun>& runs = text.runs();
  size_t bytes = 0;
  for (size_t i = heading_run; i < runs.size() && bytes < kBytesAfter; ++i) {
    bytes += runs[i].text.size();
    std::string date = FindDateInText(runs[i].text, order);
    if (!date.empty()) return date;
  }
  bytes = 0;
  for (size_t i = heading_run; i > 0 && bytes < kBytesBefore; --i) {
    bytes += runs[i - 1].text.size();
    std::string date = FindDateInText(runs[i - 1].text, order);
    if (!date.empty()) return date;
  }
  return {};
}

std::string LabelledDate(const Document& doc, const PageText& text, NumericOrder order) {
  static constexpr std::string_view kLabels[] = {
      "published", "posted", "updated", "date:", "publié", "mis à jour", "veröffentlicht", "aktualisiert",
      "publicado", "actualizado", "pubblicato", "aggiornato", "gepubliceerd", "bijgewerkt",
  };
  // The date follows its label closely, in the same run or the next.
  constexpr size_t kWindow = 120;
  const std::vector<TextRun>& runs = text.runs();
  for (size_t i = 0; i < runs.size(); ++i) {
    std::string lower = AsciiLowerCopy(runs[i].text);
    size_t at = std::string::npos;
    for (std::string_view label : kLabels) at = std::min(at, lower.find(label));
    if (at == std::string::npos || InPageFurniture(doc, runs[i].node)) continue;
    std::string window = runs[i].text.substr(at);
    if (i + 1 < runs.size()) window += " " + runs[i + 1].text;
    std::string date = FindDateInText(window.substr(0, kWindow), order);
    if (!date.empty()) return date;
  }
  return {};
}

}  // namespace pagesift::metadata
