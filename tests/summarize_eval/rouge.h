// ROUGE: how much of a reference text a summary recovers (Lin, "ROUGE: A
// Package for Automatic Evaluation of Summaries", ACL workshop 2004).
//
// Our implementation, written for languages other than English:
//   - tokens: ICU word segmentation, full case folding, then the language's
//     Snowball stemmer (the Perl ROUGE-1.5.5 and Google's rouge-score stem
//     English with Porter; Snowball's English stemmer is Porter's revision);
//     stopwords are kept, punctuation dropped, as in both of those;
//   - ROUGE-N: clipped n-gram overlap. recall = overlap / n-grams of the
//     reference, precision = overlap / n-grams of the candidate;
//   - ROUGE-L: summary-level, the candidate and the reference each taken as
//     one token sequence: LCS length / reference length (recall), / candidate
//     length (precision). (rouge-score's "rougeL", not the per-sentence
//     union-LCS "rougeLsum".)
//   - F1 = 2PR / (P + R); every score is 0 when a side has no n-gram.
#ifndef PAGESIFT_TESTS_SUMMARIZE_EVAL_ROUGE_H_
#define PAGESIFT_TESTS_SUMMARIZE_EVAL_ROUGE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pagesift::eval {

struct RougeScore {
  double recall = 0;
  double precision = 0;
  double f1 = 0;
};

using Tokens = std::vector<std::string>;

// The tokens ROUGE compares: words folded and stemmed in lang (a primary
// subtag, or "und" for no stemming).
Tokens RougeTokens(std::string_view text, std::string_view lang);

RougeScore RougeN(const Tokens& candidate, const Tokens& reference, size_t n);
RougeScore RougeL(const Tokens& candidate, const Tokens& reference);

// Length of the longest common subsequence. Quadratic: both sides are
// capped at kMaxLcsTokens tokens.
inline constexpr size_t kMaxLcsTokens = 2000;
size_t LongestCommonSubsequence(const Tokens& a, const Tokens& b);

}  // namespace pagesift::eval

#endif  // PAGESIFT_TESTS_SUMMARIZE_EVAL_ROUGE_H_
