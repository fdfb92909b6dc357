// Reply: what the host answers to a request, and its bytes on the wire.
//
//   {"id": ..., "ok": true,  "result": {...}}
//   {"id": ..., "ok": false, "error": {"code": "...", "message": "..."}}
//
// Error codes are pagesift::ErrorCodeName values, plus "bad_request" for a
// request that is not well-formed (malformed JSON, a missing or wrong-typed
// field, an unknown type); its message names the problem.
#ifndef PAGESIFT_NMHOST_REPLY_H_
#define PAGESIFT_NMHOST_REPLY_H_

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "pagesift/status.h"

namespace pagesift::nmhost {

inline constexpr std::string_view kBadRequest = "bad_request";

// The answer a handler computed, not yet tied to an id.
class Outcome {
 public:
  static Outcome Success(nlohmann::json result);
  // `status` must be an error; its code's wire name becomes the error code.
  static Outcome Failure(const Status& status);
  // A problem with the request itself (status.message() says which).
  static Outcome BadRequest(const Status& problem);
  static Outcome Error(std::string_view code, std::string message);

  bool ok() const { return ok_; }
  // The error code, empty on success.
  const std::string& code() const { return code_; }

  // Moves the result into the reply: a reader view can be megabytes.
  nlohmann::json ToReply(const nlohmann::json& id) &&;

 private:
  Outcome() = default;

  bool ok_ = false;
  nlohmann::json result_;
  std::string code_;
  std::string message_;
};

// Serialises `reply` and appends its frames, length prefixes included, to
// *wire: one frame when it fits the host-to-browser cap, else chunk frames
// (see chunker.h). Invalid UTF-8 in any string is replaced by U+FFFD rather
// than failing, because a page's text reaches the reply unvalidated.
// Takes `reply` by value to free its tree as soon as it is serialised.
Status AppendReplyFrames(nlohmann::json reply, std::string* wire);

}  // namespace pagesift::nmhost

#endif  // PAGESIFT_NMHOST_REPLY_H_
