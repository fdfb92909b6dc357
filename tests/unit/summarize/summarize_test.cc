// The summarizer end to end: from blocks (built by hand here, as Extract
// would fill them) and from plain text, to a Summary.
#include "pagesift/summarize.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace pagesift {
namespace {

using Kind = TextBlock::Kind;

// An English news story: the lead says what happened, the body repeats its
// key terms, the end drifts off topic.
Result CouncilStory() {
  Result article;
  article.lang = "en-GB";
  article.blocks = {
      {Kind::kHeading, "Council approves the new tram line after a long debate."},
      {Kind::kParagraph,
       "The city council approved the new tram line on Monday after a long debate. "
       "The tram line will link the station to the university by 2027."},
      {Kind::kCaption, "The council chamber during the tram line debate on Monday."},
      {Kind::kParagraph,
       "Opponents of the tram line said the budget was too high for the city. "
       "The council answered that the tram budget was covered by regional funds."},
      {Kind::kCode, "tram_line.approve(council=True)"},
      {Kind::kParagraph,
       "Work on the tram line starts in spring, and the station square will close for a year. "
       "Shops near the station fear the closure will cost them customers."},
      {Kind::kParagraph, "Advertisement"},
      {Kind::kParagraph,
       "The mayor thanked the council and the university for their support of the tram. "
       "In other news, the zoo welcomed two penguins born in captivity last week."},
  };
  return article;
}

bool ContainsSentence(const Result& article, Kind kind, const std::string& sentence) {
  return std::any_of(article.blocks.begin(), article.blocks.end(), [&](const TextBlock& b) {
    return b.kind == kind && b.text.find(sentence) != std::string::npos;
  });
}

// Position of a sentence in the article's text, to check document order.
size_t PositionIn(const Result& article, const std::string& sentence) {
  size_t offset = 0;
  for (const TextBlock& block : article.blocks) {
    size_t at = block.text.find(sentence);
    if (at != std::string::npos) return offset + at;
    offset += block.text.size() + 1;
  }
  return std::string::npos;
}

TEST(SummarizeTest, QuotesProseSentencesInDocumentOrder) {
  Result article = CouncilStory();
  SummaryOptions options;
  options.sentences = 3;
  Summary summary;
  ASSERT_TRUE(Summarize(article, options, &summary).ok());
  EXPECT_EQ(summary.lang, "en");
  ASSERT_EQ(summary.sentences.size(), 3u);
  for (const std::string& s : summary.sentences) {
    EXPECT_TRUE(ContainsSentence(article, Kind::kParagraph, s)) << s;
    EXPECT_NE(s, "Advertisement");
  }
  for (size_t i = 1; i < summary.sentences.size(); ++i) {
    EXPECT_LT(PositionIn(article, summary.sentences[i - 1]), PositionIn(article, summary.sentences[i]));
  }
  // The lead sentence states the news and shares the most with the rest.
  EXPECT_EQ(summary.sentences[0], "The city council approved the new tram line on Monday after a long debate.");
  // The off-topic sentence is neither central nor early.
  for (const std::string& s : summary.sentences) EXPECT_EQ(s.find("penguins"), std::string::npos);
}

TEST(SummarizeTest, HeadingsCaptionsAndCodeNeverBecomeSentences) {
  Result article = CouncilStory();
  SummaryOptions options;
  options.sentences = 50;  // ask for everything there is
  Summary summary;
  ASSERT_TRUE(Summarize(article, options, &summary).ok());
  EXPECT_EQ(summary.sentences.size(), 8u);  // the 8 prose sentences, without the ad line
  for (const std::string& s : summary.sentences) {
    EXPECT_FALSE(ContainsSentence(article, Kind::kHeading, s)) << s;
    EXPECT_FALSE(ContainsSentence(article, Kind::kCaption, s)) << s;
    EXPECT_FALSE(ContainsSentence(article, Kind::kCode, s)) << s;
  }
}

TEST(SummarizeTest, KeyPointsAreThreeToFiveProseSentences) {
  Result article = CouncilStory();
  Summary summary;
  ASSERT_TRUE(Summarize(article, SummaryOptions(), &summary).ok());
  EXPECT_GE(summary.key_points.size(), 3u);
  EXPECT_LE(summary.key_points.size(), 5u);
  for (const std::string& s : summary.key_points) {
    EXPECT_TRUE(ContainsSentence(article, Kind::kParagraph, s)) << s;
  }
}

TEST(SummarizeTest, RatioSetsTheLength) {
  Result article = CouncilStory();
  SummaryOptions options;
  options.ratio = 0.25;  // of 8 sentences
  Summary summary;
  ASSERT_TRUE(Summarize(article, options, &summary).ok());
  EXPECT_EQ(summary.sentences.size(), 2u);
}

TEST(SummarizeTest, BadRatioIsAnInvalidArgument) {
  SummaryOptions options;
  options.ratio = 1.5;
  Summary summary;
  Status status = Summarize(CouncilStory(), options, &summary);
  EXPECT_EQ(status.code(), ErrorCode::kInvalidArgument);
  options.ratio = -0.1;
  EXPECT_EQ(Summarize(CouncilStory(), options, &summary).code(), ErrorCode::kInvalidArgument);
}

TEST(SummarizeTest, OptionLanguageOverridesThePage) {
  SummaryOptions options;
  options.lang = "de-AT";
  Summary summary;
  ASSERT_TRUE(Summarize(CouncilStory(), options, &summary).ok());
  EXPECT_EQ(summary.lang, "de");
}

TEST(SummarizeTest, PageWithoutLangIsGuessed) {
  Result article;
  article.blocks = {{Kind::kParagraph,
                     "Le conseil municipal a voté le projet de tramway lundi. Les travaux commenceront au "
                     "printemps et dureront deux ans."}};
  Summary summary;
  ASSERT_TRUE(Summarize(article, SummaryOptions(), &summary).ok());
  EXPECT_EQ(summary.lang, "fr");
}

TEST(SummarizeTest, ArticleWithoutProseHasAnEmptySummary) {
  Result article;
  article.lang = "en";
  article.blocks = {{Kind::kHeading, "Gallery"}, {Kind::kCaption, "A photo of the sea."}};
  Summary summary;
  ASSERT_TRUE(Summarize(article, SummaryOptions(), &summary).ok());
  EXPECT_TRUE(summary.sentences.empty());
  EXPECT_TRUE(summary.key_points.empty());
}

TEST(SummarizeTextTest, SelectionOfTwoSentencesSummarizesToItself) {
  Summary summary;
  ASSERT_TRUE(SummarizeText("The vote passed.  It was close.\n", "", SummaryOptions(), &summary).ok());
  EXPECT_EQ(summary.sentences, (std::vector<std::string>{"The vote passed.", "It was close."}));
  EXPECT_EQ(summary.lang, "en");
}

TEST(SummarizeTextTest, LongTextIsShortened) {
  std::string text;
  for (int i = 0; i < 30; ++i) {
    text += "Paragraph " + std::to_string(i) + " talks about the harbour and the ships in port. ";
    text += "Its second sentence mentions item " + std::to_string(i) + " of the list.\n\n";
  }
  SummaryOptions options;
  options.sentences = 4;
  Summary summary;
  ASSERT_TRUE(SummarizeText(text, "en", options, &summary).ok());
  EXPECT_EQ(summary.sentences.size(), 4u);
}

TEST(SummarizeTextTest, HugeInputIsBoundedByTheSentenceCap) {
  // 20,000 sentences: only the first kMaxSummarySentences are considered.
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "Sentence " + std::to_string(i) + " mentions topic " + std::to_string(i % 7) + " again. ";
  SummaryOptions options;
  options.sentences = 3;
  Summary summary;
  ASSERT_TRUE(SummarizeText(text, "en", options, &summary).ok());
  ASSERT_EQ(summary.sentences.size(), 3u);
  for (const std::string& s : summary.sentences) {
    int number = std::stoi(s.substr(std::string("Sentence ").size()));
    EXPECT_LT(number, static_cast<int>(kMaxSummarySentences));
  }
}

TEST(SummarizeTextTest, HostileBytesDoNotFail) {
  std::string text = "\xff\xfe\x00 broken \xc3 bytes. ";
  text += std::string(200000, '.');
  text += std::string(200000, 'x');
  Summary summary;
  EXPECT_TRUE(SummarizeText(text, "", SummaryOptions(), &summary).ok());
}

TEST(AnswerSummarizeRequestTest, SelectionGivesTheProtocolShape) {
  SummarizeRequest request;
  request.text = "La séance est levée. Le maire a remercié les élus.";
  request.url = "https://example.org/";
  nlohmann::json result;
  ASSERT_TRUE(AnswerSummarizeRequest(request, Options(), &result).ok());
  EXPECT_EQ(result["lang"], "fr");
  EXPECT_EQ(result["sentences"], nlohmann::json::array({"La séance est levée.", "Le maire a remercié les élus."}));
  EXPECT_TRUE(result["keyPoints"].is_array());
}

TEST(AnswerSummarizeRequestTest, NeitherPageNorTextIsAnInvalidArgument) {
  nlohmann::json result;
  Status status = AnswerSummarizeRequest(SummarizeRequest(), Options(), &result);
  EXPECT_EQ(status.code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(status.message().find("text"), std::string::npos);
}

TEST(SummaryToJsonTest, FieldNames) {
  Summary summary{"en", {"One."}, {"Two."}};
  EXPECT_EQ(SummaryToJson(summary),
            nlohmann::json({{"lang", "en"}, {"sentences", {"One."}}, {"keyPoints", {"Two."}}}));
}

}  // namespace
}  // namespace pagesift
