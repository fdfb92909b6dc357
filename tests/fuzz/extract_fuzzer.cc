// The whole pipeline, bytes to Result, on arbitrary pages: it must never
// crash, and the reader view it returns must hold nothing a browser would
// run (the XSS corpus test's checker, on inputs no one thought to write).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.h"
#include "pagesift/extract.h"
#include "security/executable_markup.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view page(reinterpret_cast<const char*>(data), size);
  pagesift::Options options;
  options.url = "https://fuzz.example/dir/page.html";
  options.want_markdown = true;
  // Small limits, so that the limit paths are reached by small inputs.
  options.limits.max_depth = 48;
  options.limits.max_nodes = 20'000;
  options.limits.max_attribute_bytes = 512;
  options.limits.max_output_bytes = 8 << 10;
  pagesift::Result result;
  pagesift::Status status = pagesift::Extract(page, options, &result);
  if (!status.ok()) return 0;
  std::vector<std::string> findings = pagesift::security::FindExecutableMarkup(result.content);
  for (const std::string& f : findings) std::fprintf(stderr, "executable markup: %s\n", f.c_str());
  FUZZ_CHECK(findings.empty());
  return 0;
}
