// The pipeline behind pagesift::Extract: one call per stage, in order.
#include "pagesift/extract.h"

#include <cmath>

#include "base/url.h"
#include "clean/clean.h"
#include "decode/decode.h"
#include "dom/dom.h"
#include "extract/main_content.h"
#include "metadata/metadata.h"
#include "parse/parse.h"
#include "pipeline/derived_fields.h"
#include "render/reader_html.h"
#include "render/text_blocks.h"

namespace pagesift {
namespace {

Status CheckStop(const Options& options) {
  if (options.cancel != nullptr && options.cancel->load(std::memory_order_relaxed)) {
    return Status(ErrorCode::kCancelled, "the request was cancelled");
  }
  if (options.deadline && std::chrono::steady_clock::now() > *options.deadline) {
    return Status(ErrorCode::kTimeout, "the page took longer than the deadline");
  }
  return Status::Ok();
}

// The page's <base href>, which relative URLs resolve against.
void ApplyBaseElement(const dom::Document& doc, UrlResolver* urls) {
  dom::NodeId base = doc.FindFirst(GUMBO_TAG_BASE);
  if (base != dom::kNoNode && doc.HasAttribute(base, "href")) urls->Rebase(doc.Attr(base, "href"));
}

}  // namespace

Status Extract(std::string_view page_bytes, const Options& options, Result* result) {
  *result = Result();
  result->url = options.url;
  if (page_bytes.size() > options.limits.max_input_bytes) {
    return Status(ErrorCode::kInputTooLarge,
                  "the page is " + std::to_string(page_bytes.size()) + " bytes; the limit is " +
                      std::to_string(options.limits.max_input_bytes));
  }
  decode::DecodedPage page = decode::Decode(page_bytes, options.declared_charset);

  dom::Document doc;
  if (Status s = parse::ParseHtml(page.text(), options.limits, &doc); !s.ok()) return s;
  if (Status s = CheckStop(options); !s.ok()) return s;

  UrlResolver urls(options.url);
  ApplyBaseElement(doc, &urls);
  metadata::ReadMetadata(doc, urls, result);

  clean::CleanDocument(&doc);
  if (Status s = CheckStop(options); !s.ok()) return s;
  dom::NodeId article = extract::ExtractMainContent(&doc, result->title);
  if (Status s = CheckStop(options); !s.ok()) return s;

  render::ReaderHtml view = render::RenderReaderHtml(doc, article, urls, options.limits.max_output_bytes);
  result->content = std::move(view.html);
  result->truncated = view.truncated;
  result->blocks = render::RenderTextBlocks(doc, article);
  result->text_content = render::JoinBlocks(result->blocks);
  FillDerivedFields(result);
  return Status::Ok();
}

}  // namespace pagesift
