// Sentence segmentation on the hard cases of each language: abbreviations,
// decimals, initials, ordinals and quotes.
#include "summarize/sentence_splitter.h"

#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace pagesift::summarize {
namespace {

std::vector<std::string> Split(std::string_view lang, std::string_view text) {
  std::unique_ptr<SentenceSplitter> splitter;
  Status status = SentenceSplitter::Create(lang, &splitter);
  EXPECT_TRUE(status.ok()) << status.ToString();
  std::vector<std::string> sentences;
  if (splitter) splitter->Split(text, 1000, &sentences);
  return sentences;
}

using Sentences = std::vector<std::string>;

TEST(SentenceSplitterTest, EnglishTitlesDecimalsAndQuotes) {
  EXPECT_EQ(Split("en", "Dr. Smith paid $3.50 for it. He said \"Stop.\" Then he left."),
            (Sentences{"Dr. Smith paid $3.50 for it.", "He said \"Stop.\"", "Then he left."}));
  EXPECT_EQ(Split("en", "Mr. Jones met Prof. Lee on Jan. 5 at 10.30. It rained."),
            (Sentences{"Mr. Jones met Prof. Lee on Jan. 5 at 10.30.", "It rained."}));
}

TEST(SentenceSplitterTest, EnglishInitialsStayInTheSentence) {
  EXPECT_EQ(Split("en", "The book by J. R. R. Tolkien sold well. Critics agreed."),
            (Sentences{"The book by J. R. R. Tolkien sold well.", "Critics agreed."}));
}

TEST(SentenceSplitterTest, QuestionAndExclamationEndSentences) {
  EXPECT_EQ(Split("en", "Is it over? Yes! It is."), (Sentences{"Is it over?", "Yes!", "It is."}));
}

TEST(SentenceSplitterTest, FrenchMonsieurAndGuillemets) {
  EXPECT_EQ(Split("fr", "M. Dupont est arrivé. Il a dit « Non. » Puis il est parti."),
            (Sentences{"M. Dupont est arrivé.", "Il a dit « Non. »", "Puis il est parti."}));
  EXPECT_EQ(Split("fr", "Mme Durand a payé 2,5 millions. Le Dr. Martin a confirmé."),
            (Sentences{"Mme Durand a payé 2,5 millions.", "Le Dr. Martin a confirmé."}));
}

TEST(SentenceSplitterTest, FrenchNoBreakSpacesBeforeClosingGuillemet) {
  // A browser's text keeps the no-break space French puts inside guillemets.
  EXPECT_EQ(Split("fr", "Il a dit «\u00a0Non.\u00a0» Puis il est parti."),
            (Sentences{"Il a dit « Non. »", "Puis il est parti."}));
}

TEST(SentenceSplitterTest, GermanAbbreviationsAndOrdinals) {
  EXPECT_EQ(Split("de", "Es gibt z. B. Berlin und Hamburg. Das kostet 3.50 Euro."),
            (Sentences{"Es gibt z. B. Berlin und Hamburg.", "Das kostet 3.50 Euro."}));
  EXPECT_EQ(Split("de", "Am 1. Januar kam Dr. Müller. Er blieb bis zum 3. März."),
            (Sentences{"Am 1. Januar kam Dr. Müller.", "Er blieb bis zum 3. März."}));
  EXPECT_EQ(Split("de", "Das ist d. h. Sache der Länder. Vgl. Nr. 5 oben."),
            (Sentences{"Das ist d. h. Sache der Länder.", "Vgl. Nr. 5 oben."}));
}

TEST(SentenceSplitterTest, GermanLowQuotes) {
  EXPECT_EQ(Split("de", "Er sagte: „Wir kommen.“ Dann ging er."),
            (Sentences{"Er sagte: „Wir kommen.“", "Dann ging er."}));
}

TEST(SentenceSplitterTest, SpanishTitlesAndInvertedMarks) {
  EXPECT_EQ(Split("es", "La Sra. García llegó ayer. ¿Quién lo sabía? Nadie."),
            (Sentences{"La Sra. García llegó ayer.", "¿Quién lo sabía?", "Nadie."}));
}

TEST(SentenceSplitterTest, ItalianTitles) {
  EXPECT_EQ(Split("it", "Il Dott. Rossi ha parlato. Il Sig. Bianchi no."),
            (Sentences{"Il Dott. Rossi ha parlato.", "Il Sig. Bianchi no."}));
}

TEST(SentenceSplitterTest, PortugueseTitles) {
  EXPECT_EQ(Split("pt", "O Sr. Silva chegou. A Profa. Costa saiu às 14h30."),
            (Sentences{"O Sr. Silva chegou.", "A Profa. Costa saiu às 14h30."}));
}

TEST(SentenceSplitterTest, DutchLowercaseAbbreviations) {
  EXPECT_EQ(Split("nl", "Volgens dhr. Jansen is het zo. Mevr. De Vries bijv. Niet."),
            (Sentences{"Volgens dhr. Jansen is het zo.", "Mevr. De Vries bijv. Niet."}));
}

TEST(SentenceSplitterTest, WhitespaceIsCollapsedAndTrimmed) {
  EXPECT_EQ(Split("en", "  One\n  sentence\there.\n\nAnother   one.  "),
            (Sentences{"One sentence here.", "Another one."}));
  EXPECT_EQ(CollapseWhitespace("\u00a0a \n b\u00a0"), "a b");
}

TEST(SentenceSplitterTest, StopsAtTheLimit) {
  std::unique_ptr<SentenceSplitter> splitter;
  ASSERT_TRUE(SentenceSplitter::Create("en", &splitter).ok());
  std::vector<std::string> sentences{"already here."};
  splitter->Split("One. Two. Three. Four.", 3, &sentences);
  EXPECT_EQ(sentences, (Sentences{"already here.", "One.", "Two."}));
}

TEST(SentenceSplitterTest, InvalidUtf8AndUnknownLanguageDoNotFail) {
  std::vector<std::string> sentences = Split("und", std::string("Bad \xff\xfe bytes. Fine."));
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[1], "Fine.");
}

}  // namespace
}  // namespace pagesift::summarize
