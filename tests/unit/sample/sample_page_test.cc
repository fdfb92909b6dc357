// The golden test of the bundled sample page: a cluttered French news
// article as a WordPress news theme serves it (tests/fixtures/sample/).
//
// golden.json says what a reader must get from article.html: the metadata,
// every paragraph and subheading in reading order, the photo caption as a
// figure caption, and the clutter lines that must be gone from both the
// plain text and the reader HTML. Each failure names the line at fault.
#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "pagesift/extract.h"
#include "pagesift/result.h"
#include "pagesift/status.h"

#ifndef PAGESIFT_FIXTURES_DIR
#error "PAGESIFT_FIXTURES_DIR must name the tests/fixtures directory"
#endif

namespace pagesift {
namespace {

using nlohmann::json;

std::filesystem::path SampleDir() {
  return std::filesystem::path(PAGESIFT_FIXTURES_DIR) / "sample";
}

// Empty string when the file cannot be read; callers assert on that.
std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::string();
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// Shortens a long text for a failure message, at a character boundary.
std::string Excerpt(std::string_view text, size_t center, size_t radius = 80) {
  size_t begin = center > radius ? center - radius : 0;
  size_t end = std::min(text.size(), center + radius);
  // Do not cut a UTF-8 sequence in half: step off continuation bytes.
  while (begin > 0 && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) --begin;
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  return "..." + std::string(text.substr(begin, end - begin)) + "...";
}

std::string_view TrimWhitespace(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n";
  size_t first = text.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  size_t last = text.find_last_not_of(kSpace);
  return text.substr(first, last - first + 1);
}

// The blocks of text_content: the runs between blank lines, trimmed.
std::vector<std::string> TextBlocks(std::string_view text) {
  std::vector<std::string> blocks;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t blank = text.find("\n\n", pos);
    size_t end = blank == std::string_view::npos ? text.size() : blank;
    std::string_view block = TrimWhitespace(text.substr(pos, end - pos));
    if (!block.empty()) blocks.emplace_back(block);
    if (blank == std::string_view::npos) break;
    pos = blank + 2;
  }
  return blocks;
}

// The text inside every <tag ...>...</tag> of an HTML string, inner tags
// removed. Enough for the sanitized, lower-case HTML of Result::content.
std::vector<std::string> InnerTextsOf(std::string_view html, std::string_view tag) {
  std::vector<std::string> texts;
  const std::string open = "<" + std::string(tag);
  const std::string close = "</" + std::string(tag) + ">";
  size_t pos = 0;
  while ((pos = html.find(open, pos)) != std::string_view::npos) {
    size_t after_name = pos + open.size();
    // "<h2" must not match "<h2x": the name ends at '>' or whitespace.
    if (after_name >= html.size() ||
        std::string_view(">/ \t\r\n").find(html[after_name]) == std::string_view::npos) {
      pos = after_name;
      continue;
    }
    size_t body = html.find('>', after_name);
    if (body == std::string_view::npos) break;
    size_t end = html.find(close, body);
    if (end == std::string_view::npos) break;
    std::string text;
    bool in_tag = false;
    for (char c : html.substr(body + 1, end - body - 1)) {
      if (c == '<') in_tag = true;
      else if (c == '>') in_tag = false;
      else if (!in_tag) text += c;
    }
    texts.emplace_back(TrimWhitespace(text));
    pos = end + close.size();
  }
  return texts;
}

std::vector<std::string> Strings(const json& golden, const char* key) {
  std::vector<std::string> out;
  for (const json& item : golden.at(key)) out.push_back(item.get<std::string>());
  return out;
}

// The golden expectations and what Extract made of the page. Each test loads
// its own: one page takes milliseconds, and no state is shared between tests.
struct Sample {
  json golden;
  Result result;
  Status status;
};

// Fails the calling test (and returns false) when the fixture is unusable.
bool LoadSample(Sample* sample) {
  const std::string golden_text = ReadFile(SampleDir() / "golden.json");
  const std::string page = ReadFile(SampleDir() / "article.html");
  EXPECT_FALSE(golden_text.empty()) << "cannot read " << (SampleDir() / "golden.json");
  EXPECT_FALSE(page.empty()) << "cannot read " << (SampleDir() / "article.html");
  if (golden_text.empty() || page.empty()) return false;

  sample->golden = json::parse(golden_text, nullptr, /*allow_exceptions=*/false);
  EXPECT_FALSE(sample->golden.is_discarded()) << "golden.json is not valid JSON";
  if (sample->golden.is_discarded()) return false;

  Options options;
  options.url = sample->golden.at("url").get<std::string>();
  sample->status = Extract(page, options, &sample->result);
  EXPECT_TRUE(sample->status.ok()) << "Extract failed: " << sample->status.ToString();
  return sample->status.ok();
}

TEST(SamplePageTest, MetadataMatchesGolden) {
  Sample sample;
  if (!LoadSample(&sample)) return;
  const json& golden = sample.golden;
  const Result& result = sample.result;
  EXPECT_EQ(result.title, golden.at("title").get<std::string>()) << "title";
  EXPECT_EQ(result.byline, golden.at("byline").get<std::string>()) << "byline";
  EXPECT_EQ(result.lang, golden.at("lang").get<std::string>()) << "lang";
  EXPECT_EQ(result.published_time, golden.at("publishedTime").get<std::string>())
      << "publishedTime (exact string, offset included)";
  EXPECT_EQ(result.site_name, golden.at("siteName").get<std::string>()) << "siteName";
  EXPECT_EQ(result.url, golden.at("url").get<std::string>()) << "url";
}

// Every paragraph and subheading is in text_content, each after the one
// before it.
TEST(SamplePageTest, ParagraphsAppearInOrder) {
  Sample sample;
  if (!LoadSample(&sample)) return;
  const std::string& text = sample.result.text_content;
  const std::vector<std::string> paragraphs = Strings(sample.golden, "paragraphs");
  ASSERT_FALSE(paragraphs.empty());

  size_t cursor = 0;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    const std::string& paragraph = paragraphs[i];
    size_t found = text.find(paragraph, cursor);
    if (found != std::string::npos) {
      cursor = found + paragraph.size();
      continue;
    }
    size_t anywhere = text.find(paragraph);
    if (anywhere == std::string::npos) {
      ADD_FAILURE() << "paragraph " << i + 1 << "/" << paragraphs.size()
                    << " is missing from textContent:\n  \"" << paragraph << "\"";
    } else {
      ADD_FAILURE() << "paragraph " << i + 1 << "/" << paragraphs.size()
                    << " is out of order in textContent (it comes before paragraph " << i
                    << "):\n  \"" << paragraph << "\"";
    }
  }
}

