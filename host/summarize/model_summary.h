// ModelSummary: an abstractive summary from a language model on this machine.
//
// Optional and off by default: used only when the user configured an
// endpoint (Ollama's /api/chat, or an OpenAI-compatible
// /v1/chat/completions such as llama.cpp's server) on loopback. The page's
// text is sent to that endpoint and nowhere else. Tokens are handed to the
// caller as they arrive, to be forwarded to the extension. An article too
// long for the model's context is summarized in parts, then the part
// summaries together. When the endpoint is down, slow, refuses, or cuts its
// answer short, the extractive summary (pagesift/summarize.h) is returned
// instead, with the reason.
#ifndef PAGESIFT_SUMMARIZE_MODEL_SUMMARY_H_
#define PAGESIFT_SUMMARIZE_MODEL_SUMMARY_H_

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "pagesift/result.h"
#include "pagesift/status.h"
#include "pagesift/summarize.h"
#include "summarize/chat_stream.h"

namespace pagesift::summarize {

struct ModelSettings {
  std::string endpoint;  // "http://127.0.0.1:11434/api/chat"; must be loopback
  ChatFormat format = ChatFormat::kOllama;
  std::string model;     // "llama3.2", as the server names it
  // The whole answer, every part included, must arrive within this time.
  std::chrono::milliseconds timeout{60'000};
  // The model's context, in tokens. Parts are cut at about 3 bytes a token,
  // leaving a quarter of the context for the instructions and the answer.
  size_t context_tokens = 8192;
};

struct ModelSummary {
  bool from_model = false;       // false: the extractive fallback
  std::string text;              // the model's summary, when from_model
  Summary extractive;            // always filled: the fallback, or beside the model's
  std::string fallback_reason;   // why the model was not used, for the user
};

// Called with each token of the final answer as it arrives (parts of a
// long article are not streamed, only the merged summary is).
using TokenSink = std::function<void(std::string_view token)>;

// Summarizes article with the model of settings, falling back to the
// extractive summary. Fails only as Summarize does (a bad option): the
// model's failures are a fallback, not an error.
Status SummarizeWithModel(const Result& article, const ModelSettings& settings,
                          const SummaryOptions& options, const TokenSink& on_token, ModelSummary* out);

}  // namespace pagesift::summarize

#endif  // PAGESIFT_SUMMARIZE_MODEL_SUMMARY_H_
