// Disclosure panels on small hand-written pages: what a tab or an
// accordion hides until a click is content, other hidden text is not.
#include <gtest/gtest.h>

#include <string>

#include "pagesift/extract.h"
#include "test_pages.h"

namespace pagesift {
namespace {

using test_pages::ExtractPage;
using test_pages::Has;
using test_pages::Paragraphs;

TEST(DisclosurePanels, HiddenTabPanelsAreKept) {
  Result r = ExtractPage("<body><main>" + Paragraphs(3, "Intro") +
                         "<div role='tablist'><span role='tab'>Python</span><span role='tab'>Go</span></div>"
                         "<div role='tabpanel'><p>Install the Python library with pip, then run the script.</p></div>"
                         "<div role='tabpanel' hidden><p>Install the Go module with go get, then run the program.</p></div>"
                         "<p hidden>A hidden paragraph that belongs to no tab</p></main></body>");
  EXPECT_TRUE(Has(r.text_content, "Python library"));
  EXPECT_TRUE(Has(r.text_content, "Go module"));
  EXPECT_FALSE(Has(r.text_content, "belongs to no tab"));
}

TEST(DisclosurePanels, AnswersAfterTheirToggleAreKept) {
  Result r = ExtractPage("<body><main>" + Paragraphs(3, "Intro") +
                         "<div><button type='button'>How long does it take?</button>"
                         "<div class='hidden'><p>About three months for a first version of the product.</p></div></div>"
                         "<div><h3 aria-expanded='false'>Do you offer support?</h3>"
                         "<div style='display:none'><p>Yes, every plan includes a year of support by email.</p></div></div>"
                         "<div><span>A label</span><div class='hidden'><p>A hidden block after no toggle</p></div></div>"
                         "<div><button aria-expanded='false'>Save</button><div class='hidden'>Read later</div></div>"
                         "<div><button class='hidden'>Open</button><div class='hidden'><p>A popup whose trigger is hidden too</p></div></div>"
                         "</main></body>");
  EXPECT_TRUE(Has(r.text_content, "three months"));
  EXPECT_TRUE(Has(r.text_content, "a year of support"));
  EXPECT_FALSE(Has(r.text_content, "after no toggle"));
  EXPECT_FALSE(Has(r.text_content, "Read later"));  // a tooltip, too short to be a panel
  EXPECT_FALSE(Has(r.text_content, "trigger is hidden"));
}

TEST(DisclosurePanels, PanelNamedByAControlIsKeptEvenWhenComputedStyleHidesIt) {
  Result r = ExtractPage("<body><main>" + Paragraphs(3, "Intro") +
                         "<h3><a href='#faq-1' aria-controls='faq-1 faq-2'>What does it cost?</a></h3>"
                         "<p>Some text between the question and its answer.</p>"
                         "<div id='faq-2' data-pagesift-hidden='1'><p>Ten euros a month, billed once a year.</p></div>"
                         "<div id='faq-3' data-pagesift-hidden='1'><p>An answer no control names</p></div>"
                         "</main></body>");
  EXPECT_TRUE(Has(r.text_content, "Ten euros a month"));
  EXPECT_FALSE(Has(r.text_content, "no control names"));
}

TEST(DisclosurePanels, HiddenSlidesBesideAShownOneAreKept) {
  Result r = ExtractPage("<body><main>" + Paragraphs(3, "Intro") +
                         "<div class='carousel'>"
                         "<div class='slide active'><p>The first customer story, shown when the page opens.</p></div>"
                         "<div class='slide' aria-hidden='true'><p>The second customer story, shown after a while.</p></div>"
                         "<div class='slide' style='display:none'><p>The third customer story, shown last of all.</p></div>"
                         "<div class='note' hidden><p>A hidden note of another kind than the slides</p></div>"
                         "</div></main></body>");
  EXPECT_TRUE(Has(r.text_content, "first customer story"));
  EXPECT_TRUE(Has(r.text_content, "second customer story"));
  EXPECT_TRUE(Has(r.text_content, "third customer story"));
  EXPECT_FALSE(Has(r.text_content, "another kind"));
}

}  // namespace
}  // namespace pagesift
