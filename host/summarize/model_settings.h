// ModelSettings: which local language model summarizes, and how long it may
// take; read from the "model" object of a summarize request.
//
// The settings come from the extension's options, so they are as hostile as
// any other request field: every member is type- and range-checked, and the
// endpoint must be on this machine (ParseLoopbackEndpoint) before anything
// else happens. A refused endpoint is an error, never a reason to connect.
#ifndef PAGESIFT_SUMMARIZE_MODEL_SETTINGS_H_
#define PAGESIFT_SUMMARIZE_MODEL_SETTINGS_H_

#include <chrono>
#include <cstddef>
#include <string>

#include <nlohmann/json.hpp>

#include "pagesift/status.h"
#include "summarize/chat_stream.h"

namespace pagesift::summarize {

// Bounds of the settings a request may ask for.
inline constexpr std::chrono::milliseconds kMinModelTimeout{1'000};
inline constexpr std::chrono::milliseconds kMaxModelTimeout{600'000};
inline constexpr size_t kMinContextTokens = 512;
inline constexpr size_t kMaxContextTokens = size_t{1} << 20;
inline constexpr size_t kMaxModelNameBytes = 256;
inline constexpr size_t kMaxEndpointBytes = 2048;

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

// Reads the request's "model" object:
//   {"endpoint": "http://127.0.0.1:11434/api/chat",  required, loopback only
//    "format": "ollama" | "openai",                   default "ollama"
//    "name": "llama3.2",                              required, the model's name
//    "timeoutMs": 60000,                              1,000 to 600,000
//    "contextTokens": 8192}                           512 to 1,048,576
// Returns kInvalidArgument naming the member at fault; an endpoint off this
// machine is refused with a message that says pages never leave it.
Status ModelSettingsFromJson(const nlohmann::json& object, ModelSettings* out);

}  // namespace pagesift::summarize

#endif  // PAGESIFT_SUMMARIZE_MODEL_SETTINGS_H_
