#include "summarize/language.h"

#include <gtest/gtest.h>

namespace pagesift::summarize {
namespace {

TEST(PrimaryLanguageTest, TakesThePrimarySubtagLowercase) {
  EXPECT_EQ(PrimaryLanguage("fr-FR"), "fr");
  EXPECT_EQ(PrimaryLanguage("EN_us"), "en");
  EXPECT_EQ(PrimaryLanguage("de"), "de");
  EXPECT_EQ(PrimaryLanguage("fil"), "fil");
}

TEST(PrimaryLanguageTest, RejectsWhatIsNotALanguage) {
  EXPECT_EQ(PrimaryLanguage(""), "");
  EXPECT_EQ(PrimaryLanguage("und"), "");
  EXPECT_EQ(PrimaryLanguage("x"), "");
  EXPECT_EQ(PrimaryLanguage("english"), "");
  EXPECT_EQ(PrimaryLanguage("e1"), "");
}

TEST(GuessLanguageTest, TellsTheSupportedLanguagesFromTwoSentences) {
  EXPECT_EQ(GuessLanguage("The council voted on the plan last night. It will take effect in May."), "en");
  EXPECT_EQ(GuessLanguage("Le conseil a voté le plan hier soir. Il entrera en vigueur en mai."), "fr");
  EXPECT_EQ(GuessLanguage("Der Rat hat gestern über den Plan abgestimmt. Er tritt im Mai in Kraft."), "de");
  EXPECT_EQ(GuessLanguage("El consejo votó el plan anoche. Entrará en vigor en mayo para todos los vecinos."), "es");
  EXPECT_EQ(GuessLanguage("Il consiglio ha votato il piano ieri sera. Entrerà in vigore a maggio per tutti."), "it");
  EXPECT_EQ(GuessLanguage("O conselho votou o plano ontem à noite. Ele entra em vigor em maio para todos."), "pt");
  EXPECT_EQ(GuessLanguage("De raad heeft gisteravond over het plan gestemd. Het gaat in mei in."), "nl");
}

TEST(GuessLanguageTest, FrenchElisionsCount) {
  EXPECT_EQ(GuessLanguage("L'article qu'il a écrit n'est pas là."), "fr");
}

TEST(GuessLanguageTest, NonLatinScripts) {
  EXPECT_EQ(GuessLanguage("東京は日本の首都です。人口はとても多いです。"), "ja");
  EXPECT_EQ(GuessLanguage("北京是中国的首都。人口很多。"), "zh");
  EXPECT_EQ(GuessLanguage("Москва — столица России."), "ru");
  EXPECT_EQ(GuessLanguage("서울은 한국의 수도입니다."), "ko");
}

TEST(GuessLanguageTest, TooLittleToGoOnIsUndetermined) {
  EXPECT_EQ(GuessLanguage(""), "und");
  EXPECT_EQ(GuessLanguage("Kubernetes 1.29 GPU"), "und");
  EXPECT_EQ(GuessLanguage("\xff\xfe\xfd"), "und");
}

}  // namespace
}  // namespace pagesift::summarize
