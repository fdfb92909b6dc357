#include "doctor/browsers.h"

namespace pagesift::doctor {

namespace fs = std::filesystem;

namespace {

// Linux, per user (relative to $HOME).
constexpr std::string_view kChromeUser[] = {".config/google-chrome/NativeMessagingHosts"};
constexpr std::string_view kChromiumUser[] = {".config/chromium/NativeMessagingHosts"};
constexpr std::string_view kEdgeUser[] = {".config/microsoft-edge/NativeMessagingHosts"};
constexpr std::string_view kBraveUser[] = {
    ".config/BraveSoftware/Brave-Browser/NativeMessagingHosts"};
constexpr std::string_view kVivaldiUser[] = {".config/vivaldi/NativeMessagingHosts"};
// Firefox reads ~/.mozilla even where its profiles moved to ~/.config/mozilla.
constexpr std::string_view kFirefoxUser[] = {".mozilla/native-messaging-hosts"};

// Linux, system-wide. Brave reads Chrome's folder.
constexpr std::string_view kChromeSystem[] = {"/etc/opt/chrome/native-messaging-hosts"};
constexpr std::string_view kChromiumSystem[] = {"/etc/chromium/native-messaging-hosts"};
constexpr std::string_view kEdgeSystem[] = {"/etc/opt/edge/native-messaging-hosts"};
constexpr std::string_view kFirefoxSystem[] = {"/usr/lib/mozilla/native-messaging-hosts",
                                               "/usr/lib64/mozilla/native-messaging-hosts"};

// macOS.
constexpr std::string_view kChromeMacUser[] = {
    "Library/Application Support/Google/Chrome/NativeMessagingHosts"};
constexpr std::string_view kChromiumMacUser[] = {
    "Library/Application Support/Chromium/NativeMessagingHosts"};
constexpr std::string_view kEdgeMacUser[] = {
    "Library/Application Support/Microsoft Edge/NativeMessagingHosts"};
constexpr std::string_view kFirefoxMacUser[] = {
    "Library/Application Support/Mozilla/NativeMessagingHosts"};
constexpr std::string_view kChromeMacSystem[] = {"/Library/Google/Chrome/NativeMessagingHosts"};
constexpr std::string_view kChromiumMacSystem[] = {
    "/Library/Application Support/Chromium/NativeMessagingHosts"};
constexpr std::string_view kEdgeMacSystem[] = {"/Library/Microsoft/Edge/NativeMessagingHosts"};
constexpr std::string_view kFirefoxMacSystem[] = {
    "/Library/Application Support/Mozilla/NativeMessagingHosts"};

constexpr std::string_view kChromePrograms[] = {
    "/opt/google/chrome/chrome", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable",
    "/Applications/Google Chrome.app"};
constexpr std::string_view kChromiumPrograms[] = {"/usr/bin/chromium", "/usr/bin/chromium-browser",
                                                  "/usr/lib/chromium/chromium",
                                                  "/Applications/Chromium.app"};
constexpr std::string_view kEdgePrograms[] = {
    "/opt/microsoft/msedge/msedge", "/usr/bin/microsoft-edge", "/usr/bin/microsoft-edge-stable",
    "/Applications/Microsoft Edge.app"};
constexpr std::string_view kBravePrograms[] = {
    "/opt/brave.com/brave/brave", "/usr/bin/brave-browser", "/Applications/Brave Browser.app"};
constexpr std::string_view kVivaldiPrograms[] = {"/opt/vivaldi/vivaldi", "/usr/bin/vivaldi",
                                                 "/usr/bin/vivaldi-stable",
                                                 "/Applications/Vivaldi.app"};
constexpr std::string_view kFirefoxPrograms[] = {
    "/usr/bin/firefox", "/usr/bin/firefox-esr", "/usr/lib/firefox/firefox",
    "/usr/lib/firefox-esr/firefox-esr", "/Applications/Firefox.app"};

constexpr std::span<const std::string_view> kNone;

constexpr Browser kBrowsers[] = {
    {"chrome", "Google Chrome", Family::kChromium, kChromeUser, kChromeSystem, kChromeMacUser,
     kChromeMacSystem, kChromePrograms, "", "com.google.Chrome"},
    {"chromium", "Chromium", Family::kChromium, kChromiumUser, kChromiumSystem, kChromiumMacUser,
     kChromiumMacSystem, kChromiumPrograms, "chromium", "org.chromium.Chromium"},
    {"edge", "Microsoft Edge", Family::kChromium, kEdgeUser, kEdgeSystem, kEdgeMacUser,
     kEdgeMacSystem, kEdgePrograms, "", "com.microsoft.Edge"},
    {"brave", "Brave", Family::kChromium, kBraveUser, kChromeSystem, kNone, kNone, kBravePrograms,
     "brave", "com.brave.Browser"},
    {"vivaldi", "Vivaldi", Family::kChromium, kVivaldiUser, kNone, kNone, kNone, kVivaldiPrograms,
     "", "com.vivaldi.Vivaldi"},
    {"firefox", "Firefox", Family::kFirefox, kFirefoxUser, kFirefoxSystem, kFirefoxMacUser,
     kFirefoxMacSystem, kFirefoxPrograms, "firefox", "org.mozilla.firefox"},
};

}  // namespace

fs::path Environment::UnderRoot(const fs::path& system_path) const {
  return root / system_path.relative_path();
}

std::span<const Browser> AllBrowsers() { return kBrowsers; }

const Browser* FindBrowser(std::string_view name) {
  for (const Browser& b : kBrowsers) {
    if (b.name == name) return &b;
  }
  return nullptr;
}

std::vector<fs::path> ManifestFolders(const Browser& browser, Scope scope, const Environment& env) {
  const bool mac = env.os == Os::kMacOs;
  std::vector<fs::path> folders;
  if (scope == Scope::kUser) {
    for (std::string_view f : mac ? browser.macos_user_folders : browser.linux_user_folders) {
      folders.push_back(env.home / f);
    }
  } else {
    for (std::string_view f : mac ? browser.macos_system_folders : browser.linux_system_folders) {
      folders.push_back(env.UnderRoot(f));
    }
  }
  return folders;
}

}  // namespace pagesift::doctor
