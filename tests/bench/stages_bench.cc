// Stage micro-benchmark: where the time of one extraction goes.
//
// Each benchmark runs one stage over every page of a page set, the stage's
// input prepared beforehand exactly as the pipeline (host/pipeline/extract.cc)
// would hand it over: decode, then parse (split into the nesting guard,
// Gumbo alone, and the copy into our DOM), metadata, clean, extract, the
// reader HTML, the text blocks and the JSON of the result; and the whole
// pagesift::Extract for comparison. Only the stage is timed, and by the
// thread's CPU clock rather than the wall clock: the machines we measure on
// are shared with builds, and CPU time is what the load moves least.
//
// After the run, a table gives each stage's share of the summed stages, per
// page set: the bundled sample article, and (when ../shared is present)
// every k-th page of the WCXB development split and of the Readability pages.
//
// usage: pagesift_stages_bench [--pages=N] [Google Benchmark flags]
//   --pages=N  pages taken from each corpus (default 24)
#include <benchmark/benchmark.h>
#include <gumbo.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/url.h"
#include "clean/clean.h"
#include "cli/page_file.h"
#include "decode/decode.h"
#include "dom/dom.h"
#include "extract/main_content.h"
#include "metadata/metadata.h"
#include "metadata/page_text.h"
#include "pagesift/extract.h"
#include "pagesift/json.h"
#include "parse/nesting_guard.h"
#include "parse/parse.h"
#include "render/reader_html.h"
#include "render/text_blocks.h"

namespace pagesift::bench {
namespace {

namespace fs = std::filesystem;

struct Page {
  std::string bytes;  // as read from disk (gunzipped)
  std::string url;
};

struct PageSet {
  std::string name;
  std::vector<Page> pages;
  size_t total_bytes = 0;
};

// A document as the pipeline has it after extraction: what render reads.
struct Extracted {
  dom::Document doc;
  dom::NodeId article = dom::kNoNode;
  std::unique_ptr<UrlResolver> urls;
};

// Every stage's input, computed once per page set. Only stages that change
// the document (clean, extract) need a fresh copy each pass; the others read
// these.
struct Prepared {
  std::vector<std::string> utf8;            // decode's output
  std::vector<std::string> guarded;         // the nesting guard's output
  std::vector<dom::Document> parsed;        // for metadata
  std::vector<std::string> titles;          // metadata's title, extract's input
  std::vector<Extracted> extracted;         // for render
  std::vector<Result> results;              // for JSON
};

double ThreadCpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Sums the CPU time of the timed parts of one pass.
class StageClock {
 public:
  void Start() { started_ = ThreadCpuSeconds(); }
  void Stop() { seconds_ += ThreadCpuSeconds() - started_; }
  double seconds() const { return seconds_; }

