#include "base/url.h"

#include <uriparser/Uri.h>

#include "base/ascii.h"

namespace pagesift {

struct UrlResolver::Parsed {
  UriUriA uri{};
  std::string text;  // uriparser points into it
  ~Parsed() { uriFreeUriMembersA(&uri); }
};

namespace {


std::string ToString(const UriUriA& uri) {
  int chars = 0;
  if (uriToStringCharsRequiredA(&uri, &chars) != URI_SUCCESS) return {};
  std::string out(static_cast<size_t>(chars) + 1, '\0');
  if (uriToStringA(out.data(), &uri, chars + 1, nullptr) != URI_SUCCESS) return {};
  out.resize(static_cast<size_t>(chars));
  return out;
}

}  // namespace

std::string CleanUrlReference(std::string_view reference) {
  auto is_c0_or_space = [](char c) { return static_cast<unsigned char>(c) <= 0x20; };
  while (!reference.empty() && is_c0_or_space(reference.front())) reference.remove_prefix(1);
  while (!reference.empty() && is_c0_or_space(reference.back())) reference.remove_suffix(1);
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(reference.size());
  for (char c : reference) {
    auto u = static_cast<unsigned char>(c);
    if (c == '\t' || c == '\n' || c == '\r') continue;
    if (u <= 0x20 || u >= 0x7F || c == '"' || c == '<' || c == '>' || c == '`' || c == '{' ||
        c == '}' || c == '|' || c == '\\' || c == '^') {
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 15];
    } else {
      out += c;
    }
  }
  return out;
}

std::string UrlScheme(std::string_view url) {
  size_t colon = url.find(':');
  if (colon == std::string_view::npos || colon == 0) return {};
  for (size_t i = 0; i < colon; ++i) {
    char c = url[i];
    if (!IsAsciiAlpha(c) && !(i > 0 && (IsAsciiDigit(c) || c == '+' || c == '-' || c == '.'))) return {};
  }
  return AsciiLowerCopy(url.substr(0, colon));
}

UrlResolver::UrlResolver(std::string_view base) { Rebase(base); }
UrlResolver::~UrlResolver() = default;

void UrlResolver::Rebase(std::string_view href) {
  std::string absolute = base_ ? Resolve(href) : CleanUrlReference(href);
  if (absolute.empty() || UrlScheme(absolute).empty()) return;
  auto parsed = std::make_unique<Parsed>();
  parsed->text = std::move(absolute);
  const char* error = nullptr;
  if (uriParseSingleUriA(&parsed->uri, parsed->text.c_str(), &error) != URI_SUCCESS) return;
  base_text_ = parsed->text;
  base_ = std::move(parsed);
}

std::string UrlResolver::Resolve(std::string_view reference) const {
  std::string cleaned = CleanUrlReference(reference);
  if (cleaned.empty()) return {};
  if (cleaned[0] == '#') return cleaned;
  UriUriA ref{};
  const char* error = nullptr;
  if (uriParseSingleUriA(&ref, cleaned.c_str(), &error) != URI_SUCCESS) return {};
  std::string out;
  if (ref.scheme.first != nullptr) {
    out = cleaned;  // already absolute: keep it as written
  } else if (base_) {
    UriUriA resolved{};
    if (uriAddBaseUriA(&resolved, &ref, &base_->uri) == URI_SUCCESS) out = ToString(resolved);
    uriFreeUriMembersA(&resolved);
  }
  uriFreeUriMembersA(&ref);
  return out;
}

}  // namespace pagesift
