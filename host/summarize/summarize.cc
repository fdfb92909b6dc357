// The summarizer's entry points: from blocks to a Summary (see
// include/pagesift/summarize.h for the method).
#include "pagesift/summarize.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include "summarize/candidates.h"
#include "summarize/language.h"
#include "summarize/lexrank.h"
#include "summarize/mmr.h"
#include "summarize/ranking.h"
#include "summarize/sentence_splitter.h"
#include "summarize/term_extractor.h"

namespace pagesift {
namespace {

using summarize::Candidate;

// Key points: central to the whole text (no lead prior), short enough for a
// bullet, and more varied than the summary.
constexpr size_t kMinKeyPoints = 3;
constexpr size_t kMaxKeyPoints = 5;
constexpr size_t kSentencesPerKeyPoint = 4;
constexpr double kKeyPointWords = 30;
constexpr double kKeyPointLambda = 0.5;
constexpr double kKeyPointDamping = 0.85;  // PageRank's usual value: centrality first

// Text read to guess a language when nothing names it.
constexpr size_t kLanguageSampleBytes = 16 * 1024;

Status CheckOptions(const SummaryOptions& options) {
  if (options.sentences == 0 && (std::isnan(options.ratio) || options.ratio < 0 || options.ratio > 1)) {
    return Status(ErrorCode::kInvalidArgument, "summary ratio must be in (0, 1]");
  }
  return Status::Ok();
}

size_t SummaryLength(const SummaryOptions& options, size_t available) {
  size_t length = kDefaultSummarySentences;
  if (options.sentences > 0) {
    length = options.sentences;
  } else if (options.ratio > 0) {
    length = static_cast<size_t>(std::ceil(options.ratio * static_cast<double>(available)));
  }
  return std::clamp<size_t>(length, 1, kMaxSummaryLength);
}

std::string ResolveLanguage(std::string_view requested, std::string_view declared,
                            const std::vector<TextBlock>& blocks) {
  std::string lang = summarize::PrimaryLanguage(requested);
  if (lang.empty()) lang = summarize::PrimaryLanguage(declared);
  if (!lang.empty()) return lang;
  std::string sample;
  for (const TextBlock& block : blocks) {
    if (sample.size() >= kLanguageSampleBytes) break;
    if (!summarize::IsProse(block.kind)) continue;
    sample.append(block.text, 0, kLanguageSampleBytes - sample.size());
    sample += '\n';
  }
  return summarize::GuessLanguage(sample);
}

std::vector<std::string> InDocumentOrder(std::vector<size_t> picked,
                                         const std::vector<Candidate>& candidates) {
  std::sort(picked.begin(), picked.end());
  std::vector<std::string> sentences;
  for (size_t i : picked) sentences.push_back(candidates[i].text);
  return sentences;
}

std::vector<size_t> PickSummary(const std::vector<Candidate>& candidates,
                                const summarize::SimilarityMatrix& sim,
                                const std::vector<bool>& allowed, size_t length,
                                const summarize::RankingWeights& weights) {
  // A text no longer than the summary asked for is its own summary: a
  // selection of two sentences comes back whole.
  if (candidates.size() <= length) {
    std::vector<size_t> all(candidates.size());
    for (size_t i = 0; i < all.size(); ++i) all[i] = i;
    return all;
  }
  std::vector<double> prior = summarize::LeadPrior(candidates.size(), weights.lead_decay);
  std::vector<double> centrality = summarize::Centrality(sim, prior, weights.damping);
  return summarize::SelectByMmr(centrality, sim, allowed, length, weights.summary_lambda);
}

std::vector<size_t> PickKeyPoints(const std::vector<Candidate>& candidates,
                                  const summarize::SimilarityMatrix& sim,
                                  const std::vector<bool>& allowed) {
  size_t allowed_count = static_cast<size_t>(std::count(allowed.begin(), allowed.end(), true));
  size_t count = std::clamp(allowed_count / kSentencesPerKeyPoint, kMinKeyPoints, kMaxKeyPoints);
  std::vector<double> uniform = summarize::LeadPrior(candidates.size(), 0);
  std::vector<double> relevance = summarize::Centrality(sim, uniform, kKeyPointDamping);
  for (size_t i = 0; i < candidates.size(); ++i) {
    double words = static_cast<double>(candidates[i].words);
    if (words > kKeyPointWords) relevance[i] *= kKeyPointWords / words;
  }
  return summarize::SelectByMmr(relevance, sim, allowed, count, kKeyPointLambda);
}

}  // namespace

namespace summarize {

Status SummarizeBlocks(const std::vector<TextBlock>& blocks, std::string_view declared_lang,
                       const SummaryOptions& options, const RankingWeights& weights, Summary* out) {
  if (Status s = CheckOptions(options); !s.ok()) return s;
  *out = Summary();
  std::string lang = ResolveLanguage(options.lang, declared_lang, blocks);

  std::unique_ptr<SentenceSplitter> splitter;
  std::unique_ptr<TermExtractor> extractor;
  if (Status s = SentenceSplitter::Create(lang, &splitter); !s.ok()) return s;
  if (Status s = TermExtractor::Create(lang, /*drop_stopwords=*/true, &extractor); !s.ok()) {
    return s;
  }
  std::vector<Candidate> candidates =
      CollectCandidates(blocks, kMaxSummarySentences, splitter.get(), extractor.get());
  out->lang = lang;
  if (candidates.empty()) return Status::Ok();

  std::vector<std::vector<std::string>> terms;
  std::vector<bool> allowed;
  for (Candidate& candidate : candidates) {
    terms.push_back(std::move(candidate.terms));
    allowed.push_back(candidate.substantial);
  }
  // Short texts may have no sentence long enough to stand alone; quote what there is.
  if (std::find(allowed.begin(), allowed.end(), true) == allowed.end()) allowed.assign(allowed.size(), true);

  SimilarityMatrix sim = TfIdfCosineSimilarities(terms);
  size_t length = SummaryLength(options, candidates.size());
  std::vector<size_t> summary = PickSummary(candidates, sim, allowed, length, weights);
  // Key points say what the summary does not, when the text has enough to say.
  std::vector<bool> beyond_summary = allowed;
  for (size_t i : summary) beyond_summary[i] = false;
  if (static_cast<size_t>(std::count(beyond_summary.begin(), beyond_summary.end(), true)) >= kMinKeyPoints) {
    allowed = beyond_summary;
  }
  out->sentences = InDocumentOrder(summary, candidates);
  out->key_points = InDocumentOrder(PickKeyPoints(candidates, sim, allowed), candidates);
  return Status::Ok();
}

}  // namespace summarize

Status Summarize(const Result& article, const SummaryOptions& options, Summary* out) {
  return summarize::SummarizeBlocks(article.blocks, article.lang, options,
                                   summarize::RankingWeights(), out);
}

Status SummarizeText(std::string_view text, std::string_view lang, const SummaryOptions& options,
                     Summary* out) {
  return summarize::SummarizeBlocks(summarize::BlocksFromText(text), lang, options,
                                   summarize::RankingWeights(), out);
}

Status SummarizePage(std::string_view page_bytes, const Options& extract_options,
                     const SummaryOptions& options, Summary* out) {
  Result article;
  if (Status s = Extract(page_bytes, extract_options, &article); !s.ok()) return s;
  return Summarize(article, options, out);
}

Status ArticleOfRequest(const SummarizeRequest& request, const Options& extract_options, Result* article) {
  if (!request.text.empty()) {
    *article = Result();
    article->blocks = summarize::BlocksFromText(request.text);
    article->lang = request.lang;
    article->url = request.url;
    return Status::Ok();
  }
  if (request.html.empty()) {
    return Status(ErrorCode::kInvalidArgument, "summarize needs \"html\" (a page) or \"text\" (a selection)");
  }
  Options page_options = extract_options;
  page_options.url = request.url;
  page_options.declared_charset = "utf-8";  // a DOM serialised by the browser
  return Extract(request.html, page_options, article);
}

Status AnswerSummarizeRequest(const SummarizeRequest& request, const Options& extract_options,
                              nlohmann::json* result) {
  SummaryOptions options;
  options.sentences = request.sentences;
  options.lang = request.lang;
  Result article;
  if (Status s = ArticleOfRequest(request, extract_options, &article); !s.ok()) return s;
  Summary summary;
  if (Status s = Summarize(article, options, &summary); !s.ok()) return s;
  *result = SummaryToJson(summary);
  return Status::Ok();
}

nlohmann::json SummaryToJson(const Summary& summary) {
  return {{"lang", summary.lang}, {"sentences", summary.sentences}, {"keyPoints", summary.key_points}};
}

}  // namespace pagesift
