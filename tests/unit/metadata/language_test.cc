#include "metadata/language.h"

#include <gtest/gtest.h>

#include "metadata_test_page.h"

namespace pagesift::metadata {
namespace {

TEST(Language, NormalizesTags) {
  EXPECT_EQ(NormalizeLanguageTag("en_us"), "en-US");
  EXPECT_EQ(NormalizeLanguageTag("zh-hant-tw"), "zh-Hant-TW");
  EXPECT_EQ(NormalizeLanguageTag("FR"), "fr");
  EXPECT_EQ(NormalizeLanguageTag("de-DE, en"), "de-DE");
  EXPECT_EQ(NormalizeLanguageTag("english"), "");
  EXPECT_EQ(NormalizeLanguageTag("{{lang}}"), "");
}

TEST(Language, HtmlLangBeatsMetaTags) {
  Result r = MetadataOf(R"(<html lang="pt_BR"><head><meta http-equiv="content-language" content="es">
    </head><body><p>x</p></body></html>)");
  EXPECT_EQ(r.lang, "pt-BR");
  r = MetadataOf(R"(<html><head><meta http-equiv="content-language" content="es"></head><body></body></html>)");
  EXPECT_EQ(r.lang, "es");
  r = MetadataOf(R"(<html><head><meta property="og:locale" content="fr_FR"></head><body></body></html>)");
  EXPECT_EQ(r.lang, "fr-FR");
}

TEST(Language, DirectionNearestToTheHeading) {
  Result r = MetadataOf(R"(<html dir="ltr"><body dir="rtl"><h1>عنوان</h1></body></html>)");
  EXPECT_EQ(r.dir, "rtl");
  r = MetadataOf(R"(<html><body><main dir="rtl"><p>نص</p></main></body></html>)");
  EXPECT_EQ(r.dir, "rtl");
  r = MetadataOf(R"(<html dir="sideways"><body><p>x</p></body></html>)");
  EXPECT_EQ(r.dir, "");
}

}  // namespace
}  // namespace pagesift::metadata
