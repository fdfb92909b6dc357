#include "summarize/lexrank.h"

#include <cmath>
#include <numeric>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "summarize/mmr.h"

namespace pagesift::summarize {
namespace {

using TermLists = std::vector<std::vector<std::string>>;

TEST(TfIdfCosineTest, KnownValues) {
  // Three sentences; "a" is in two of them (idf log(3/2)), "b", "c", "d" in one (idf log 3).
  TermLists terms{{"a", "b"}, {"a", "c"}, {"d"}};
  SimilarityMatrix sim = TfIdfCosineSimilarities(terms);
  double a = std::log(1.5), rare = std::log(3.0);
  EXPECT_NEAR(sim.at(0, 1), a * a / (a * a + rare * rare), 1e-12);
  EXPECT_DOUBLE_EQ(sim.at(0, 1), sim.at(1, 0));
  EXPECT_EQ(sim.at(0, 2), 0.0);
  EXPECT_EQ(sim.at(0, 0), 0.0);
}

TEST(TfIdfCosineTest, TermInEverySentenceCarriesNoWeight) {
  TermLists terms{{"x", "y"}, {"x", "z"}};
  SimilarityMatrix sim = TfIdfCosineSimilarities(terms);
  EXPECT_EQ(sim.at(0, 1), 0.0);
}

TEST(TfIdfCosineTest, EmptySentencesAreSimilarToNothing) {
  TermLists terms{{}, {"a"}, {"a", "b"}, {}};
  SimilarityMatrix sim = TfIdfCosineSimilarities(terms);
  EXPECT_EQ(sim.at(0, 1), 0.0);
  EXPECT_EQ(sim.at(3, 0), 0.0);
  EXPECT_GT(sim.at(1, 2), 0.0);
}

TEST(LeadPriorTest, HarmonicWeightsSumToOne) {
  std::vector<double> prior = LeadPrior(3, 1.0);
  double total = 1 + 0.5 + 1.0 / 3;
  EXPECT_NEAR(prior[0], 1 / total, 1e-12);
  EXPECT_NEAR(prior[2], (1.0 / 3) / total, 1e-12);
  std::vector<double> uniform = LeadPrior(4, 0);
  for (double p : uniform) EXPECT_DOUBLE_EQ(p, 0.25);
}

TEST(CentralityTest, HubOfAStarIsMostCentral) {
  // Sentence 2 shares a term with each of the others; they share nothing among themselves.
  TermLists terms{{"a", "p"}, {"b", "q"}, {"a", "b", "c", "r"}, {"c", "s"}, {"t"}};
  SimilarityMatrix sim = TfIdfCosineSimilarities(terms);
  std::vector<double> rank = Centrality(sim, LeadPrior(5, 0), 0.85);
  EXPECT_NEAR(std::accumulate(rank.begin(), rank.end(), 0.0), 1.0, 1e-9);
  for (size_t i : {0u, 1u, 3u, 4u}) EXPECT_GT(rank[2], rank[i]) << i;
  // The isolated sentence gets only what the prior gives it.
  EXPECT_LT(rank[4], rank[0]);
}

TEST(CentralityTest, WithoutLinksTheRankIsThePrior) {
  TermLists terms{{"a"}, {"b"}, {"c"}};
  SimilarityMatrix sim = TfIdfCosineSimilarities(terms);
  std::vector<double> prior = LeadPrior(3, 1.0);
  std::vector<double> rank = Centrality(sim, prior, 0.85);
  for (size_t i = 0; i < 3; ++i) EXPECT_NEAR(rank[i], prior[i], 1e-9);
}

TEST(MmrTest, SkipsANearDuplicateOfWhatWasTaken) {
  // 0 and 1 are the same sentence; 2 is different but a little less relevant.
  TermLists terms{{"a", "b", "c"}, {"a", "b", "c"}, {"d", "e"}, {"f"}};
  SimilarityMatrix sim = TfIdfCosineSimilarities(terms);
  std::vector<double> relevance{1.0, 0.95, 0.8, 0.1};
  std::vector<bool> allowed(4, true);
  EXPECT_EQ(SelectByMmr(relevance, sim, allowed, 2, 0.7), (std::vector<size_t>{0, 2}));
  // With lambda 1, relevance alone decides.
  EXPECT_EQ(SelectByMmr(relevance, sim, allowed, 2, 1.0), (std::vector<size_t>{0, 1}));
}

TEST(MmrTest, TakesOnlyAllowedSentencesAndStopsWhenOut) {
  TermLists terms{{"a"}, {"b"}, {"c"}};
  SimilarityMatrix sim = TfIdfCosineSimilarities(terms);
  std::vector<bool> allowed{false, true, true};
  EXPECT_EQ(SelectByMmr({3, 2, 1}, sim, allowed, 5, 0.7), (std::vector<size_t>{1, 2}));
}

}  // namespace
}  // namespace pagesift::summarize
