#include "decode/decode.h"

#include <unicode/ucnv.h>

#include <algorithm>
#include <array>
#include <memory>

#include "base/ascii.h"
#include "decode/utf8.h"

namespace pagesift::decode {
namespace {

constexpr size_t kPrescanBytes = 1024;

struct Bom {
  std::string_view bytes;
  const char* charset;
};
constexpr std::array<Bom, 3> kBoms = {{
    {"\xEF\xBB\xBF", "utf-8"}, {"\xFF\xFE", "utf-16le"}, {"\xFE\xFF", "utf-16be"}}};

// Converts with ICU. Unmappable and invalid input becomes U+FFFD (ICU's
// default substitution for a Unicode target is the replacement character).
std::string ConvertToUtf8(std::string_view bytes, const std::string& charset) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> from(ucnv_open(charset.c_str(), &err), ucnv_close);
  if (U_FAILURE(err)) return RepairUtf8(bytes);
  std::unique_ptr<UConverter, decltype(&ucnv_close)> to(ucnv_open("UTF-8", &err), ucnv_close);
  if (U_FAILURE(err)) return RepairUtf8(bytes);

  std::string out;
  out.resize(bytes.size() * 2 + 16);
  std::array<UChar, 4096> pivot;
  UChar* pivot_source = pivot.data();
  UChar* pivot_target = pivot.data();
  const char* source = bytes.data();
  char* target = out.data();
  for (;;) {
    err = U_ZERO_ERROR;
    ucnv_convertEx(to.get(), from.get(), &target, out.data() + out.size(), &source,
                   bytes.data() + bytes.size(), pivot.data(), &pivot_source, &pivot_target,
                   pivot.data() + pivot.size(), /*reset=*/false, /*flush=*/true, &err);
    if (err != U_BUFFER_OVERFLOW_ERROR) break;
    size_t used = static_cast<size_t>(target - out.data());
    out.resize(out.size() * 2);
    target = out.data() + used;
  }
  out.resize(static_cast<size_t>(target - out.data()));
  // ICU already substitutes; repair guards against any converter quirk.
  return IsValidUtf8(out) ? out : RepairUtf8(out);
}

// Reads one attribute (name=value) at s[i], the way the HTML prescan does.
bool NextAttribute(std::string_view s, size_t& i, std::string& name, std::string& value) {
  while (i < s.size() && (IsAsciiSpace(s[i]) || s[i] == '/')) ++i;
  if (i >= s.size() || s[i] == '>') return false;
  name.clear();
  value.clear();
  while (i < s.size() && s[i] != '=' && s[i] != '>' && !IsAsciiSpace(s[i]) && s[i] != '/') {
    name += AsciiLower(s[i++]);
  }
  while (i < s.size() && IsAsciiSpace(s[i])) ++i;
  if (i >= s.size() || s[i] != '=') return true;
  ++i;
  while (i < s.size() && IsAsciiSpace(s[i])) ++i;
  if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
    char quote = s[i++];
    while (i < s.size() && s[i] != quote) value += AsciiLower(s[i++]);
    if (i < s.size()) ++i;
  } else {
    while (i < s.size() && !IsAsciiSpace(s[i]) && s[i] != '>') value += AsciiLower(s[i++]);
  }
  return true;
}

// The charset named in a Content-Type value: "text/html; charset=utf-8".
std::string CharsetFromContentType(std::string_view content) {
  size_t at = content.find("charset");
  if (at == std::string_view::npos) return {};
  size_t i = at + 7;
  while (i < content.size() && IsAsciiSpace(content[i])) ++i;
  if (i >= content.size() || content[i] != '=') return {};
  ++i;
  while (i < content.size() && (IsAsciiSpace(content[i]) || content[i] == '"' || content[i] == '\'')) ++i;
  size_t end = i;
  while (end < content.size() && !IsAsciiSpace(content[end]) && content[end] != ';' &&
         content[end] != '"' && content[end] != '\'') {
    ++end;
  }
  return std::string(content.substr(i, end - i));
}

