// ASCII-only character helpers. HTML's syntax (tag names, attribute names,
// charset labels) is case-insensitive in ASCII only, so these never touch
// bytes above 0x7F and are safe on UTF-8.
#ifndef PAGESIFT_BASE_ASCII_H_
#define PAGESIFT_BASE_ASCII_H_

#include <string>
#include <string_view>

namespace pagesift {

inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
inline bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

inline std::string AsciiLowerCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

inline bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (AsciiLower(a[i]) != AsciiLower(b[i])) return false;
  }
  return true;
}

inline std::string_view TrimAscii(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

// Calls fn(token) for each whitespace-separated token of `list` (a class
// attribute, say) until fn returns true; tells whether one did.
template <typename Fn>
bool AnyAsciiToken(std::string_view list, Fn&& fn) {
  size_t i = 0;
  while (i < list.size()) {
    while (i < list.size() && IsAsciiSpace(list[i])) ++i;
    size_t start = i;
    while (i < list.size() && !IsAsciiSpace(list[i])) ++i;
    if (i > start && fn(list.substr(start, i - start))) return true;
  }
  return false;
}

}  // namespace pagesift

#endif  // PAGESIFT_BASE_ASCII_H_
