// A reply's quotation of a post the page shows goes; other quotations stay.
#include "extract/repeated_quotes.h"

#include <gtest/gtest.h>

#include <string>

#include "pagesift/extract.h"
#include "test_pages.h"

namespace pagesift {
namespace {

using test_pages::Count;
using test_pages::ExtractPage;
using test_pages::Has;

const std::string kQuestion =
    "Which soil suits a young fig tree planted against a south wall, and how often should it be watered "
    "through its first summer in the ground?";
const std::string kLetter =
    "We the undersigned ask the council to keep the allotments open through the winter months, as they "
    "have been for forty years, for the sake of every family that grows its food there.";

std::string Post(int i, const std::string& body) {
  return "<div class='post'><div class='author'>poster" + std::to_string(i) + "</div><div class='body'>" + body +
         "</div></div>";
}

std::string Reply(int i) {
  return "<p>Reply " + std::to_string(i) + ": a free-draining loam does well, with a little grit dug in, and a "
         "deep watering once a week is better than a splash every day.</p>";
}

TEST(RepeatedQuotations, ReplyQuotingAPostOfThePageDropsTheQuotation) {
  std::string thread = Post(0, "<p>" + kQuestion + "</p>");
  thread += Post(1, "<blockquote><div>poster0 wrote:</div>" + kQuestion + "</blockquote>" + Reply(1));
  thread += Post(2, Reply(2));
  thread += Post(3, Reply(3));
  Result r = ExtractPage("<body><div class='thread'>" + thread + "</div></body>");
  EXPECT_EQ(Count(r.text_content, "Which soil suits a young fig tree"), 1u);
  EXPECT_FALSE(Has(r.text_content, "poster0 wrote:"));
  EXPECT_TRUE(Has(r.text_content, "Reply 1: a free-draining loam"));
  EXPECT_TRUE(Has(r.text_content, "Reply 3: a free-draining loam"));
}

// A quotation of words the page does not otherwise show (a letter, a post
// on another page of the thread) is what the author brings in: it stays,
// and so does a short one.
TEST(RepeatedQuotations, QuotationOfTextShownNowhereElseStays) {
  Result r = test_pages::ExtractArticleAround("<blockquote><p>" + kLetter + "</p></blockquote>"
                                              "<p>The council agreed.</p><blockquote>Keep them open.</blockquote>"
                                              "<p>Keep them open, said every family.</p>");
  EXPECT_TRUE(Has(r.text_content, "We the undersigned ask the council"));
  EXPECT_EQ(Count(r.text_content, "Keep them open"), 2u);
}

}  // namespace
}  // namespace pagesift
