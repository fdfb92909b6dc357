// The frame decoder against a plain reference: the input is cut into pieces
// (sizes taken from its first bytes) and fed to FrameReader, whose frames
// must be exactly what reading the stream in one go with the wire format
// gives, and whose cap must turn an oversize prefix into kInputTooLarge.
#include <cstddef>
#include <cstdint>
#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.h"
#include "nmhost/frame_codec.h"

namespace {

constexpr size_t kCap = 4096;

// The wire format read naively: prefix, payload, repeat.
void ReferenceFrames(std::string_view stream, std::vector<std::string>* frames, bool* too_large) {
  *too_large = false;
  while (stream.size() >= sizeof(uint32_t)) {
    uint32_t length = 0;
    std::memcpy(&length, stream.data(), sizeof length);
    if (length > kCap) {
      *too_large = true;
      return;
    }
    if (stream.size() - sizeof length < length) return;
    frames->emplace_back(stream.substr(sizeof length, length));
    stream.remove_prefix(sizeof length + length);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  size_t piece_count = data[0] % 8 + 1;
  if (size < 1 + piece_count) return 0;
  std::vector<size_t> pieces(data + 1, data + 1 + piece_count);
  std::string_view stream(reinterpret_cast<const char*>(data) + 1 + piece_count, size - 1 - piece_count);

  std::vector<std::string> expected;
  bool expect_too_large = false;
  ReferenceFrames(stream, &expected, &expect_too_large);

  pagesift::nmhost::FrameReader reader(kCap);
  std::vector<std::string> frames;
  pagesift::Status status;
  std::string_view rest = stream;
  for (size_t i = 0; !rest.empty(); ++i) {
    size_t n = std::min(rest.size(), pieces[i % pieces.size()] + 1);
    status = reader.Append(rest.substr(0, n), &frames);
    rest.remove_prefix(n);
    if (!status.ok()) break;
  }
  FUZZ_CHECK(frames == expected);
  FUZZ_CHECK(status.ok() != expect_too_large);
  if (!status.ok()) FUZZ_CHECK(status.code() == pagesift::ErrorCode::kInputTooLarge);

  // Every frame written back with AppendFrame reads the same again.
  std::string wire;
  for (const std::string& f : frames) FUZZ_CHECK(pagesift::nmhost::AppendFrame(f, kCap, &wire).ok());
  pagesift::nmhost::FrameReader again(kCap);
  std::vector<std::string> round_trip;
  FUZZ_CHECK(again.Append(wire, &round_trip).ok());
  FUZZ_CHECK(round_trip == frames);
  FUZZ_CHECK(!again.InsideFrame());
  return 0;
}
