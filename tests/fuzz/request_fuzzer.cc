// The request side of the host, from one frame's payload to the reply's
// bytes: parse and check the request, run extract when that is what it
// asks, and frame the reply (chunked when large). Whatever the payload, the
// frames must decode, reassemble and parse back into a reply for the same id.
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "fuzz_check.h"
#include "nmhost/frame_codec.h"
#include "nmhost/handlers.h"
#include "nmhost/reply.h"
#include "nmhost/request.h"

namespace {

using nlohmann::json;
using pagesift::nmhost::Outcome;

// The reply the frames carry: the one frame, or the chunks joined in order.
json Reassemble(const std::string& wire) {
  pagesift::nmhost::FrameReader reader(pagesift::nmhost::kMaxFrameBytes);
  std::vector<std::string> frames;
  FUZZ_CHECK(reader.Append(wire, &frames).ok());
  FUZZ_CHECK(!reader.InsideFrame() && !frames.empty());
  json first = json::parse(frames[0], nullptr, false);
  FUZZ_CHECK(!first.is_discarded());
  if (!first.contains("chunk")) {
    FUZZ_CHECK(frames.size() == 1);
    return first;
  }
  std::string text;
  for (size_t i = 0; i < frames.size(); ++i) {
    json chunk = json::parse(frames[i], nullptr, false);
    FUZZ_CHECK(chunk["chunk"]["index"] == i && chunk["chunk"]["count"] == frames.size());
    text += chunk["data"].get<std::string>();
  }
  json reply = json::parse(text, nullptr, false);
  FUZZ_CHECK(!reply.is_discarded());
  return reply;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view payload(reinterpret_cast<const char*>(data), size);
  pagesift::nmhost::Request request;
  pagesift::Status parsed = pagesift::nmhost::ParseRequest(payload, &request);
  FUZZ_CHECK(request.id.is_null() || request.id.is_string() || request.id.is_number());
  if (request.id.is_string()) FUZZ_CHECK(request.id.get<std::string>().size() <= pagesift::nmhost::kMaxIdBytes);

  std::atomic<bool> cancel{false};
  pagesift::nmhost::WorkContext context;
  context.cancel = &cancel;
  context.deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  Outcome outcome = !parsed.ok()                  ? Outcome::BadRequest(parsed)
                    : request.type == "extract"   ? pagesift::nmhost::HandleExtract(request, context)
                    : request.type == "ping"      ? Outcome::Success(pagesift::nmhost::PingResult())
                                                  : Outcome::Error(pagesift::nmhost::kBadRequest, "not fuzzed");
  if (!parsed.ok()) FUZZ_CHECK(!outcome.ok() && outcome.code() == pagesift::nmhost::kBadRequest);

  json id = request.id;
  std::string wire;
  FUZZ_CHECK(pagesift::nmhost::AppendReplyFrames(std::move(outcome).ToReply(id), &wire).ok());
  json reply = Reassemble(wire);
  FUZZ_CHECK(reply["id"] == id);
  FUZZ_CHECK(reply["ok"].is_boolean());
  return 0;
}
