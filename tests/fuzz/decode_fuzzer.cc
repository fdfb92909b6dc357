// The charset decoder: any bytes, under any declared label, decode to valid
// UTF-8 without crashing. The first line (up to 24 bytes) is the declared
// label, so that the fuzzer explores labels as well as pages.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "decode/decode.h"
#include "decode/utf8.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string_view label;
  size_t newline = input.substr(0, 25).find('\n');
  if (newline != std::string_view::npos) {
    label = input.substr(0, newline);
    input.remove_prefix(newline + 1);
  }
  pagesift::decode::DecodedPage page = pagesift::decode::Decode(input, label);
  FUZZ_CHECK(pagesift::decode::IsValidUtf8(page.text()));
  FUZZ_CHECK(!page.charset().empty());
  std::string canonical = pagesift::decode::CanonicalCharset(label);
  FUZZ_CHECK(canonical.empty() || pagesift::decode::CanonicalCharset(canonical) == canonical);
  std::string meta = pagesift::decode::PrescanMetaCharset(input);
  FUZZ_CHECK(meta.empty() || !pagesift::decode::CanonicalCharset(meta).empty());
  return 0;
}
