// File names for saved articles: the template, then the cleaning that makes
// any name safe on Linux, macOS and Windows (a library folder is often
// synced between them).
#include <array>
#include <string>
#include <string_view>

#include "base/ascii.h"
#include "decode/utf8.h"
#include "pagesift/library.h"

namespace pagesift {
namespace {

// Characters that are dropped from names: they are invisible, or reorder
// what is shown (so "gpj.exe" can pass for "exe.jpg"), or break lines.
bool IsHiddenCharacter(std::string_view s, size_t i, size_t length) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  if (length == 2) return (b(0) == 0xC2 && b(1) <= 0x9F) ||  // C1 controls
                          (b(0) == 0xD8 && b(1) == 0x9C);      // Arabic letter mark
  if (length != 3) return false;
  if (b(0) == 0xE2 && b(1) == 0x80) return (b(2) >= 0x8B && b(2) <= 0x8F) ||  // ZW*, LRM, RLM
                                           (b(2) >= 0xA8 && b(2) <= 0xAE);    // LS, PS, embeddings
  if (b(0) == 0xE2 && b(1) == 0x81) return b(2) >= 0xA6 && b(2) <= 0xA9;       // isolates
  return b(0) == 0xEF && b(1) == 0xBB && b(2) == 0xBF;                          // BOM
}

bool IsForbiddenAscii(char c) {
  return static_cast<unsigned char>(c) < 0x20 || c == 0x7F || c == '/' || c == '\\' || c == ':' ||
         c == '*' || c == '?' || c == '"' || c == '<' || c == '>' || c == '|';
}

// CON, PRN, AUX, NUL, COM1-9, LPT1-9: Windows treats these as devices
// whatever follows the first dot.
bool IsReservedOnWindows(std::string_view name) {
  std::string base = AsciiLowerCopy(name.substr(0, name.find('.')));
  while (!base.empty() && base.back() == ' ') base.pop_back();
  for (std::string_view reserved : {"con", "prn", "aux", "nul"}) {
    if (base == reserved) return true;
  }
  return base.size() == 4 && (base.starts_with("com") || base.starts_with("lpt")) && base[3] >= '1' &&
         base[3] <= '9';
}

std::string FormatDate(std::string_view iso, std::string_view format) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return {};
  std::string out;
  for (size_t i = 0; i < format.size();) {
    if (format.substr(i, 4) == "YYYY") {
      out += iso.substr(0, 4), i += 4;
    } else if (format.substr(i, 2) == "MM") {
      out += iso.substr(5, 2), i += 2;
    } else if (format.substr(i, 2) == "DD") {
      out += iso.substr(8, 2), i += 2;
    } else {
      out += format[i++];
    }
  }
  return out;
}

std::string FieldValue(std::string_view field, const Result& r, std::string_view created) {
  std::string_view name = field.substr(0, field.find(':'));
  std::string_view format = field.find(':') == std::string_view::npos ? "YYYY-MM-DD" : field.substr(field.find(':') + 1);
  if (name == "title") return r.title;
  if (name == "site") return r.site_name;
  if (name == "author") return r.byline;
  if (name == "lang") return r.lang;
  if (name == "created") return FormatDate(created, format);
  if (name == "published" || name == "date") {
    std::string date = FormatDate(r.published_time, format);
    return date.empty() ? FormatDate(created, format) : date;
  }
  return {};
}

}  // namespace

std::string ExpandNameTemplate(std::string_view name_template, const Result& result, std::string_view created) {
  std::string out;
  for (size_t i = 0; i < name_template.size();) {
    size_t close = name_template[i] == '{' ? name_template.find('}', i) : std::string_view::npos;
    if (close == std::string_view::npos) {
      out += name_template[i++];
      continue;
    }
    out += FieldValue(name_template.substr(i + 1, close - i - 1), result, created);
    i = close + 1;
  }
  return out;
}

std::string SafeFileName(std::string_view name, size_t max_bytes) {
  std::string valid = decode::RepairUtf8(name);
  std::string out;
  bool space = false;
  for (size_t i = 0; i < valid.size();) {
    size_t length = decode::ValidSequenceLength(valid, i);
    if (length == 0) length = 1;  // cannot happen after repair; never loop forever
    auto c = static_cast<unsigned char>(valid[i]);
    bool control = length == 1 && (c < 0x20 || c == 0x7F) && !IsAsciiSpace(valid[i]);
    if (length == 1 && !control && (IsAsciiSpace(valid[i]) || IsForbiddenAscii(valid[i]))) {
      space = true;  // "a/b: c" reads as "a b c"
    } else if (!control && !IsHiddenCharacter(valid, i, length)) {
      if (space && !out.empty()) out += ' ';
      space = false;
      out.append(valid, i, length);
    }
    i += length;
  }
  // Drop the dots that hide a file (or name "..") at the start, and the
  // dots and spaces Windows refuses at the end; then keep clear of device
  // names, and cut at a character boundary (which may expose a dot or a
  // space at the end again).
  size_t start = out.find_first_not_of(". ");
  out = start == std::string::npos ? std::string() : out.substr(start);
  if (out.empty()) out = "untitled";
  if (IsReservedOnWindows(out)) out = "_" + out;
  if (out.size() > max_bytes) {
    size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
  }
  while (!out.empty() && (out.back() == '.' || out.back() == ' ')) out.pop_back();
  // Only when max_bytes is tiny. assign() rather than = "_", which GCC 12
  // at -O3 (the Release build) falsely reports as an overlapping copy.
  if (out.empty() || IsReservedOnWindows(out)) out.assign(1, '_');
  return out;
}

}  // namespace pagesift
