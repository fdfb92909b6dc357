#include "doctor/doctor.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "doctor/extension_id.h"
#include "doctor/install_record.h"
#include "doctor/live_check.h"
#include "doctor/manifest_check.h"
#include "doctor/sandbox_check.h"

namespace pagesift::doctor {

namespace fs = std::filesystem;

namespace {

bool Exists(const fs::path& p) {
  std::error_code ec;
  return fs::exists(fs::symlink_status(p, ec));
}

// A host program to start once, for every browser whose manifest names it.
struct LiveTarget {
  fs::path program;
  Family family;
  fs::path manifest;  // Firefox passes it as argv[1]
  std::string browsers;
};

void AddLiveTarget(const fs::path& program, Family family, const fs::path& manifest,
                   std::string_view browser, std::vector<LiveTarget>* targets) {
  for (LiveTarget& t : *targets) {
    if (t.program == program && t.family == family) {
      // Built by appending: GCC 12 at -O3 misreads `"," + std::string(...)`
      // as an overlapping copy (-Wrestrict) and -Werror would stop a Release build.
      std::string listed = ",";
      listed.append(t.browsers).append(",");
      std::string needle = ",";
      needle.append(browser).append(",");
      if (listed.find(needle) == std::string::npos) t.browsers.append(",").append(browser);
      return;
    }
  }
  targets->push_back({program, family, manifest, std::string(browser)});
}

std::string ReinstallCommand(const Browser& browser, Scope scope, bool in_standard_folder,
                             const fs::path& folder) {
  const std::string name(browser.name);
  if (!in_standard_folder) {
    return "install.sh --manifest-dir '" + folder.string() + "' --browser " + name;
  }
  if (scope == Scope::kSystem) {
    return "sudo install.sh --system --browser " + name + " (or reinstall the pagesift package)";
  }
  return "install.sh --user --browser " + name;
}

// Checks one browser; adds the host programs its valid manifests name to *targets.
class BrowserCheck {
 public:
  BrowserCheck(const Browser& browser, const DoctorOptions& options,
               const std::vector<RecordedManifest>& records)
      : browser_(browser), options_(options), records_(records) {}

  std::vector<Finding> Run(bool requested, std::vector<LiveTarget>* targets) {
    std::vector<Finding> sandboxes = CheckSandboxedInstalls(browser_, options_.env);
    FindManifests();
    const bool present = requested || ProgramInstalled() || !sandboxes.empty() || !found_.empty() ||
                         !missing_recorded_.empty();
    if (!present) {
      return {Note(Name(), std::string(browser_.display_name) + " not found: skipped")};
    }
    std::vector<Finding> findings;
    for (const fs::path& file : missing_recorded_) {
      findings.push_back(Problem(Name(),
                                 "manifest " + file.string() + " was installed but is missing",
                                 "run " + Reinstall(file) + " to write it again"));
    }
    if (found_.empty() && missing_recorded_.empty()) findings.push_back(NoManifest());
    for (const Found& f : found_) {
      ManifestExpectation expect{&browser_, f.scope, options_.extension_id, Reinstall(f.file)};
      ManifestCheck check = CheckManifest(f.file, expect, options_.env);
      findings.insert(findings.end(), check.findings.begin(), check.findings.end());
      if (!check.host_program.empty()) {
        AddLiveTarget(check.host_program, browser_.family, f.file, browser_.name, targets);
      }
    }
    findings.insert(findings.end(), sandboxes.begin(), sandboxes.end());
    return findings;
  }

 private:
  struct Found {
    fs::path file;
    Scope scope;
  };

  std::string Name() const { return std::string(browser_.name); }

  bool IsStandardFolder(const fs::path& folder) const {
    for (Scope scope : {Scope::kUser, Scope::kSystem}) {
      for (const fs::path& f : ManifestFolders(browser_, scope, options_.env)) {
        if (f == folder) return true;
      }
    }
    return false;
  }

  std::string Reinstall(const fs::path& file) const {
    const fs::path folder = file.parent_path();
    const Scope scope = IsSystemFolder(folder) ? Scope::kSystem : Scope::kUser;
    return ReinstallCommand(browser_, scope, IsStandardFolder(folder), folder);
  }

