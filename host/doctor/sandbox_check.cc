#include "doctor/sandbox_check.h"

#include <chrono>
#include <memory>
#include <string>
#include <system_error>

#include "doctor/host_process.h"

namespace pagesift::doctor {

namespace fs = std::filesystem;
using std::chrono::steady_clock;

namespace {

bool Exists(const fs::path& p) {
  std::error_code ec;
  return fs::exists(p, ec);
}

// `snap list NAME` succeeds only when that snap is installed. Asked only on a real root:
// under a test root, snapd's answer would be about another system.
bool SnapdListsSnap(const Environment& env, std::string_view name) {
  const fs::path snap = "/usr/bin/snap";
  if (env.root != "/" || !Exists(snap)) return false;
  std::unique_ptr<HostProcess> process;
  if (!HostProcess::Start(snap, {"list", std::string(name)}, &process).ok()) return false;
  process->CloseStdin();
  return process->WaitForExit(steady_clock::now() + std::chrono::seconds(5)) &&
         process->ExitStatus() == 0;
}

// Where the snap was seen, or "".
std::string FindSnap(const Browser& browser, const Environment& env) {
  if (browser.snap_name.empty()) return "";
  for (const char* bin : {"/snap/bin/", "/var/lib/snapd/snap/bin/"}) {
    fs::path launcher = env.UnderRoot(std::string(bin) + std::string(browser.snap_name));
    if (Exists(launcher)) return launcher.string();
  }
  if (SnapdListsSnap(env, browser.snap_name)) return "snap list";
  return "";
}

// Where the Flatpak app was seen, or "".
std::string FindFlatpak(const Browser& browser, const Environment& env) {
  if (browser.flatpak_id.empty()) return "";
  const std::string app = "app/" + std::string(browser.flatpak_id);
  for (const fs::path& installation :
       {env.UnderRoot("/var/lib/flatpak"), env.home / ".local/share/flatpak"}) {
    if (Exists(installation / app)) return (installation / app).string();
  }
  return "";
}

}  // namespace

std::vector<Finding> CheckSandboxedInstalls(const Browser& browser, const Environment& env) {
  std::vector<Finding> findings;
  const std::string name(browser.name);
  const std::string display(browser.display_name);
  if (std::string where = FindSnap(browser, env); !where.empty()) {
    if (browser.family == Family::kFirefox) {
      findings.push_back(Note(name,
                              "Firefox is a snap (" + where +
                                  "): it starts native hosts through the WebExtensions portal",
                              "accept the prompt asking to let pagesift start its helper the "
                              "first time the extension connects"));
    } else {
      findings.push_back(Problem(name,
                                 display + " is a snap (" + where +
                                     "): a snap browser cannot start native hosts "
                                     "outside its sandbox",
                                 "install " + display +
                                     " from a .deb or the vendor's package instead of the snap, "
                                     "or use pagesift in another browser"));
    }
  }
  if (std::string where = FindFlatpak(browser, env); !where.empty()) {
    const std::string id(browser.flatpak_id);
    findings.push_back(Problem(
        name, display + " is a Flatpak (" + where + "): its sandbox cannot start the host",
        "make the manifest's path a wrapper script that runs `flatpak-spawn --host` with the "
        "host's path, and allow it: flatpak override --user --talk-name=org.freedesktop.Flatpak " +
            id));
  }
  return findings;
}

}  // namespace pagesift::doctor
