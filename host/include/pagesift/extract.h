// Extract: from a page's bytes to a Result.
//
// The pipeline runs in one direction, one stage a folder under host/:
//   decode   bytes -> UTF-8 (BOM, <meta charset>, fallback sniffing)
//   parse    UTF-8 -> Gumbo -> our compact DOM (dom/), depth and size bounded
//   clean    drop what is never content: scripts, hidden nodes, forms, ads
//   extract  find the main content and prune the clutter inside it
//   metadata title, byline, dates, language... from structured data and the page
//   render   reader HTML (allowlist-sanitized), plain text, Markdown
//
// Example:
//   pagesift::Options options;
//   options.url = "https://example.com/post";
//   pagesift::Result result;
//   pagesift::Status status = pagesift::Extract(page_bytes, options, &result);
//
// Extract is thread-safe: it keeps no state between calls.
#ifndef PAGESIFT_EXTRACT_H_
#define PAGESIFT_EXTRACT_H_

#include <atomic>
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "pagesift/limits.h"
#include "pagesift/result.h"
#include "pagesift/status.h"

namespace pagesift {

struct Options {
  // The page's URL: relative links and images are made absolute against it
  // (or against the page's <base href>).
  std::string url;

  // The encoding the transport declared (an HTTP Content-Type charset, or
  // "utf-8" for a DOM serialised by the browser). Empty: sniff it.
  std::string declared_charset;

  // Also render Markdown into Result::markdown.
  bool want_markdown = false;

  Limits limits;

  // Checked between stages and inside long loops: when it becomes true, or
  // the deadline passes, Extract returns kCancelled or kTimeout.
  const std::atomic<bool>* cancel = nullptr;
  std::optional<std::chrono::steady_clock::time_point> deadline;
};

// Fills *result from the page's bytes. On error *result is unspecified and
// the status says why (kInputTooLarge, kTooComplex, kCancelled, kTimeout).
// Never crashes or hangs on any input within the limits.
Status Extract(std::string_view page_bytes, const Options& options, Result* result);

// Builds now what the engine otherwise builds during the first page it
// reads, once per process: its compiled patterns (tens of milliseconds of
// CPU, many times the work of a typical page) and the ICU services it
// uses. A long-lived caller, such as the native-messaging host, runs it on a
// spare thread as it starts, so that its first page is served as fast as
// the rest. Extract on another thread meanwhile is safe (it waits for what
// is being built, or builds it itself). Returns what Extract returned on
// the built-in page it reads.
Status WarmUp();

}  // namespace pagesift

#endif  // PAGESIFT_EXTRACT_H_
