#include "pagesift/json.h"

namespace pagesift {

nlohmann::json ResultToJson(const Result& r) {
  nlohmann::json j = {
      {"url", r.url},
      {"title", r.title},
      {"byline", r.byline},
      {"authors", r.authors},
      {"dir", r.dir},
      {"lang", r.lang},
      {"excerpt", r.excerpt},
      {"siteName", r.site_name},
      {"publishedTime", r.published_time},
      {"modifiedTime", r.modified_time},
      {"image", r.image},
      {"canonicalUrl", r.canonical_url},
      {"tags", r.tags},
      {"section", r.section},
      {"content", r.content},
      {"textContent", r.text_content},
      {"length", r.length},
      {"wordCount", r.word_count},
      {"readingTimeMinutes", r.reading_time_minutes},
      {"readerable", r.readerable},
      {"truncated", r.truncated},
  };
  if (!r.markdown.empty()) j["markdown"] = r.markdown;
  return j;
}

nlohmann::json StatusToJson(const Status& status) {
  return {{"code", std::string(ErrorCodeName(status.code()))}, {"message", status.message()}};
}

namespace {

// U+2028 and U+2029 end a line for JavaScript, U+0085 for some line readers;
// JSON allows them raw, a one-message-a-line stream cannot.
struct LineSeparator {
  std::string_view utf8;
  std::string_view escape;
};
constexpr LineSeparator kLineSeparators[] = {
    {"\xE2\x80\xA8", "\\u2028"}, {"\xE2\x80\xA9", "\\u2029"}, {"\xC2\x85", "\\u0085"}};

const LineSeparator* LineSeparatorAt(std::string_view rest) {
  for (const LineSeparator& s : kLineSeparators) {
    if (rest.starts_with(s.utf8)) return &s;
  }
  return nullptr;
}

}  // namespace

std::string DumpJsonLine(const nlohmann::json& value) {
  std::string text = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string out;
  size_t copied = 0;  // text[0, copied) is in out
  for (size_t i = 0; i < text.size(); ++i) {
    auto b = static_cast<unsigned char>(text[i]);
    if (b != 0xE2 && b != 0xC2) continue;  // neither lead byte of a line separator
    const LineSeparator* separator = LineSeparatorAt(std::string_view(text).substr(i));
    if (separator == nullptr) continue;
    out.append(text, copied, i - copied);
    out += separator->escape;
    copied = i + separator->utf8.size();
    i = copied - 1;
  }
  if (copied == 0) return text;  // the common case: nothing to escape, no copy
  out.append(text, copied);
  return out;
}

}  // namespace pagesift
