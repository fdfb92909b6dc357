// Markdown: the reader view in GitHub-flavoured Markdown, with YAML front
// matter in the shape note-taking apps read.
//
// The Markdown is written from the reader view (Result::content), not from
// the page: that HTML has already passed the allowlist, its URLs are
// absolute and checked, and so the Markdown can never show more than the
// reader view does. Links and images are checked again with the reader
// view's own rules (IsSafeLinkUrl, IsSafeImageUrl) before they are written.
//
// What comes out: ATX headings, paragraphs, "-" and "1." lists (nested),
// "> " quotes, fenced code with its language, GFM tables for tables whose
// cells hold only inline content (others become plain blocks), *emphasis*,
// **strong**, ~~deleted~~, `code`, links, images, and GFM footnotes for the
// usual "<sup><a href=#fn1>1</a></sup> ... <ol><li id=fn1>" pattern. Every
// character the page wrote that Markdown would read as syntax is escaped.
//
// The writer never recurses (dom::Walk), and nesting deeper than
// kMaxMarkdownNesting quotes and lists is flattened, so line prefixes stay
// bounded whatever the page does.
#ifndef PAGESIFT_RENDER_MARKDOWN_H_
#define PAGESIFT_RENDER_MARKDOWN_H_

#include <string>
#include <string_view>

#include "base/url.h"
#include "dom/dom.h"
#include "render/local_images.h"
#include "pagesift/limits.h"
#include "pagesift/result.h"
#include "pagesift/status.h"

namespace pagesift::render {

inline constexpr int kMaxMarkdownNesting = 16;

// The Markdown of the children of `root` (a reader-view tree), ending in one
// newline, or empty when there is no content. Links and images are resolved
// with `urls` and dropped when unsafe; an image in `local_images` links to
// its local copy instead.
std::string RenderMarkdownBody(const dom::Document& doc, dom::NodeId root, const UrlResolver& urls,
                               const LocalImages& local_images = {});

// "---\n" ... "---\n": title, source, author (a list), published, created,
// description, site, lang, tags (a list). Every value is a double-quoted
// YAML scalar with every character YAML could misread escaped, so any title
// is safe; empty fields are left out (title always stays).
// `created` is the date the Markdown is made ("2026-11-28").
std::string RenderFrontMatter(const Result& result, std::string_view created);

// Front matter, a blank line, then the body rendered from result.content,
// its images linked to `local_images` where they have a local copy.
// Fails only when result.content cannot be parsed within `limits`.
Status RenderMarkdown(const Result& result, const UrlResolver& urls, const Limits& limits,
                      std::string_view created, std::string* markdown,
                      const LocalImages& local_images = {});

// Today's date in UTC, "YYYY-MM-DD": the usual `created`.
std::string TodayUtc();

}  // namespace pagesift::render

#endif  // PAGESIFT_RENDER_MARKDOWN_H_
