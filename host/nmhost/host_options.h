// HostOptions: how the host is configured, from its flags and environment.
//
// The browser starts the host with its own arguments and never with ours, so
// settings come from the environment too, and nothing on the command line
// may stop the host from starting: an unknown flag or a bad value becomes a
// warning for the log, and the default stands.
//
//   flag                      environment               default
//   --deadline-ms=N           PAGESIFT_DEADLINE_MS      10000
//   --max-in-flight=N         PAGESIFT_MAX_IN_FLIGHT    2 x cores + 2
//   --log-file[=PATH]         PAGESIFT_LOG_FILE=1|PATH  off; PATH defaults to
//                                                       $XDG_STATE_HOME/pagesift/host.log
//   --enable-debug-requests                             off (protocol tests only)
//   --help, --version
#ifndef PAGESIFT_NMHOST_HOST_OPTIONS_H_
#define PAGESIFT_NMHOST_HOST_OPTIONS_H_

#include <chrono>
#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pagesift::nmhost {

struct HostOptions {
  std::chrono::milliseconds deadline{10'000};
  size_t max_in_flight = 0;      // requests at work at once; past it, "busy"
  size_t worker_threads = 0;     // the thread pool's size
  bool debug_requests = false;
  std::string log_file;          // empty: log to stderr only
  bool show_help = false;
  bool show_version = false;
  std::vector<std::string_view> positional;  // the browser's arguments
  std::vector<std::string> warnings;         // for the log, once it is open
};

// Looks up an environment variable; nullopt when unset.
using EnvironmentLookup = std::function<std::optional<std::string>(std::string_view)>;

// `arguments` excludes the program name and must outlive the result.
HostOptions ParseHostOptions(std::span<const std::string_view> arguments,
                             const EnvironmentLookup& environment, unsigned cores);

// The log file's default path under the user's state directory, or empty when
// neither XDG_STATE_HOME nor HOME is set.
std::string DefaultLogPath(const EnvironmentLookup& environment);

// The usage text for --help.
std::string_view HostUsage();

}  // namespace pagesift::nmhost

#endif  // PAGESIFT_NMHOST_HOST_OPTIONS_H_
