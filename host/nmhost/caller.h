// Caller: which browser started the host, from its command line.
//
// Chromium browsers pass the caller's origin, "chrome-extension://ID/", as
// the first argument (plus --parent-window=N on Windows); Firefox passes the
// path of the host manifest and the add-on's ID. The host works either way;
// knowing which helps when a user's log is all there is to go on. The browser
// has already checked the caller against the manifest's allowed origins or
// extensions, so this is for the log, not for access control.
#ifndef PAGESIFT_NMHOST_CALLER_H_
#define PAGESIFT_NMHOST_CALLER_H_

#include <span>
#include <string>
#include <string_view>

namespace pagesift::nmhost {

struct Caller {
  enum class Browser { kUnknown, kChromium, kFirefox };
  Browser browser = Browser::kUnknown;
  std::string extension_id;   // Chromium: the ID in the origin; Firefox: the add-on ID
  std::string origin;         // Chromium only
  std::string manifest_path;  // Firefox only
};

// `arguments` are the host's positional arguments (flags removed).
Caller IdentifyCaller(std::span<const std::string_view> arguments);

// One line for the log, e.g. "Chromium extension abcd... (origin chrome-extension://abcd.../)".
std::string DescribeCaller(const Caller& caller);

}  // namespace pagesift::nmhost

#endif  // PAGESIFT_NMHOST_CALLER_H_
