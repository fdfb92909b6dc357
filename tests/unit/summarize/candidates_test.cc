#include "summarize/candidates.h"

#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace pagesift::summarize {
namespace {

using Kind = TextBlock::Kind;

std::vector<std::string> CandidateTexts(const std::vector<TextBlock>& blocks, std::string_view lang,
                                        size_t max_sentences = 100) {
  std::unique_ptr<SentenceSplitter> splitter;
  std::unique_ptr<TermExtractor> terms;
  EXPECT_TRUE(SentenceSplitter::Create(lang, &splitter).ok());
  EXPECT_TRUE(TermExtractor::Create(lang, true, &terms).ok());
  std::vector<std::string> texts;
  for (const Candidate& c : CollectCandidates(blocks, max_sentences, splitter.get(), terms.get())) {
    texts.push_back(c.text);
  }
  return texts;
}

using Texts = std::vector<std::string>;

TEST(CollectCandidatesTest, OnlyProseBlocksGiveSentences) {
  std::vector<TextBlock> blocks{
      {Kind::kHeading, "A heading that reads like a sentence."},
      {Kind::kParagraph, "A paragraph sentence."},
      {Kind::kCaption, "A caption under a photo."},
      {Kind::kListItem, "A list item."},
      {Kind::kCode, "int main() { return 0; }"},
      {Kind::kQuote, "A quoted line."},
      {Kind::kTableCell, "A table cell."},
      {Kind::kOther, "Something else."},
  };
  EXPECT_EQ(CandidateTexts(blocks, "en"), (Texts{"A paragraph sentence.", "A list item.", "A quoted line."}));
}

TEST(CollectCandidatesTest, DropsAdMarkersAndRepeats) {
  std::vector<TextBlock> blocks{
      {Kind::kParagraph, "Le conseil a voté le plan."},
      {Kind::kParagraph, "L’article continue sous l’annonceL’article continue sous l’annonce"},
      {Kind::kParagraph, "Publicité"},
      {Kind::kParagraph, "Lire aussi : Le budget de la ville en hausse"},
      {Kind::kParagraph, "Le conseil a voté le plan."},
      {Kind::kParagraph, "Il entrera en vigueur en mai, selon la publicité officielle de la mairie."},
  };
  EXPECT_EQ(CandidateTexts(blocks, "fr"),
            (Texts{"Le conseil a voté le plan.",
                   "Il entrera en vigueur en mai, selon la publicité officielle de la mairie."}));
}

TEST(CollectCandidatesTest, EnglishAdvertisementLines) {
  std::vector<TextBlock> blocks{
      {Kind::kParagraph, "Advertisement"},
      {Kind::kParagraph, "Story continues below advertisement"},
      {Kind::kParagraph, "Read more: Why the council voted no"},
      {Kind::kParagraph, "Thanks, everyone."},
  };
  EXPECT_EQ(CandidateTexts(blocks, "en"), (Texts{"Thanks, everyone."}));
}

TEST(CollectCandidatesTest, StopsAtTheCap) {
  std::vector<TextBlock> blocks(50, {Kind::kParagraph, ""});
  for (size_t i = 0; i < blocks.size(); ++i) {
    blocks[i].text = "Sentence number " + std::to_string(i) + " is here. And another " + std::to_string(i) + ".";
  }
  Texts texts = CandidateTexts(blocks, "en", 7);
  ASSERT_EQ(texts.size(), 7u);
  EXPECT_EQ(texts[6], "Sentence number 3 is here.");
}

TEST(CollectCandidatesTest, ShortAndLongSentencesAreNotSubstantial) {
  std::unique_ptr<SentenceSplitter> splitter;
  std::unique_ptr<TermExtractor> terms;
  ASSERT_TRUE(SentenceSplitter::Create("en", &splitter).ok());
  ASSERT_TRUE(TermExtractor::Create("en", true, &terms).ok());
  std::string long_sentence;
  for (int i = 0; i < 120; ++i) long_sentence += "word" + std::to_string(i) + " ";
  std::vector<TextBlock> blocks{{Kind::kParagraph, "Too short here."},
                                {Kind::kParagraph, "The council approved the new budget on Monday."},
                                {Kind::kParagraph, long_sentence + "end."}};
  std::vector<Candidate> found = CollectCandidates(blocks, 100, splitter.get(), terms.get());
  ASSERT_EQ(found.size(), 3u);
  EXPECT_FALSE(found[0].substantial);
  EXPECT_TRUE(found[1].substantial);
  EXPECT_FALSE(found[2].substantial);
}

TEST(BlocksFromTextTest, BlankLinesSeparateParagraphs) {
  std::vector<TextBlock> blocks = BlocksFromText("one\ntwo\n\n  \n\nthree\r\n");
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].text, "one two");
  EXPECT_EQ(blocks[1].text, "three");
  EXPECT_EQ(blocks[1].kind, Kind::kParagraph);
  EXPECT_TRUE(BlocksFromText("").empty());
}

}  // namespace
}  // namespace pagesift::summarize
