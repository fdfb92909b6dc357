// Status: the outcome of an operation that can fail.
//
// pagesift never throws across its public API and never aborts on bad input.
// Every failure is a value with a stable machine-readable code (what the
// native-messaging protocol and the CLI report) and a message a user can act on.
//
//   pagesift::Status s = pagesift::Extract(bytes, options, &result);
//   if (!s.ok()) std::cerr << s.ToString() << "\n";   // "input_too_large: ..."
#ifndef PAGESIFT_STATUS_H_
#define PAGESIFT_STATUS_H_

#include <string>
#include <string_view>
#include <utility>

namespace pagesift {

enum class ErrorCode {
  kOk,
  kInvalidArgument,  // the caller's request is malformed
  kInputTooLarge,    // the input exceeds a documented limit
  kTooComplex,       // the input exceeds a structural limit (nodes, depth)
  kNotFound,
  kIoError,
  kTimeout,          // a deadline passed
  kCancelled,        // the caller asked to stop
  kBusy,             // too much work in flight; try again later
  kNotImplemented,
  kInternal,
};

// The wire name of a code, e.g. "input_too_large". Stable: clients match on it.
std::string_view ErrorCodeName(ErrorCode code);

class Status {
 public:
  Status() = default;  // OK
  Status(ErrorCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == ErrorCode::kOk; }
  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // "code_name: message", or "ok".
  std::string ToString() const;

 private:
  ErrorCode code_ = ErrorCode::kOk;
  std::string message_;
};

}  // namespace pagesift

#endif  // PAGESIFT_STATUS_H_
