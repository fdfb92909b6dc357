// pagesift doctor: checks, for every browser, that it can find, start and talk to
// pagesift's native host, and says how to fix what is wrong.
//
//   DoctorOptions options;
//   options.env = EnvironmentFromProcess();
//   options.extension_id = std::string(PinnedExtensionId());
//   for (const Finding& f : RunDoctor(options)) ...   // one line each
//
// For each browser: is a manifest where the browser looks (per user and system-wide),
// does it parse, does its "path" name an executable, does it let our extension in; is
// the browser a snap or a Flatpak. Then a live check per host program: start it as the
// browser would and exchange a hello.
#ifndef PAGESIFT_DOCTOR_DOCTOR_H_
#define PAGESIFT_DOCTOR_DOCTOR_H_

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "doctor/browsers.h"
#include "doctor/finding.h"

namespace pagesift::doctor {

struct DoctorOptions {
  Environment env;
  // Browsers to check, by install.sh's names. Empty: every browser that looks present
  // (its program, a snap or Flatpak, a manifest, or an install record says so).
  std::vector<std::string> browsers;
  // The pinned Chromium extension ID that allowed_origins must name.
  std::string extension_id;
  bool live_check = true;
  std::chrono::milliseconds answer_timeout{5000};
};

// HOME, XDG_DATA_HOME, root "/" and the OS this was built for.
Environment EnvironmentFromProcess();

// The extension ID this build was configured with (extension/EXTENSION_ID.txt at
// configure time), or "" when that file did not exist yet.
std::string_view PinnedExtensionId();

// Every finding, browser by browser, then the live checks. Never throws; a problem is
// always a Finding with its fix.
std::vector<Finding> RunDoctor(const DoctorOptions& options);

}  // namespace pagesift::doctor

#endif  // PAGESIFT_DOCTOR_DOCTOR_H_
