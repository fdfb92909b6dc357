#include "nmhost/reply.h"

#include <utility>
#include <vector>

#include "nmhost/chunker.h"
#include "nmhost/frame_codec.h"

namespace pagesift::nmhost {

Outcome Outcome::Success(nlohmann::json result) {
  Outcome outcome;
  outcome.ok_ = true;
  outcome.result_ = std::move(result);
  return outcome;
}

Outcome Outcome::Failure(const Status& status) {
  return Error(ErrorCodeName(status.code()), status.message());
}

Outcome Outcome::BadRequest(const Status& problem) {
  return Error(kBadRequest, problem.message());
}

Outcome Outcome::Error(std::string_view code, std::string message) {
  Outcome outcome;
  outcome.code_ = code;
  outcome.message_ = std::move(message);
  return outcome;
}

nlohmann::json Outcome::ToReply(const nlohmann::json& id) && {
  if (ok_) {
    nlohmann::json reply = {{"id", id}, {"ok", true}};
    reply["result"] = std::move(result_);
    return reply;
  }
  return {{"id", id}, {"ok", false}, {"error", {{"code", code_}, {"message", message_}}}};
}

Status AppendReplyFrames(nlohmann::json reply, std::string* wire) {
  const std::string text = reply.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  const nlohmann::json id = reply.value("id", nlohmann::json());
  reply = nullptr;
  std::vector<std::string> frames;
  if (Status s = SplitReply(id, text, kMaxFrameBytes, &frames); !s.ok()) return s;
  for (const std::string& frame : frames) {
    if (Status s = AppendFrame(frame, kMaxFrameBytes, wire); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace pagesift::nmhost
