// Product pages: the description and specifications are the content; the
// buyers' reviews, however much prose they hold, are posts about it.
#include <gtest/gtest.h>

#include <string>

#include "pagesift/extract.h"
#include "test_pages.h"

namespace pagesift {
namespace {

using test_pages::ExtractPage;
using test_pages::Has;
using test_pages::Paragraphs;

// `n` reviews, each a buyer's name and a few paragraphs of opinion.
std::string Reviews(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    out += "<div class='review-item'><span class='reviewer'>Buyer " + std::to_string(i) + "</span>" +
           Paragraphs(3, "Opinion " + std::to_string(i)) + "</div>";
  }
  return out;
}

const char kSpecs[] =
    "<ul class='specs'><li>Weight: 1.2 kg</li><li>Capacity: 25 litres</li><li>Fabric: ripstop nylon</li></ul>";

TEST(ProductPages, ReviewsDenserThanTheDescriptionGo) {
  Result r = ExtractPage("<body><nav><a href='/'>Shop</a></nav><main><h1>Trail pack</h1>"
                         "<div class='description'>" + Paragraphs(2, "Description") + kSpecs + "</div>"
                         "<div class='product-reviews'>" + Reviews(5) + "</div></main></body>");
  EXPECT_TRUE(Has(r.text_content, "Description 1."));
  EXPECT_TRUE(Has(r.text_content, "ripstop nylon"));
  EXPECT_FALSE(Has(r.text_content, "Opinion 0 0."));
  EXPECT_FALSE(Has(r.text_content, "Opinion 4 2."));
}

// The description and the reviews in one container, the reviews more than
// half its text: a box of clutter that large is usually the content after
// all, but not beside text of the product's own.
TEST(ProductPages, ReviewsOutweighingTheDescriptionInOneContainerGo) {
  Result r = ExtractPage("<body><div class='product'><h1>Trail pack</h1>" + Paragraphs(3, "Description") + kSpecs +
                         "<div class='customer-reviews'>" + Reviews(3) + "</div></div></body>");
  EXPECT_TRUE(Has(r.text_content, "Description 2."));
  EXPECT_TRUE(Has(r.text_content, "Capacity: 25 litres"));
  EXPECT_FALSE(Has(r.text_content, "Opinion 0 0."));
  EXPECT_FALSE(Has(r.text_content, "Opinion 2 2."));
}

// A shop's footer of policies and testimonials may hold more text than the
// product; beside the product's own text it is the site's all the same.
TEST(ProductPages, FooterOutweighingTheDescriptionGoes) {
  Result r = ExtractPage("<body><div class='page'><h1>Trail pack</h1>" + Paragraphs(3, "Description") + kSpecs +
                         "<footer><div class='quotes'>" + Paragraphs(12, "Happy shopper") +
                         "</div></footer></div></body>");
  EXPECT_TRUE(Has(r.text_content, "Description 2."));
  EXPECT_FALSE(Has(r.text_content, "Happy shopper 0."));
  EXPECT_FALSE(Has(r.text_content, "Happy shopper 11."));
}

// A shop prints its terms of service in a dialog that opens on a click:
// longer than the product's text, but never the page's content.
TEST(ProductPages, DialogHoldingMostOfTheTextGoes) {
  Result r = ExtractPage("<body><div class='shop'><div class='grid'><div class='cell'><h1>Trail pack</h1>"
                         "<p>Light pack.</p></div><div class='cell'>" + std::string(kSpecs) +
                         "</div></div><div class='terms' role='dialog'>" + Paragraphs(20, "Terms clause") +
                         "</div></div></body>");
  EXPECT_TRUE(Has(r.text_content, "ripstop nylon"));
  EXPECT_FALSE(Has(r.text_content, "Terms clause 0."));
  EXPECT_FALSE(Has(r.text_content, "Terms clause 19."));
}

// Marketplaces word their carousels of other products as sentences about
// other buyers.
TEST(ProductPages, OtherBuyersCarouselsGo) {
  std::string cards;
  for (int i = 0; i < 3; ++i) {
    cards += "<li><a href='/p" + std::to_string(i) + "'>Other pack " + std::to_string(i) + "</a> in stock</li>";
  }
  Result r = ExtractPage("<body><article><h1>Trail pack</h1>" + Paragraphs(4, "Description") + kSpecs +
                         "<h2>People who viewed this item also viewed</h2><ul>" + cards + "</ul>"
                         "<h2>This is what customers who viewed this product bought</h2><ul>" + cards +
                         "</ul></article></body>");
  EXPECT_TRUE(Has(r.text_content, "Description 3."));
  EXPECT_FALSE(Has(r.text_content, "also viewed"));
  EXPECT_FALSE(Has(r.text_content, "this product bought"));
  EXPECT_FALSE(Has(r.text_content, "Other pack"));
}

// `n` cards of other products: a title, a price and a shipping note, no
// link in their text (the link is an empty overlay), so that only their
// heading tells them from the product's own lists.
std::string OtherProducts(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    out += "<li><h3>Other trail pack model " + std::to_string(i) + " in a larger size</h3><span>Pre-owned</span>"
           "<span>$20.1" + std::to_string(i) + "</span><span>+ $23.93 delivery</span></li>";
  }
  return out;
}