 private:
  double started_ = 0;
  double seconds_ = 0;
};

dom::Document MustParse(std::string_view html) {
  dom::Document doc;
  Status status = parse::ParseHtml(html, Limits(), &doc);
  if (!status.ok()) {
    std::fprintf(stderr, "stages_bench: a page does not parse: %s\n", status.message().c_str());
    std::abort();
  }
  return doc;
}

// The document after clean and before extract, and its main heading.
dom::Document Cleaned(std::string_view html, std::string_view title, dom::NodeId* heading) {
  dom::Document doc = MustParse(html);
  *heading = metadata::FindMainHeading(doc, title);
  clean::CleanDocument(&doc, *heading);
  return doc;
}

Prepared Prepare(const PageSet& set) {
  Prepared p;
  for (const Page& page : set.pages) {
    p.utf8.emplace_back(decode::Decode(page.bytes, "").text());
    parse::GuardedHtml guarded;
    (void)parse::GuardNesting(p.utf8.back(), Limits(), &guarded);
    p.guarded.emplace_back(guarded.html);
    p.parsed.push_back(MustParse(p.utf8.back()));
    Result meta;
    UrlResolver urls(page.url);
    metadata::ReadMetadata(p.parsed.back(), urls, &meta);
    p.titles.push_back(meta.title);
    dom::NodeId heading = dom::kNoNode;
    Extracted e{Cleaned(p.utf8.back(), meta.title, &heading), dom::kNoNode, std::make_unique<UrlResolver>(page.url)};
    e.article = extract::ExtractMainContent(&e.doc, meta.title, meta.byline, heading, /*strict=*/true).article;
    p.extracted.push_back(std::move(e));
    Options options;
    options.url = page.url;
    Result full;
    (void)Extract(page.bytes, options, &full);
    p.results.push_back(std::move(full));
  }
  return p;
}

// One pass of each stage over the set; returns the stage's CPU seconds.
using StagePass = double (*)(const PageSet&, const Prepared&);

double DecodePass(const PageSet& set, const Prepared&) {
  StageClock clock;
  for (const Page& page : set.pages) {
    clock.Start();
    decode::DecodedPage decoded = decode::Decode(page.bytes, "");
    benchmark::DoNotOptimize(decoded.text().data());
    clock.Stop();
  }
  return clock.seconds();
}

double GuardPass(const PageSet&, const Prepared& p) {
  StageClock clock;
  for (const std::string& html : p.utf8) {
    clock.Start();
    parse::GuardedHtml guarded;
    benchmark::DoNotOptimize(parse::GuardNesting(html, Limits(), &guarded));
    clock.Stop();
  }
  return clock.seconds();
}

// Gumbo alone, with the options parse.cc gives it, its output freed.
double GumboPass(const PageSet&, const Prepared& p) {
  StageClock clock;
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  for (const std::string& html : p.guarded) {
    clock.Start();
    GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
    benchmark::DoNotOptimize(output);
    gumbo_destroy_output(&options, output);
    clock.Stop();
  }
  return clock.seconds();
}

// The whole parse stage: guard, Gumbo, and the copy into our DOM.
double ParsePass(const PageSet&, const Prepared& p) {
  StageClock clock;
  for (const std::string& html : p.utf8) {
    clock.Start();
    dom::Document doc;
    benchmark::DoNotOptimize(parse::ParseHtml(html, Limits(), &doc));
    clock.Stop();
  }
  return clock.seconds();
}

double MetadataPass(const PageSet& set, const Prepared& p) {
  StageClock clock;
  for (size_t i = 0; i < p.parsed.size(); ++i) {
    UrlResolver urls(set.pages[i].url);
    Result result;
    clock.Start();
    metadata::ReadMetadata(p.parsed[i], urls, &result);
    clock.Stop();
    benchmark::DoNotOptimize(result.title.data());
  }
  return clock.seconds();
}

double CleanPass(const PageSet&, const Prepared& p) {
  StageClock clock;
  for (size_t i = 0; i < p.utf8.size(); ++i) {
    dom::Document doc = MustParse(p.utf8[i]);
    dom::NodeId heading = metadata::FindMainHeading(doc, p.titles[i]);
    clock.Start();
    clean::CleanDocument(&doc, heading);
    clock.Stop();
  }
  return clock.seconds();
}

double ExtractPass(const PageSet&, const Prepared& p) {
  StageClock clock;
  for (size_t i = 0; i < p.utf8.size(); ++i) {
    dom::NodeId heading = dom::kNoNode;
    dom::Document doc = Cleaned(p.utf8[i], p.titles[i], &heading);
    clock.Start();
    benchmark::DoNotOptimize(extract::ExtractMainContent(&doc, p.titles[i], /*byline=*/{}, heading, /*strict=*/true));
    clock.Stop();
  }
  return clock.seconds();
}

double RenderHtmlPass(const PageSet&, const Prepared& p) {
  StageClock clock;
  for (const Extracted& e : p.extracted) {
    clock.Start();
    render::ReaderHtml view = render::RenderReaderHtml(e.doc, e.article, *e.urls, Limits().max_output_bytes);
    benchmark::DoNotOptimize(view.html.data());
    clock.Stop();
  }
  return clock.seconds();
}

double TextBlocksPass(const PageSet&, const Prepared& p) {
  StageClock clock;
  for (const Extracted& e : p.extracted) {
    clock.Start();
    std::vector<TextBlock> blocks = render::RenderTextBlocks(e.doc, e.article);
    std::string text = render::JoinBlocks(blocks);
    benchmark::DoNotOptimize(text.data());
    clock.Stop();
  }
  return clock.seconds();
}

// What the batch command does with a result: one JSON line.
double JsonPass(const PageSet&, const Prepared& p) {
  StageClock clock;
  for (const Result& result : p.results) {
    clock.Start();
    std::string line = DumpJsonLine(ResultToJson(result));
    benchmark::DoNotOptimize(line.data());
    clock.Stop();
  }
  return clock.seconds();
}

// The whole of pagesift::Extract, second attempts included.
double WholePass(const PageSet& set, const Prepared&) {
  StageClock clock;
  for (const Page& page : set.pages) {
    Options options;
    options.url = page.url;
    Result result;
    clock.Start();
    benchmark::DoNotOptimize(Extract(page.bytes, options, &result));
    clock.Stop();
  }
  return clock.seconds();
}

struct Stage {
  const char* name;
  StagePass pass;
};

// In pipeline order. "guard" and "gumbo" are parts of "parse"; the DOM
// build is what parse costs beyond them.
constexpr Stage kStages[] = {
    {"decode", DecodePass},     {"guard", GuardPass},         {"gumbo", GumboPass},
    {"parse", ParsePass},       {"metadata", MetadataPass},   {"clean", CleanPass},
    {"extract", ExtractPass},   {"render_html", RenderHtmlPass}, {"text_blocks", TextBlocksPass},
    {"json", JsonPass},         {"whole_extract", WholePass},
};

// --- page sets ---------------------------------------------------------------

bool AddPage(const fs::path& path, std::string url, PageSet* set) {
  Page page;
  page.url = std::move(url);
  Status status = cli::ReadPageFile(path.string(), Limits().max_input_bytes, &page.bytes);
  if (!status.ok()) return false;
  set->total_bytes += page.bytes.size();
  set->pages.push_back(std::move(page));
  return true;
}

// Every k-th of `files`, about `count` of them.
std::vector<fs::path> EveryKth(std::vector<fs::path> files, size_t count) {
  std::sort(files.begin(), files.end());
  if (count == 0 || files.size() <= count) return files;
  std::vector<fs::path> picked;
  double step = static_cast<double>(files.size()) / static_cast<double>(count);
  for (size_t i = 0; i < count; ++i) picked.push_back(files[static_cast<size_t>(static_cast<double>(i) * step)]);
  return picked;
}

std::vector<PageSet> LoadPageSets(size_t corpus_pages) {
  std::vector<PageSet> sets;
  PageSet sample{"sample", {}, 0};
  if (AddPage(fs::path(PAGESIFT_FIXTURES_DIR) / "sample" / "article.html", "https://example.com/article", &sample)) {
    sets.push_back(std::move(sample));
  }
  const fs::path corpora(PAGESIFT_CORPUS_DIR);
  std::error_code ec;
  if (fs::is_directory(corpora / "wcxb-dev" / "html", ec)) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(corpora / "wcxb-dev" / "html", ec)) files.push_back(entry.path());
    PageSet wcxb{"wcxb", {}, 0};
    for (const fs::path& file : EveryKth(files, corpus_pages)) AddPage(file, "https://example.com/", &wcxb);
    sets.push_back(std::move(wcxb));
  }
  if (fs::is_directory(corpora / "readability", ec)) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(corpora / "readability", ec)) {
      if (fs::is_regular_file(entry.path() / "source.html", ec)) files.push_back(entry.path() / "source.html");
    }
    PageSet readability{"readability", {}, 0};
    for (const fs::path& file : EveryKth(files, corpus_pages)) {
      AddPage(file, "http://fakehost/test/page.html", &readability);
    }
    sets.push_back(std::move(readability));
  }
  if (sets.size() == 1) std::fprintf(stderr, "stages_bench: no corpora at %s; the sample page only\n", PAGESIFT_CORPUS_DIR);
  return sets;
}

