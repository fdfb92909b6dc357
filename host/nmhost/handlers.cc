#include "nmhost/handlers.h"

#include "nmhost/frame_codec.h"

namespace pagesift::nmhost {

std::span<const HandlerEntry> WorkHandlers() {
  static constexpr HandlerEntry kWorkHandlers[] = {
      {"extract", HandleExtract, nullptr},
      {"summarize", HandleSummarize, SummarizeExtraTime},
      {"save", HandleSave, nullptr},
      {"library", HandleLibrary, nullptr},
  };
  return kWorkHandlers;
}

std::span<const HandlerEntry> DebugHandlers() {
  static constexpr HandlerEntry kDebugHandlers[] = {
      {"debug_sleep", HandleDebugSleep, nullptr},
      {"debug_echo", HandleDebugEcho, nullptr},
  };
  return kDebugHandlers;
}

const HandlerEntry* FindEntry(std::span<const HandlerEntry> table, std::string_view type) {
  for (const HandlerEntry& entry : table) {
    if (entry.type == type) return &entry;
  }
  return nullptr;
}

nlohmann::json HelloResult(std::string_view host_version) {
  return {
      {"name", "pagesift"},
      {"version", host_version},
      {"protocol", kProtocolVersion},
      {"capabilities", {"extract", "summarize", "save", "library", "cancel", "ping"}},
      {"maxRequestBytes", kMaxRequestBytes},
      {"maxFrameBytes", kMaxFrameBytes},
  };
}

nlohmann::json PingResult() { return {{"pong", true}}; }

}  // namespace pagesift::nmhost
