#include "nmhost/logger.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>

namespace pagesift::nmhost {
namespace {

constexpr off_t kRotateBytes = off_t{1} << 20;
// How long a line may wait for a full stderr pipe before it is dropped.
constexpr int kWriteWaitMs = 50;

std::string UtcTimestamp() {
  const auto now = std::chrono::system_clock::now();
  const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
  const auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(
                          now.time_since_epoch()).count() % 1000;
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[64];  // room for any int the format could print
  std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900,
                utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec,
                static_cast<int>(millis));
  return text;
}

// Writes all of `text`, waiting briefly when the descriptor is non-blocking
// and full (stderr may share its file description with a non-blocking pipe).
void WriteAll(int fd, std::string_view text) {
  while (!text.empty()) {
    const ssize_t n = ::write(fd, text.data(), text.size());
    if (n > 0) {
      text.remove_prefix(static_cast<size_t>(n));
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      pollfd waiter{fd, POLLOUT, 0};
      if (::poll(&waiter, 1, kWriteWaitMs) > 0) continue;
    }
    return;
  }
}

}  // namespace

Logger::Logger(int stderr_fd) : stderr_fd_(stderr_fd) {}

Logger::~Logger() {
  if (file_fd_ >= 0) ::close(file_fd_);
}

Status Logger::OpenFile(const std::string& path) {
  const std::filesystem::path file(path);
  std::error_code error;
  if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), error);
  if (error) {
    return Status(ErrorCode::kIoError, "cannot create the log folder of " + path + ": " +
                                           error.message());
  }
  struct stat info{};
  if (::stat(path.c_str(), &info) == 0 && info.st_size > kRotateBytes) {
    std::filesystem::rename(file, path + ".1", error);
  }
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
  if (fd < 0) {
    return Status(ErrorCode::kIoError, "cannot open the log file " + path + ": " +
                                           std::system_category().message(errno));
  }
  std::lock_guard<std::mutex> lock(mutex_);
  if (file_fd_ >= 0) ::close(file_fd_);
  file_fd_ = fd;
  return Status::Ok();
}

void Logger::Log(std::string_view message) {
  std::string line = "pagesift-host: " + UtcTimestamp() + " ";
  for (const char c : message) {
    line.push_back(static_cast<unsigned char>(c) < 0x20 ? '?' : c);
  }
  line.push_back('\n');
  std::lock_guard<std::mutex> lock(mutex_);
  WriteAll(stderr_fd_, line);
  if (file_fd_ >= 0) WriteAll(file_fd_, line);
}

}  // namespace pagesift::nmhost