  bool IsSystemFolder(const fs::path& folder) const {
    for (const fs::path& f : ManifestFolders(browser_, Scope::kSystem, options_.env)) {
      if (f == folder) return true;
    }
    return false;
  }

  // Manifests in the folders the browser reads, then those install.sh wrote elsewhere
  // (with --manifest-dir), and the recorded ones that are gone.
  void FindManifests() {
    for (Scope scope : {Scope::kUser, Scope::kSystem}) {
      for (const fs::path& folder : ManifestFolders(browser_, scope, options_.env)) {
        fs::path file = folder / kManifestFileName;
        if (Exists(file)) found_.push_back({file, scope});
      }
    }
    for (const RecordedManifest& r : records_) {
      if (r.browser != browser_.name) continue;
      const bool seen = std::any_of(found_.begin(), found_.end(),
                                    [&](const Found& f) { return f.file == r.file; });
      if (seen) continue;
      if (Exists(r.file)) {
        found_.push_back({r.file, r.scope});
      } else if (std::find(missing_recorded_.begin(), missing_recorded_.end(), r.file) ==
                 missing_recorded_.end()) {
        missing_recorded_.push_back(r.file);
      }
    }
  }

  bool ProgramInstalled() const {
    return std::any_of(browser_.programs.begin(), browser_.programs.end(),
                       [&](std::string_view p) { return Exists(options_.env.UnderRoot(p)); });
  }

  Finding NoManifest() const {
    std::string folders;
    for (Scope scope : {Scope::kUser, Scope::kSystem}) {
      for (const fs::path& f : ManifestFolders(browser_, scope, options_.env)) {
        folders += (folders.empty() ? "" : ", ") + f.string();
      }
    }
    if (folders.empty()) {
      return Problem(Name(),
                     "pagesift does not know where " + std::string(browser_.display_name) +
                         " looks for manifests on this system",
                     "install with install.sh --manifest-dir DIR --browser " + Name() +
                         ", DIR being the browser's NativeMessagingHosts folder");
    }
    return Problem(Name(),
                   "no " + std::string(kManifestFileName) + " in any folder " +
                       std::string(browser_.display_name) + " reads (" + folders + ")",
                   "run install.sh --user --browser " + Name());
  }

  const Browser& browser_;
  const DoctorOptions& options_;
  const std::vector<RecordedManifest>& records_;
  std::vector<Found> found_;
  std::vector<fs::path> missing_recorded_;
};

}  // namespace

Environment EnvironmentFromProcess() {
  Environment env;
  const char* home = std::getenv("HOME");
  env.home = home != nullptr ? home : "";
  const char* data_home = std::getenv("XDG_DATA_HOME");
  env.data_home =
      data_home != nullptr && *data_home != '\0' ? fs::path(data_home) : env.home / ".local/share";
#ifdef __APPLE__
  env.os = Os::kMacOs;
#else
  env.os = Os::kLinux;
#endif
  return env;
}

std::string_view PinnedExtensionId() { return PAGESIFT_PINNED_EXTENSION_ID; }

std::vector<Finding> RunDoctor(const DoctorOptions& options) {
  const std::vector<RecordedManifest> records = ReadInstallRecords(options.env);
  std::vector<Finding> findings;
  std::vector<LiveTarget> targets;
  for (const Browser& browser : AllBrowsers()) {
    const bool requested = std::find(options.browsers.begin(), options.browsers.end(),
                                     browser.name) != options.browsers.end();
    if (!options.browsers.empty() && !requested) continue;
    std::vector<Finding> found = BrowserCheck(browser, options, records).Run(requested, &targets);
    findings.insert(findings.end(), found.begin(), found.end());
  }
  if (!options.live_check) return findings;
  for (const LiveTarget& t : targets) {
    LiveCheckOptions live;
    live.program = t.program;
    live.family = t.family;
    live.extension_id = options.extension_id;
    live.manifest = t.manifest;
    live.browsers = t.browsers;
    live.answer_timeout = options.answer_timeout;
    std::vector<Finding> found = CheckHostAnswersHello(live);
    findings.insert(findings.end(), found.begin(), found.end());
  }
  return findings;
}

}  // namespace pagesift::doctor
