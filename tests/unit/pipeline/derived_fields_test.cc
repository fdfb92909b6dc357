#include "pipeline/derived_fields.h"

#include <gtest/gtest.h>

namespace pagesift {
namespace {

Result WithParagraphs(std::initializer_list<const char*> paragraphs) {
  Result r;
  for (const char* p : paragraphs) r.blocks.push_back({TextBlock::Kind::kParagraph, p});
  return r;
}

TEST(DerivedFields, ExcerptIsTheFirstRealParagraph) {
  // A label is skipped; a short whole sentence counts.
  Result r = WithParagraphs({"Contents", "When", "Lorem ipsum dolor sit amet.", "A longer paragraph follows."});
  FillDerivedFields(&r);
  EXPECT_EQ(r.excerpt, "Lorem ipsum dolor sit amet.");
}

TEST(DerivedFields, LongParagraphCountsWithoutClosingPunctuation) {
  std::string long_text(90, 'a');
  Result r = WithParagraphs({"Hi.", long_text.c_str()});
  FillDerivedFields(&r);
  EXPECT_EQ(r.excerpt, long_text);
}

TEST(DerivedFields, PageDescriptionIsKept) {
  Result r = WithParagraphs({"Lorem ipsum dolor sit amet."});
  r.excerpt = "The page's own description";
  FillDerivedFields(&r);
  EXPECT_EQ(r.excerpt, "The page's own description");
}

TEST(DerivedFields, CjkCountsByCharacter) {
  EXPECT_EQ(CountWords("日本語の文章"), 6u);
  EXPECT_EQ(CountWords("two words"), 2u);
}

}  // namespace
}  // namespace pagesift
