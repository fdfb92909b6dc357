// Reads the install records that installer/install.sh keeps, so that the doctor can tell a
// manifest that was installed and then lost from one that was never installed.
#ifndef PAGESIFT_DOCTOR_INSTALL_RECORD_H_
#define PAGESIFT_DOCTOR_INSTALL_RECORD_H_

#include <filesystem>
#include <string>
#include <vector>

#include "doctor/browsers.h"

namespace pagesift::doctor {

struct RecordedManifest {
  std::string browser;         // "chrome"
  std::filesystem::path file;  // real path (a system record's paths under env.root)
  Scope scope = Scope::kUser;
};

// The manifests listed in the per-user record ($XDG_DATA_HOME/pagesift/install-record)
// and the system one (/var/lib/pagesift/install-record under env.root). The record is
// lines of KIND<TAB>BROWSER<TAB>PATH; other kinds and malformed lines are skipped, and
// at most 1 MiB of each record is read. Missing records yield nothing.
std::vector<RecordedManifest> ReadInstallRecords(const Environment& env);

}  // namespace pagesift::doctor

#endif  // PAGESIFT_DOCTOR_INSTALL_RECORD_H_