// --- the share table -----------------------------------------------------------

// Keeps each benchmark's time per pass (ms), keyed by set then stage.
class ShareReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& run : runs) {
      if (run.run_type != Run::RT_Iteration || run.error_occurred) continue;
      const std::string& name = run.run_name.function_name;  // "stage/set"
      size_t slash = name.find('/');
      ms_[name.substr(slash + 1)][name.substr(0, slash)] = run.GetAdjustedRealTime();
    }
  }

  void PrintShares(const std::vector<PageSet>& sets) const {
    for (const PageSet& set : sets) {
      auto found = ms_.find(set.name);
      if (found == ms_.end()) continue;
      const std::map<std::string, double>& t = found->second;
      auto get = [&t](const char* stage) {
        auto it = t.find(stage);
        return it == t.end() ? 0.0 : it->second;
      };
      const double parse = get("parse"), guard = get("guard"), gumbo = get("gumbo");
      const double dom_build = std::max(0.0, parse - guard - gumbo);
      const double after = get("metadata") + get("clean") + get("extract") + get("render_html") +
                           get("text_blocks") + get("json");
      const double sum = get("decode") + parse + after;
      if (sum <= 0) continue;
      std::printf("\n%s: %zu pages, %.2f MiB; CPU ms per pass over the set, share of the summed stages\n",
                  set.name.c_str(), set.pages.size(), static_cast<double>(set.total_bytes) / (1 << 20));
      auto row = [sum](const char* label, double ms) {
        std::printf("  %-26s %10.3f ms %6.1f %%\n", label, ms, 100 * ms / sum);
      };
      row("decode", get("decode"));
      row("parse", parse);
      row("  nesting guard", guard);
      row("  Gumbo", gumbo);
      row("  DOM build (copy)", dom_build);
      row("metadata", get("metadata"));
      row("clean", get("clean"));
      row("extract", get("extract"));
      row("render reader HTML", get("render_html"));
      row("render text blocks", get("text_blocks"));
      row("result JSON", get("json"));
      row("sum of stages", sum);
      std::printf("  stages after parsing: %.1f %% of the sum; parsing %.1f %% (%.1fx the rest)\n",
                  100 * after / sum, 100 * parse / sum, after > 0 ? parse / after : 0.0);
      const double whole = get("whole_extract");
      if (whole > 0) {
        std::printf("  whole Extract(): %.3f ms, %.2fx the sum (second lenient attempts and glue)\n", whole,
                    whole / sum);
      }
    }
  }

 private:
  std::map<std::string, std::map<std::string, double>> ms_;
};

