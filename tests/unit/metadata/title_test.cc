#include "metadata/title.h"

#include <gtest/gtest.h>

#include "metadata_test_page.h"

namespace pagesift::metadata {
namespace {

TEST(CleanTitle, RemovesSiteNameWhateverTheSeparator) {
  EXPECT_EQ(CleanTitle("Big News Today | The Site", "The Site"), "Big News Today");
  EXPECT_EQ(CleanTitle("The Site — Big News Today", "The Site"), "Big News Today");
  EXPECT_EQ(CleanTitle("The Site: Big News Today", "The Site"), "Big News Today");
  EXPECT_EQ(CleanTitle("Big News Today » The Site", "the site"), "Big News Today");
}

TEST(CleanTitle, RemovesHostNamedSuffix) {
  EXPECT_EQ(CleanTitleForSite("State of SEO in 2026 | Leadfeeder", "", "www.leadfeeder.com"), "State of SEO in 2026");
}

TEST(CleanTitle, DropsShortSectionTailButKeepsSubtitles) {
  EXPECT_EQ(CleanTitle("How to Build a Terrarium | Crafts", ""), "How to Build a Terrarium");
  EXPECT_EQ(CleanTitle("Python: A Gentle Introduction", ""), "Python: A Gentle Introduction");
  EXPECT_EQ(CleanTitle("Spider-Man returns", ""), "Spider-Man returns");
}

TEST(CleanTitle, APipeEndsTheTitleWhateverFollows) {
  // What follows a pipe is the site's furniture, however many words it has.
  EXPECT_EQ(CleanTitle("Stripe Payments | Global Payment Processing Platform", ""), "Stripe Payments");
  EXPECT_EQ(CleanTitle("Help babies sleep | Patient Education | Children's Hospital", ""), "Help babies sleep");
  // A single word before the pipe is a section or a label, not a title.
  EXPECT_EQ(CleanTitle("Lights | Giro Sport Design", ""), "Lights | Giro Sport Design");
  // Other separators keep a long tail: it may be the headline's own.
  EXPECT_EQ(CleanTitle("Stripe Payments - Global Payment Processing Platform", ""),
            "Stripe Payments - Global Payment Processing Platform");
}

TEST(CleanTitle, NeverEmptiesATitle) { EXPECT_EQ(CleanTitle("The Site", "The Site"), "The Site"); }

TEST(CleanTitle, BeforeAColonOnlyTheSiteNameItselfGoes) {
  // A headline about the site is not its banner.
  EXPECT_EQ(CleanTitle("Acme unveils Rocket: what changes | Acme", "Acme"), "Acme unveils Rocket: what changes");
  EXPECT_EQ(CleanTitle("Acme: Rocket ships", "Acme"), "Rocket ships");
  // Other separators still take the site's name with a word or two.
  EXPECT_EQ(CleanTitle("Acme News - Rocket ships today", "Acme"), "Rocket ships today");
}

TEST(Title, RejectsGenericAndSiteNameOnlyValues) {
  EXPECT_TRUE(IsGenericTitle("Main menu"));
  EXPECT_TRUE(IsGenericTitle(" Home "));
  EXPECT_FALSE(IsGenericTitle("Home prices rise"));
  Result r = MetadataOf(R"(<html><head><meta property="og:title" content="Main menu">
    <meta property="og:site_name" content="Daily Planet"><title>Heat wave ends | Daily Planet</title>
    </head><body><p>x</p></body></html>)");
  EXPECT_EQ(r.title, "Heat wave ends");
  r = MetadataOf(R"(<html><head><meta property="og:title" content="Daily Planet">
    <meta property="og:site_name" content="Daily Planet"><title>Heat wave ends - Daily Planet</title>
    </head><body></body></html>)");
  EXPECT_EQ(r.title, "Heat wave ends");
}

TEST(Title, ATitleWithABlankPartNamesOnlyTheSite) {
  // The template left the page's part empty: the heading names the page.
  Result r = MetadataOf(R"(<html><head><title> | Nuts & Volts Magazine</title></head>
    <body><h1>Electronic Gadgets</h1><p>x</p></body></html>)");
  EXPECT_EQ(r.title, "Electronic Gadgets");
  // A separator inside a title leaves it whole and usable.
  r = MetadataOf(R"(<html><head><title>Gadgets - old and new | Nuts & Volts</title></head>
    <body><h1>Welcome</h1><p>x</p></body></html>)");
  EXPECT_EQ(r.title, "Gadgets - old and new");
  // A separator closing a title of two parts is an ornament, not a blank:
  // the page's part is there (the banner <h1> names the site).
  r = MetadataOf(R"(<html><head><title>Autumn maples at the camp :: Blog Host ::</title></head>
    <body><h1>Blog Host</h1><p>x</p></body></html>)",
                 "https://steven.bloghost.example/blog/post/1");
  EXPECT_EQ(r.title, "Autumn maples at the camp");
  // A heading that ends with a colon is not blank at its end.
  r = MetadataOf(R"(<html><head><title>Verte Lumbar Support Chair, Adjustable Back | Shop</title></head>
    <body><h1>VERTE LUMBAR SUPPORT CHAIR: ADJUSTABLE BACK:</h1><p>x</p></body></html>)");
  EXPECT_EQ(r.title, "VERTE LUMBAR SUPPORT CHAIR: ADJUSTABLE BACK:");
}

TEST(Title, AHeadingAfterAColonIsThePostNotABanner) {
  // "Blog: Post" with <h1>Post: the heading is the title.
  Result r = MetadataOf(R"(<html><head><title>Garnix Blog: Hardware-Attested Nix Builds</title></head>
    <body><h1>Hardware-Attested Nix Builds</h1><p>x</p></body></html>)");
  EXPECT_EQ(r.title, "Hardware-Attested Nix Builds");
  // "Post | Blog" with <h1>Blog: the heading is the banner.
  r = MetadataOf(R"(<html><head><title>Hardware-Attested Nix Builds | Garnix Blog</title></head>
    <body><h1>Garnix Blog</h1><p>x</p></body></html>)");
  EXPECT_EQ(r.title, "Hardware-Attested Nix Builds");
  // "Post : forum", the metadata title the post: the heading is the forum.
  r = MetadataOf(R"(<html><head><title>Hair follicles grown in the lab : science</title>
    <meta property="og:title" content="Hair follicles grown in the lab"></head>
    <body><h1>science</h1><p>x</p></body></html>)");
  EXPECT_EQ(r.title, "Hair follicles grown in the lab");
}

TEST(Title, TheSiteNameStandsWhenNothingElseNamesThePage) {
  // A home page or a brand's product page: every source names the site.
  Result r = MetadataOf(R"(<html><head><title>The Verge</title>
    <meta property="og:site_name" content="The Verge"></head><body><p>x</p></body></html>)");
  EXPECT_EQ(r.title, "The Verge");
  r = MetadataOf(R"(<html><head><title>Birdbuddy Pro</title>
    <meta property="og:site_name" content="Birdbuddy"></head><body><p>x</p></body></html>)");
  EXPECT_EQ(r.title, "Birdbuddy Pro");
  // A heading that names the page still beats the site's name.
  r = MetadataOf(R"(<html><head><title>The Verge</title>
    <meta property="og:site_name" content="The Verge"></head><body><h1>Phones of the year</h1></body></html>)");
  EXPECT_EQ(r.title, "Phones of the year");
  // A stock word is no title, even as the last resort.
  r = MetadataOf(R"(<html><head><title>Home</title></head><body><p>x</p></body></html>)");
  EXPECT_EQ(r.title, "");
}

TEST(Title, PrefersTheHeadingThatAgreesWithMetadata) {
  // The heading keeps a dash the titles repeat: it is the headline's own.
  Result kept = MetadataOf(R"(<html><head><title>Best Bread Machines - My Favorites! - Bread Dad</title>
    <meta property="og:site_name" content="Bread Dad"></head>
    <body><h1>Best Bread Machines – My Favorites!</h1><p>x</p></body></html>)");
  EXPECT_EQ(kept.title, "Best Bread Machines – My Favorites!");
  // A tail the titles lack is a slogan set in the heading.
  Result cut = MetadataOf(R"(<html><head><title>Gym Workouts for Beginners | Fit Site</title>
    <meta property="og:site_name" content="Fit Site"></head>
    <body><h1>Gym Workouts for Beginners — Strength Training</h1><p>x</p></body></html>)");
  EXPECT_EQ(cut.title, "Gym Workouts for Beginners");
  // A heading the titles repeat keeps its dashes but not what follows a pipe.
  cut = MetadataOf(R"(<html><head><title>Best Movers in NYC 2025 | Top 19 Companies | Movers Guide</title>
    </head><body><h1>Best Movers in NYC 2025 | Top 19 Companies</h1><p>x</p></body></html>)");
  EXPECT_EQ(cut.title, "Best Movers in NYC 2025");

  // The metadata stuffs keywords; the heading is what the reader sees.
  Result r = MetadataOf(R"(<html><head><meta property="og:title" content="Heat wave ends: city cools, rain due">
    </head><body><h1>Heat wave ends</h1><p>x</p></body></html>)");
  EXPECT_EQ(r.title, "Heat wave ends");
}

TEST(Title, IgnoresAHeadingThatIsTheSiteNameOrUnrelated) {
  // A date or a label before the whole title, inside the heading, is not the title's.
  Result labelled = MetadataOf(R"(<html><head><title>Preparing a transition in Debusine | Blog</title></head>
    <body><h1><span>Dec 18 2025</span> Preparing a transition in Debusine</h1><p>x</p></body></html>)");
  EXPECT_EQ(labelled.title, "Preparing a transition in Debusine");
  labelled = MetadataOf(R"(<html><head><title>What hosting do you buy? | Hosting Talk</title></head>
    <body><h1>Thread: What hosting do you buy?</h1></body></html>)");
  EXPECT_EQ(labelled.title, "What hosting do you buy?");
  // Words after the title make a longer headline, which stands.
  labelled = MetadataOf(R"(<html><head><title>Heat wave ends | Daily Planet</title></head>
    <body><h1>Heat wave ends as storms arrive</h1></body></html>)");
  EXPECT_EQ(labelled.title, "Heat wave ends as storms arrive");

  Result r = MetadataOf(R"(<html><head><meta property="og:site_name" content="Daily Planet">
    <title>Heat wave ends | Daily Planet</title></head><body><h1>Daily Planet</h1></body></html>)");
  EXPECT_EQ(r.title, "Heat wave ends");
  r = MetadataOf(R"(<html><head><title>Heat wave ends</title></head>
    <body><h1>Subscribe to our newsletter today</h1></body></html>)");
  EXPECT_EQ(r.title, "Heat wave ends");
}

TEST(Title, JsonLdHeadlineBeatsMetaTags) {
  Result r = MetadataOf(R"(<html><head><meta property="og:title" content="OG title here">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"The JSON-LD headline"}</script>
    </head><body></body></html>)");
  EXPECT_EQ(r.title, "The JSON-LD headline");
}

TEST(Title, PlaceholderFallsThrough) {
  Result r = MetadataOf(R"(<html><head><meta property="og:title" content="{{title}}">
    <title>Real title of the page</title></head><body></body></html>)");
  EXPECT_EQ(r.title, "Real title of the page");
}

TEST(Title, HeadingLineBreaksSeparateWords) {
  Result r = MetadataOf(R"(<head><title>News Product Management Certification | Alliance</title></head>
    <body><h1><span>News Product<br>Management Certification</span></h1></body>)");
  EXPECT_EQ(r.title, "News Product Management Certification");
}

TEST(Title, HeadingEqualToTheLastPartOfTheTitleIsTheSitesBanner) {
  // "Post | Blog" with <h1>Blog</h1>: the post is what comes before.
  Result r = MetadataOf(R"(<head><title>Plan and intended audience | Introduction to Quantum Science</title></head>
    <body><h1>Introduction to Quantum Science</h1><p>x</p></body>)");
  EXPECT_EQ(r.title, "Plan and intended audience");
}

TEST(Title, HeadingAfterTheSitesNameInTheTitleWins) {
  // The site's name leads ("Site | Post"): the last part is the article.
  Result r = MetadataOf(R"(<head><title>Frommers | The 10 Best Airfare Search Sites</title></head>
    <body><h1>The 10 Best Airfare Search Sites</h1><p>x</p></body>)",
                        "https://www.frommers.com/tips/airfare");
  EXPECT_EQ(r.title, "The 10 Best Airfare Search Sites");
}

