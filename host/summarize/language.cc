#include "summarize/language.h"

#include <algorithm>
#include <array>
#include <map>

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "summarize/stopwords.h"

namespace pagesift::summarize {
namespace {

constexpr size_t kMaxSampleBytes = 64 * 1024;

// Fewer stopword hits than this and a Latin-script text stays "und": a few
// words ("de", "en") belong to several languages.
constexpr size_t kMinStopwordHits = 2;

// Which language a script means when a text is mostly in it.
struct ScriptLanguage {
  UScriptCode script;
  std::string_view lang;
};
constexpr ScriptLanguage kScriptLanguages[] = {
    {USCRIPT_HIRAGANA, "ja"}, {USCRIPT_KATAKANA, "ja"}, {USCRIPT_HANGUL, "ko"},
    {USCRIPT_HAN, "zh"},      {USCRIPT_CYRILLIC, "ru"}, {USCRIPT_GREEK, "el"},
    {USCRIPT_ARABIC, "ar"},   {USCRIPT_HEBREW, "he"},   {USCRIPT_THAI, "th"},
    {USCRIPT_DEVANAGARI, "hi"},
};

}  // namespace

std::string PrimaryLanguage(std::string_view tag) {
  size_t end = tag.find_first_of("-_");
  std::string_view primary = tag.substr(0, end);
  if (primary.size() < 2 || primary.size() > 3) return "";
  std::string lower;
  for (char c : primary) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return "";
    lower += static_cast<char>(c | 0x20);
  }
  return lower == "und" ? "" : lower;
}

std::string GuessLanguage(std::string_view text) {
  text = text.substr(0, kMaxSampleBytes);
  const std::vector<std::string> langs = StopwordLanguages();
  std::vector<size_t> hits(langs.size(), 0);
  size_t latin_letters = 0;
  std::map<std::string_view, size_t> script_letters;
  std::string word;
  auto count_word = [&] {
    for (size_t i = 0; i < langs.size(); ++i) {
      if (!word.empty() && StopwordsFor(langs[i]).count(word) > 0) ++hits[i];
    }
    word.clear();
  };

  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0 || !u_isalpha(c)) {
      count_word();  // apostrophes split too: "l'article" gives "l" and "article"
      continue;
    }
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(c, &status);
    if (script == USCRIPT_LATIN) {
      ++latin_letters;
      char buffer[U8_MAX_LENGTH];
      int32_t n = 0;
      U8_APPEND_UNSAFE(buffer, n, u_foldCase(c, U_FOLD_CASE_DEFAULT));
      word.append(buffer, static_cast<size_t>(n));
      continue;
    }
    count_word();
    for (const ScriptLanguage& entry : kScriptLanguages) {
      if (entry.script == script) ++script_letters[entry.lang];
    }
  }
  count_word();

  // Kana marks Japanese even among many Han characters.
  size_t kana = script_letters["ja"];
  if (kana * 20 > script_letters["zh"] && kana > 0 && kana * 2 > latin_letters) return "ja";
  auto top_script = std::max_element(script_letters.begin(), script_letters.end(),
                                     [](const auto& a, const auto& b) { return a.second < b.second; });
  if (top_script != script_letters.end() && top_script->second > latin_letters) {
    return std::string(top_script->first);
  }

  auto best = std::max_element(hits.begin(), hits.end());
  if (best == hits.end() || *best < kMinStopwordHits) return "und";
  size_t ties = static_cast<size_t>(std::count(hits.begin(), hits.end(), *best));
  if (ties > 1) return "und";
  return langs[static_cast<size_t>(best - hits.begin())];
}

}  // namespace pagesift::summarize