// A page saved or converted by a tool that left its old <meta charset> in
// place: its text is UTF-8 whatever the meta says. Text in a legacy encoding
// is almost never valid UTF-8 once it holds any byte above ASCII (its
// letters would have to pair up as lead and continuation bytes throughout),
// so such bytes are read as UTF-8 rather than turned into two or three
// wrong letters each. Browsers follow the meta here; a page they read
// arrives already decoded, with its charset declared by the transport.
bool IsReencodedUtf8(std::string_view bytes) {
  auto is_non_ascii = [](char c) { return static_cast<unsigned char>(c) >= 0x80; };
  return std::any_of(bytes.begin(), bytes.end(), is_non_ascii) && IsValidUtf8(bytes);
}

}  // namespace

std::string CanonicalCharset(std::string_view label) {
  std::string l = AsciiLowerCopy(TrimAscii(label));
  if (l.empty()) return {};
  if (l == "utf-8" || l == "utf8" || l == "unicode-1-1-utf-8") return "utf-8";
  // The web treats these labels as windows-1252 (the encoding standard).
  if (l == "iso-8859-1" || l == "latin1" || l == "l1" || l == "us-ascii" || l == "ascii" ||
      l == "iso8859-1" || l == "cp1252" || l == "windows-1252" || l == "x-cp1252") {
    return "windows-1252";
  }
  if (l == "utf-16" || l == "utf-16le") return "utf-16le";
  if (l == "utf-16be") return "utf-16be";
  if (l == "shift_jis" || l == "sjis" || l == "x-sjis" || l == "ms_kanji") return "shift_jis";
  if (l == "gb2312" || l == "gbk" || l == "x-gbk" || l == "chinese") return "gbk";
  if (l == "x-user-defined") return "windows-1252";
  // Anything else: keep the label if ICU knows it.
  UErrorCode err = U_ZERO_ERROR;
  UConverter* c = ucnv_open(l.c_str(), &err);
  if (U_FAILURE(err) || c == nullptr) return {};
  ucnv_close(c);
  return l;
}

std::string PrescanMetaCharset(std::string_view bytes) {
  std::string_view s = bytes.substr(0, kPrescanBytes);
  size_t i = 0;
  std::string name, value;
  while ((i = s.find('<', i)) != std::string_view::npos) {
    if (s.compare(i, 4, "<!--") == 0) {
      size_t end = s.find("-->", i + 4);
      if (end == std::string_view::npos) return {};
      i = end + 3;
      continue;
    }
    if (i + 5 < s.size() && AsciiLowerCopy(s.substr(i + 1, 4)) == "meta" &&
        (IsAsciiSpace(s[i + 5]) || s[i + 5] == '/')) {
      i += 5;
      std::string charset, content;
      bool http_equiv_content_type = false;
      while (NextAttribute(s, i, name, value)) {
        if (name == "charset" && charset.empty()) charset = value;
        else if (name == "content" && content.empty()) content = value;
        else if (name == "http-equiv" && value == "content-type") http_equiv_content_type = true;
      }
      if (charset.empty() && http_equiv_content_type) charset = CharsetFromContentType(content);
      std::string canonical = CanonicalCharset(charset);
      // A page that says UTF-16 in ASCII-compatible bytes is not UTF-16.
      if (canonical == "utf-16le" || canonical == "utf-16be") canonical = "utf-8";
      if (!canonical.empty()) return canonical;
      continue;
    }
    ++i;
  }
  return {};
}

DecodedPage Decode(std::string_view bytes, std::string_view declared_charset) {
  DecodedPage page;
  page.input_ = bytes;
  std::string charset;
  for (const Bom& bom : kBoms) {
    if (bytes.substr(0, bom.bytes.size()) == bom.bytes) {
      charset = bom.charset;
      bytes.remove_prefix(bom.bytes.size());
      page.input_ = bytes;
      break;
    }
  }
  if (charset.empty()) charset = CanonicalCharset(declared_charset);
  if (charset.empty()) {
    charset = PrescanMetaCharset(bytes);
    // Only a legacy meta needs the check; a page without one gets the same
    // answer from the fallback below, without validating the bytes twice.
    if (!charset.empty() && charset != "utf-8" && IsReencodedUtf8(bytes)) charset = "utf-8";
  }
  if (charset.empty()) charset = IsValidUtf8(bytes) ? "utf-8" : "windows-1252";
  page.charset_ = charset;

  if (charset == "utf-8") {
    if (!IsValidUtf8(bytes)) {
      page.storage_ = RepairUtf8(bytes);
      page.converted_ = true;
    }
    return page;
  }
  page.storage_ = ConvertToUtf8(bytes, charset);
  page.converted_ = true;
  return page;
}

}  // namespace pagesift::decode
