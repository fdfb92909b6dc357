// Links within the page that are only its controls: what a keyboard or a
// screen reader jumps with, not the article's text.
#include <gtest/gtest.h>

#include <string>

#include "pagesift/extract.h"
#include "test_pages.h"

namespace pagesift {
namespace {

using test_pages::ExtractPage;
using test_pages::Has;
using test_pages::Paragraphs;

TEST(InPageControls, UnnamedSkipLinksGo) {
  Result r = ExtractPage("<body><article><p><a href='#main'>Skip to the main content</a> "
                         "<a href='#nav'>Jump to\n navigation</a></p>" +
                         Paragraphs(5, "Body") + "</article></body>");
  EXPECT_TRUE(Has(r.text_content, "Body 0."));
  EXPECT_FALSE(Has(r.text_content, "Skip to"));
  EXPECT_FALSE(Has(r.text_content, "Jump to"));
}

TEST(InPageControls, ControlWordsLinkingElsewhereStay) {
  // The same words linking to another page are the site's, and a link
  // within the page that says more than a control is the article's.
  Result r = ExtractPage("<body><article>" + Paragraphs(4, "Body") +
                         "<p>See <a href='/guide#search'>jump to search</a> and "
                         "<a href='#methods'>jump to the methods we used</a> for more.</p></article></body>");
  EXPECT_TRUE(Has(r.text_content, "See jump to search and jump to the methods we used for more."));
}

}  // namespace
}  // namespace pagesift
