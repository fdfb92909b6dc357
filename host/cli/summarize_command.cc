// pagesift summarize: a short extractive summary of one page or text.
#include <charconv>
#include <iostream>
#include <string>

#include "cli/commands.h"
#include "cli/page_file.h"
#include "pagesift/extract.h"
#include "pagesift/summarize.h"
#include "summarize/model_summary.h"

namespace pagesift::cli {
namespace {

constexpr const char kUsage[] =
    "usage: pagesift summarize [--sentences N | --ratio R] [--lang L] [--url URL] [--text]\n"
    "                          [--format text|json] [--model NAME [--model-endpoint URL]\n"
    "                          [--model-format ollama|openai] [--model-timeout SECONDS]] [FILE|-]\n"
    "\n"
    "Reads one HTML page (a file, a .gz file, or standard input when FILE is - or absent)\n"
    "and prints a summary made of its own sentences, in their order, then its key points.\n"
    "--sentences N  summary length in sentences (default 5, at most 50)\n"
    "--ratio R      summary length as a share of the article's sentences, 0 < R <= 1\n"
    "--lang L       the text's language (BCP 47), instead of the page's or a guess\n"
    "--url URL      the page's address\n"
    "--text         the input is plain text (paragraphs separated by blank lines), not HTML\n"
    "--format F     text (the default) or json: {\"lang\", \"sentences\", \"keyPoints\"}\n"
    "--model NAME   have a language model on this machine write the summary, streamed as it\n"
    "               comes; the extractive summary stands in when it fails (the reason on stderr)\n"
    "--model-endpoint URL     http:// on 127.0.0.0/8, [::1] or localhost only\n"
    "                         (default http://127.0.0.1:11434/api/chat, Ollama's)\n"
    "--model-format F         ollama (default) or openai (/v1/chat/completions, llama.cpp's server)\n"
    "--model-timeout SECONDS  the whole answer's time limit (default 60)\n";

bool ParseCount(std::string_view text, size_t* out) {
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *out);
  return error == std::errc() && end == text.data() + text.size() && *out > 0;
}

bool ParseRatio(std::string_view text, double* out) {
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *out);
  return error == std::errc() && end == text.data() + text.size() && *out > 0 && *out <= 1;
}

std::string TextReport(const Summary& summary) {
  std::string out;
  for (const std::string& sentence : summary.sentences) out += sentence + "\n";
  if (!summary.key_points.empty()) {
    out += "\nKey points:\n";
    for (const std::string& point : summary.key_points) out += "- " + point + "\n";
  }
  return out;
}

// The language model's summary, streamed to stdout as it is written; the
// extractive summary when the model fails, with the reason on stderr.
int RunWithModel(const SummarizeRequest& request, const Options& extract_options, const SummaryOptions& options,
                 const nlohmann::json& model, bool json) {
  summarize::ModelSettings settings;
  Result article;
  Status status = summarize::ModelSettingsFromJson(model, &settings);
  if (status.ok()) status = ArticleOfRequest(request, extract_options, &article);
  summarize::ModelCallbacks callbacks;
  if (!json) callbacks.on_text = [](std::string_view text) { std::cout << text << std::flush; };
  summarize::ModelSummary summary;
  if (status.ok()) status = summarize::SummarizeWithModel(article, settings, options, callbacks, &summary);
  if (!status.ok()) {
    std::cerr << "pagesift summarize: " << status.ToString() << "\n";
    return kExitFailure;
  }
  if (json) {
    std::cout << summarize::ModelSummaryToJson(summary, settings)
                     .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
              << "\n";
  } else if (summary.from_model) {
    std::cout << "\n";
  } else {
    std::cerr << "pagesift summarize: the language model was not used: " << summary.fallback_reason << "\n";
    std::cout << TextReport(summary.extractive);
  }
  return std::cout.good() ? kExitOk : kExitFailure;
}

int Usage(std::string_view problem) {
  std::cerr << "pagesift summarize: " << problem << "\n" << kUsage;
  return kExitUsage;
}

}  // namespace

int RunSummarize(Args args) {
  Options extract_options;
  SummaryOptions options;
  std::string input = "-", format = "text";
  bool have_input = false, plain_text = false;
  nlohmann::json model = {{"endpoint", "http://127.0.0.1:11434/api/chat"}};
  bool use_model = false;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string_view a = args[i];
    auto has_value = [&] { return i + 1 < args.size(); };
    if (a == "--help" || a == "-h") {
      std::cout << kUsage;
      return kExitOk;
    } else if (a == "--sentences") {
      if (!has_value() || !ParseCount(args[++i], &options.sentences)) {
        return Usage("--sentences needs a positive whole number");
      }
    } else if (a == "--ratio") {
      if (!has_value() || !ParseRatio(args[++i], &options.ratio)) {
        return Usage("--ratio needs a number in (0, 1]");
      }
    } else if (a == "--lang") {
      if (!has_value()) return Usage("--lang needs a language tag");
      options.lang = std::string(args[++i]);
    } else if (a == "--url") {
      if (!has_value()) return Usage("--url needs a URL");
      extract_options.url = std::string(args[++i]);
    } else if (a == "--format") {
      if (!has_value()) return Usage("--format needs text or json");
      format = std::string(args[++i]);
      if (format != "text" && format != "json") return Usage("unknown format '" + format + "'");
    } else if (a == "--model" || a == "--model-endpoint" || a == "--model-format") {
      if (!has_value()) return Usage(std::string(a) + " needs a value");
      model[a == "--model" ? "name" : a == "--model-endpoint" ? "endpoint" : "format"] = std::string(args[++i]);
      use_model = use_model || a == "--model";
    } else if (a == "--model-timeout") {
      size_t seconds = 0;
      if (!has_value() || !ParseCount(args[++i], &seconds) || seconds > 600) {
        return Usage("--model-timeout needs a whole number of seconds from 1 to 600");
      }
      model["timeoutMs"] = seconds * 1000;
    } else if (a == "--text") {
      plain_text = true;
    } else if ((a.starts_with("-") && a != "-") || have_input) {
      return Usage("unexpected argument '" + std::string(a) + "'");
    } else {
      input = std::string(a);
      have_input = true;
    }
  }

  std::string bytes;
  Summary summary;
  Status status = ReadPageFile(input, extract_options.limits.max_input_bytes, &bytes);
  if (status.ok() && use_model) {
    SummarizeRequest request;
    (plain_text ? request.text : request.html) = std::move(bytes);
    request.url = extract_options.url;
    request.lang = options.lang;
    return RunWithModel(request, extract_options, options, model, format == "json");
  }
  if (status.ok()) {
    status = plain_text ? SummarizeText(bytes, options.lang, options, &summary)
                        : SummarizePage(bytes, extract_options, options, &summary);
  }
  if (!status.ok()) {
    std::cerr << "pagesift summarize: " << status.ToString() << "\n";
    return kExitFailure;
  }
  if (format == "json") {
    std::cout << SummaryToJson(summary).dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
              << "\n";
  } else {
    std::cout << TextReport(summary);
  }
  return std::cout.good() ? kExitOk : kExitFailure;
}

}  // namespace pagesift::cli