// Takes our own --pages=N out of argv before Google Benchmark sees it.
size_t TakePagesFlag(int* argc, char** argv) {
  size_t pages = 24;
  int kept = 1;
  for (int i = 1; i < *argc; ++i) {
    std::string_view arg = argv[i];
    if (arg.starts_with("--pages=")) {
      pages = static_cast<size_t>(std::strtoul(argv[i] + 8, nullptr, 10));
    } else {
      argv[kept++] = argv[i];
    }
  }
  *argc = kept;
  return pages;
}

}  // namespace
}  // namespace pagesift::bench

int main(int argc, char** argv) {
  using namespace pagesift::bench;
  const size_t corpus_pages = TakePagesFlag(&argc, argv);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;

  const std::vector<PageSet> sets = LoadPageSets(corpus_pages);
  std::vector<Prepared> prepared;
  prepared.reserve(sets.size());
  for (const PageSet& set : sets) prepared.push_back(Prepare(set));

  for (size_t s = 0; s < sets.size(); ++s) {
    for (const Stage& stage : kStages) {
      const PageSet* set = &sets[s];
      const Prepared* input = &prepared[s];
      StagePass pass = stage.pass;
      benchmark::RegisterBenchmark((std::string(stage.name) + "/" + set->name).c_str(),
                                   [set, input, pass](benchmark::State& state) {
                                     for (auto _ : state) state.SetIterationTime(pass(*set, *input));
                                     state.counters["pages"] = static_cast<double>(set->pages.size());
                                   })
          ->UseManualTime()
          ->Unit(benchmark::kMillisecond);
    }
  }
  ShareReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  reporter.PrintShares(sets);
  benchmark::Shutdown();
  return 0;
}
