// pagesift extract: one page's reader view and metadata.
#include <fstream>
#include <iostream>
#include <string>

#include "cli/commands.h"
#include "cli/page_file.h"
#include "pagesift/extract.h"
#include "pagesift/json.h"
#include "render/standalone_page.h"

namespace pagesift::cli {
namespace {

constexpr const char kUsage[] =
    "usage: pagesift extract [--url URL] [--format json|html|text|markdown] [--output FILE] [FILE|-]\n"
    "\n"
    "Reads one HTML page (a file, a .gz file, or standard input when FILE is - or absent)\n"
    "and prints its reader view:\n"
    "  json      every field of the result (the default)\n"
    "  html      a standalone reader page, styles inlined\n"
    "  text      the metadata, then the article as plain text\n"
    "  markdown  the article as GitHub-flavoured Markdown with front matter\n"
    "--url URL     the page's address, to make its links and images absolute\n"
    "--output FILE write to FILE instead of standard output\n";

std::string TextReport(const Result& r) {
  std::string out;
  auto line = [&](std::string_view label, const std::string& value) {
    if (!value.empty()) out += std::string(label) + value + "\n";
  };
  line("Title:     ", r.title);
  line("Byline:    ", r.byline);
  line("Site:      ", r.site_name);
  line("Published: ", r.published_time);
  line("Language:  ", r.lang);
  line("URL:       ", r.url);
  out += "Words:     " + std::to_string(r.word_count) + " (" +
         std::to_string(static_cast<int>(r.reading_time_minutes)) + " min read)\n\n";
  out += r.text_content;
  out += "\n";
  return out;
}

}  // namespace

int RunExtract(Args args) {
  Options options;
  std::string format = "json", input = "-", output;
  bool have_input = false;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string_view a = args[i];
    auto value = [&](std::string* out) {
      if (i + 1 >= args.size()) return false;
      *out = std::string(args[++i]);
      return true;
    };
    if (a == "--help" || a == "-h") {
      std::cout << kUsage;
      return kExitOk;
    } else if (a == "--url") {
      if (!value(&options.url)) return std::cerr << kUsage, kExitUsage;
    } else if (a == "--format") {
      if (!value(&format)) return std::cerr << kUsage, kExitUsage;
    } else if (a == "--output" || a == "-o") {
      if (!value(&output)) return std::cerr << kUsage, kExitUsage;
    } else if ((a.starts_with("-") && a != "-") || have_input) {
      std::cerr << "pagesift extract: unexpected argument '" << a << "'\n" << kUsage;
      return kExitUsage;
    } else {
      input = std::string(a);
      have_input = true;
    }
  }
  if (format != "json" && format != "html" && format != "text" && format != "markdown") {
    std::cerr << "pagesift extract: unknown format '" << format << "'\n" << kUsage;
    return kExitUsage;
  }
  options.want_markdown = format == "markdown";

  std::string bytes;
  Result result;
  Status status = ReadPageFile(input, options.limits.max_input_bytes, &bytes);
  if (status.ok()) status = Extract(bytes, options, &result);
  if (!status.ok()) {
    std::cerr << "pagesift extract: " << status.ToString() << "\n";
    return kExitFailure;
  }
  std::string().swap(bytes);  // the page is no longer needed: free it before the output is built

  std::string text;
  if (format == "json") {
    text = ResultToJson(result).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  } else if (format == "html") {
    text = render::RenderStandalonePage(result);
  } else if (format == "markdown") {
    text = result.markdown;
  } else {
    text = TextReport(result);
  }
  if (output.empty()) {
    std::cout << text;
    return std::cout.good() ? kExitOk : kExitFailure;
  }
  std::ofstream file(output, std::ios::binary | std::ios::trunc);
  file << text;
  if (!file.good()) {
    std::cerr << "pagesift extract: cannot write " << output << "\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace pagesift::cli