TEST(Title, HeadingEqualToTheLeadingPartOfTheTitleWinsEvenWhenShort) {
  Result r = MetadataOf(R"(<head><title>Quickstart — Flask Documentation (3.1.x)</title></head>
    <body><h1>Quickstart</h1><p>x</p></body>)");
  EXPECT_EQ(r.title, "Quickstart");
}

TEST(Title, MetadataNamingAnotherPartOfTheTitleBeatsTheHeading) {
  // Conflicting sources: the <h1> and og:title each equal one part of the
  // <title>; the og:title agrees with the part that is not the blog's name.
  Result r = MetadataOf(R"(<head><title>Engora Data Blog: Small adventures with small models</title>
    <meta property="og:title" content="Small adventures with small models"></head>
    <body><h1>Engora Data Blog</h1><p>x</p></body>)");
  EXPECT_EQ(r.title, "Small adventures with small models");
  // A metadata title that is itself split does not name one part: the
  // heading, a middle part, stands.
  r = MetadataOf(R"(<head><title>Fiercely Strong Coffee | Dark Roast Coffee - Death Wish</title>
    <meta property="og:title" content="Fiercely Strong Coffee | Dark Roast Coffee"></head>
    <body><h1>Dark Roast Coffee</h1><p>x</p></body>)");
  EXPECT_EQ(r.title, "Dark Roast Coffee");
}

