// The live check: starts the host as a browser would and exchanges a hello.
#ifndef PAGESIFT_DOCTOR_LIVE_CHECK_H_
#define PAGESIFT_DOCTOR_LIVE_CHECK_H_

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "doctor/browsers.h"
#include "doctor/finding.h"

namespace pagesift::doctor {

struct LiveCheckOptions {
  std::filesystem::path program;  // the host, as a manifest names it
  Family family = Family::kChromium;
  // The arguments a browser passes: Chromium the caller's origin (built from the
  // extension ID), Firefox the manifest's path and the add-on ID.
  std::string extension_id;
  std::filesystem::path manifest;
  std::string browsers;  // whom the findings concern, e.g. "chrome,chromium"
  std::chrono::milliseconds answer_timeout{5000};
  // Chromium kills a host about 2 s after closing its input; it should be gone by then.
  std::chrono::milliseconds exit_timeout{2000};
};

// Sends {"id":"doctor-hello","type":"hello"} in one frame and reads the reply frame. Ok
// when the host answers as pagesift (protocol 1) and exits once its input closes; else
// one problem saying what went wrong (no answer, text on stdout, a wrong reply, a host
// that outlives its input) and how to fix it.
std::vector<Finding> CheckHostAnswersHello(const LiveCheckOptions& options);

}  // namespace pagesift::doctor

#endif  // PAGESIFT_DOCTOR_LIVE_CHECK_H_
