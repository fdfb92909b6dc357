#include "library/image_types.h"

#include <cstdint>

namespace pagesift::library {
namespace {

uint32_t LittleEndian32(std::string_view b, size_t at) {
  uint32_t v = 0;
  for (size_t i = 4; i-- > 0;) v = (v << 8) | static_cast<unsigned char>(b[at + i]);
  return v;
}

uint32_t BigEndian32(std::string_view b, size_t at) {
  uint32_t v = 0;
  for (size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(b[at + i]);
  return v;
}

// ISO-BMFF: a first box "ftyp" whose major or compatible brands name AVIF.
bool IsAvif(std::string_view b) {
  if (b.size() < 16 || b.substr(4, 4) != "ftyp") return false;
  size_t box = BigEndian32(b, 0);
  if (box < 16 || box > b.size() || box % 4 != 0) return false;
  for (size_t at = 8; at + 4 <= box; at += 4) {
    if (at == 12) continue;  // the minor version, not a brand
    std::string_view brand = b.substr(at, 4);
    if (brand == "avif" || brand == "avis") return true;
  }
  return false;
}

// "BM", the file size, then a DIB header of one of the sizes Windows and
// OS/2 defined: two letters alone would let any text starting "BM" through.
bool IsBmp(std::string_view b) {
  if (b.size() < 26 || b.substr(0, 2) != "BM") return false;
  uint32_t header = LittleEndian32(b, 14);
  bool known = header == 12 || header == 40 || header == 52 || header == 56 || header == 64 ||
               header == 108 || header == 124;
  return known && LittleEndian32(b, 2) <= b.size() && LittleEndian32(b, 10) < b.size();
}

}  // namespace

std::string_view SniffRasterImage(std::string_view b) {
  if (b.starts_with("\x89PNG\r\n\x1a\n") && b.size() >= 16 && b.substr(12, 4) == "IHDR") return "png";
  if (b.starts_with("\xFF\xD8\xFF")) return "jpg";
  if ((b.starts_with("GIF87a") || b.starts_with("GIF89a")) && b.size() >= 13) return "gif";
  if (b.size() >= 16 && b.starts_with("RIFF") && b.substr(8, 4) == "WEBP" && b.substr(12, 3) == "VP8") return "webp";
  if (IsAvif(b)) return "avif";
  if (IsBmp(b)) return "bmp";
  return {};
}

}  // namespace pagesift::library
