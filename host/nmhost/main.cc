// pagesift-host: the native-messaging host the browser extension talks to.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "nmhost/caller.h"
#include "nmhost/host.h"
#include "nmhost/host_options.h"
#include "nmhost/logger.h"
#include "nmhost/reply.h"

namespace {

std::optional<std::string> LookupEnvironment(std::string_view name) {
  const char* value = std::getenv(std::string(name).c_str());
  if (value == nullptr) return std::nullopt;
  return std::string(value);
}

// Gives the frames a descriptor of their own and points fd 1 at stderr, so
// that a stray print from any library lands in the log instead of
// desynchronising the browser's stream. Returns the frames' descriptor, or -1.
int TakeStdoutForFrames() {
  const int frames_fd = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
  if (frames_fd < 0) return -1;
  if (::dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
    const int null_fd = ::open("/dev/null", O_WRONLY);
    if (null_fd >= 0 && null_fd != STDOUT_FILENO) {
      ::dup2(null_fd, STDOUT_FILENO);
      ::close(null_fd);
    }
  }
  return frames_fd;
}

// Writes all of `bytes` to `fd`; false when the descriptor fails.
bool WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

// Tells a caller that is not pagesift's extension why it gets nothing: one
// error reply (id null: no request was read), then the host exits.
int RefuseCaller(const pagesift::Status& problem, pagesift::nmhost::Logger* logger, int frames_fd) {
  using namespace pagesift::nmhost;
  logger->Log("refusing to serve: " + problem.message());
  std::string wire;
  AppendReplyFrames(Outcome::Error(kCallerNotAllowed, problem.message()).ToReply(nullptr), &wire);
  if (!WriteAll(frames_fd, wire)) logger->Log("cannot send the refusal: " + std::system_category().message(errno));
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace pagesift::nmhost;
  // A closed stdout must end the session through a write error, not kill it.
  std::signal(SIGPIPE, SIG_IGN);

  const std::vector<std::string_view> arguments(argv + 1, argv + argc);
  const HostOptions options =
      ParseHostOptions(arguments, LookupEnvironment, std::thread::hardware_concurrency());
  if (options.show_help) {
    std::cout << HostUsage();
    return 0;
  }
  if (options.show_version) {
    std::cout << "pagesift-host " << PAGESIFT_VERSION << "\n";
    return 0;
  }

  Logger logger(STDERR_FILENO);
  if (!options.log_file.empty()) {
    if (pagesift::Status s = logger.OpenFile(options.log_file); !s.ok()) logger.Log(s.ToString());
  }
  for (const std::string& warning : options.warnings) logger.Log(warning);

  const int frames_fd = TakeStdoutForFrames();
  if (frames_fd < 0) {
    logger.Log("cannot use stdout for frames: " + std::system_category().message(errno));
    return 1;
  }
  const Caller caller = IdentifyCaller(options.positional);
  logger.Log("pagesift-host " PAGESIFT_VERSION " started by " + DescribeCaller(caller) + "; deadline " +
             std::to_string(options.deadline.count()) + " ms, at most " +
             std::to_string(options.max_in_flight) + " requests at work on " +
             std::to_string(options.worker_threads) + " threads");
  if (pagesift::Status allowed = CheckCaller(caller, PinnedCallers()); !allowed.ok()) {
    return RefuseCaller(allowed, &logger, frames_fd);
  }

  Host host(options, PAGESIFT_VERSION, &logger, STDIN_FILENO, frames_fd);
  const HostExit exit = host.Run();
  if (exit.abandoned_requests > 0 || exit.warming_up) {
    // Work that ignores its cancel flag (or the warm-up, which has none)
    // cannot be stopped from outside its thread; ending the process is the
    // only way to keep the promise to exit promptly, and skipping
    // destructors avoids joining those threads.
    std::_Exit(exit.status);
  }
  return exit.status;
}
