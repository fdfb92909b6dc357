// The nesting guard and the parser: any UTF-8 text (invalid sequences are
// replaced first, as the decoder would) parses within the limits or is
// refused with kTooComplex; the guard never lets through a start tag deeper
// than the limit, and never rewrites a page it did not have to.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "decode/decode.h"
#include "dom/dom.h"
#include "fuzz_check.h"
#include "parse/nesting_guard.h"
#include "parse/parse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  pagesift::decode::DecodedPage page = pagesift::decode::Decode(bytes, "utf-8");
  pagesift::Limits limits;
  limits.max_depth = 32;
  limits.max_nodes = 5'000;
  limits.max_attribute_bytes = 256;

  pagesift::parse::GuardedHtml guarded;
  pagesift::Status status = pagesift::parse::GuardNesting(page.text(), limits, &guarded);
  if (status.ok()) {
    FUZZ_CHECK(guarded.dropped_tags <= guarded.start_tags);
    FUZZ_CHECK(guarded.dropped_tags > 0 || guarded.html == page.text());
  } else {
    FUZZ_CHECK(status.code() == pagesift::ErrorCode::kTooComplex);
  }

  pagesift::dom::Document doc;
  status = pagesift::parse::ParseHtml(page.text(), limits, &doc);
  FUZZ_CHECK(status.ok() || status.code() == pagesift::ErrorCode::kTooComplex);
  return 0;
}
