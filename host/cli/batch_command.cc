// pagesift batch: many pages from a JSON Lines manifest, in parallel.
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "cli/commands.h"
#include "cli/page_file.h"
#include "pagesift/extract.h"
#include "pagesift/json.h"

namespace pagesift::cli {
namespace {

using Json = nlohmann::json;
using Clock = std::chrono::steady_clock;

constexpr const char kUsage[] =
    "usage: pagesift batch [--jobs N] [MANIFEST|-]\n"
    "\n"
    "Reads a JSON Lines manifest, one page a line: {\"id\": ..., \"path\": FILE, \"url\": URL}\n"
    "(path may be .html or .html.gz), and writes one JSON result a line to standard output,\n"
    "carrying the page's \"id\" and \"ms\", the milliseconds it took. A page that fails gives\n"
    "a line {\"id\", \"error\": {\"code\", \"message\"}, \"ms\"}; the batch goes on.\n"
    "Progress goes to standard error when it is a terminal.\n"
    "--jobs N   pages extracted at once (default: the number of cores)\n";

struct Totals {
  std::atomic<size_t> done{0};
  std::atomic<size_t> failed{0};
};

std::string ProcessLine(const std::string& line, Totals* totals) {
  Clock::time_point start = Clock::now();
  Json out;
  Status status;
  Json entry = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (entry.is_discarded() || !entry.is_object()) {
    status = Status(ErrorCode::kInvalidArgument, "the manifest line is not a JSON object");
  } else {
    if (entry.contains("id")) out["id"] = entry["id"];
    const Json& path = entry.contains("path") ? entry["path"] : Json();
    if (!path.is_string()) {
      status = Status(ErrorCode::kInvalidArgument, "the manifest line has no \"path\" string");
    } else {
      Options options;
      if (entry.contains("url") && entry["url"].is_string()) options.url = entry["url"].get<std::string>();
      std::string bytes;
      Result result;
      status = ReadPageFile(path.get<std::string>(), options.limits.max_input_bytes, &bytes);
      if (status.ok()) status = Extract(bytes, options, &result);
      if (status.ok()) {
        Json id = out.contains("id") ? out["id"] : Json();
        out = ResultToJson(result);
        out.erase("content");  // the batch is for measuring and corpora: text, not the view
        out["id"] = id;
      }
    }
  }
  if (!status.ok()) {
    out["error"] = StatusToJson(status);
    ++totals->failed;
  }
  out["ms"] = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  ++totals->done;
  return DumpJsonLine(out);
}

void ShowProgress(const Totals& totals, Clock::time_point start, bool final) {
  double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  std::fprintf(stderr, "\r%zu pages, %.1f pages/s, %zu failed%s", totals.done.load(),
               seconds > 0 ? static_cast<double>(totals.done.load()) / seconds : 0.0, totals.failed.load(),
               final ? "\n" : "");
}

}  // namespace

int RunBatch(Args args) {
  size_t jobs = std::max(1u, std::thread::hardware_concurrency());
  std::string manifest = "-";
  for (size_t i = 0; i < args.size(); ++i) {
    std::string_view a = args[i];
    if (a == "--help" || a == "-h") {
      std::cout << kUsage;
      return kExitOk;
    } else if (a == "--jobs" || a == "-j") {
      if (i + 1 >= args.size()) return std::cerr << kUsage, kExitUsage;
      int n = std::atoi(std::string(args[++i]).c_str());
      if (n < 1 || n > 256) {
        std::cerr << "pagesift batch: --jobs takes a number from 1 to 256\n";
        return kExitUsage;
      }
      jobs = static_cast<size_t>(n);
    } else if (a.starts_with("-") && a != "-") {
      std::cerr << "pagesift batch: unknown option '" << a << "'\n" << kUsage;
      return kExitUsage;
    } else {
      manifest = std::string(a);
    }
  }
  std::ifstream file;
  if (manifest != "-") {
    file.open(manifest);
    if (!file) {
      std::cerr << "pagesift batch: cannot open " << manifest << "\n";
      return kExitFailure;
    }
  }
  std::istream& in = manifest == "-" ? std::cin : file;

  std::mutex in_mutex, out_mutex;
  Totals totals;
  const bool progress = isatty(STDERR_FILENO) == 1;
  const Clock::time_point start = Clock::now();
  auto worker = [&] {
    std::string line;
    for (;;) {
      {
        std::lock_guard<std::mutex> lock(in_mutex);
        do {
          if (!std::getline(in, line)) return;
        } while (line.find_first_not_of(" \t\r") == std::string::npos);
      }
      std::string result = ProcessLine(line, &totals);
      std::lock_guard<std::mutex> lock(out_mutex);
      std::cout << result << '\n';
      if (progress) ShowProgress(totals, start, false);
    }
  };
  std::vector<std::thread> threads;
  for (size_t i = 0; i < jobs; ++i) threads.emplace_back(worker);
  for (std::thread& t : threads) t.join();
  std::cout.flush();
  if (progress) ShowProgress(totals, start, true);
  return std::cout.good() ? kExitOk : kExitFailure;
}

}  // namespace pagesift::cli
