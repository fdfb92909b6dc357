#include "summarize/chat_request.h"

#include <charconv>

#include <nlohmann/json.hpp>

namespace pagesift::summarize {
namespace {

Status BadEndpoint(std::string_view url, std::string_view why) {
  return Status(ErrorCode::kInvalidArgument,
                "language model endpoint '" + std::string(url.substr(0, 200)) + "': " + std::string(why));
}

bool IsLoopbackHost(std::string_view host) {
  if (host == "localhost" || host == "::1") return true;
  // 127.0.0.0/8, written as four decimal numbers.
  if (host.substr(0, 4) != "127.") return false;
  int parts = 0;
  for (std::string_view rest = host; !rest.empty(); ++parts) {
    size_t dot = rest.find('.');
    std::string_view number = rest.substr(0, dot);
    unsigned value = 0;
    auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), value);
    if (number.empty() || error != std::errc() || end != number.data() + number.size() || value > 255) {
      return false;
    }
    rest = dot == std::string_view::npos ? std::string_view() : rest.substr(dot + 1);
    if (dot != std::string_view::npos && rest.empty()) return false;
  }
  return parts == 4;
}

// Backs up from max_bytes to the start of a UTF-8 sequence.
size_t Utf8Cut(std::string_view text, size_t max_bytes) {
  if (text.size() <= max_bytes) return text.size();
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return cut == 0 ? max_bytes : cut;
}

}  // namespace

Status ParseLoopbackEndpoint(std::string_view url, ChatEndpoint* out) {
  constexpr std::string_view kScheme = "http://";
  if (url.substr(0, kScheme.size()) != kScheme) return BadEndpoint(url, "only http:// on this machine is allowed");
  std::string_view rest = url.substr(kScheme.size());
  size_t slash = rest.find('/');
  std::string_view authority = rest.substr(0, slash);
  ChatEndpoint endpoint;
  endpoint.target = slash == std::string_view::npos ? "/" : std::string(rest.substr(slash));
  if (authority.find('@') != std::string_view::npos) return BadEndpoint(url, "user names are not allowed");
  std::string_view host = authority, port;
  if (!authority.empty() && authority.front() == '[') {
    size_t close = authority.find(']');
    if (close == std::string_view::npos) return BadEndpoint(url, "unclosed [ in the host");
    host = authority.substr(1, close - 1);
    std::string_view after = authority.substr(close + 1);
    if (!after.empty() && after.front() != ':') return BadEndpoint(url, "junk after the host");
    port = after.empty() ? after : after.substr(1);
  } else if (size_t colon = authority.rfind(':'); colon != std::string_view::npos) {
    host = authority.substr(0, colon);
    port = authority.substr(colon + 1);
  }
  if (!IsLoopbackHost(host)) {
    return BadEndpoint(url, "the host must be this machine (127.0.0.1, ::1 or localhost): pages are never sent elsewhere");
  }
  if (!port.empty()) {
    unsigned value = 0;
    auto [end, error] = std::from_chars(port.data(), port.data() + port.size(), value);
    if (error != std::errc() || end != port.data() + port.size() || value == 0 || value > 65535) {
      return BadEndpoint(url, "the port must be a number from 1 to 65535");
    }
    endpoint.port = static_cast<uint16_t>(value);
  }
  endpoint.host = std::string(host);
  *out = std::move(endpoint);
  return Status::Ok();
}

std::string ChatRequestBody(ChatFormat format, std::string_view model, std::string_view instructions,
                            std::string_view text, size_t context_tokens) {
  nlohmann::json body = {
      {"model", model},
      {"messages", {{{"role", "system"}, {"content", instructions}}, {{"role", "user"}, {"content", text}}}},
      {"stream", true},
  };
  if (format == ChatFormat::kOllama && context_tokens > 0) body["options"] = {{"num_ctx", context_tokens}};
  // Page text may hold invalid UTF-8: replace it rather than fail.
  return body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string SummaryInstructions(std::string_view lang, size_t sentences) {
  std::string language = lang == "und" || lang.empty()
                             ? "the language the article is written in"
                             : "the language whose ISO 639 code is \"" + std::string(lang) + "\" (the article's)";
  return "Summarize the article the user sends in about " + std::to_string(sentences) +
         " sentences, in " + language +
         ". State only what the article says. Answer with the summary alone, without a preamble.";
}

std::vector<std::string> SplitForContext(const std::vector<std::string>& paragraphs, size_t max_bytes) {
  if (max_bytes == 0) max_bytes = 1;
  std::vector<std::string> parts;
  std::string part;
  auto flush = [&] {
    if (!part.empty()) parts.push_back(std::move(part));
    part.clear();
  };
  for (std::string_view paragraph : paragraphs) {
    while (paragraph.size() > max_bytes) {
      flush();
      size_t cut = Utf8Cut(paragraph, max_bytes);
      parts.emplace_back(paragraph.substr(0, cut));
      paragraph.remove_prefix(cut);
    }
    if (paragraph.empty()) continue;
    size_t needed = part.empty() ? paragraph.size() : part.size() + 2 + paragraph.size();
    if (needed > max_bytes) flush();
    if (!part.empty()) part += "\n\n";
    part.append(paragraph);
  }
  flush();
  return parts;
}

}  // namespace pagesift::summarize
