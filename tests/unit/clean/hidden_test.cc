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

TEST(Hidden, HiddenOnPhonesOnlyIsShown) {
  Result r = ExtractPage("<body><article>" + Paragraphs(4, "Body") +
                         "<p class='hidden lg:block'>A note wide screens show, with enough words to be a sentence.</p>"
                         "<p class='hidden'>A note no screen shows</p></article></body>");
  EXPECT_TRUE(Has(r.text_content, "wide screens show"));
  EXPECT_FALSE(Has(r.text_content, "no screen shows"));
}

TEST(Hidden, UtilityVariantsAreNotNames) {
  // "site-header:min-h-[...]" styles the layout when the site has a header;
  // it does not make the layout a header.
  Result r = ExtractPage("<body><div class='flex site-header:min-h-[calc(100vh-64px)]'><div><main>" +
                         Paragraphs(5, "Body") + "</main></div></div><footer>" + Paragraphs(15, "Legal") +
                         "</footer></body>");
  EXPECT_TRUE(Has(r.text_content, "Body 0."));
  EXPECT_TRUE(Has(r.text_content, "Body 4."));
}

TEST(Hidden, TeaserLinkedAgainForSightOnlyIsShown) {
  // Each card links its teaser a second time, aria-hidden and out of the
  // tab order so that screen readers announce the card once: it is seen.
  // A short label linked the same way is a copy the template prints for
  // another screen.
  std::string cards;
  for (int i = 0; i < 4; ++i) {
    std::string n = std::to_string(i);
    cards += "<article class='card'><h2><a href='/s" + n + "'>Story number " + n + " of the river</a></h2>"
             "<p><a href='/s" + n + "' aria-hidden='true' tabindex='-1'>Teaser " + n +
             " tells what the story says about the valley, its towns and its weather.</a></p>"
             "<p><a href='/s" + n + "' aria-hidden='true' tabindex='-1'>Mobile label " + n + "</a></p></article>";
  }
  Result r = ExtractPage("<body><main><h1>Stories</h1>" + cards +
                         "</main><div aria-hidden='true'><p>A slide no one sees until it is shown, "
                         "with words enough to be a paragraph of text.</p></div></body>");
  EXPECT_TRUE(Has(r.text_content, "Teaser 0 tells"));
  EXPECT_TRUE(Has(r.text_content, "Teaser 3 tells"));
  EXPECT_FALSE(Has(r.text_content, "Mobile label"));  // a copy for another screen, no teaser
  EXPECT_FALSE(Has(r.text_content, "A slide no one sees"));
}

}  // namespace
}  // namespace pagesift
