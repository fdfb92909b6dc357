#include "summarize/chat_stream.h"

#include <nlohmann/json.hpp>

namespace pagesift::summarize {
namespace {

Status StreamError(std::string message) { return Status(ErrorCode::kIoError, "language model: " + std::move(message)); }

// The "error" member as a message: Ollama sends a string, OpenAI-style
// servers an object with "message".
std::string ErrorMessage(const nlohmann::json& error) {
  if (error.is_string()) return error.get<std::string>();
  if (error.is_object()) {
    auto message = error.find("message");
    if (message != error.end() && message->is_string()) return message->get<std::string>();
  }
  return "unknown error";
}

}  // namespace

Status ChatStreamDecoder::Feed(std::string_view bytes, std::vector<std::string>* tokens) {
  while (!bytes.empty()) {
    size_t newline = bytes.find('\n');
    size_t take = newline == std::string_view::npos ? bytes.size() : newline;
    if (pending_.size() + take > kMaxLineBytes) return StreamError("a streamed line is too long");
    pending_.append(bytes.substr(0, take));
    if (newline == std::string_view::npos) break;
    bytes.remove_prefix(newline + 1);
    std::string line;
    line.swap(pending_);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (Status s = HandleLine(line, tokens); !s.ok()) return s;
  }
  return Status::Ok();
}

Status ChatStreamDecoder::Finish(std::vector<std::string>* tokens) {
  if (!pending_.empty()) {
    std::string line;
    line.swap(pending_);
    if (Status s = HandleLine(line, tokens); !s.ok()) return s;
  }
  if (!finished_) return StreamError("the answer was truncated (the stream ended before its end marker)");
  return Status::Ok();
}

Status ChatStreamDecoder::HandleLine(std::string_view line, std::vector<std::string>* tokens) {
  if (line.find_first_not_of(" \t") == std::string_view::npos) return Status::Ok();
  if (finished_) return StreamError("data after the end of the answer");
  return format_ == ChatFormat::kOllama ? HandleOllamaLine(line, tokens) : HandleOpenAiLine(line, tokens);
}

Status ChatStreamDecoder::HandleOllamaLine(std::string_view line, std::vector<std::string>* tokens) {
  nlohmann::json object = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (!object.is_object()) return StreamError("a line of the stream is not a JSON object");
  if (auto error = object.find("error"); error != object.end()) return StreamError(ErrorMessage(*error));
  auto message = object.find("message");
  if (message != object.end() && message->is_object()) {
    auto content = message->find("content");
    if (content != message->end() && content->is_string() && !content->get_ref<const std::string&>().empty()) {
      tokens->push_back(content->get<std::string>());
    }
  }
  auto done = object.find("done");
  if (done != object.end() && done->is_boolean() && done->get<bool>()) {
    finished_ = true;
    auto evaluated = object.find("prompt_eval_count");
    if (evaluated != object.end() && evaluated->is_number_unsigned()) prompt_tokens_ = evaluated->get<size_t>();
  }
  return Status::Ok();
}

Status ChatStreamDecoder::HandleOpenAiLine(std::string_view line, std::vector<std::string>* tokens) {
  // Server-sent events: comments start with ':', other fields ("event:",
  // "id:", "retry:") carry nothing we need.
  constexpr std::string_view kData = "data:";
  if (line.substr(0, kData.size()) != kData) return Status::Ok();
  std::string_view data = line.substr(kData.size());
  if (!data.empty() && data.front() == ' ') data.remove_prefix(1);
  if (data == "[DONE]") {
    finished_ = true;
    return Status::Ok();
  }
  nlohmann::json object = nlohmann::json::parse(data, nullptr, /*allow_exceptions=*/false);
  if (!object.is_object()) return StreamError("an event of the stream is not a JSON object");
  if (auto error = object.find("error"); error != object.end()) return StreamError(ErrorMessage(*error));
  auto choices = object.find("choices");
  if (choices == object.end() || !choices->is_array() || choices->empty()) return Status::Ok();
  const nlohmann::json& choice = choices->front();
  if (!choice.is_object()) return StreamError("an event's choice is not a JSON object");
  auto delta = choice.find("delta");
  if (delta != choice.end() && delta->is_object()) {
    auto content = delta->find("content");
    if (content != delta->end() && content->is_string() && !content->get_ref<const std::string&>().empty()) {
      tokens->push_back(content->get<std::string>());
    }
  }
  return Status::Ok();
}

}  // namespace pagesift::summarize
