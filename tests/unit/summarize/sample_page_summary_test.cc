// Summaries of the bundled sample page (tests/fixtures/sample): a cluttered
// French news article. Every summary sentence must be a French sentence of
// the article's body, in reading order, and no ad marker or other clutter.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "pagesift/extract.h"
#include "pagesift/summarize.h"

#ifndef PAGESIFT_FIXTURES_DIR
#error "PAGESIFT_FIXTURES_DIR must name the tests/fixtures directory"
#endif

namespace pagesift {
namespace {

using Kind = TextBlock::Kind;

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

struct Golden {
  std::vector<std::string> paragraphs;   // body paragraphs, subheadings left out
  std::vector<std::string> subheadings;
  std::vector<std::string> clutter;
  std::string caption;
};

Golden LoadGolden() {
  nlohmann::json golden = nlohmann::json::parse(
      ReadFile(std::filesystem::path(PAGESIFT_FIXTURES_DIR) / "sample" / "golden.json"), nullptr, false);
  Golden g;
  if (golden.is_discarded()) return g;
  g.subheadings = golden["subheadings"].get<std::vector<std::string>>();
  for (const std::string& p : golden["paragraphs"].get<std::vector<std::string>>()) {
    if (std::find(g.subheadings.begin(), g.subheadings.end(), p) == g.subheadings.end()) g.paragraphs.push_back(p);
  }
  g.clutter = golden["clutter"].get<std::vector<std::string>>();
  g.caption = golden["caption"].get<std::string>();
  return g;
}

// Checks that sentences come from golden paragraphs, in order, with no clutter.
void ExpectBodySentencesInOrder(const std::vector<std::string>& sentences, const Golden& golden) {
  size_t last_paragraph = 0, last_offset = 0;
  bool first = true;
  for (const std::string& sentence : sentences) {
    SCOPED_TRACE(sentence);
    size_t paragraph = golden.paragraphs.size(), offset = 0;
    for (size_t i = 0; i < golden.paragraphs.size(); ++i) {
      size_t at = golden.paragraphs[i].find(sentence);
      if (at != std::string::npos) {
        paragraph = i;
        offset = at;
        break;
      }
    }
    ASSERT_LT(paragraph, golden.paragraphs.size()) << "not a sentence of the article's body";
    if (!first) {
      EXPECT_TRUE(paragraph > last_paragraph || (paragraph == last_paragraph && offset > last_offset))
          << "out of reading order";
    }
    first = false;
    last_paragraph = paragraph;
    last_offset = offset;
    for (const std::string& line : golden.clutter) {
      // Short clutter words ("Home", "Sport") may occur in prose; whole lines may not.
      if (line.size() >= 12) {
        EXPECT_EQ(sentence.find(line), std::string::npos) << line;
      }
    }
    for (const std::string& heading : golden.subheadings) {
      EXPECT_NE(sentence, heading);
    }
  }
}

TEST(SamplePageSummaryTest, FromBlocksWithAdMarkersLeftIn) {
  Golden golden = LoadGolden();
  ASSERT_FALSE(golden.paragraphs.empty()) << "tests/fixtures/sample/golden.json unreadable";
  // The article as extraction could leave it at worst: ad markers and a
  // video teaser between the paragraphs, headings and the caption as such.
  Result article;
  article.lang = "fr-FR";
  article.blocks.push_back({Kind::kCaption, golden.caption});
  for (size_t i = 0; i < golden.paragraphs.size(); ++i) {
    article.blocks.push_back({Kind::kParagraph, golden.paragraphs[i]});
    if (i % 4 == 1) {
      article.blocks.push_back({Kind::kParagraph, "L’article continue sous l’annonceL’article continue sous l’annonce"});
    }
    if (i % 5 == 2) article.blocks.push_back({Kind::kParagraph, "Publicité"});
    if (i % 6 == 3) {
      article.blocks.push_back({Kind::kHeading, golden.subheadings[i % golden.subheadings.size()]});
    }
  }
  for (size_t sentences : {1u, 3u, 5u, 10u}) {
    SummaryOptions options;
    options.sentences = sentences;
    Summary summary;
    ASSERT_TRUE(Summarize(article, options, &summary).ok());
    EXPECT_EQ(summary.lang, "fr");
    EXPECT_EQ(summary.sentences.size(), sentences);
    ExpectBodySentencesInOrder(summary.sentences, golden);
    EXPECT_GE(summary.key_points.size(), 3u);
    EXPECT_LE(summary.key_points.size(), 5u);
    ExpectBodySentencesInOrder(summary.key_points, golden);
  }
}

TEST(SamplePageSummaryTest, FromThePageThroughExtraction) {
  Golden golden = LoadGolden();
  ASSERT_FALSE(golden.paragraphs.empty());
  std::string html = ReadFile(std::filesystem::path(PAGESIFT_FIXTURES_DIR) / "sample" / "article.html");
  Options options;
  options.url = "https://nouvelles.example/2024/06/15/les-alarmes-se-declenchent-avant-la-visite-de-poutine-en-coree-du-nord/";
  SummaryOptions summary_options;
  summary_options.sentences = 4;
  Summary summary;
  Status status = SummarizePage(html, options, summary_options, &summary);
  ASSERT_TRUE(status.ok()) << status.ToString();
  EXPECT_EQ(summary.lang, "fr");
  EXPECT_EQ(summary.sentences.size(), 4u);
  ExpectBodySentencesInOrder(summary.sentences, golden);
  ExpectBodySentencesInOrder(summary.key_points, golden);
}

}  // namespace
}  // namespace pagesift
