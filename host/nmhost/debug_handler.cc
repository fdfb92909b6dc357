// debug_sleep {"ms", "ignoreCancel"?}: a stand-in for slow work whose timing
// the protocol tests control. Served only with --enable-debug-requests.
#include <algorithm>
#include <chrono>
#include <thread>

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
  // Polls like the engine does between stages: a cancelled request stops
  // within a millisecond, unless told to behave like work that never checks.
  while (std::chrono::steady_clock::now() < until) {
    if (!ignore_cancel) {
      if (context.cancel->load()) {
        return Outcome::Failure(Status(ErrorCode::kCancelled, "request cancelled"));
      }
      if (std::chrono::steady_clock::now() >= context.deadline) {
        return Outcome::Failure(Status(ErrorCode::kTimeout, "request deadline passed"));
      }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return Outcome::Success({{"slept", duration.count()}});
}

}  // namespace pagesift::nmhost
