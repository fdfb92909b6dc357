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

std::string DumpJsonLine(const nlohmann::json& value) {
  std::string text = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 3, "\xE2\x80\xA8") == 0 || text.compare(i, 3, "\xE2\x80\xA9") == 0) {
      out += text[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else if (text.compare(i, 2, "\xC2\x85") == 0) {
      out += "\\u0085";
      i += 1;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace pagesift