TEST(Title, ShortHeadingThatRewordsIsALabel) {
  // Three words, two of them in the metadata title: a product's name; the
  // metadata title says in full what the page is.
  Result r = MetadataOf(R"(<head><meta property="og:title" content="Gymshark Arrival T-Shirt - Black">
    </head><body><h1>Arrival Tee Shirt</h1><p>x</p></body>)");
  EXPECT_EQ(r.title, "Gymshark Arrival T-Shirt");
  // Four words sharing half: a reworded headline, which the reader sees.
  r = MetadataOf(R"(<head><meta property="og:title" content="Heat wave ends across the region">
    </head><body><h1>Heat wave finally breaks</h1><p>x</p></body>)");
  EXPECT_EQ(r.title, "Heat wave finally breaks");
}

TEST(Title, HeadingSpellingTheHostIsRejected) {
  Result r = MetadataOf(R"(<head><title>Discuss the 7.1 release here</title></head>
    <body><h1>example.org</h1><p>x</p></body>)",
                        "https://www.example.org/forum/42");
  EXPECT_EQ(r.title, "Discuss the 7.1 release here");
}

TEST(Title, TheHeadingThatAgreesWithTheMetadataIsTheMainOne) {
  // A menu button is an <h1> too; the article's <h1> shares the metadata's
  // words, and so does a teaser further down, which does not win.
  Result r = MetadataOf(R"(<head><meta property="og:title" content="Heat wave ends in the city, rain due">
    </head><body><header><h1>Mobile menu</h1></header>
    <article><h1>Heat wave ends in the city</h1><p>x</p></article>
    <aside><h1>Rain due in the city this weekend after heat</h1></aside></body>)");
  EXPECT_EQ(r.title, "Heat wave ends in the city");
  // Both share words with the <title>: the one marked as the headline wins.
  r = MetadataOf(R"(<head><title>Logo news: the big headline</title></head><body><h1>Logo news</h1>
    <h1 itemprop="headline">The big marked headline</h1></body>)");
  EXPECT_EQ(r.title, "The big marked headline");
}

