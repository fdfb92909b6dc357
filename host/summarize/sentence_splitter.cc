#include "summarize/sentence_splitter.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "summarize/abbreviations.h"

namespace pagesift::summarize {
namespace {

bool IsSpace(UChar32 c) { return u_isUWhiteSpace(c) || c == 0xA0 || c == 0x202F || c == 0x2007; }

icu::UnicodeString CollapseSpaces(const icu::UnicodeString& text) {
  icu::UnicodeString out;
  bool pending_space = false;
  for (int32_t i = 0; i < text.length();) {
    UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (IsSpace(c)) {
      pending_space = !out.isEmpty();
      continue;
    }
    if (pending_space) out.append(u' ');
    pending_space = false;
    out.append(c);
  }
  return out;
}

// A quote or bracket that closes what came before: ICU leaves French "»"
// (after a no-break space) and some quotes at the start of the next sentence.
// A quote followed by a space closes; one followed by a word opens.
bool IsCloserAt(const icu::UnicodeString& text, int32_t i, std::string_view lang) {
  UChar32 c = text.char32At(i);
  if (c == 0xAB && lang == "fr") return false;  // « opens in French
  int8_t type = u_charType(c);
  bool quote_or_bracket = type == U_FINAL_PUNCTUATION || type == U_INITIAL_PUNCTUATION ||
                          type == U_END_PUNCTUATION || c == '"' || c == '\'';
  if (!quote_or_bracket) return false;
  int32_t next = i + U16_LENGTH(c);
  return next >= text.length() || IsSpace(text.char32At(next)) ||
         u_ispunct(text.char32At(next));
}

// The break moved past leading closers and the spaces after them.
int32_t AfterLeadingClosers(const icu::UnicodeString& text, int32_t boundary,
                            std::string_view lang) {
  int32_t i = boundary;
  while (i < text.length() && IsCloserAt(text, i, lang)) i += U16_LENGTH(text.char32At(i));
  if (i == boundary) return boundary;
  while (i < text.length() && IsSpace(text.char32At(i))) ++i;
  return i;
}

// The word ending just before a boundary, without the spaces that follow it.
icu::UnicodeString WordBefore(const icu::UnicodeString& text, int32_t boundary) {
  int32_t end = boundary;
  while (end > 0 && IsSpace(text.charAt(end - 1))) --end;
  int32_t start = end;
  while (start > 0 && !IsSpace(text.charAt(start - 1))) --start;
  return icu::UnicodeString(text, start, end - start);
}

bool IsInitial(const icu::UnicodeString& word) {
  return word.length() == 2 && word.charAt(1) == u'.' && u_isupper(word.charAt(0));
}

bool IsDayOrOrdinal(const icu::UnicodeString& word) {
  if (word.length() < 2 || word.length() > 3 || word.charAt(word.length() - 1) != u'.') return false;
  for (int32_t i = 0; i + 1 < word.length(); ++i) {
    if (!u_isdigit(word.charAt(i))) return false;
  }
  return true;
}

}  // namespace

SentenceSplitter::SentenceSplitter(std::string lang, std::vector<icu::UnicodeString> abbreviations,
                                   std::unique_ptr<icu::BreakIterator> breaker)
    : lang_(std::move(lang)), abbreviations_(std::move(abbreviations)), breaker_(std::move(breaker)) {}

Status SentenceSplitter::Create(std::string_view lang, std::unique_ptr<SentenceSplitter>* out) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale(lang == "und" ? "" : std::string(lang).c_str());
  std::unique_ptr<icu::BreakIterator> breaker(icu::BreakIterator::createSentenceInstance(locale, status));
  if (U_FAILURE(status) || breaker == nullptr) {
    return Status(ErrorCode::kInternal,
                  std::string("ICU sentence rules unavailable: ") + u_errorName(status));
  }
  std::vector<icu::UnicodeString> abbreviations;
  for (std::string_view abbreviation : AbbreviationsFor(lang)) {
    icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
        icu::StringPiece(abbreviation.data(), static_cast<int32_t>(abbreviation.size())));
    abbreviations.push_back(unicode);
    // "vgl." also opens a sentence, as "Vgl.".
    if (u_islower(unicode.char32At(0))) {
      abbreviations.push_back(unicode.replace(0, 1, static_cast<UChar>(u_toupper(unicode.charAt(0)))));
    }
  }
  out->reset(new SentenceSplitter(std::string(lang), std::move(abbreviations), std::move(breaker)));
  return Status::Ok();
}