// Templates set a heading in wrappers of its own, and its section beside
// the outermost one: the section goes as it does after a bare heading.
TEST(ProductPages, CarouselAfterAWrappedHeadingGoes) {
  Result r = ExtractPage("<body><article><h1>Trail pack</h1>" + Paragraphs(4, "Description") + kSpecs +
                         "<div class='carousel-head'><div><h2>Similar items</h2></div></div>"
                         "<ul class='carousel-list'>" + OtherProducts(3) + "</ul></article></body>");
  EXPECT_TRUE(Has(r.text_content, "Description 3."));
  EXPECT_FALSE(Has(r.text_content, "Similar items"));
  EXPECT_FALSE(Has(r.text_content, "Other trail pack"));
}

// A marketplace's carousel of other products may outweigh a short
// description; it goes while it holds less than half the article.
TEST(ProductPages, CarouselOutweighingAShortDescriptionGoes) {
  Result r = ExtractPage("<body><article><h1>Trail pack</h1>" + Paragraphs(2, "Description") + kSpecs +
                         "<h2>People who viewed this item also viewed</h2><ul>" + OtherProducts(5) +
                         "</ul></article></body>");
  EXPECT_TRUE(Has(r.text_content, "Description 1."));
  EXPECT_FALSE(Has(r.text_content, "also viewed"));
  EXPECT_FALSE(Has(r.text_content, "Other trail pack"));
}

// A marketplace invites the buyer to explore other sellers' listings.
TEST(ProductPages, ExploreRelatedItemsGoes) {
  std::string cards;
  for (int i = 0; i < 3; ++i) {
    cards += "<li><a href='/p" + std::to_string(i) + "'>Other pack " + std::to_string(i) + "</a> in stock</li>";
  }
  Result r = ExtractPage("<body><article><h1>Trail pack</h1>" + Paragraphs(4, "Description") + kSpecs +
                         "<h2>Explore related items</h2><ul>" + cards + "</ul></article></body>");
  EXPECT_TRUE(Has(r.text_content, "Description 3."));
  EXPECT_FALSE(Has(r.text_content, "Explore related items"));
  EXPECT_FALSE(Has(r.text_content, "Other pack"));
}

