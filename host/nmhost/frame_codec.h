// Frame codec: the native-messaging wire format.
//
// Each message, in both directions, is a 32-bit unsigned length in the
// machine's byte order followed by that many bytes of UTF-8 JSON. The two
// directions have different caps: the browser sends at most 64 MiB (Chromium's
// limit), and kills the port when the host sends one frame over 1 MiB.
//
//   FrameReader reader(kMaxRequestBytes);
//   std::vector<std::string> frames;
//   Status s = reader.Append(bytes_from_stdin, &frames);   // 0..n whole frames
//   if (!s.ok()) ...  // a length prefix over the cap: answer, then close
#ifndef PAGESIFT_NMHOST_FRAME_CODEC_H_
#define PAGESIFT_NMHOST_FRAME_CODEC_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pagesift/status.h"

namespace pagesift::nmhost {

// Largest request payload the host accepts (browser to host).
inline constexpr size_t kMaxRequestBytes = size_t{64} << 20;

// Largest payload of one frame the host writes (host to browser). Both
// Chromium and Firefox accept exactly 1,048,576 bytes and close the port
// beyond it, so every reply larger than this is chunked (see chunker.h).
inline constexpr size_t kMaxFrameBytes = size_t{1} << 20;

inline constexpr size_t kLengthPrefixBytes = sizeof(uint32_t);

// Appends the length prefix and payload of one frame to *out. Refuses, with
// kInternal and nothing appended, a payload larger than max_payload_bytes:
// writing it would make the browser drop the connection.
Status AppendFrame(std::string_view payload, size_t max_payload_bytes, std::string* out);

// Cuts a byte stream into frames. Bytes may arrive in pieces of any size,
// including pieces that split a length prefix.
class FrameReader {
 public:
  explicit FrameReader(size_t max_payload_bytes);

  FrameReader(const FrameReader&) = delete;
  FrameReader& operator=(const FrameReader&) = delete;

  // Consumes all of `bytes`, appending each completed payload to *frames.
  // Returns kInputTooLarge as soon as a length prefix exceeds the cap; the
  // frames completed before it are still appended, and every later call
  // returns the same error (the stream cannot be resynchronised).
  Status Append(std::string_view bytes, std::vector<std::string>* frames);

  // True when a frame has been started (some of its prefix or payload has
  // arrived) but not completed: at end of input, the frame was truncated.
  bool InsideFrame() const;

  // How many bytes of the current frame have arrived (prefix included), and
  // how many payload bytes its prefix announced (0 until the prefix is whole).
  size_t received_bytes() const;
  size_t expected_bytes() const { return expected_; }

 private:
  // Copies prefix bytes from `bytes`, returning how many it took.
  size_t TakePrefix(std::string_view bytes);

  const size_t max_payload_bytes_;
  char prefix_[kLengthPrefixBytes] = {};
  size_t prefix_filled_ = 0;
  bool have_length_ = false;
  size_t expected_ = 0;
  std::string payload_;
  Status error_;
};

}  // namespace pagesift::nmhost

#endif  // PAGESIFT_NMHOST_FRAME_CODEC_H_
