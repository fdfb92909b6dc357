// summarize_eval: ROUGE of our summaries against publisher descriptions,
// beside Lead-3, over the shared corpus; and summarizing time against
// extraction time.
//
//   summarize_eval [--corpus DIR] [--sentences N] [--check] [--pages] [--sweep] [--time] [--languages]
//
// The reference of a page is the description its publisher wrote
// (page_description.h). A page counts when that description is not just the
// article's first paragraph (or its start): at least kMinDescriptionTokens
// tokens, less than kFirstParagraphOverlap of them in order in the first
// paragraph, and an article of more sentences than the summary (else every
// method returns the whole article). Lead-3 is the first N prose sentences as
// the summarizer itself segments and filters them, so the two differ only in
// which sentences they choose.
//
// The corpus defaults to ../shared/corpus beside the source tree. Exits 77
// (ctest's "skipped") when it is absent. With --check, exits
// 1 unless the summaries beat Lead-3 on ROUGE-2 recall in English and in the
// other languages taken together.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <zlib.h>

#include "pagesift/extract.h"
#include "pagesift/summarize.h"
#include "summarize/candidates.h"
#include "summarize/language.h"
#include "summarize/ranking.h"
#include "summarize/sentence_splitter.h"
#include "summarize/term_extractor.h"
#include "summarize_eval/page_description.h"
#include "summarize_eval/rouge.h"

