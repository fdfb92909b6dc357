#include "summarize/stopwords.h"

#include <algorithm>
#include <map>

#include "summarize/stopwords_data.h"

namespace pagesift::summarize {
namespace {

StopwordSet ParseList(std::string_view words) {
  StopwordSet set;
  while (!words.empty()) {
    size_t end = words.find('\n');
    std::string_view word = words.substr(0, end);
    if (!word.empty() && word.back() == '\r') word.remove_suffix(1);
    if (!word.empty()) set.insert(word);
    if (end == std::string_view::npos) break;
    words.remove_prefix(end + 1);
  }
  return set;
}

// Built once, on first use (thread-safe static initialisation), then only read.
const std::map<std::string_view, StopwordSet, std::less<>>& AllSets() {
  static const auto* sets = [] {
    auto* built = new std::map<std::string_view, StopwordSet, std::less<>>();
    for (const StopwordList& list : EmbeddedStopwordLists()) {
      built->emplace(list.lang, ParseList(list.words));
    }
    return built;
  }();
  return *sets;
}

}  // namespace

const StopwordSet& StopwordsFor(std::string_view lang) {
  static const StopwordSet kNone;
  auto it = AllSets().find(lang);
  return it == AllSets().end() ? kNone : it->second;
}

std::vector<std::string> StopwordLanguages() {
  std::vector<std::string> langs;
  for (const auto& [lang, set] : AllSets()) langs.emplace_back(lang);
  return langs;
}

}  // namespace pagesift::summarize
