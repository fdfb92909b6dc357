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

}  // namespace pagesift