namespace pagesift::eval {
namespace {

namespace fs = std::filesystem;

constexpr int kExitSkipped = 77;
constexpr size_t kMinDescriptionTokens = 8;
constexpr double kFirstParagraphOverlap = 0.8;

struct Page {
  std::string id;          // corpus/name
  std::string description;
  Result article;
};

bool ReadFile(const fs::path& path, std::string* bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *bytes = buffer.str();
  return true;
}

bool ReadGzipFile(const fs::path& path, std::string* bytes) {
  gzFile file = gzopen(path.c_str(), "rb");
  if (file == nullptr) return false;
  char buffer[1 << 16];
  int n;
  bytes->clear();
  while ((n = gzread(file, buffer, sizeof buffer)) > 0) bytes->append(buffer, static_cast<size_t>(n));
  gzclose(file);
  return n == 0;
}

// (id, path) of every page of both corpora, in a stable order.
std::vector<std::pair<std::string, fs::path>> CorpusPages(const fs::path& corpus) {
  std::vector<std::pair<std::string, fs::path>> pages;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(corpus / "readability", error)) {
    fs::path source = entry.path() / "source.html";
    if (fs::exists(source)) pages.emplace_back("readability/" + entry.path().filename().string(), source);
  }
  for (const auto& entry : fs::directory_iterator(corpus / "wcxb-dev" / "html", error)) {
    std::string name = entry.path().filename().string();
    pages.emplace_back("wcxb/" + name.substr(0, name.find('.')), entry.path());
  }
  std::sort(pages.begin(), pages.end());
  return pages;
}

std::vector<Page> LoadPages(const fs::path& corpus) {
  std::vector<Page> pages;
  for (const auto& [id, path] : CorpusPages(corpus)) {
    std::string html;
    bool read = path.extension() == ".gz" ? ReadGzipFile(path, &html) : ReadFile(path, &html);
    if (!read) continue;
    Page page;
    page.id = id;
    page.description = PageDescription(html);
    if (page.description.empty()) continue;
    Options options;
    if (id.starts_with("readability/")) options.url = "http://fakehost/test/page.html";
    if (!Extract(html, options, &page.article).ok()) continue;
    pages.push_back(std::move(page));
  }
  return pages;
}

// The language a page is summarized in, as the summarizer decides it.
std::string PageLanguage(const Result& article) {
  Summary probe;
  SummaryOptions options;
  options.sentences = 1;
  summarize::SummarizeBlocks(article.blocks, article.lang, options, summarize::RankingWeights(), &probe);
  return probe.lang;
}

std::vector<std::string> ProseSentences(const Result& article, const std::string& lang) {
  std::unique_ptr<summarize::SentenceSplitter> splitter;
  std::unique_ptr<summarize::TermExtractor> terms;
  std::vector<std::string> sentences;
  if (!summarize::SentenceSplitter::Create(lang, &splitter).ok() ||
      !summarize::TermExtractor::Create(lang, true, &terms).ok()) {
    return sentences;
  }
  for (summarize::Candidate& c :
       summarize::CollectCandidates(article.blocks, kMaxSummarySentences, splitter.get(), terms.get())) {
    sentences.push_back(std::move(c.text));
  }
  return sentences;
}

std::string FirstParagraph(const Result& article) {
  for (const TextBlock& block : article.blocks) {
    if (summarize::IsProse(block.kind)) return block.text;
  }
  return "";
}

std::string Join(const std::vector<std::string>& sentences, size_t limit) {
  std::string text;
  for (size_t i = 0; i < sentences.size() && i < limit; ++i) text += sentences[i] + " ";
  return text;
}

// A page prepared for scoring: tokens of the reference and of Lead-N.
struct ScoredPage {
  const Page* page;
  std::string lang;
  Tokens reference;
  Tokens lead;
};

// Why a page is not scored ("" when it is); *scored gets it ready when it is.
std::string SkipReason(const Page& page, size_t sentences, ScoredPage* scored) {
  std::string lang = PageLanguage(page.article);
  Tokens reference = RougeTokens(page.description, lang);
  if (reference.size() < kMinDescriptionTokens) return "description too short";
  Tokens first = RougeTokens(FirstParagraph(page.article), lang);
  double in_first = static_cast<double>(LongestCommonSubsequence(reference, first)) /
                    static_cast<double>(reference.size());
  if (in_first >= kFirstParagraphOverlap) return "description is the first paragraph";
  std::vector<std::string> prose = ProseSentences(page.article, lang);
  if (prose.size() <= sentences) return "article no longer than the summary";
  *scored = {&page, lang, std::move(reference), RougeTokens(Join(prose, sentences), lang)};
  return "";
}

std::vector<ScoredPage> EligiblePages(const std::vector<Page>& pages, size_t sentences,
                                      std::map<std::string, size_t>* skipped) {
  std::vector<ScoredPage> eligible;
  for (const Page& page : pages) {
    ScoredPage scored{};
    std::string reason = SkipReason(page, sentences, &scored);
    if (reason.empty()) {
      eligible.push_back(std::move(scored));
    } else {
      ++(*skipped)[reason];
    }
  }
  return eligible;
}

// Which pages of each language have a description and are scored, and why
// the others are not; and the pages whose declared language their text
// contradicts (the summarizer believes the declaration).
void PrintLanguages(const std::vector<Page>& pages, size_t sentences) {
  std::map<std::string, std::map<std::string, size_t>> by_lang;  // lang -> outcome -> pages
  std::map<std::string, std::vector<std::string>> contradicted;    // "declared -> guessed" -> page ids
  for (const Page& page : pages) {
    ScoredPage scored{};
    std::string reason = SkipReason(page, sentences, &scored);
    std::string lang = PageLanguage(page.article);
    ++by_lang[lang][reason.empty() ? "scored" : reason];
    std::string declared = summarize::PrimaryLanguage(page.article.lang);
    std::string sample;
    for (const TextBlock& block : page.article.blocks) {
      if (summarize::IsProse(block.kind)) sample += block.text + "\n";
    }
    std::string guessed = summarize::GuessLanguage(sample);
    if (!declared.empty() && guessed != "und" && guessed != declared) {
      contradicted[declared + " -> " + guessed + (reason.empty() ? " (scored)" : " (" + reason + ")")].push_back(page.id);
    }
  }
  for (const auto& [lang, outcomes] : by_lang) {
    std::printf("%-4s", lang.c_str());
    for (const auto& [outcome, count] : outcomes) std::printf("  %s %zu;", outcome.c_str(), count);
    std::printf("\n");
  }
  std::printf("declared language contradicted by the text's guess:\n");
  for (const auto& [pair, ids] : contradicted) {
    std::printf("  %s: %zu:", pair.c_str(), ids.size());
    for (const std::string& id : ids) std::printf(" %s", id.c_str());
    std::printf("\n");
  }
}

struct Totals {
  size_t pages = 0;
  double r1 = 0, r2 = 0, rl = 0;
  double tokens = 0;  // summary length, as ROUGE recall rewards length
  void Add(const Tokens& candidate, const Tokens& reference) {
    ++pages;
    tokens += static_cast<double>(candidate.size());
    r1 += RougeN(candidate, reference, 1).recall;
    r2 += RougeN(candidate, reference, 2).recall;
    rl += RougeL(candidate, reference).recall;
  }
  double Mean(double sum) const { return pages == 0 ? 0 : 100 * sum / static_cast<double>(pages); }
};

struct Comparison {
  Totals ours[2], lead[2];  // [0] English, [1] other languages
};

Comparison Compare(const std::vector<ScoredPage>& pages, size_t sentences,
                   const summarize::RankingWeights& weights, bool print_pages) {
  Comparison result;
  for (const ScoredPage& p : pages) {
    SummaryOptions options;
    options.sentences = sentences;
    Summary summary;
    summarize::SummarizeBlocks(p.page->article.blocks, p.page->article.lang, options, weights, &summary);
    Tokens ours = RougeTokens(Join(summary.sentences, sentences), p.lang);
    int group = p.lang == "en" ? 0 : 1;
    result.ours[group].Add(ours, p.reference);
    result.lead[group].Add(p.lead, p.reference);
    if (print_pages) {
      std::printf("%-28s %-3s R2 ours %5.1f lead %5.1f\n", p.page->id.c_str(), p.lang.c_str(),
                  100 * RougeN(ours, p.reference, 2).recall, 100 * RougeN(p.lead, p.reference, 2).recall);
    }
  }
  return result;
}

void PrintRow(const char* name, const Totals& t) {
  std::printf("  %-10s %5zu pages  R-1 %5.2f  R-2 %5.2f  R-L %5.2f  (%.0f tokens a summary)\n", name, t.pages,
              t.Mean(t.r1), t.Mean(t.r2), t.Mean(t.rl), t.Mean(t.tokens) / 100);
}

void PrintComparison(const Comparison& c, size_t sentences) {
  const char* groups[] = {"English", "other languages"};
  for (int g = 0; g < 2; ++g) {
    std::printf("%s (ROUGE recall %%, summaries of %zu sentences):\n", groups[g], sentences);
    PrintRow("ours", c.ours[g]);
    PrintRow("Lead-3", c.lead[g]);
  }
}

// A small grid around the defaults, one line a setting, flushed as it goes
// (each line re-summarizes every page).
void Sweep(const std::vector<ScoredPage>& pages, size_t sentences) {
  const summarize::RankingWeights defaults;
  std::vector<summarize::RankingWeights> grid;
  for (double decay : {0.5, 1.0, 1.5}) {
    for (double damping : {0.3, 0.5, 0.7}) grid.push_back({decay, damping, defaults.summary_lambda});
  }
  for (double lambda : {0.5, 0.85, 1.0}) grid.push_back({defaults.lead_decay, defaults.damping, lambda});
  for (const summarize::RankingWeights& w : grid) {
    Comparison c = Compare(pages, sentences, w, false);
    std::printf("decay %.2f damping %.2f lambda %.2f  en R-2 %5.2f (lead %5.2f)  other R-2 %5.2f (lead %5.2f)\n",
                w.lead_decay, w.damping, w.summary_lambda, c.ours[0].Mean(c.ours[0].r2),
                c.lead[0].Mean(c.lead[0].r2), c.ours[1].Mean(c.ours[1].r2), c.lead[1].Mean(c.lead[1].r2));
    std::fflush(stdout);
  }
}

double MedianMilliseconds(std::vector<double> samples) {
  std::sort(samples.begin(), samples.end());
  return samples[samples.size() / 2];
}

// Summarizing time against extraction time on the corpus page whose article
// is closest to 5,000 words.
void TimeAgainstExtraction(const fs::path& corpus) {
  constexpr size_t kTargetWords = 5000;
  constexpr int kRuns = 15;
  std::string best_html, best_id;
  size_t best_words = 0;
  for (const auto& [id, path] : CorpusPages(corpus)) {
    std::string html;
    if (!(path.extension() == ".gz" ? ReadGzipFile(path, &html) : ReadFile(path, &html))) continue;
    Result article;
    if (!Extract(html, Options(), &article).ok()) continue;
    auto distance = [&](size_t words) { return words > kTargetWords ? words - kTargetWords : kTargetWords - words; };
    if (best_id.empty() || distance(article.word_count) < distance(best_words)) {
      best_html = std::move(html);
      best_id = id;
      best_words = article.word_count;
    }
  }
  using Clock = std::chrono::steady_clock;
  std::vector<double> extract_ms, summarize_ms;
  Result article;
  for (int run = 0; run < kRuns; ++run) {
    auto start = Clock::now();
    Extract(best_html, Options(), &article);
    auto middle = Clock::now();
    Summary summary;
    Summarize(article, SummaryOptions(), &summary);
    auto end = Clock::now();
    extract_ms.push_back(std::chrono::duration<double, std::milli>(middle - start).count());
    summarize_ms.push_back(std::chrono::duration<double, std::milli>(end - middle).count());
  }
  double extract = MedianMilliseconds(extract_ms), summarize = MedianMilliseconds(summarize_ms);
  std::printf("%s: %zu words, %zu bytes of HTML\n  extract %.2f ms, summarize %.2f ms (median of %d): "
              "summarizing takes %.2f times the extraction time\n",
              best_id.c_str(), best_words, best_html.size(), extract, summarize, kRuns, summarize / extract);
}

int Main(int argc, char** argv) {
  fs::path corpus = PAGESIFT_SHARED_CORPUS_DIR;
  size_t sentences = 3;
  bool check = false, print_pages = false, sweep = false, time = false, languages = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--corpus" && i + 1 < argc) {
      corpus = argv[++i];
    } else if (a == "--sentences" && i + 1 < argc) {
      sentences = static_cast<size_t>(std::max(1, std::atoi(argv[++i])));
    } else if (a == "--check") {
      check = true;
    } else if (a == "--pages") {
      print_pages = true;
    } else if (a == "--sweep") {
      sweep = true;
    } else if (a == "--time") {
      time = true;
    } else if (a == "--languages") {
      languages = true;
    } else {
      std::cerr << "usage: summarize_eval [--corpus DIR] [--sentences N] [--check] [--pages] [--sweep] [--time] [--languages]\n";
      return 2;
    }
  }
  if (!fs::is_directory(corpus / "readability") && !fs::is_directory(corpus / "wcxb-dev")) {
    std::cerr << "summarize_eval: no corpus at " << corpus << ", skipped\n";
    return kExitSkipped;
  }
  if (time) {
    TimeAgainstExtraction(corpus);
    return 0;
  }
  std::vector<Page> pages = LoadPages(corpus);
  if (languages) {
    PrintLanguages(pages, sentences);
    return 0;
  }
  std::map<std::string, size_t> skipped;
  std::vector<ScoredPage> eligible = EligiblePages(pages, sentences, &skipped);
  std::printf("%zu pages with a description; %zu scored", pages.size(), eligible.size());
  for (const auto& [reason, count] : skipped) std::printf("; %zu skipped: %s", count, reason.c_str());
  std::printf("\n");
  std::map<std::string, size_t> by_lang;
  for (const ScoredPage& p : eligible) ++by_lang[p.lang];
  std::printf("languages:");
  for (const auto& [lang, count] : by_lang) std::printf(" %s %zu", lang.c_str(), count);
  std::printf("\n");
  if (sweep) {
    Sweep(eligible, sentences);
    return 0;
  }
  Comparison c = Compare(eligible, sentences, summarize::RankingWeights(), print_pages);
  PrintComparison(c, sentences);
  if (!check) return 0;
  // Both methods are scored on the same pages: comparing the sums is comparing the means.
  bool ahead = c.ours[0].r2 > c.lead[0].r2 && c.ours[1].r2 > c.lead[1].r2;
  if (!ahead) std::printf("FAIL: not ahead of Lead-3 on ROUGE-2 recall in both groups\n");
  return ahead ? 0 : 1;
}

}  // namespace
}  // namespace pagesift::eval

int main(int argc, char** argv) { return pagesift::eval::Main(argc, argv); }
