// Snap and Flatpak installs of a browser. Sandboxed, they cannot start a host installed
// the usual way; each needs its own workaround, which the doctor spells out.
#ifndef PAGESIFT_DOCTOR_SANDBOX_CHECK_H_
#define PAGESIFT_DOCTOR_SANDBOX_CHECK_H_

#include <vector>

#include "doctor/browsers.h"
#include "doctor/finding.h"

namespace pagesift::doctor {

// One finding for each sandboxed install of `browser`: a problem for snap Chromium-based
// browsers (a snap cannot start hosts outside its sandbox) and for every Flatpak (it
// needs a flatpak-spawn wrapper and a permission override); a note for snap Firefox
// (it asks through the WebExtensions portal). Looks in /snap/bin and
// /var/lib/snapd/snap/bin, asks `snap list` when snapd is installed (on a real root
// only), and looks for the Flatpak app in the system and per-user installations.
std::vector<Finding> CheckSandboxedInstalls(const Browser& browser, const Environment& env);

}  // namespace pagesift::doctor

#endif  // PAGESIFT_DOCTOR_SANDBOX_CHECK_H_
