#include "summarize_eval/rouge.h"

#include <algorithm>
#include <map>
#include <memory>

#include "summarize/term_extractor.h"

namespace pagesift::eval {
namespace {

RougeScore Score(size_t overlap, size_t candidate_count, size_t reference_count) {
  RougeScore score;
  if (candidate_count == 0 || reference_count == 0) return score;
  score.recall = static_cast<double>(overlap) / static_cast<double>(reference_count);
  score.precision = static_cast<double>(overlap) / static_cast<double>(candidate_count);
  if (score.recall + score.precision > 0) {
    score.f1 = 2 * score.recall * score.precision / (score.recall + score.precision);
  }
  return score;
}

std::map<Tokens, size_t> NGramCounts(const Tokens& tokens, size_t n) {
  std::map<Tokens, size_t> counts;
  for (size_t i = 0; i + n <= tokens.size(); ++i) {
    ++counts[Tokens(tokens.begin() + static_cast<std::ptrdiff_t>(i),
                    tokens.begin() + static_cast<std::ptrdiff_t>(i + n))];
  }
  return counts;
}

}  // namespace

Tokens RougeTokens(std::string_view text, std::string_view lang) {
  std::unique_ptr<summarize::TermExtractor> extractor;
  Tokens tokens;
  if (!summarize::TermExtractor::Create(lang, /*drop_stopwords=*/false, &extractor).ok()) return tokens;
  extractor->Extract(text, &tokens);
  return tokens;
}

RougeScore RougeN(const Tokens& candidate, const Tokens& reference, size_t n) {
  if (n == 0) return RougeScore();
  std::map<Tokens, size_t> candidate_counts = NGramCounts(candidate, n);
  std::map<Tokens, size_t> reference_counts = NGramCounts(reference, n);
  size_t overlap = 0;
  for (const auto& [gram, count] : reference_counts) {
    auto it = candidate_counts.find(gram);
    if (it != candidate_counts.end()) overlap += std::min(count, it->second);
  }
  size_t candidate_total = candidate.size() >= n ? candidate.size() - n + 1 : 0;
  size_t reference_total = reference.size() >= n ? reference.size() - n + 1 : 0;
  return Score(overlap, candidate_total, reference_total);
}

size_t LongestCommonSubsequence(const Tokens& a, const Tokens& b) {
  size_t rows = std::min(a.size(), kMaxLcsTokens), cols = std::min(b.size(), kMaxLcsTokens);
  std::vector<size_t> previous(cols + 1, 0), current(cols + 1, 0);
  for (size_t i = 1; i <= rows; ++i) {
    for (size_t j = 1; j <= cols; ++j) {
      current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : std::max(previous[j], current[j - 1]);
    }
    previous.swap(current);
  }
  return previous[cols];
}

RougeScore RougeL(const Tokens& candidate, const Tokens& reference) {
  return Score(LongestCommonSubsequence(candidate, reference), std::min(candidate.size(), kMaxLcsTokens),
               std::min(reference.size(), kMaxLcsTokens));
}

}  // namespace pagesift::eval
