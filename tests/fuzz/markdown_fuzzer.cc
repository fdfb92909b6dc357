// The Markdown renderer on arbitrary reader HTML and metadata: it must never
// crash, and its front matter must stay one well-formed block whatever the
// title says. The input is split at its first NUL: metadata text, then HTML.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "base/url.h"
#include "fuzz_check.h"
#include "pagesift/limits.h"
#include "pagesift/result.h"
#include "render/markdown.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  size_t nul = input.find('\0');
  pagesift::Result result;
  if (nul != std::string_view::npos) {
    std::string meta(input.substr(0, nul));
    result.title = meta;
    result.byline = meta;
    result.authors = {meta, "second"};
    result.tags = {meta};
    result.excerpt = meta;
    result.site_name = meta;
    input.remove_prefix(nul + 1);
  }
  result.content = std::string(input);
  result.url = "https://fuzz.example/a/b.html";

  pagesift::UrlResolver urls(result.url);
  pagesift::Limits limits;
  limits.max_depth = 48;
  limits.max_nodes = 20'000;
  std::string markdown;
  pagesift::Status status = pagesift::render::RenderMarkdown(result, urls, limits, "2026-11-28", &markdown);
  if (!status.ok()) return 0;
  FUZZ_CHECK(markdown.starts_with("---\n"));
  // The front matter is one block of "key: \"value\"", "key:" and
  // "  - \"item\"" lines: a title can neither end it early nor add a key.
  std::string_view rest = std::string_view(markdown).substr(4);
  size_t close = rest.find("\n---\n");
  FUZZ_CHECK(close != std::string_view::npos);
  std::string_view block = rest.substr(0, close + 1);
  while (!block.empty()) {
    size_t end = block.find('\n');
    std::string_view line = block.substr(0, end);
    block.remove_prefix(end + 1);
    bool item = line.starts_with("  - \"") && line.size() >= 6 && line.ends_with('"');
    size_t colon = line.find(": \"");
    bool scalar = colon != std::string_view::npos && colon > 0 && line.size() >= colon + 4 && line.ends_with('"') &&
                  line.substr(0, colon).find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string_view::npos;
    bool list_key = line.size() > 1 && line.ends_with(':') &&
                    line.substr(0, line.size() - 1).find_first_not_of("abcdefghijklmnopqrstuvwxyz") ==
                        std::string_view::npos;
    if (!(item || scalar || list_key)) std::fprintf(stderr, "front matter line: %.*s\n", static_cast<int>(line.size()), line.data());
    FUZZ_CHECK(item || scalar || list_key);
  }
  return 0;
}
