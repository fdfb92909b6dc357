// Summarize: a short extractive summary of an article, offline, in its language.
//
// The summary is made of the article's own sentences, never rewritten:
//   1. the prose blocks (paragraphs, list items, quotes) are cut into
//      sentences with ICU's sentence rules plus per-language abbreviation
//      lists ("z. B.", "M.", "Dr.", decimals, closing quotes);
//      headings, captions, code and table cells never become sentences, and
//      boilerplate lines ("Advertisement", "Lire aussi") are dropped;
//   2. each sentence becomes a bag of terms: words case-folded, stopwords
//      removed, stemmed with Snowball;
//   3. sentences are ranked by centrality in their similarity graph
//      (LexRank), with a prior that favours the lead, as news is written
//      lead-first;
//   4. the best sentences are picked one at a time, each penalised by its
//      similarity to those already picked (maximal marginal relevance), and
//      returned in document order, with three to five key points.
//
// Example:
//   pagesift::Result article;               // from pagesift::Extract
//   pagesift::SummaryOptions options;
//   options.sentences = 3;
//   pagesift::Summary summary;
//   pagesift::Status s = pagesift::Summarize(article, options, &summary);
//
// Work is bounded whatever the input: only the first kMaxSummarySentences
// sentences of an article are considered (news puts what matters first), and
// the similarity graph is at most that size squared. Every function here is
// thread-safe and keeps no state between calls.
#ifndef PAGESIFT_SUMMARIZE_H_
#define PAGESIFT_SUMMARIZE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "pagesift/extract.h"
#include "pagesift/result.h"
#include "pagesift/status.h"

namespace pagesift {

// Sentences beyond this many (counted in document order) are not considered.
inline constexpr size_t kMaxSummarySentences = 400;

// The longest summary anyone can ask for, whatever sentences or ratio say.
inline constexpr size_t kMaxSummaryLength = 50;

struct SummaryOptions {
  // How long the summary is, in sentences. When 0, ratio decides; when both
  // are 0, kDefaultSummarySentences. Always clamped to [1, kMaxSummaryLength]
  // and to the number of sentences the article has.
  size_t sentences = 0;

  // Share of the article's sentences, in (0, 1]; used only when sentences is
  // 0. Values outside (0, 1] are an error (kInvalidArgument).
  double ratio = 0;

  // BCP 47 language of the text ("fr", "de-CH"). Overrides Result::lang.
  // Empty: Result::lang, else a guess from the text itself.
  std::string lang;
};

inline constexpr size_t kDefaultSummarySentences = 5;

struct Summary {
  // The language the text was treated as: a primary subtag such as "fr", or
  // "und" when it could not be told (the summary is then made without
  // stopwords or stemming, which still works, a little less well).
  std::string lang;

  // Sentences of the article, verbatim (whitespace collapsed), in document
  // order. Empty when the article has no prose (a gallery, a code listing).
  std::vector<std::string> sentences;

  // Three to five short, central sentences, in document order, for a
  // bulleted "key points" list beside the summary: sentences the summary
  // does not hold, unless the article is too short to offer three others
  // (then fewer than three only when the article is that short).
  std::vector<std::string> key_points;
};

// Summarizes an extracted article from its blocks (Result::blocks). The
// language is options.lang, else article.lang, else guessed. Returns
// kInvalidArgument for a bad option; on error *out is unspecified.
Status Summarize(const Result& article, const SummaryOptions& options, Summary* out);

// Summarizes plain text, such as a selection in the page: paragraphs are
// separated by blank lines. lang as in SummaryOptions::lang (options.lang,
// when set, wins). A selection of one or two sentences summarizes to itself.
Status SummarizeText(std::string_view text, std::string_view lang,
                     const SummaryOptions& options, Summary* out);

// Extracts a page (pagesift::Extract with extract_options) and summarizes
// the article. Extraction errors (kInputTooLarge, kCancelled, ...) are
// returned as they are.
Status SummarizePage(std::string_view page_bytes, const Options& extract_options,
                     const SummaryOptions& options, Summary* out);

// The fields of a "summarize" request of the native-messaging protocol,
// already parsed and type-checked by the host: a page (html, url) or a
// selection (text, with its page's url and maybe lang).
struct SummarizeRequest {
  std::string html;
  std::string text;   // non-empty: summarize this selection, ignore html
  std::string url;
  std::string lang;
  size_t sentences = 0;  // 0: the default length
};

// The article a summarize request names: the selection's text as paragraphs
// (its lang as Result::lang), or the page extracted with extract_options
// (url from the request). Extraction errors are returned as they are.
Status ArticleOfRequest(const SummarizeRequest& request, const Options& extract_options, Result* article);

// Answers a summarize request. On success *result is the reply's "result"
// object, {"lang": "fr", "sentences": [...], "keyPoints": [...]}. cancel and
// deadline are passed to extraction, the only long step.
Status AnswerSummarizeRequest(const SummarizeRequest& request, const Options& extract_options,
                              nlohmann::json* result);

// {"lang": ..., "sentences": [...], "keyPoints": [...]}
nlohmann::json SummaryToJson(const Summary& summary);

}  // namespace pagesift

#endif  // PAGESIFT_SUMMARIZE_H_
