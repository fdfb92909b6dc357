#include "summarize/model_settings.h"

#include "summarize/chat_request.h"

namespace pagesift::summarize {
namespace {

Status Bad(std::string message) { return Status(ErrorCode::kInvalidArgument, "model settings: " + std::move(message)); }

// A string member of at most max_bytes printable bytes (control characters
// would reach an HTTP request or a log line).
Status ReadString(const nlohmann::json& object, const char* key, size_t max_bytes, std::string* out) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return Status::Ok();
  if (!it->is_string()) return Bad(std::string("\"") + key + "\" must be a string");
  const std::string& value = it->get_ref<const std::string&>();
  if (value.size() > max_bytes) {
    return Bad(std::string("\"") + key + "\" is longer than " + std::to_string(max_bytes) + " bytes");
  }
  for (char c : value) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      return Bad(std::string("\"") + key + "\" holds a control character");
    }
  }
  *out = value;
  return Status::Ok();
}

Status ReadCount(const nlohmann::json& object, const char* key, size_t low, size_t high, size_t* out) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return Status::Ok();
  // Signed or unsigned in the JSON tree, as long as it is a whole number in range.
  if (!it->is_number_integer() || it->get<int64_t>() < static_cast<int64_t>(low) ||
      it->get<int64_t>() > static_cast<int64_t>(high)) {
    return Bad(std::string("\"") + key + "\" must be a whole number from " + std::to_string(low) + " to " +
               std::to_string(high));
  }
  *out = static_cast<size_t>(it->get<int64_t>());
  return Status::Ok();
}

}  // namespace

Status ModelSettingsFromJson(const nlohmann::json& object, ModelSettings* out) {
  if (!object.is_object()) return Bad("\"model\" must be an object");
  ModelSettings settings;
  std::string format = "ollama";
  size_t timeout_ms = static_cast<size_t>(settings.timeout.count());
  Status s = ReadString(object, "endpoint", kMaxEndpointBytes, &settings.endpoint);
  if (s.ok()) s = ReadString(object, "name", kMaxModelNameBytes, &settings.model);
  if (s.ok()) s = ReadString(object, "format", 16, &format);
  if (s.ok()) {
    s = ReadCount(object, "timeoutMs", static_cast<size_t>(kMinModelTimeout.count()),
                  static_cast<size_t>(kMaxModelTimeout.count()), &timeout_ms);
  }
  if (s.ok()) s = ReadCount(object, "contextTokens", kMinContextTokens, kMaxContextTokens, &settings.context_tokens);
  if (!s.ok()) return s;
  if (settings.endpoint.empty()) return Bad("\"endpoint\" is missing");
  if (settings.model.empty()) return Bad("\"name\" (the model's name) is missing");
  if (format == "ollama") {
    settings.format = ChatFormat::kOllama;
  } else if (format == "openai") {
    settings.format = ChatFormat::kOpenAi;
  } else {
    return Bad("\"format\" must be \"ollama\" or \"openai\"");
  }
  // Refused here, before any socket exists: the page is never sent off this machine.
  ChatEndpoint endpoint;
  if (Status loopback = ParseLoopbackEndpoint(settings.endpoint, &endpoint); !loopback.ok()) return loopback;
  settings.timeout = std::chrono::milliseconds(timeout_ms);
  *out = std::move(settings);
  return Status::Ok();
}

}  // namespace pagesift::summarize
