// Requests for the protocol tests, served only with --enable-debug-requests.
//   debug_sleep {"ms", "ignoreCancel"?}: slow work whose timing the tests control.
//   debug_echo {"data"}: a reply of the size and content the tests choose.
#include <algorithm>
#include <chrono>
#include <string>
#include <thread>
#include <utility>

#include "nmhost/handlers.h"

namespace pagesift::nmhost {
namespace {

constexpr int64_t kMaxSleepMs = 600'000;

}  // namespace

Outcome HandleDebugSleep(Request& request, const WorkContext& context) {
  const auto ms = request.message.find("ms");
  if (ms == request.message.end() || !ms->is_number_integer()) {
    return Outcome::BadRequest(Status(ErrorCode::kInvalidArgument,
                                      "field 'ms' must be an integer"));
  }
  bool ignore_cancel = false;
  if (Status s = ReadOptionalBool(request.message, "ignoreCancel", &ignore_cancel); !s.ok()) {
    return Outcome::BadRequest(s);
  }
  const auto duration =
      std::chrono::milliseconds(std::clamp<int64_t>(ms->get<int64_t>(), 0, kMaxSleepMs));
  const auto until = std::chrono::steady_clock::now() + duration;
  // Polls the cancel flag like the engine does between stages, and stops
  // within a millisecond of it, unless told to behave like work that never
  // checks. The deadline is left to the host, which raises the flag when it
  // answers "timeout", so that the tests see one message for it.
  while (std::chrono::steady_clock::now() < until) {
    if (!ignore_cancel && context.cancel->load()) {
      return Outcome::Failure(Status(ErrorCode::kCancelled, "request cancelled"));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return Outcome::Success({{"slept", duration.count()}});
}

Outcome HandleDebugEcho(Request& request, const WorkContext& /*context*/) {
  std::string data;
  if (Status s = TakeRequiredString(&request.message, "data", &data); !s.ok()) {
    return Outcome::BadRequest(s);
  }
  return Outcome::Success({{"data", std::move(data)}});
}

}  // namespace pagesift::nmhost
