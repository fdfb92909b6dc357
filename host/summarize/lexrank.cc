#include "summarize/lexrank.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace pagesift::summarize {
namespace {

constexpr int kMaxIterations = 100;
// Ranks only order sentences: a change this small reorders nothing.
constexpr double kConvergence = 1e-7;

// A sparse vector: (term id, weight) sorted by term id, and its norm.
struct TermVector {
  std::vector<std::pair<uint32_t, double>> weights;
  double norm = 0;
};

double Dot(const TermVector& a, const TermVector& b) {
  double sum = 0;
  auto i = a.weights.begin();
  auto j = b.weights.begin();
  while (i != a.weights.end() && j != b.weights.end()) {
    if (i->first < j->first) {
      ++i;
    } else if (j->first < i->first) {
      ++j;
    } else {
      sum += i->second * j->second;
      ++i;
      ++j;
    }
  }
  return sum;
}

std::vector<TermVector> TfIdfVectors(std::span<const std::vector<std::string>> sentence_terms) {
  std::unordered_map<std::string_view, uint32_t> ids;
  std::vector<std::vector<uint32_t>> sentence_ids(sentence_terms.size());
  for (size_t s = 0; s < sentence_terms.size(); ++s) {
    for (const std::string& term : sentence_terms[s]) {
      auto [it, added] = ids.emplace(term, static_cast<uint32_t>(ids.size()));
      sentence_ids[s].push_back(it->second);
    }
    std::sort(sentence_ids[s].begin(), sentence_ids[s].end());
  }

  std::vector<double> document_frequency(ids.size(), 0);
  for (const auto& term_ids : sentence_ids) {
    for (size_t k = 0; k < term_ids.size(); ++k) {
      if (k == 0 || term_ids[k] != term_ids[k - 1]) ++document_frequency[term_ids[k]];
    }
  }

  const auto n = static_cast<double>(sentence_terms.size());
  std::vector<TermVector> vectors(sentence_ids.size());
  for (size_t s = 0; s < sentence_ids.size(); ++s) {
    const auto& term_ids = sentence_ids[s];
    for (size_t k = 0; k < term_ids.size();) {
      size_t run = k;
      while (run < term_ids.size() && term_ids[run] == term_ids[k]) ++run;
      double tf = static_cast<double>(run - k);
      double idf = std::log(n / document_frequency[term_ids[k]]);
      if (idf > 0) vectors[s].weights.emplace_back(term_ids[k], tf * idf);
      k = run;
    }
    double squares = 0;
    for (const auto& [id, weight] : vectors[s].weights) squares += weight * weight;
    vectors[s].norm = std::sqrt(squares);
  }
  return vectors;
}

}  // namespace

SimilarityMatrix TfIdfCosineSimilarities(std::span<const std::vector<std::string>> sentence_terms) {
  std::vector<TermVector> vectors = TfIdfVectors(sentence_terms);
  SimilarityMatrix sim(vectors.size());
  for (size_t i = 0; i < vectors.size(); ++i) {
    if (vectors[i].norm == 0) continue;
    for (size_t j = i + 1; j < vectors.size(); ++j) {
      if (vectors[j].norm == 0) continue;
      sim.Set(i, j, Dot(vectors[i], vectors[j]) / (vectors[i].norm * vectors[j].norm));
    }
  }
  return sim;
}

std::vector<double> Centrality(const SimilarityMatrix& sim, const std::vector<double>& prior,
                               double damping) {
  const size_t n = sim.size();
  // Row-stochastic transitions; a sentence linked to nothing has an empty row
  // and hands its whole share to the prior instead.
  std::vector<double> transition(n * n, 0.0);
  std::vector<bool> linked(n, false);
  for (size_t i = 0; i < n; ++i) {
    double row_sum = 0;
    for (size_t j = 0; j < n; ++j) row_sum += sim.at(i, j);
    if (row_sum == 0) continue;
    linked[i] = true;
    for (size_t j = 0; j < n; ++j) transition[i * n + j] = sim.at(i, j) / row_sum;
  }
  std::vector<double> rank = prior;
  std::vector<double> next(n);
  for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
    double stranded = 0;
    std::fill(next.begin(), next.end(), 0.0);
    for (size_t i = 0; i < n; ++i) {
      if (!linked[i]) {
        stranded += rank[i];
        continue;
      }
      const double* row = &transition[i * n];
      for (size_t j = 0; j < n; ++j) next[j] += rank[i] * row[j];
    }
    double change = 0;
    for (size_t j = 0; j < n; ++j) {
      next[j] = (1 - damping) * prior[j] + damping * (next[j] + stranded * prior[j]);
      change += std::abs(next[j] - rank[j]);
    }
    rank.swap(next);
    if (change < kConvergence) break;
  }
  return rank;
}

std::vector<double> LeadPrior(size_t n, double decay) {
  std::vector<double> prior(n);
  double total = 0;
  for (size_t i = 0; i < n; ++i) {
    prior[i] = 1 / std::pow(1.0 + static_cast<double>(i), decay);
    total += prior[i];
  }
  for (double& p : prior) p /= total;
  return prior;
}

}  // namespace pagesift::summarize
