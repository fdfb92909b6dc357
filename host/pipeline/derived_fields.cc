#include "pipeline/derived_fields.h"

#include <cmath>
#include <cstdint>
#include <string>

#include "base/ascii.h"
#include "base/utf8.h"

namespace pagesift {
namespace {

bool IsWordChar(uint32_t cp) {
  if (cp < 0x80) return IsAsciiAlpha(static_cast<char>(cp)) || IsAsciiDigit(static_cast<char>(cp));
  // Letters of other scripts; punctuation blocks excluded.
  return !(cp >= 0x2000 && cp <= 0x206F) && !(cp >= 0x3000 && cp <= 0x303F) && cp != 0xA0 &&
         !(cp >= 0xFF00 && cp <= 0xFF0F) && !(cp >= 0xA1 && cp <= 0xBF);
}

size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Characters per minute by language (Firefox's reader-mode figures, whose
// source study is Trauzettel-Klosinski and Dietz, 2012), English otherwise.
double CharactersPerMinute(std::string_view lang) {
  std::string l = AsciiLowerCopy(lang.substr(0, 2));
  if (l == "ja") return 357;
  if (l == "zh") return 255;
  if (l == "ko") return 386;
  if (l == "ar") return 612;
  if (l == "de") return 920;
  if (l == "es") return 1025;
  if (l == "fr") return 998;
  if (l == "it") return 950;
  if (l == "nl") return 978;
  if (l == "pt") return 913;
  if (l == "ru") return 986;
  if (l == "sv") return 917;
  if (l == "tr") return 1054;
  if (l == "fi") return 1078;
  if (l == "pl") return 916;
  if (l == "he") return 833;
  return 987;
}

// A real paragraph: long enough to say something, or a whole sentence
// ("Lorem ipsum dolor sit amet."), not a label such as "Contents".
bool IsRealParagraph(std::string_view text) {
  constexpr size_t kLongEnough = 80;
  constexpr size_t kSentenceWords = 4;
  if (CountCodePoints(text) >= kLongEnough) return true;
  std::string_view trimmed = TrimAscii(text);
  bool ends_sentence = !trimmed.empty() && (trimmed.back() == '.' || trimmed.back() == '!' || trimmed.back() == '?');
  return ends_sentence && CountWords(trimmed) >= kSentenceWords;
}

std::string FirstParagraph(const Result& r) {
  for (const TextBlock& b : r.blocks) {
    if (b.kind == TextBlock::Kind::kParagraph && IsRealParagraph(b.text)) return b.text;
  }
  return {};
}

}  // namespace

size_t CountWords(std::string_view text) {
  size_t words = 0;
  bool in_word = false;
  for (size_t i = 0; i < text.size();) {
    uint32_t cp = NextCodePoint(text, i);
    if (IsCjk(cp)) {
      ++words;
      in_word = false;
    } else if (IsWordChar(cp) && cp > 0x20) {
      if (!in_word) ++words;
      in_word = true;
    } else {
      in_word = false;
    }
  }
  return words;
}

void FillDerivedFields(Result* r) {
  r->length = CountCodePoints(r->text_content);
  r->word_count = CountWords(r->text_content);
  double minutes = static_cast<double>(r->length) / CharactersPerMinute(r->lang);
  r->reading_time_minutes = r->length == 0 ? 0 : std::max(1.0, std::round(minutes));
  if (r->excerpt.empty()) r->excerpt = FirstParagraph(*r);
}

}  // namespace pagesift