// A maker's page closes with its legal fine print (results may vary,
// availability by region, trademarks): the site's, not the product's.
TEST(ProductPages, DisclaimersGo) {
  Result r = ExtractPage("<body><main><h1>Trail pack</h1>" + Paragraphs(4, "Description") + kSpecs +
                         "<div class='bottom-disclaimer__list'><p>* Capacity measured in lab conditions; actual "
                         "capacity may vary by region and model.</p><p>** Colour availability may vary "
                         "depending on country and retailer.</p></div></main></body>");
  EXPECT_TRUE(Has(r.text_content, "Description 3."));
  EXPECT_TRUE(Has(r.text_content, "ripstop nylon"));
  EXPECT_FALSE(Has(r.text_content, "lab conditions"));
  EXPECT_FALSE(Has(r.text_content, "Colour availability"));
}

TEST(ProductPages, PageOfReviewsOnlyKeepsThem) {
  Result r = ExtractPage("<body><h1>Reviews of the trail pack</h1><div class='product-reviews'>" + Reviews(4) +
                         "</div></body>");
  EXPECT_TRUE(Has(r.text_content, "Opinion 0 0."));
  EXPECT_TRUE(Has(r.text_content, "Opinion 3 2."));
}

// A blog engine names a post after its category: a review article is
// content, however its post is named.
TEST(ProductPages, ReviewArticleNamedAfterItsCategoryStays) {
  Result r = ExtractPage("<body><div class='intro'>" + Paragraphs(1, "Site intro") +
                         "</div><article class='post category-reviews'>" + Paragraphs(6, "Verdict") +
                         "</article></body>");
  EXPECT_TRUE(Has(r.text_content, "Verdict 0."));
  EXPECT_TRUE(Has(r.text_content, "Verdict 5."));
}

// A theme that lists every custom field of a product prints the ones its
// scripts read too: the address of each colour's thumbnail is no text.
TEST(ProductPages, ImageAddressesPrintedAsFieldsGo) {
  Result r = ExtractPage("<body><main><h1>Plain tee</h1>" + Paragraphs(2, "Description") +
                         "<dl><dt>Fabric:</dt><dd>Combed cotton, 5.3 oz</dd>"
                         "<dt>cat_thumb_Bone:</dt><dd>https://cdn.example.com/thumbs/TEE_BONE_THUMB.jpg</dd>"
                         "<dt>cat_thumb_Sand:</dt><dd>//cdn.example.com/thumbs/TEE_SAND_THUMB.PNG?c=1</dd></dl>"
                         "<p>Care guide: https://example.com/care.jpg shows how to wash it.</p></main></body>");
  EXPECT_TRUE(Has(r.text_content, "Description 1."));
  EXPECT_TRUE(Has(r.text_content, "Combed cotton, 5.3 oz"));
  EXPECT_TRUE(Has(r.text_content, "Fabric:"));
  EXPECT_TRUE(Has(r.text_content, "https://example.com/care.jpg shows"));
  EXPECT_FALSE(Has(r.text_content, "TEE_BONE_THUMB"));
  EXPECT_FALSE(Has(r.text_content, "cat_thumb_Bone"));
  EXPECT_FALSE(Has(r.text_content, "TEE_SAND_THUMB"));
  EXPECT_FALSE(Has(r.text_content, "cat_thumb_Sand"));
}

// A shop explains its badges and delivery estimates in tooltips shown on
// hover: notes on its own controls, not the product's description.
TEST(ProductPages, TooltipsGo) {
  Result r = ExtractPage("<body><main><h1>Stoneware mug</h1><div class='details'>" + Paragraphs(3, "Description") +
                         "<p>Arrives by May 3 <span class='info'><button>?</button><div role='tooltip'><p>Your order "
                         "should arrive by this date if you buy today, from the carrier's and the seller's past "
                         "shipments.</p></div></span></p>" + kSpecs + "</div></main></body>");
  EXPECT_TRUE(Has(r.text_content, "Description 2."));
  EXPECT_TRUE(Has(r.text_content, "ripstop nylon"));
  EXPECT_FALSE(Has(r.text_content, "should arrive by this date"));
}

}  // namespace
}  // namespace pagesift
