// The pipeline behind pagesift::Extract: one call per stage, in order.
#include "pagesift/extract.h"

#include <algorithm>
#include <cmath>

#include "base/url.h"
#include "clean/clean.h"
#include "decode/decode.h"
#include "dom/dom.h"
#include "extract/main_content.h"
#include "extract/node_stats.h"
#include "metadata/metadata.h"
#include "metadata/page_text.h"
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

// One attempt at the main content, on its own copy of the parsed page:
// clean, extract, render. A strict attempt prunes by every heuristic; the
// lenient one only by tag and name.
struct Attempt {
  std::string content;
  bool truncated = false;
  std::vector<TextBlock> blocks;
  // The attempt is judged by the container of prose it found, without the
  // sections it added above and below it (extract::MainContent::lead and
  // trail): those are the first lead_blocks and the last trail_blocks
  // blocks, and not in article_chars; nor are the boxes the pruning kept
  // for their kind alone.
  size_t article_chars = 0;
  size_t lead_blocks = 0;
  size_t trail_blocks = 0;
  size_t body_chars = 0;  // the cleaned page's text, for judging the attempt
};

Status RunAttempt(dom::Document doc, const UrlResolver& urls, const Options& options, const Result& metadata,
                  bool strict, Attempt* out) {
  // Clean keeps the boxes around the page's heading, and extract starts the
  // lead sections from it: found again only when clean dropped it (hidden).
  dom::NodeId heading = metadata::FindMainHeading(doc, metadata.title);
  clean::CleanDocument(&doc, heading);
  if (heading != dom::kNoNode && !doc.IsInside(heading, dom::Document::kRoot)) {
    heading = metadata::FindMainHeading(doc, metadata.title);
  }
  out->body_chars = CountVisibleChars(doc, dom::Document::kRoot);
  if (Status s = CheckStop(options); !s.ok()) return s;
  extract::MainContent main = extract::ExtractMainContent(&doc, metadata.title, metadata.byline, heading, strict);
  const dom::NodeId article = main.article;
  out->article_chars = CountVisibleChars(doc, article);
  if (main.lead != dom::kNoNode) {
    out->article_chars -= CountVisibleChars(doc, main.lead);
    out->lead_blocks = render::RenderTextBlocks(doc, main.lead).size();
  }
  if (main.trail != dom::kNoNode) {
    out->article_chars -= CountVisibleChars(doc, main.trail);
    out->trail_blocks = render::RenderTextBlocks(doc, main.trail).size();
  }
  // Boxes kept for their kind inside the lead or the trail are left out twice: at worst the
  // attempt looks like less of a whole than it is, and the lenient attempt is tried.
  out->article_chars -= std::min<size_t>(out->article_chars, main.kept_for_kind);
  if (Status s = CheckStop(options); !s.ok()) return s;

  render::ReaderHtml view = render::RenderReaderHtml(doc, article, urls, options.limits.max_output_bytes);
  out->content = std::move(view.html);
  out->truncated = view.truncated;
  out->blocks = render::RenderTextBlocks(doc, article);
  return Status::Ok();
}

// The strict attempt may have taken one card of a listing, one section of a
// service page, or nothing, when it kept less than this share of the text
// the lenient attempt keeps. On WCXB's pages the lenient attempt is mostly
// the better one below this share and mostly the worse one above it.
constexpr double kMaxFragmentShare = 0.55;

// A strict attempt that kept many paragraphs of prose, or several and
// next to nothing else, found an article even where the page around it
// holds more text (comments, teasers, menus of headlines): the lenient
// attempt would take those too.
bool KeptAnArticle(const Attempt& a) {
  constexpr size_t kProseBlockBytes = 100, kManyProseBlocks = 12, kSeveralProseBlocks = 4;
  constexpr double kMinProseShare = 0.95;
  size_t prose = 0, prose_bytes = 0, bytes = 0;
  for (size_t i = a.lead_blocks; i + a.trail_blocks < a.blocks.size(); ++i) {
    const TextBlock& b = a.blocks[i];
    bytes += b.text.size();
    if (b.kind != TextBlock::Kind::kParagraph || b.text.size() < kProseBlockBytes) continue;
    ++prose;
    prose_bytes += b.text.size();
  }
  return prose > kManyProseBlocks ||
         (prose >= kSeveralProseBlocks && static_cast<double>(prose_bytes) >= kMinProseShare * static_cast<double>(bytes));
}

// Whether the lenient attempt is worth running: it keeps at most the
// cleaned page's text, so a strict attempt that kept kMaxFragmentShare of
// that is no fragment of what the lenient attempt would find.
bool MayBeAFragment(const Attempt& strict) {
  return static_cast<double>(strict.article_chars) < kMaxFragmentShare * static_cast<double>(strict.body_chars) &&
         !KeptAnArticle(strict);
}

bool IsAFragmentOf(const Attempt& strict, const Attempt& lenient) {
  return static_cast<double>(strict.article_chars) <= kMaxFragmentShare * static_cast<double>(lenient.article_chars);
}

// Pages from this size on are parsed again for a second attempt rather
// than copied: the copy is cheaper in time but doubles the tree in memory,
// which matters only on pages this large.
constexpr size_t kMaxCopiedPageBytes = size_t{1} << 20;

Status ParsePage(std::string_view html, const Options& options, dom::Document* doc) {
  if (Status s = parse::ParseHtml(html, options.limits, doc); !s.ok()) return s;
  return CheckStop(options);
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
  if (Status s = ParsePage(page.text(), options, &doc); !s.ok()) return s;
  UrlResolver urls(options.url);
  ApplyBaseElement(doc, &urls);
  metadata::ReadMetadata(doc, urls, result);

  // Each attempt mutates its tree. On most pages the strict one works on a
  // copy, so that the lenient one, when it runs, needs no second parse. A
  // large page is parsed again instead: two of its trees alive at once
  // would raise the peak memory by half or more (tests/bench/FIGURES.md).
  const bool keep_parse = page.text().size() < kMaxCopiedPageBytes;
  Attempt best;
  if (Status s = RunAttempt(keep_parse ? doc.Copy() : std::move(doc), urls, options, *result, /*strict=*/true, &best);
      !s.ok()) {
    return s;
  }
  if (MayBeAFragment(best)) {
    if (!keep_parse) {
      doc = dom::Document();
      if (Status s = ParsePage(page.text(), options, &doc); !s.ok()) return s;
    }
    Attempt lenient;
    if (Status s = RunAttempt(std::move(doc), urls, options, *result, /*strict=*/false, &lenient); !s.ok()) return s;
    if (IsAFragmentOf(best, lenient)) best = std::move(lenient);
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
