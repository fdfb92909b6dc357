// Logger: the host's diagnostics, one line each.
//
// stdout belongs to the frames, so the log goes to stderr (Firefox shows each
// line in the Browser Console; Chromium passes its own stderr on) and, when
// asked, to a file under the user's state directory. Thread-safe. Logging
// never blocks the host for long and never fails it: a line that cannot be
// written is dropped.
#ifndef PAGESIFT_NMHOST_LOGGER_H_
#define PAGESIFT_NMHOST_LOGGER_H_

#include <mutex>
#include <string>
#include <string_view>

#include "pagesift/status.h"

namespace pagesift::nmhost {

class Logger {
 public:
  explicit Logger(int stderr_fd);
  ~Logger();

  Logger(const Logger&) = delete;
  Logger& operator=(const Logger&) = delete;

  // Also appends every line to `path`, creating its folder. A file already
  // over 1 MiB is moved aside to PATH.1 first, so the log never grows
  // without bound across sessions.
  Status OpenFile(const std::string& path);

  // Writes "pagesift-host: <UTC time> <message>". Control characters in the
  // message are replaced, so that one log line stays one line.
  void Log(std::string_view message);

 private:
  std::mutex mutex_;
  const int stderr_fd_;
  int file_fd_ = -1;
};

}  // namespace pagesift::nmhost

#endif  // PAGESIFT_NMHOST_LOGGER_H_
