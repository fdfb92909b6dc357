// What pagesift sends to a local language model, and where.
//
// Part of the optional language-model summary (off by default). The page's
// text leaves the host only for the endpoint the user configured, and only
// when that endpoint is on this machine (loopback): ParseLoopbackEndpoint
// refuses any other host, so a mistyped or malicious setting cannot send a
// page anywhere.
#ifndef PAGESIFT_SUMMARIZE_CHAT_REQUEST_H_
#define PAGESIFT_SUMMARIZE_CHAT_REQUEST_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pagesift/status.h"
#include "summarize/chat_stream.h"

namespace pagesift::summarize {

struct ChatEndpoint {
  std::string host;    // "127.0.0.1", "::1" or "localhost"
  uint16_t port = 80;
  std::string target;  // the request path, e.g. "/api/chat"
};

// Parses "http://127.0.0.1:11434/api/chat" and the like. Only plain http to
// a loopback host (127.0.0.0/8, ::1, localhost) is accepted; anything else
// is kInvalidArgument with a message saying why.
Status ParseLoopbackEndpoint(std::string_view url, ChatEndpoint* out);

// The chat request body in the endpoint's format: a system message with the
// instructions, a user message with the text, streaming on. For Ollama,
// context_tokens sets options.num_ctx (0: the server's default), because
// some versions silently cut prompts longer than their default context.
std::string ChatRequestBody(ChatFormat format, std::string_view model, std::string_view instructions,
                            std::string_view text, size_t context_tokens);

// Instructions asking for a summary of about `sentences` sentences written
// in the language lang (a primary subtag; "und": the text's own language).
std::string SummaryInstructions(std::string_view lang, size_t sentences);

// Paragraphs packed, in order, into parts of at most max_bytes each, for a
// model whose context cannot hold the whole article: each part is
// summarized alone, then the part summaries together. A paragraph longer
// than max_bytes is cut at a UTF-8 boundary. max_bytes 0 is treated as 1.
std::vector<std::string> SplitForContext(const std::vector<std::string>& paragraphs, size_t max_bytes);

}  // namespace pagesift::summarize

#endif  // PAGESIFT_SUMMARIZE_CHAT_REQUEST_H_
