// MMR: picking sentences that are relevant and say different things.
//
// Maximal marginal relevance (Carbonell and Goldstein, 1998): repeatedly take
// the sentence with the best
//     lambda * relevance - (1 - lambda) * (its highest similarity to a sentence already taken),
// so that a summary does not say the same thing twice.
#ifndef PAGESIFT_SUMMARIZE_MMR_H_
#define PAGESIFT_SUMMARIZE_MMR_H_

#include <cstddef>
#include <vector>

#include "summarize/lexrank.h"

namespace pagesift::summarize {

// Indices of up to count sentences among those with allowed[i], in the order
// they were picked. relevance is scaled to [0, 1] by its maximum first, so
// lambda weighs like against like. relevance and allowed have sim.size()
// entries.
std::vector<size_t> SelectByMmr(const std::vector<double>& relevance, const SimilarityMatrix& sim,
                                 const std::vector<bool>& allowed, size_t count, double lambda);

}  // namespace pagesift::summarize

#endif  // PAGESIFT_SUMMARIZE_MMR_H_
