#include "nmhost/chunker.h"

#include <algorithm>

namespace pagesift::nmhost {
namespace {

// The JSON string escaping is written here rather than taken from the JSON
// library because the chunker must know the escaped size of every slice
// before it cuts it; computing sizes and escaping with one definition keeps
// the two in agreement by construction.

// The longest escape of one byte: \u00XX.
constexpr size_t kMaxEscapedUnitBytes = 6;

size_t EscapedByteSize(unsigned char c) {
  switch (c) {
    case '"': case '\\': case '\b': case '\f': case '\n': case '\r': case '\t':
      return 2;
    default:
      return c < 0x20 ? kMaxEscapedUnitBytes : 1;
  }
}

void AppendEscaped(std::string_view text, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\b': out->append("\\b"); break;
      case '\f': out->append("\\f"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default:
        if (c < 0x20) {
          out->append("\\u00");
          out->push_back(kHex[c >> 4]);
          out->push_back(kHex[c & 0xF]);
        } else {
          out->push_back(ch);
        }
    }
  }
}

// Bytes in the UTF-8 sequence that starts with `lead`. A stray continuation
// or invalid byte counts as one, so that a slice always makes progress.
size_t SequenceLength(unsigned char lead) {
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  if (lead >= 0xE0) return lead <= 0xEF ? 3 : 1;
  if (lead >= 0xC2) return 2;
  return 1;
}

size_t DecimalDigits(size_t n) {
  size_t digits = 1;
  while (n >= 10) { n /= 10; ++digits; }
  return digits;
}

// Everything in a chunk frame except the escaped data, when index and count
// are written with at most `number_digits` digits each.
size_t EnvelopeBytes(std::string_view id_text, size_t number_digits) {
  return std::string_view(R"({"id":)").size() + id_text.size() +
         std::string_view(R"(,"chunk":{"index":)").size() + number_digits +
         std::string_view(R"(,"count":)").size() + number_digits +
         std::string_view(R"(},"data":")").size() + std::string_view(R"("})").size();
}

// Cuts `text` into the longest slices whose escaped size stays within
// `budget`, each ending on a code-point boundary.
std::vector<std::string_view> CutSlices(std::string_view text, size_t budget) {
  std::vector<std::string_view> slices;
  size_t start = 0;
  size_t escaped = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    const auto lead = static_cast<unsigned char>(text[pos]);
    const size_t length = std::min(SequenceLength(lead), text.size() - pos);
    const size_t unit = length == 1 ? EscapedByteSize(lead) : length;
    if (escaped + unit > budget) {
      slices.push_back(text.substr(start, pos - start));
      start = pos;
      escaped = 0;
    }
    escaped += unit;
    pos += length;
  }
  slices.push_back(text.substr(start));
  return slices;
}

std::string ChunkFrame(std::string_view id_text, size_t index, size_t count,
                       std::string_view slice) {
  std::string frame;
  frame.reserve(EnvelopeBytes(id_text, DecimalDigits(count)) + slice.size() * 2);
  frame.append(R"({"id":)").append(id_text);
  frame.append(R"(,"chunk":{"index":)").append(std::to_string(index));
  frame.append(R"(,"count":)").append(std::to_string(count));
  frame.append(R"(},"data":")");
  AppendEscaped(slice, &frame);
  frame.append(R"("})");
  return frame;
}

}  // namespace

Status SplitReply(const nlohmann::json& id, std::string_view reply_text, size_t max_frame_bytes,
                  std::vector<std::string>* frames) {
  frames->clear();
  if (reply_text.size() <= max_frame_bytes) {
    frames->emplace_back(reply_text);
    return Status::Ok();
  }
  const std::string id_text = id.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  // The envelope's size depends on how many digits the count has, and the
  // count on the room the envelope leaves: start with one digit and widen
  // until the count fits the width assumed.
  std::vector<std::string_view> slices;
  for (size_t digits = 1;; ++digits) {
    const size_t envelope = EnvelopeBytes(id_text, digits);
    if (max_frame_bytes < envelope + kMaxEscapedUnitBytes) {
      return Status(ErrorCode::kInternal,
                    "a frame cap of " + std::to_string(max_frame_bytes) +
                        " bytes leaves no room for chunk data");
    }
    slices = CutSlices(reply_text, max_frame_bytes - envelope);
    if (DecimalDigits(slices.size()) <= digits) break;
  }
  frames->reserve(slices.size());
  for (size_t i = 0; i < slices.size(); ++i) {
    frames->push_back(ChunkFrame(id_text, i, slices.size(), slices[i]));
  }
  return Status::Ok();
}

}  // namespace pagesift::nmhost
