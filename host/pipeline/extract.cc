// The pipeline behind pagesift::Extract: one call per stage, in order.
#include "pagesift/extract.h"

#include <cmath>

#include "base/url.h"
#include "clean/clean.h"
#include "decode/decode.h"
#include "dom/dom.h"
#include "extract/main_content.h"
#include "extract/node_stats.h"
#include "metadata/metadata.h"
#include "parse/parse.h"
#include "pipeline/derived_fields.h"
#include "render/markdown.h"
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

// Visible characters under `root`.
size_t CountVisibleChars(const dom::Document& doc, dom::NodeId root) {
  size_t total = 0;
  for (dom::NodeId n = root; n != dom::kNoNode; n = doc.Next(n, root)) {
    if (!doc.IsText(n)) continue;
    uint32_t chars = 0, commas = 0;
    extract::CountText(doc.node(n).text, &chars, &commas);
    total += chars;
  }
  return total;
}

// One attempt at the main content: parse, clean, extract, render. A strict
// attempt prunes by every heuristic; the lenient one only by tag and name.
struct Attempt {
  std::string content;
  bool truncated = false;
  std::vector<TextBlock> blocks;
  size_t article_chars = 0;
  size_t body_chars = 0;  // the cleaned page's text, for judging the attempt
};

Status RunAttempt(std::string_view html, const Options& options, bool strict, Result* result, Attempt* out) {
  dom::Document doc;
  if (Status s = parse::ParseHtml(html, options.limits, &doc); !s.ok()) return s;
  if (Status s = CheckStop(options); !s.ok()) return s;
  UrlResolver urls(options.url);
  ApplyBaseElement(doc, &urls);
  if (strict) metadata::ReadMetadata(doc, urls, result);

  clean::CleanDocument(&doc);
  out->body_chars = CountVisibleChars(doc, dom::Document::kRoot);
  if (Status s = CheckStop(options); !s.ok()) return s;
  dom::NodeId article = extract::ExtractMainContent(&doc, result->title, result->byline, strict);
  out->article_chars = CountVisibleChars(doc, article);
  if (Status s = CheckStop(options); !s.ok()) return s;

  render::ReaderHtml view = render::RenderReaderHtml(doc, article, urls, options.limits.max_output_bytes);
  out->content = std::move(view.html);
  out->truncated = view.truncated;
  out->blocks = render::RenderTextBlocks(doc, article);
  return Status::Ok();
}

// A strict attempt that kept a small share of the cleaned page's text and
// few paragraphs of prose probably took one card of a listing, one section
// of a service page, or nothing: a lenient attempt gets a chance to do
// better. A short news story on a cluttered page also keeps a small share,
// but in paragraphs of prose, and stays, unless its share is tiny: then the
// prose was one section of a page spread over many.
bool LooksLikeAFragment(const Attempt& a) {
  constexpr double kMinArticleShare = 0.5;
  constexpr size_t kProseBlockBytes = 100, kMinProseBlocks = 5;
  constexpr double kMinProseShare = 0.15;
  if (static_cast<double>(a.article_chars) >= kMinArticleShare * static_cast<double>(a.body_chars)) return false;
  size_t prose = 0;
  for (const TextBlock& b : a.blocks) {
    if (b.kind == TextBlock::Kind::kParagraph && b.text.size() >= kProseBlockBytes) ++prose;
  }
  return prose < kMinProseBlocks ||
         static_cast<double>(a.article_chars) < kMinProseShare * static_cast<double>(a.body_chars);
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

  Attempt best;
  if (Status s = RunAttempt(page.text(), options, /*strict=*/true, result, &best); !s.ok()) return s;
  if (LooksLikeAFragment(best)) {
    Attempt lenient;
    if (Status s = RunAttempt(page.text(), options, /*strict=*/false, result, &lenient); !s.ok()) return s;
    if (lenient.article_chars > best.article_chars) best = std::move(lenient);
  }
  result->content = std::move(best.content);
  result->truncated = best.truncated;
  result->blocks = std::move(best.blocks);
  result->text_content = render::JoinBlocks(result->blocks);
  FillDerivedFields(result);
  if (options.want_markdown) {
    // The reader view's URLs are already absolute: the page's URL is base enough.
    UrlResolver page_urls(options.url);
    return render::RenderMarkdown(*result, page_urls, options.limits, render::TodayUtc(), &result->markdown);
  }
  return Status::Ok();
}

}  // namespace pagesift
