#include "summarize_eval/page_description.h"

#include <gtest/gtest.h>

namespace pagesift::eval {
namespace {

TEST(PageDescriptionTest, PrefersOpenGraph) {
  EXPECT_EQ(PageDescription(R"(<head><meta name="description" content="Plain.">
      <meta property="og:description" content="The  council&#39;s vote &amp; its&nbsp;cost."></head>)"),
            "The council's vote & its cost.");
}

TEST(PageDescriptionTest, JsonLdArticleThenMetaDescription) {
  EXPECT_EQ(PageDescription(R"(<script type="application/ld+json">
      {"@graph": [{"@type": "WebSite", "description": "Site."},
                  {"@type": ["NewsArticle"], "description": "Le conseil a vot\u00e9."}]}</script>
      <meta content='Meta.' name='Description'>)"),
            "Le conseil a voté.");
  EXPECT_EQ(PageDescription(R"(<meta content='Meta &eacute;t&#xE9;.' name='Description'>)"), "Meta été.");
}

TEST(PageDescriptionTest, NoneOrBroken) {
  EXPECT_EQ(PageDescription("<p>No head at all</p>"), "");
  EXPECT_EQ(PageDescription(R"(<script type="application/ld+json">{"@type": "Article", "descr)"), "");
  EXPECT_EQ(DecodeCharacterReferences("a &bogus; b &#99999999; c &"), "a &bogus; b &#99999999; c &");
}

}  // namespace
}  // namespace pagesift::eval
