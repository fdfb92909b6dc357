#include "metadata/candidate_text.h"

#include <algorithm>
#include <cstdint>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "base/ascii.h"
#include "extract/prune.h"

namespace pagesift::metadata {
namespace {

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// The named references that double-escaped metadata actually carries; the
// HTML parser has already decoded the first level, so this is not a full
// HTML entity table (Gumbo keeps that to itself).
struct NamedReference {
  std::string_view name;
  uint32_t code_point;
};
constexpr NamedReference kNamedReferences[] = {
    {"amp", '&'},       {"lt", '<'},         {"gt", '>'},         {"quot", '"'},
    {"apos", '\''},     {"nbsp", 0xA0},      {"hellip", 0x2026},  {"ndash", 0x2013},
    {"mdash", 0x2014},  {"lsquo", 0x2018},   {"rsquo", 0x2019},   {"ldquo", 0x201C},
    {"rdquo", 0x201D},  {"laquo", 0xAB},     {"raquo", 0xBB},     {"middot", 0xB7},
    {"copy", 0xA9},     {"reg", 0xAE},       {"trade", 0x2122},   {"eacute", 0xE9},
};

// Decodes one level of character references; unknown ones stay as they are.
std::string DecodeReferencesOnce(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] != '&') {
      out.push_back(s[i++]);
      continue;
    }
    size_t semi = s.find(';', i + 1);
    if (semi == std::string_view::npos || semi - i > 32) {
      out.push_back(s[i++]);
      continue;
    }
    std::string_view body = s.substr(i + 1, semi - i - 1);
    bool decoded = false;
    if (body.size() >= 2 && body[0] == '#') {
      bool hex = body[1] == 'x' || body[1] == 'X';
      std::string_view digits = body.substr(hex ? 2 : 1);
      uint32_t cp = 0;
      bool ok = !digits.empty();
      for (char c : digits) {
        uint32_t d;
        if (IsAsciiDigit(c)) {
          d = static_cast<uint32_t>(c - '0');
        } else if (hex && AsciiLower(c) >= 'a' && AsciiLower(c) <= 'f') {
          d = static_cast<uint32_t>(AsciiLower(c) - 'a' + 10);
        } else {
          ok = false;
          break;
        }
        // Out-of-range references decode to U+FFFD, as in HTML.
        cp = cp > 0x10FFFF ? 0x110000 : cp * (hex ? 16u : 10u) + d;
      }
      if (ok) {
        AppendUtf8(cp, &out);
        decoded = true;
      }
    } else {
      for (const NamedReference& ref : kNamedReferences) {
        if (body == ref.name) {
          AppendUtf8(ref.code_point, &out);
          decoded = true;
          break;
        }
      }
    }
    if (decoded) {
      i = semi + 1;
    } else {
      out.push_back(s[i++]);
    }
  }
  return out;
}

// Letters and digits of any script, and the marks that combine with them;
// symbols ("®", "¶", "™") and punctuation separate words, as they do for
// the scorers' \w+ and for a reader comparing two titles.
bool IsWordCodePoint(UChar32 c) {
  if (c < 0) return false;
  if (c < 0x80) return IsAsciiAlpha(static_cast<char>(c)) || IsAsciiDigit(static_cast<char>(c));
  return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

}  // namespace

std::string CleanText(std::string_view raw) {
  std::string text(raw);
  for (int level = 0; level < 2 && text.find('&') != std::string::npos; ++level) {
    text = DecodeReferencesOnce(text);
  }
  // Soft hyphens are invisible break hints inside words ("Assis\u00ADtance").
  std::string visible;
  visible.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xAD') {
      ++i;
    } else {
      visible.push_back(text[i]);
    }
  }
  return extract::CollapseWhitespace(visible);
}

bool IsUrl(std::string_view value) {
  std::string lower = AsciiLowerCopy(TrimAscii(value));
  return lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("//") ||
         lower.starts_with("www.");
}

namespace {

// A message key that a template printed untranslated, "page.head.author":
// three or more lower-case words of two letters or more joined by dots and
// nothing else, the last naming a field. A host name ("news.site.co.uk")
// ends in a top-level label of two or three letters instead, and a handle
// ("sara.r.peter") holds an initial.
bool IsMessageKey(std::string_view value) {
  constexpr int kMinParts = 3;
  constexpr size_t kMinPart = 2;
  constexpr size_t kMaxTopLevelLabel = 3;
  int parts = 1;
  size_t part_size = 0;
  for (char c : value) {
    if (c == '.') {
      if (part_size < kMinPart) return false;
      ++parts;
      part_size = 0;
    } else if ((c >= 'a' && c <= 'z') || c == '_') {
      ++part_size;
    } else {
      return false;
    }
  }
  return parts >= kMinParts && part_size > kMaxTopLevelLabel;
}

}  // namespace

bool IsPlaceholder(std::string_view value) {
  value = TrimAscii(value);
  if (value.find("{{") != std::string_view::npos || value.find("${") != std::string_view::npos ||
      value.find("%%") != std::string_view::npos || value.find("<%") != std::string_view::npos) {
    return true;
  }
  return (value.size() >= 2 && value.front() == '[' && value.back() == ']') || IsMessageKey(value);
}

bool IsUsable(std::string_view value) {
  return !TrimAscii(value).empty() && !IsUrl(value) && !IsPlaceholder(value);
}

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(std::min<size_t>(text.size(), INT32_MAX));
  for (int32_t i = 0; i < length;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (IsWordCodePoint(c)) {
      word.append(text.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
    } else if (!word.empty()) {
      words.push_back(AsciiLowerCopy(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(AsciiLowerCopy(word));
  return words;
}

bool SameWords(std::string_view a, std::string_view b) { return Words(a) == Words(b); }

size_t SharedWordCount(std::string_view part, std::string_view whole) {
  std::vector<std::string> all = Words(whole);
  std::sort(all.begin(), all.end());
  size_t shared = 0;
  for (const std::string& w : Words(part)) shared += std::binary_search(all.begin(), all.end(), w) ? 1 : 0;
  return shared;
}

bool WordsContained(std::string_view part, std::string_view whole) {
  return SharedWordCount(part, whole) == Words(part).size();
}

}  // namespace pagesift::metadata
