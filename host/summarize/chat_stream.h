// ChatStreamDecoder: the tokens of a local language model's streamed answer.
//
// Part of the optional language-model summary (off by default): the user
// points pagesift at a model server on their own machine, and its answer
// arrives as a stream that this class turns into tokens as they come, so
// they can be forwarded to the extension at once. Two wire formats:
//   kOllama  Ollama's /api/chat: one JSON object a line,
//            {"message": {"content": "..."}, "done": false}, the last with
//            "done": true; {"error": "..."} on failure.
//   kOpenAi  OpenAI-compatible /v1/chat/completions (llama.cpp's server):
//            server-sent events, "data: {"choices": [{"delta": {"content":
//            "..."}}]}", ended by "data: [DONE]".
// The transport (an HTTP client on loopback) feeds the body in whatever
// pieces the socket delivers; lines may be split anywhere.
#ifndef PAGESIFT_SUMMARIZE_CHAT_STREAM_H_
#define PAGESIFT_SUMMARIZE_CHAT_STREAM_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "pagesift/status.h"

namespace pagesift::summarize {

enum class ChatFormat { kOllama, kOpenAi };

class ChatStreamDecoder {
 public:
  // A line longer than this is refused: no model streams a megabyte of one
  // token, and the buffer must not grow without bound.
  static constexpr size_t kMaxLineBytes = 1 << 20;

  explicit ChatStreamDecoder(ChatFormat format) : format_(format) {}

  // Feeds the next bytes of the response body; appends each token of the
  // lines completed by them to *tokens, in order. Fails (kIoError) when the
  // server reports an error, a line is not what the format says, a line
  // exceeds kMaxLineBytes, or data follows the end of the answer.
  Status Feed(std::string_view bytes, std::vector<std::string>* tokens);

  // The body ended: fails (kIoError, "truncated") unless the server said the
  // answer was complete.
  Status Finish(std::vector<std::string>* tokens);

  // Whether the server has said the answer is complete.
  bool finished() const { return finished_; }

  // Tokens of the prompt the server evaluated, when it says (Ollama's
  // prompt_eval_count): fewer than were sent means it cut the prompt.
  size_t prompt_tokens() const { return prompt_tokens_; }

 private:
  Status HandleLine(std::string_view line, std::vector<std::string>* tokens);
  Status HandleOllamaLine(std::string_view line, std::vector<std::string>* tokens);
  Status HandleOpenAiLine(std::string_view line, std::vector<std::string>* tokens);

  ChatFormat format_;
  std::string pending_;  // an incomplete line
  bool finished_ = false;
  size_t prompt_tokens_ = 0;
};

}  // namespace pagesift::summarize

#endif  // PAGESIFT_SUMMARIZE_CHAT_STREAM_H_
