// Handlers: the work behind each request type.
//
// The host answers hello, ping and cancel itself, at once. Every other type
// runs on the host's thread pool through a Handler found in the table that
// WorkHandlers() returns. A handler must watch context.cancel and
// context.deadline in any long loop (pass both to the engine), and must not
// throw: it answers with an Outcome.
//
// Registering a request type is one row of kWorkHandlers in handlers.cc and
// the handler's declaration below.
#ifndef PAGESIFT_NMHOST_HANDLERS_H_
#define PAGESIFT_NMHOST_HANDLERS_H_

#include <atomic>
#include <chrono>
#include <functional>
#include <span>
#include <string_view>

#include <nlohmann/json.hpp>

#include "nmhost/reply.h"
#include "nmhost/request.h"

namespace pagesift::nmhost {

// The protocol version hello announces; bumped on any incompatible change.
inline constexpr int kProtocolVersion = 1;

struct WorkContext {
  // Becomes true when the request is cancelled, times out, or the host shuts
  // down; the host has then already answered, and the outcome is dropped.
  const std::atomic<bool>* cancel = nullptr;
  std::chrono::steady_clock::time_point deadline;
  // Sends {"id": ID, key: value} ahead of the reply ("partial", "progress";
  // see docs/protocol.md), in call order. Dropped once the request has been
  // answered (cancelled, timed out). Empty when nobody listens.
  std::function<void(std::string_view key, nlohmann::json value)> notify;
};

// A handler may move fields out of request.message.
using Handler = Outcome (*)(Request& request, const WorkContext& context);

// Time a request gets beyond the host's deadline, read from the request
// before its work starts (a summary by a local model may take minutes).
using ExtraTime = std::chrono::milliseconds (*)(const Request& request);

struct HandlerEntry {
  std::string_view type;
  Handler handle;
  ExtraTime extra_time;  // nullptr: the host's deadline alone
};

// The request types that do work, each with its handler.
std::span<const HandlerEntry> WorkHandlers();

// Types for the protocol tests only, served when the host runs with
// --enable-debug-requests: "debug_sleep" {"ms", "ignoreCancel"?} stands for
// a slow page whose timing the tests control, and "debug_echo" {"data"}
// answers {"data"} unchanged, a reply of any size and content.
std::span<const HandlerEntry> DebugHandlers();

// The entry for `type` in `table`, or nullptr.
const HandlerEntry* FindEntry(std::span<const HandlerEntry> table, std::string_view type);

// Results of the requests the host answers itself.
nlohmann::json HelloResult(std::string_view host_version);
nlohmann::json PingResult();

Outcome HandleExtract(Request& request, const WorkContext& context);
Outcome HandleSummarize(Request& request, const WorkContext& context);
std::chrono::milliseconds SummarizeExtraTime(const Request& request);
Outcome HandleSave(Request& request, const WorkContext& context);
Outcome HandleLibrary(Request& request, const WorkContext& context);
Outcome HandleDebugSleep(Request& request, const WorkContext& context);
Outcome HandleDebugEcho(Request& request, const WorkContext& context);

}  // namespace pagesift::nmhost

#endif  // PAGESIFT_NMHOST_HANDLERS_H_
