#include "summarize/term_extractor.h"

#include <libstemmer.h>
#include <unicode/ubrk.h>
#include <unicode/unistr.h>

#include "summarize/stopwords.h"

namespace pagesift::summarize {
namespace {

// Languages that write an elided article or pronoun glued to the next word.
bool ElidesArticles(std::string_view lang) { return lang == "fr" || lang == "it" || lang == "ca"; }

// Longer "words" are data (hashes, base64), not vocabulary; Snowball need
// not see them.
constexpr size_t kMaxWordBytes = 64;

icu::UnicodeString FromUtf8(std::string_view text) {
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

icu::UnicodeString Folded(icu::UnicodeString text) {
  text.foldCase();
  text.findAndReplace(icu::UnicodeString(u'\u2019'), icu::UnicodeString(u'\''));
  return text;
}

}  // namespace

std::string FoldCase(std::string_view text) {
  std::string out;
  Folded(FromUtf8(text)).toUTF8String(out);
  return out;
}

TermExtractor::TermExtractor(std::string lang, bool drop_stopwords,
                             std::unique_ptr<icu::BreakIterator> words, sb_stemmer* stemmer)
    : lang_(std::move(lang)),
      drop_stopwords_(drop_stopwords),
      words_(std::move(words)),
      stemmer_(stemmer) {}

TermExtractor::~TermExtractor() {
  if (stemmer_ != nullptr) sb_stemmer_delete(stemmer_);
}

Status TermExtractor::Create(std::string_view lang, bool drop_stopwords,
                             std::unique_ptr<TermExtractor>* out) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale(lang == "und" ? "" : std::string(lang).c_str());
  std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(locale, status));
  if (U_FAILURE(status) || words == nullptr) {
    return Status(ErrorCode::kInternal,
                  std::string("ICU word rules unavailable: ") + u_errorName(status));
  }
  // libstemmer accepts ISO 639-1 codes ("fr") and returns null for a
  // language it does not know, which simply goes unstemmed.
  sb_stemmer* stemmer = lang == "und" ? nullptr : sb_stemmer_new(std::string(lang).c_str(), "UTF_8");
  out->reset(new TermExtractor(std::string(lang), drop_stopwords, std::move(words), stemmer));
  return Status::Ok();
}

void TermExtractor::AddWord(std::string word, std::vector<std::string>* terms) {
  if (ElidesArticles(lang_)) {
    size_t apostrophe = word.rfind('\'');
    if (apostrophe != std::string::npos && apostrophe + 1 < word.size()) word.erase(0, apostrophe + 1);
  }
  if (word.empty() || word.size() > kMaxWordBytes) return;
  if (drop_stopwords_ && StopwordsFor(lang_).count(word) > 0) return;
  if (stemmer_ != nullptr) {
    const sb_symbol* stem = sb_stemmer_stem(
        stemmer_, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
    if (stem != nullptr) {
      word.assign(reinterpret_cast<const char*>(stem), static_cast<size_t>(sb_stemmer_length(stemmer_)));
    }
  }
  terms->push_back(std::move(word));
}

size_t TermExtractor::Extract(std::string_view text, std::vector<std::string>* terms) {
  icu::UnicodeString unicode = FromUtf8(text);
  words_->setText(unicode);
  size_t word_count = 0;
  int32_t start = words_->first();
  for (int32_t end = words_->next(); end != icu::BreakIterator::DONE; start = end, end = words_->next()) {
    int32_t kind = words_->getRuleStatus();
    if (kind < UBRK_WORD_NUMBER_LIMIT && kind >= UBRK_WORD_NONE_LIMIT) {
      ++word_count;  // a number: a term as it is written
      std::string number;
      unicode.tempSubStringBetween(start, end).toUTF8String(number);
      if (number.size() <= kMaxWordBytes) terms->push_back(std::move(number));
      continue;
    }
    if (kind < UBRK_WORD_NUMBER_LIMIT) continue;  // spaces and punctuation
    ++word_count;
    std::string word;
    Folded(unicode.tempSubStringBetween(start, end)).toUTF8String(word);
    AddWord(std::move(word), terms);
  }
  return word_count;
}

}  // namespace pagesift::summarize