// text_content separates blocks by blank lines: each paragraph and
// subheading must be a block of its own, not glued to a neighbour.
TEST(SamplePageTest, EachParagraphIsItsOwnBlock) {
  Sample sample;
  if (!LoadSample(&sample)) return;
  const std::vector<std::string> blocks = TextBlocks(sample.result.text_content);
  const std::vector<std::string> paragraphs = Strings(sample.golden, "paragraphs");
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    bool own_block = std::find(blocks.begin(), blocks.end(), paragraphs[i]) != blocks.end();
    EXPECT_TRUE(own_block) << "paragraph " << i + 1 << "/" << paragraphs.size()
                           << " is not a block of its own in textContent:\n  \""
                           << paragraphs[i] << "\"";
  }
}

// Subheadings stay headings in the reader view (any level: a renderer may
// shift levels).
TEST(SamplePageTest, SubheadingsAreHeadings) {
  Sample sample;
  if (!LoadSample(&sample)) return;
  std::vector<std::string> headings;
  for (const char* tag : {"h1", "h2", "h3", "h4", "h5", "h6"}) {
    for (std::string& text : InnerTextsOf(sample.result.content, tag)) {
      headings.push_back(std::move(text));
    }
  }
  for (const std::string& subheading : Strings(sample.golden, "subheadings")) {
    bool is_heading = std::find(headings.begin(), headings.end(), subheading) != headings.end();
    EXPECT_TRUE(is_heading) << "subheading is not a heading element in content:\n  \""
                            << subheading << "\"";
  }
}

TEST(SamplePageTest, CaptionIsAFigureCaption) {
  Sample sample;
  if (!LoadSample(&sample)) return;
  const std::string caption = sample.golden.at("caption").get<std::string>();
  bool in_figcaption = false;
  for (const std::string& text : InnerTextsOf(sample.result.content, "figcaption")) {
    if (text.find(caption) != std::string::npos) in_figcaption = true;
  }
  EXPECT_TRUE(in_figcaption) << "the caption is not inside a <figcaption> in content:\n  \""
                             << caption << "\"";
}

void ExpectNoClutter(const json& golden, const std::string& haystack, const char* field) {
  for (const std::string& clutter : Strings(golden, "clutter")) {
    size_t found = haystack.find(clutter);
    if (found == std::string::npos) continue;
    ADD_FAILURE() << "clutter found in " << field << ":\n  \"" << clutter << "\"\n  at: "
                  << Excerpt(haystack, found);
  }
}

TEST(SamplePageTest, NoClutterInTextContent) {
  Sample sample;
  if (!LoadSample(&sample)) return;
  ASSERT_FALSE(sample.result.text_content.empty()) << "textContent is empty";
  ExpectNoClutter(sample.golden, sample.result.text_content, "textContent");
}

TEST(SamplePageTest, NoClutterInContent) {
  Sample sample;
  if (!LoadSample(&sample)) return;
  ASSERT_FALSE(sample.result.content.empty()) << "content is empty";
  ExpectNoClutter(sample.golden, sample.result.content, "content");
}

}  // namespace
}  // namespace pagesift
