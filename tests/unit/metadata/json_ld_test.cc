#include "metadata/json_ld.h"

#include <gtest/gtest.h>

#include "metadata_test_page.h"

namespace pagesift::metadata {
namespace {

JsonLdFacts FactsOf(std::string_view scripts) {
  dom::Document doc = ParsePage(std::string("<html><head>") + std::string(scripts) + "</head><body></body></html>");
  return ReadJsonLd(doc);
}

TEST(JsonLd, ArticleBeatsWebPageWhateverTheOrder) {
  JsonLdFacts f = FactsOf(R"(<script type="application/ld+json">
    [{"@type":"WebPage","name":"Page name","description":"page"},
     {"@type":["Thing","NewsArticle"],"headline":"Article headline","datePublished":"2024-01-02"}]</script>)");
  EXPECT_EQ(f.headline, "Article headline");
  EXPECT_EQ(f.page_name, "Page name");
  EXPECT_EQ(f.date_published, "2024-01-02");
}

TEST(JsonLd, ToleratesRawNewlinesAndWrappers) {
  JsonLdFacts f = FactsOf("<script type=\"application/ld+json\"><!--\n{\"@type\":\"BlogPosting\",\"headline\":"
                          "\"Line one\nline two\"};\n--></script>");
  EXPECT_EQ(f.headline, "Line one line two");
}

TEST(JsonLd, SkipsInvalidScriptsAndReadsTheOthers) {
  JsonLdFacts f = FactsOf(R"(<script type="application/ld+json">{"@type": "Article", "headline": </script>
    <script type="application/ld+json">{"@type":"Article","headline":"Good one"}</script>)");
  EXPECT_EQ(f.headline, "Good one");
}

TEST(JsonLd, PublisherImageKeywordsAndMainEntity) {
  JsonLdFacts f = FactsOf(R"(<script type="application/ld+json">
    {"@type":"WebPage","mainEntity":{"@type":"Article","headline":"Inside",
      "publisher":{"@type":"Organization","name":"Acme"},"image":{"@type":"ImageObject","url":"/i.jpg"},
      "keywords":"one, two ,three","articleSection":["World"]}}</script>)");
  EXPECT_EQ(f.headline, "Inside");
  EXPECT_EQ(f.publisher, "Acme");
  EXPECT_EQ(f.image, "/i.jpg");
  EXPECT_EQ(f.section, "World");
  ASSERT_EQ(f.keywords.size(), 3u);
  EXPECT_EQ(f.keywords[1], "two");
}

TEST(JsonLd, DeeplyNestedValuesDoNotRecurse) {
  std::string deep = R"({"@type":"Article","headline":)";
  for (int i = 0; i < 200; ++i) deep += R"({"name":)";
  deep += R"("x")";
  for (int i = 0; i < 200; ++i) deep += "}";
  deep += "}";
  JsonLdFacts f = FactsOf("<script type=\"application/ld+json\">" + deep + "</script>");
  EXPECT_EQ(f.headline, "");  // too deep to be a name; ignored, not a crash
}

}  // namespace
}  // namespace pagesift::metadata
