// LexRank: how central each sentence is to the text it belongs to.
//
// Sentences are TF-IDF vectors of their terms (IDF over the text's own
// sentences); two sentences are linked by their cosine similarity; a
// sentence is central when a random walk over these links visits it often
// (Erkan and Radev, "LexRank: Graph-based Lexical Centrality as Salience in
// Text Summarization", 2004). The walk restarts according to a prior rather
// than uniformly (personalized PageRank), which is how the position of a
// sentence enters its score.
#ifndef PAGESIFT_SUMMARIZE_LEXRANK_H_
#define PAGESIFT_SUMMARIZE_LEXRANK_H_

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace pagesift::summarize {

// A dense symmetric n x n matrix: n is at most kMaxSummarySentences, so
// n squared doubles stay around a megabyte.
class SimilarityMatrix {
 public:
  explicit SimilarityMatrix(size_t n) : n_(n), values_(n * n, 0.0) {}

  size_t size() const { return n_; }
  double at(size_t i, size_t j) const { return values_[i * n_ + j]; }
  void Set(size_t i, size_t j, double value) {
    values_[i * n_ + j] = value;
    values_[j * n_ + i] = value;
  }

 private:
  size_t n_;
  std::vector<double> values_;
};

// Cosine similarity of the TF-IDF vectors of each pair of term lists, in
// [0, 1]; a list without terms is similar to nothing. The diagonal is 0.
SimilarityMatrix TfIdfCosineSimilarities(std::span<const std::vector<std::string>> sentence_terms);

// The stationary distribution of a walk that, at each step, follows a link
// (chosen in proportion to similarity) with probability damping, else jumps
// to sentence i with probability prior[i]. prior must have sim.size()
// non-negative entries summing to 1. The result sums to 1.
std::vector<double> Centrality(const SimilarityMatrix& sim, const std::vector<double>& prior,
                               double damping);

// A prior that favours early sentences: weight 1 / (1 + position)^decay,
// normalised to sum to 1. decay 0 is uniform.
std::vector<double> LeadPrior(size_t n, double decay);

}  // namespace pagesift::summarize

#endif  // PAGESIFT_SUMMARIZE_LEXRANK_H_
