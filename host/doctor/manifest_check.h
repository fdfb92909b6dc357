// Checks one native-messaging host manifest the way a browser reads it, and says what is
// wrong in words a user can act on.
#ifndef PAGESIFT_DOCTOR_MANIFEST_CHECK_H_
#define PAGESIFT_DOCTOR_MANIFEST_CHECK_H_

#include <filesystem>
#include <string>
#include <vector>

#include "doctor/browsers.h"
#include "doctor/finding.h"

namespace pagesift::doctor {

// What the manifest must say, and how to fix it when it does not.
struct ManifestExpectation {
  const Browser* browser = nullptr;
  Scope scope = Scope::kUser;     // a system manifest's "path" is looked up under env.root
  std::string extension_id;       // the pinned Chromium extension ID ("" when unknown)
  std::string reinstall_command;  // e.g. "install.sh --user --browser chrome"
};

struct ManifestCheck {
  // Every problem found, or one Ok finding when there is none.
  std::vector<Finding> findings;
  // The host program to start for the live check (already under env.root for a system
  // manifest); empty when the manifest does not name a usable program.
  std::filesystem::path host_program;
};

// Reads `file` (at most 1 MiB of it: a manifest is a few hundred bytes) and checks that
// it parses, names org.pagesift.host with a description and type "stdio", that its
// "path" is an absolute path to an executable file, and that it lets pagesift's extension
// in (allowed_origins for Chromium, allowed_extensions for Firefox).
ManifestCheck CheckManifest(const std::filesystem::path& file, const ManifestExpectation& expect,
                            const Environment& env);

}  // namespace pagesift::doctor

#endif  // PAGESIFT_DOCTOR_MANIFEST_CHECK_H_
