// The browsers pagesift supports, and where each one looks for native-messaging host
// manifests on Linux and macOS.
//
// installer/lib.sh holds the same folders for the installer; the installer tests install
// into every folder and then run the doctor, so the two lists cannot drift apart
// unnoticed.
#ifndef PAGESIFT_DOCTOR_BROWSERS_H_
#define PAGESIFT_DOCTOR_BROWSERS_H_

#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pagesift::doctor {

// Which manifest a browser needs: Chromium-based browsers name the extension in
// "allowed_origins", Firefox in "allowed_extensions".
enum class Family { kChromium, kFirefox };

enum class Os { kLinux, kMacOs };

// Per-user or system-wide: the two kinds of folder every browser reads.
enum class Scope { kUser, kSystem };

// Where the doctor looks. Tests point home and root at temporary folders.
struct Environment {
  std::filesystem::path home;       // $HOME
  std::filesystem::path data_home;  // $XDG_DATA_HOME, or home/.local/share
  // System folders, and the paths that manifests found in them name, are looked up
  // under root, as dpkg does with DPKG_ROOT. "/" on a real system.
  std::filesystem::path root = "/";
  Os os = Os::kLinux;

  // A system path (absolute, as the target system sees it) resolved under root.
  std::filesystem::path UnderRoot(const std::filesystem::path& system_path) const;
};

struct Browser {
  std::string_view name;          // as install.sh --browser spells it: "chrome"
  std::string_view display_name;  // "Google Chrome"
  Family family;
  // Folders relative to $HOME, and absolute system folders, per OS. Empty where the
  // folder is not known for sure (Vivaldi's system folder; Brave and Vivaldi on macOS).
  std::span<const std::string_view> linux_user_folders;
  std::span<const std::string_view> linux_system_folders;
  std::span<const std::string_view> macos_user_folders;
  std::span<const std::string_view> macos_system_folders;
  // Programs (Linux) and application bundles (macOS) whose presence means the browser is
  // installed the ordinary way.
  std::span<const std::string_view> programs;
  std::string_view snap_name;   // "" when there is no snap
  std::string_view flatpak_id;  // "" when there is no flatpak
};

// Every supported browser, in the order install.sh --browser all writes them.
std::span<const Browser> AllBrowsers();

// The browser named `name`, or nullptr.
const Browser* FindBrowser(std::string_view name);

// The folders `browser` reads manifests from for `scope`, in the order the browser
// searches them, as real paths (system folders already under env.root).
std::vector<std::filesystem::path> ManifestFolders(const Browser& browser, Scope scope,
                                                   const Environment& env);

// The file name every browser expects: the host name plus ".json".
inline constexpr std::string_view kHostName = "org.pagesift.host";
inline constexpr std::string_view kManifestFileName = "org.pagesift.host.json";
inline constexpr std::string_view kFirefoxExtensionId = "reader@pagesift.org";

}  // namespace pagesift::doctor

#endif  // PAGESIFT_DOCTOR_BROWSERS_H_
