// Request: one message from the browser, parsed and checked.
//
// A request is a JSON object {"id": string|number, "type": string, ...}. The
// payload is hostile: it is parsed with bounds on nesting and on the number
// of values (a 64 MiB frame of "[[[[" must not become gigabytes of tree), and
// every problem is reported as a message naming the field at fault, which the
// host answers with the "bad_request" error code.
#ifndef PAGESIFT_NMHOST_REQUEST_H_
#define PAGESIFT_NMHOST_REQUEST_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "pagesift/status.h"

namespace pagesift::nmhost {

// Limits on a request's JSON, far above what any real request needs.
inline constexpr size_t kMaxJsonDepth = 64;
inline constexpr size_t kMaxJsonValues = size_t{1} << 20;
// An id is echoed in every reply and chunk frame, so it must stay small.
inline constexpr size_t kMaxIdBytes = 256;

struct Request {
  nlohmann::json id;       // a string or a number; null when the request had no valid id
  std::string type;
  nlohmann::json message;  // the whole request object, for the handler's fields
};

// Parses one frame's payload. On success fills *request. On failure returns
// kInvalidArgument with the problem, and still sets request->id when the
// payload carried a valid id, so that the error reply can name it.
Status ParseRequest(std::string_view payload, Request* request);

// The key under which a request is tracked while in flight: the id's JSON
// text, so that the id "1" and the id 1 stay distinct.
std::string IdKey(const nlohmann::json& id);

// Checks an id given inside a message (cancel's "target") as ParseRequest
// checks a request's own id.
Status CheckId(const nlohmann::json& id, std::string_view field);

// Field readers for handlers. Each returns kInvalidArgument naming the field
// when it is of the wrong type (or, for Required*, missing), and leaves *out
// alone when an optional field is absent or null. Strings are moved out of
// the message: a page's HTML can be 64 MiB, and is not worth a second copy.
Status TakeRequiredString(nlohmann::json* message, std::string_view field, std::string* out);
Status TakeOptionalString(nlohmann::json* message, std::string_view field, std::string* out);
Status ReadOptionalBool(const nlohmann::json& message, std::string_view field, bool* out);

}  // namespace pagesift::nmhost

#endif  // PAGESIFT_NMHOST_REQUEST_H_
