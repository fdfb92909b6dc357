#include "pagesift/extract.h"

namespace pagesift {
namespace {

// Every stage runs on this page and meets each kind of pattern at least
// once: class and id names, a byline, dates in markup, in the URL and in
// text, a related-posts heading, a page control line. Extracting a real
// page, rather than asking each stage for its patterns, also builds
// whatever a stage comes to build lazily later, with no list to keep up
// to date.
constexpr std::string_view kPage = R"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Warming up - Example</title>
<meta property="article:published_time" content="2024-03-03T10:00:00+01:00">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Warming up","author":{"@type":"Person","name":"Jane Doe"}}</script>
</head><body>
<nav class="menu"><a href="/">Home</a> <a href="/news">News</a></nav>
<main><article class="post-content">
<h1>Warming up</h1><p class="byline">By Jane Doe, March 3, 2024</p>
<p>The first paragraph of a short article, long enough to be read as prose, with a comma, and a second clause.</p>
<p>A second paragraph, published on 3 March 2024, follows the first one and holds a few more words of prose.</p>
<p>Share this article</p>
<h2>Related posts</h2><ul><li><a href="/a">Another story</a></li><li><a href="/b">A third story</a></li></ul>
</article></main>
<footer class="site-footer">© 2024 Example</footer>
</body></html>)";

}  // namespace

Status WarmUp() {
  Options options;
  options.url = "https://example.com/2024/03/03/warming-up";
  options.want_markdown = true;
  Result result;
  return Extract(kPage, options, &result);
}

}  // namespace pagesift
