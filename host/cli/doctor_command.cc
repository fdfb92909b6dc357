// pagesift doctor: says whether each browser can find, start and talk to the native
// host, and how to fix what is wrong. One line per finding; exit status 1 when anything
// is wrong.
#include <charconv>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <string>
#include <string_view>

#include "cli/commands.h"
#include "doctor/browsers.h"
#include "doctor/doctor.h"

namespace pagesift::cli {

namespace {

namespace fs = std::filesystem;
using doctor::Finding;

constexpr std::string_view kUsage =
    "usage: pagesift doctor [--browser NAME]... [--extension-id ID] [--root DIR] [--no-live]\n"
    "\n"
    "Checks, for each browser, that its native-messaging manifest for org.pagesift.host is\n"
    "where the browser looks, parses, names an executable host and lets pagesift's\n"
    "extension in; whether the browser is a snap or a Flatpak; and starts the host to\n"
    "exchange a hello. Prints one line per finding, each problem with its fix; exits 1\n"
    "when anything is wrong.\n"
    "\n"
    "  --browser NAME      chrome, chromium, edge, brave, vivaldi or firefox; repeatable\n"
    "                      (default: every browser that looks installed)\n"
    "  --extension-id ID   the Chromium extension ID to expect (default: this build's)\n"
    "  --root DIR          look for system-wide files under DIR instead of /\n"
    "  --no-live           do not start the host\n"
    "  --timeout-ms N      how long the host may take to answer hello (default 5000)\n";

bool IsExtensionId(std::string_view id) {
  if (id.size() != 32) return false;
  for (char c : id) {
    if (c < 'a' || c > 'p') return false;
  }
  return true;
}

int UsageError(std::string_view message) {
  std::cerr << "pagesift doctor: " << message << "\n\n" << kUsage;
  return kExitUsage;
}

std::string_view KindLabel(Finding::Kind kind) {
  switch (kind) {
    case Finding::Kind::kOk:
      return "ok     ";
    case Finding::Kind::kNote:
      return "note   ";
    case Finding::Kind::kProblem:
      return "problem";
  }
  return "";
}

void Print(const Finding& f) {
  std::cout << KindLabel(f.kind) << " " << (f.browser.empty() ? "" : f.browser + ": ") << f.message;
  if (!f.fix.empty()) std::cout << "; fix: " << f.fix;
  std::cout << "\n";
}

}  // namespace

int RunDoctor(Args args) {
  doctor::DoctorOptions options;
  options.env = doctor::EnvironmentFromProcess();
  options.extension_id = std::string(doctor::PinnedExtensionId());
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    const bool has_value = i + 1 < args.size();
    if (arg == "--help" || arg == "-h") {
      std::cout << kUsage;
      return kExitOk;
    } else if (arg == "--no-live") {
      options.live_check = false;
    } else if (arg == "--browser" && has_value) {
      std::string_view name = args[++i];
      if (doctor::FindBrowser(name) == nullptr)
        return UsageError("unknown browser '" + std::string(name) + "'");
      options.browsers.emplace_back(name);
    } else if (arg == "--extension-id" && has_value) {
      options.extension_id = std::string(args[++i]);
      if (!IsExtensionId(options.extension_id)) {
        return UsageError("'" + options.extension_id +
                          "' is not an extension ID (32 letters a to p)");
      }
    } else if (arg == "--root" && has_value) {
      options.env.root = fs::path(args[++i]);
      if (!options.env.root.is_absolute()) return UsageError("--root needs an absolute path");
    } else if (arg == "--timeout-ms" && has_value) {
      std::string_view value = args[++i];
      int ms = 0;
      auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), ms);
      if (ec != std::errc() || end != value.data() + value.size() || ms <= 0) {
        return UsageError("--timeout-ms needs a positive number of milliseconds");
      }
      options.answer_timeout = std::chrono::milliseconds(ms);
    } else {
      return UsageError("unknown or incomplete option '" + std::string(arg) + "'");
    }
  }
  if (options.env.home.empty()) {
    std::cerr << "pagesift doctor: HOME is not set\n";
    return kExitFailure;
  }

  int problems = 0;
  for (const Finding& f : doctor::RunDoctor(options)) {
    Print(f);
    if (f.kind == Finding::Kind::kProblem) ++problems;
  }
  if (problems == 0) {
    std::cout << "pagesift doctor: no problems found\n";
    return kExitOk;
  }
  std::cout << "pagesift doctor: " << problems << (problems == 1 ? " problem" : " problems")
            << " found\n";
  return kExitFailure;
}

}  // namespace pagesift::cli
