// The library's file names: a name made from any title and any template is
// a plain file name on every common file system, never empty, never longer
// than asked, and cleaning it again changes nothing. The first byte picks
// the length cap; the rest is split at its first NUL into template and title.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "decode/utf8.h"
#include "fuzz_check.h"
#include "pagesift/library.h"
#include "pagesift/result.h"

namespace {

void CheckSafe(const std::string& name, size_t max_bytes) {
  FUZZ_CHECK(!name.empty());
  FUZZ_CHECK(name.size() <= max_bytes);
  FUZZ_CHECK(pagesift::decode::IsValidUtf8(name));
  FUZZ_CHECK(name != "." && name != "..");
  FUZZ_CHECK(name.front() != '.' && name.front() != ' ' && name.back() != '.' && name.back() != ' ');
  for (char c : name) {
    auto u = static_cast<unsigned char>(c);
    FUZZ_CHECK(u >= 0x20 && u != 0x7F);
    FUZZ_CHECK(std::string_view("/\\:*?\"<>|").find(c) == std::string_view::npos);
  }
  FUZZ_CHECK(pagesift::SafeFileName(name, max_bytes) == name);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  size_t max_bytes = 16 + data[0];
  std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  CheckSafe(pagesift::SafeFileName(input, max_bytes), max_bytes);

  size_t nul = input.find('\0');
  std::string_view name_template = nul == std::string_view::npos ? input : input.substr(0, nul);
  pagesift::Result result;
  result.title = nul == std::string_view::npos ? "" : std::string(input.substr(nul + 1));
  result.site_name = result.title;
  result.byline = result.title;
  result.published_time = result.title;
  std::string expanded = pagesift::ExpandNameTemplate(name_template, result, "2026-11-28");
  CheckSafe(pagesift::SafeFileName(expanded, max_bytes), max_bytes);
  return 0;
}
