#include "summarize/mmr.h"

#include <algorithm>
#include <limits>

namespace pagesift::summarize {

std::vector<size_t> SelectByMmr(const std::vector<double>& relevance, const SimilarityMatrix& sim,
                                 const std::vector<bool>& allowed, size_t count, double lambda) {
  const size_t n = sim.size();
  double top = 0;
  for (size_t i = 0; i < n; ++i) {
    if (allowed[i]) top = std::max(top, relevance[i]);
  }
  // max_similarity[i]: how close sentence i is to the closest one taken so far.
  std::vector<double> max_similarity(n, 0);
  std::vector<bool> taken(n, false);
  std::vector<size_t> picked;
  while (picked.size() < count) {
    size_t best = n;
    double best_score = -std::numeric_limits<double>::infinity();
    for (size_t i = 0; i < n; ++i) {
      if (!allowed[i] || taken[i]) continue;
      double scaled = top > 0 ? relevance[i] / top : 0;
      double score = lambda * scaled - (1 - lambda) * max_similarity[i];
      if (score > best_score) {
        best_score = score;
        best = i;
      }
    }
    if (best == n) break;
    taken[best] = true;
    picked.push_back(best);
    for (size_t i = 0; i < n; ++i) max_similarity[i] = std::max(max_similarity[i], sim.at(best, i));
  }
  return picked;
}

}  // namespace pagesift::summarize
