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

#include <atomic>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "pagesift/result.h"
#include "pagesift/status.h"
#include "pagesift/summarize.h"
#include "summarize/model_settings.h"

namespace pagesift::summarize {

struct ModelSummary {
  bool from_model = false;       // false: the extractive fallback
  std::string text;              // the model's summary, when from_model
  Summary extractive;            // always filled: the fallback, or beside the model's
  std::string fallback_reason;   // why the model was not used, for the user
};

// How the caller follows, and stops, a model summary. Every member may be
// empty; the functions are called on the summarizing thread.
struct ModelCallbacks {
  // The final answer's text as it arrives, a socket read's worth of tokens
  // at a time (parts of a long article are not streamed, only the summary
  // of the parts is).
  std::function<void(std::string_view text)> on_text;
  // Before each part of a long article is sent: part is 1-based, of parts.
  std::function<void(size_t part, size_t parts)> on_part;
  // Raised to stop: the model's connection is closed within about 50 ms and
  // SummarizeWithModel returns kCancelled.
  const std::atomic<bool>* cancel = nullptr;
};

// Summarizes article with the model of settings, falling back to the
// extractive summary. Fails only as Summarize does (a bad option) or when
// cancelled: the model's failures are a fallback, not an error.
Status SummarizeWithModel(const Result& article, const ModelSettings& settings,
                          const SummaryOptions& options, const ModelCallbacks& callbacks, ModelSummary* out);

// The reply of a summarize request with a model: the extractive summary's
// members (SummaryToJson) plus
//   "model": {"used": true, "name": "llama3.2", "text": "..."}
//   "model": {"used": false, "name": "llama3.2", "fallbackReason": "language model: too slow"}
nlohmann::json ModelSummaryToJson(const ModelSummary& summary, const ModelSettings& settings);

}  // namespace pagesift::summarize

#endif  // PAGESIFT_SUMMARIZE_MODEL_SUMMARY_H_