TEST(Title, HeadingThatTheUrlSlugSpellsWins) {
  // A short heading that rewords the <title> is otherwise a label; the slug
  // the CMS made from the headline says the heading is the article's name.
  constexpr std::string_view kPage = R"(<html><head><title>Custom Data Dashboards | Acme</title></head>
    <body><h1>Data Consulting Services</h1><p>What we do for our clients.</p></body></html>)";
  EXPECT_EQ(MetadataOf(kPage, "https://acme.example/service/data-consulting-services/").title,
            "Data Consulting Services");
  EXPECT_EQ(MetadataOf(kPage, "https://acme.example/service/data-consulting-services.html?ref=nav#top").title,
            "Data Consulting Services");
  // A slug that spells both alike, one word only, or none decides nothing.
  EXPECT_EQ(MetadataOf(kPage, "https://acme.example/service/dashboards-consulting").title,
            "Custom Data Dashboards");
  EXPECT_EQ(MetadataOf(kPage, "https://acme.example/service/consulting").title, "Custom Data Dashboards");
  EXPECT_EQ(MetadataOf(kPage, "https://acme.example/").title, "Custom Data Dashboards");
  EXPECT_EQ(MetadataOf(kPage, "https://acme.example").title, "Custom Data Dashboards");
}

TEST(Title, SlugWeighsOnlyTwoWordingsOfOneHeadline) {
  // The title shares no word with the heading but joiners ("the", "for"):
  // it is no rewording of it.
  constexpr std::string_view kPage = R"(<html><head><title>The Dashboards For Days | Acme</title></head>
    <body><h1>The Analytics Consulting</h1><p>What we do for our clients.</p></body></html>)";
  EXPECT_EQ(MetadataOf(kPage, "https://acme.example/service/the-analytics-consulting/").title,
            "The Dashboards For Days");
}

