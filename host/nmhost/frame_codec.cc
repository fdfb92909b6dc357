#include "nmhost/frame_codec.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace pagesift::nmhost {

Status AppendFrame(std::string_view payload, size_t max_payload_bytes, std::string* out) {
  if (payload.size() > max_payload_bytes) {
    return Status(ErrorCode::kInternal,
                  "refusing to write a frame of " + std::to_string(payload.size()) +
                      " bytes, over the " + std::to_string(max_payload_bytes) + "-byte cap");
  }
  // The browser reads the length in its own byte order, which is ours.
  const auto length = static_cast<uint32_t>(payload.size());
  char prefix[kLengthPrefixBytes];
  std::memcpy(prefix, &length, sizeof prefix);
  out->append(prefix, sizeof prefix);
  out->append(payload);
  return Status::Ok();
}

FrameReader::FrameReader(size_t max_payload_bytes) : max_payload_bytes_(max_payload_bytes) {}

size_t FrameReader::TakePrefix(std::string_view bytes) {
  const size_t n = std::min(bytes.size(), kLengthPrefixBytes - prefix_filled_);
  std::memcpy(prefix_ + prefix_filled_, bytes.data(), n);
  prefix_filled_ += n;
  return n;
}

Status FrameReader::Append(std::string_view bytes, std::vector<std::string>* frames) {
  if (!error_.ok()) return error_;
  while (!bytes.empty() || (have_length_ && payload_.size() == expected_)) {
    if (!have_length_) {
      bytes.remove_prefix(TakePrefix(bytes));
      if (prefix_filled_ < kLengthPrefixBytes) break;
      uint32_t length = 0;
      std::memcpy(&length, prefix_, sizeof length);
      if (length > max_payload_bytes_) {
        error_ = Status(ErrorCode::kInputTooLarge,
                        "a request frame announces " + std::to_string(length) +
                            " bytes, over the " + std::to_string(max_payload_bytes_) +
                            "-byte limit");
        return error_;
      }
      have_length_ = true;
      expected_ = length;
      // Reserving the announced size up front avoids copies while the payload
      // grows; it is bounded by the cap, and untouched pages cost nothing.
      payload_.reserve(expected_);
    }
    const size_t n = std::min(bytes.size(), expected_ - payload_.size());
    payload_.append(bytes.data(), n);
    bytes.remove_prefix(n);
    if (payload_.size() < expected_) break;
    frames->push_back(std::move(payload_));
    payload_ = std::string();
    have_length_ = false;
    prefix_filled_ = 0;
    expected_ = 0;
  }
  return Status::Ok();
}

bool FrameReader::InsideFrame() const { return prefix_filled_ > 0; }

size_t FrameReader::received_bytes() const {
  return have_length_ ? kLengthPrefixBytes + payload_.size() : prefix_filled_;
}

}  // namespace pagesift::nmhost
