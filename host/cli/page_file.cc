#include "cli/page_file.h"

#include <zlib.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

namespace pagesift::cli {
namespace {

Status TooLarge(std::string_view path, size_t max_bytes) {
  return Status(ErrorCode::kInputTooLarge,
                std::string(path) + " is larger than the " + std::to_string(max_bytes) + "-byte limit");
}

Status ReadAll(std::FILE* f, std::string_view path, size_t max_bytes, std::string* bytes) {
  char buffer[1 << 16];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) {
    if (bytes->size() + n > max_bytes) return TooLarge(path, max_bytes);
    bytes->append(buffer, n);
  }
  if (std::ferror(f)) return Status(ErrorCode::kIoError, "cannot read " + std::string(path));
  return Status::Ok();
}

Status Gunzip(std::string_view path, size_t max_bytes, std::string* bytes) {
  std::string out;
  z_stream z{};
  if (inflateInit2(&z, 15 + 32) != Z_OK) return Status(ErrorCode::kInternal, "zlib failed to start");
  z.next_in = reinterpret_cast<Bytef*>(bytes->data());
  z.avail_in = static_cast<uInt>(bytes->size());
  char buffer[1 << 16];
  int rc = Z_OK;
  while (rc != Z_STREAM_END) {
    z.next_out = reinterpret_cast<Bytef*>(buffer);
    z.avail_out = sizeof buffer;
    rc = inflate(&z, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END) break;
    out.append(buffer, sizeof buffer - z.avail_out);
    if (out.size() > max_bytes) {
      inflateEnd(&z);
      return TooLarge(path, max_bytes);
    }
    if (rc == Z_OK && z.avail_in == 0 && z.avail_out != 0) break;  // truncated stream
  }
  inflateEnd(&z);
  if (rc != Z_STREAM_END && out.empty()) {
    return Status(ErrorCode::kInvalidArgument, std::string(path) + " is not a valid gzip file");
  }
  *bytes = std::move(out);  // a truncated stream keeps what it held, as a browser would
  return Status::Ok();
}

}  // namespace

Status ReadPageFile(std::string_view path, size_t max_bytes, std::string* bytes) {
  bytes->clear();
  Status status;
  if (path == "-") {
    status = ReadAll(stdin, "standard input", max_bytes + 1, bytes);
  } else {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(std::string(path).c_str(), "rb"), std::fclose);
    if (!f) {
      return Status(ErrorCode::kNotFound, "cannot open " + std::string(path) + ": " + std::strerror(errno));
    }
    // Sized up front: a string grown by doubling holds up to twice the page.
    std::error_code error;
    const auto size = std::filesystem::file_size(std::string(path), error);
    if (!error && size <= max_bytes) bytes->reserve(size);
    // Compressed input may grow up to max_bytes once inflated; read the
    // compressed bytes with the same bound.
    status = ReadAll(f.get(), path, max_bytes + 1, bytes);
  }
  if (!status.ok()) return status;
  if (bytes->size() >= 2 && static_cast<unsigned char>((*bytes)[0]) == 0x1f &&
      static_cast<unsigned char>((*bytes)[1]) == 0x8b) {
    return Gunzip(path, max_bytes, bytes);
  }
  if (bytes->size() > max_bytes) return TooLarge(path, max_bytes);
  return Status::Ok();
}

}  // namespace pagesift::cli