// ICU's own FilteredBreakIteratorBuilder would do this, but in ICU 72 it
// also drops the break after the sentence that follows a suppressed one
// ("Dr. Müller kam. Er ging." stays one sentence), so the check is ours.
bool SentenceSplitter::EndsWithAbbreviation(const icu::UnicodeString& text, int32_t boundary) const {
  int32_t end = boundary;
  while (end > 0 && IsSpace(text.charAt(end - 1))) --end;
  for (const icu::UnicodeString& abbreviation : abbreviations_) {
    // The break may fall after any period of the abbreviation: after "z."
    // as well as after "B." of "z. B.".
    for (int32_t cut = 1; cut <= abbreviation.length(); ++cut) {
      if (abbreviation.charAt(cut - 1) != u'.') continue;
      int32_t start = end - cut;
      if (start < 0 || text.compare(start, abbreviation.length(), abbreviation) != 0) continue;
      if (start == 0) return true;
      UChar32 before = text.char32At(start - 1);
      if (IsSpace(before) || u_charType(before) == U_START_PUNCTUATION ||
          u_charType(before) == U_INITIAL_PUNCTUATION || before == '"') {
        return true;
      }
    }
  }
  return false;
}

bool SentenceSplitter::KeepsSentenceOpen(const icu::UnicodeString& text, int32_t boundary) const {
  icu::UnicodeString word = WordBefore(text, boundary);
  if (IsInitial(word)) return true;
  if (lang_ == "de" && IsDayOrOrdinal(word)) return true;
  return EndsWithAbbreviation(text, boundary);
}

std::vector<int32_t> SentenceSplitter::Boundaries(const icu::UnicodeString& text) {
  std::vector<int32_t> bounds{0};
  breaker_->setText(text);
  for (int32_t b = breaker_->next(); b != icu::BreakIterator::DONE && b < text.length();
       b = breaker_->next()) {
    if (KeepsSentenceOpen(text, b)) continue;
    int32_t moved = AfterLeadingClosers(text, b, lang_);
    if (moved > bounds.back() && moved < text.length()) bounds.push_back(moved);
  }
  bounds.push_back(text.length());
  return bounds;
}

void SentenceSplitter::Split(std::string_view paragraph, size_t max_total,
                             std::vector<std::string>* sentences) {
  if (sentences->size() >= max_total) return;
  // A "paragraph" longer than this is not prose (a data dump, a minified
  // script that slipped through); its start is enough, and ICU's UTF-16 copy
  // of it stays small. A cut code point becomes U+FFFD.
  constexpr size_t kMaxParagraphBytes = 64 * 1024;
  paragraph = paragraph.substr(0, kMaxParagraphBytes);
  icu::UnicodeString text =
      CollapseSpaces(icu::UnicodeString::fromUTF8(icu::StringPiece(paragraph.data(),
                                                                   static_cast<int32_t>(paragraph.size()))));
  std::vector<int32_t> bounds = Boundaries(text);
  for (size_t i = 0; i + 1 < bounds.size() && sentences->size() < max_total; ++i) {
    icu::UnicodeString sentence(text, bounds[i], bounds[i + 1] - bounds[i]);
    sentence.trim();
    if (sentence.isEmpty()) continue;
    std::string utf8;
    sentence.toUTF8String(utf8);
    sentences->push_back(std::move(utf8));
  }
}

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  CollapseSpaces(icu::UnicodeString::fromUTF8(
                     icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))))
      .toUTF8String(out);
  return out;
}

}  // namespace pagesift::summarize
