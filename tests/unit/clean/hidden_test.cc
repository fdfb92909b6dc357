// Hidden content on small hand-written pages: what stays hidden and what a
// script would have shown.
#include <gtest/gtest.h>

#include <string>

#include "pagesift/extract.h"
#include "test_pages.h"

namespace pagesift {
namespace {

using test_pages::ExtractPage;
using test_pages::Has;
using test_pages::Paragraphs;

TEST(Hidden, WrapperHiddenUntilItsScriptRunsIsThePage) {
  Result r = ExtractPage("<body><div class='preloader'>Loading</div><div class='root hide'><article>" +
                         Paragraphs(5, "Body") + "<p class='hidden'>A hidden note inside</p></article></div>"
                         "<div class='hide'>A hidden menu of the page</div></body>");
  EXPECT_TRUE(Has(r.text_content, "Body 0."));
  EXPECT_TRUE(Has(r.text_content, "Body 4."));
  EXPECT_FALSE(Has(r.text_content, "hidden note"));
  EXPECT_FALSE(Has(r.text_content, "hidden menu"));
}

TEST(Hidden, ComputedStyleMarkIsFinalEvenForMostOfThePage) {
  Result r = ExtractPage("<body><div data-pagesift-hidden='1'><article>" + Paragraphs(5, "Hidden") +
                         "</article></div><div>" + Paragraphs(1, "Shown") + "</div></body>");
  EXPECT_FALSE(Has(r.text_content, "Hidden 0."));
}

}  // namespace
}  // namespace pagesift