TEST(Title, SlugNeverPromotesARejectedHeading) {
  // The heading names the site: the slug spelling it changes nothing.
  Result r = MetadataOf(R"(<html><head><meta property="og:site_name" content="Data Analytics">
    <title>Custom Dashboards In Days | Data Analytics</title></head>
    <body><h1>Data Analytics</h1><p>What we do for our clients.</p></body></html>)",
                        "https://acme.example/data-analytics");
  EXPECT_EQ(r.title, "Custom Dashboards In Days");
}

TEST(Title, LabelsBesideTheTitleInTheHeadingAreNotTheTitle) {
  // A thread's prefix in an element of its own, before the title.
  Result r = MetadataOf(R"(<html><head><title>News - Digital cameras: a status symbol? | Camera Forum</title>
    </head><body><h1><span class="label">News</span><span>&nbsp;</span>Digital cameras: a status symbol?</h1>
    <p>x</p></body></html>)");
  EXPECT_EQ(r.title, "Digital cameras: a status symbol?");
  // A linked story's source and its comment count after it.
  r = MetadataOf(R"(<html><head><title>Graduates find degrees no longer guarantee jobs - Newsdot</title>
    </head><body><h1><span><a href="/story/1">Graduates find degrees no longer guarantee jobs</a>
    <span><a href="https://paper.example/x">(paper.example)</a></span></span> <span>87</span></h1>
    <p>x</p></body></html>)");
  EXPECT_EQ(r.title, "Graduates find degrees no longer guarantee jobs");
}

TEST(Title, APhraseAroundTheTitleOrLongLabelsKeepTheWholeHeading) {
  // "Welcome to" is set in the heading's own text: one phrase, not a label
  // (here the site's name, which the <title> gives first).
  Result r = MetadataOf(R"(<html><head><title>Best Sharpening Stones | Home Page</title></head>
    <body><h1>Welcome to <em>Best Sharpening Stones</em></h1><p>x</p></body></html>)",
                 "https://www.bestsharpeningstones.example/");
  EXPECT_EQ(r.title, "Welcome to Best Sharpening Stones");
  // More than a few words beside the title are no label.
  r = MetadataOf(R"(<html><head><title>Weekly news from the forum - Digital cameras: a status symbol?</title>
    </head><body><h1><span>Weekly news from the forum</span> Digital cameras: a status symbol?</h1>
    <p>x</p></body></html>)");
  EXPECT_EQ(r.title, "Weekly news from the forum Digital cameras: a status symbol?");
}

}  // namespace
}  // namespace pagesift::metadata
