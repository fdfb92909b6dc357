#include "nmhost/host_options.h"

#include <algorithm>
#include <charconv>

namespace pagesift::nmhost {
namespace {

// Beyond ten minutes a request is stuck, not slow; the cap keeps a typo from
// disabling the deadline.
constexpr uint64_t kMaxDeadlineMs = 600'000;
constexpr uint64_t kMaxInFlight = 1024;

// Parses a whole decimal number in [1, max].
std::optional<uint64_t> ParseCount(std::string_view text, uint64_t max) {
  uint64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value == 0 || value > max) {
    return std::nullopt;
  }
  return value;
}

class OptionParser {
 public:
  OptionParser(const EnvironmentLookup& environment, HostOptions* options)
      : environment_(environment), options_(options) {}

  void ApplyEnvironment() {
    if (auto v = environment_("PAGESIFT_DEADLINE_MS")) SetDeadline(*v, "PAGESIFT_DEADLINE_MS");
    if (auto v = environment_("PAGESIFT_MAX_IN_FLIGHT")) {
      SetMaxInFlight(*v, "PAGESIFT_MAX_IN_FLIGHT");
    }
    if (auto v = environment_("PAGESIFT_LOG_FILE"); v && !v->empty() && *v != "0") {
      SetLogFile(*v == "1" ? std::string_view() : std::string_view(*v));
    }
  }

  void ApplyArgument(std::string_view arg) {
    if (!arg.starts_with("--")) {
      options_->positional.push_back(arg);
      return;
    }
    const size_t equals = arg.find('=');
    const std::string_view name = arg.substr(0, equals);
    const bool has_value = equals != arg.npos;
    const std::string_view value = has_value ? arg.substr(equals + 1) : std::string_view();
    if (name == "--deadline-ms") {
      SetDeadline(value, name);
    } else if (name == "--max-in-flight") {
      SetMaxInFlight(value, name);
    } else if (name == "--log-file") {
      SetLogFile(value);
    } else if (name == "--enable-debug-requests") {
      options_->debug_requests = true;
    } else if (name == "--help" || name == "-h") {
      options_->show_help = true;
    } else if (name == "--version") {
      options_->show_version = true;
    } else if (name != "--parent-window") {  // Chromium's, on Windows: nothing to do
      options_->warnings.push_back("ignoring unknown option " + std::string(arg));
    }
  }

 private:
  void SetDeadline(std::string_view value, std::string_view source) {
    if (auto ms = ParseCount(value, kMaxDeadlineMs)) {
      options_->deadline = std::chrono::milliseconds(*ms);
    } else {
      Warn(source, value, "a number of milliseconds from 1 to " + std::to_string(kMaxDeadlineMs));
    }
  }

  void SetMaxInFlight(std::string_view value, std::string_view source) {
    if (auto n = ParseCount(value, kMaxInFlight)) {
      options_->max_in_flight = *n;
    } else {
      Warn(source, value, "a count from 1 to " + std::to_string(kMaxInFlight));
    }
  }

  void SetLogFile(std::string_view path) {
    options_->log_file = path.empty() ? DefaultLogPath(environment_) : std::string(path);
    if (options_->log_file.empty()) {
      options_->warnings.push_back(
          "no log file: neither XDG_STATE_HOME nor HOME is set, and no path was given");
    }
  }

  void Warn(std::string_view source, std::string_view value, const std::string& expected) {
    options_->warnings.push_back("ignoring " + std::string(source) + "='" + std::string(value) +
                                 "': expected " + expected);
  }

  const EnvironmentLookup& environment_;
  HostOptions* options_;
};

}  // namespace

HostOptions ParseHostOptions(std::span<const std::string_view> arguments,
                             const EnvironmentLookup& environment, unsigned cores) {
  HostOptions options;
  const size_t usable_cores = std::max(1u, cores);
  options.worker_threads = std::max<size_t>(2, usable_cores);
  options.max_in_flight = 2 * usable_cores + 2;
  OptionParser parser(environment, &options);
  parser.ApplyEnvironment();  // flags, applied after, take precedence
  for (const std::string_view arg : arguments) parser.ApplyArgument(arg);
  return options;
}

std::string DefaultLogPath(const EnvironmentLookup& environment) {
  if (auto state = environment("XDG_STATE_HOME"); state && state->starts_with('/')) {
    return *state + "/pagesift/host.log";
  }
  if (auto home = environment("HOME"); home && !home->empty()) {
    return *home + "/.local/state/pagesift/host.log";
  }
  return {};
}

std::string_view HostUsage() {
  return "usage: pagesift-host [OPTIONS] [BROWSER ARGUMENTS]\n"
         "\n"
         "The pagesift native-messaging host. A browser starts it and talks to it\n"
         "over stdin and stdout (see docs/protocol.md); it is not meant to be run\n"
         "by hand, except to test it. Started by a browser, it serves only\n"
         "pagesift's extension (its pinned ID, or the Firefox add-on ID) and\n"
         "answers any other caller with one \"caller_not_allowed\" error.\n"
         "\n"
         "options (each also read from the environment variable named after it):\n"
         "  --deadline-ms=N        answer \"timeout\" to a request after N ms\n"
         "                         (PAGESIFT_DEADLINE_MS, default 10000)\n"
         "  --max-in-flight=N      answer \"busy\" past N requests at work\n"
         "                         (PAGESIFT_MAX_IN_FLIGHT, default 2 x cores + 2)\n"
         "  --log-file[=PATH]      also log to PATH (PAGESIFT_LOG_FILE=1 or PATH;\n"
         "                         default $XDG_STATE_HOME/pagesift/host.log)\n"
         "  --enable-debug-requests  serve debug_sleep, for the protocol tests\n"
         "  --help, --version\n";
}

}  // namespace pagesift::nmhost
