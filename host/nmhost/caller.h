// Caller: which browser and extension started the host, and whether it may.
//
// Chromium browsers pass the caller's origin, "chrome-extension://ID/", as
// the first argument (plus --parent-window=N on Windows); Firefox passes the
// path of the host manifest and the add-on's ID. The browser has already
// checked the caller against the manifest's allowed_origins or
// allowed_extensions; the host checks again, so that a manifest written by
// mistake or by another program, naming this binary for some other
// extension, does not hand a page's reader view to that extension.
//
// The allowed callers are the ones the installer writes into the manifests:
// the pinned Chromium extension ID (extension/EXTENSION_ID.txt, compiled in)
// and the Firefox add-on ID (the extension's gecko id). They are fixed at
// build time rather than read from the installed manifest because Chromium
// does not say which manifest it used (a profile started with
// --user-data-dir reads its own folder), and because a list read from a file
// at run time is exactly what a stray manifest could widen.
#ifndef PAGESIFT_NMHOST_CALLER_H_
#define PAGESIFT_NMHOST_CALLER_H_

#include <span>
#include <string>
#include <string_view>

#include "pagesift/status.h"

namespace pagesift::nmhost {

// The error code of the one reply a refused caller gets before the host exits.
inline constexpr std::string_view kCallerNotAllowed = "caller_not_allowed";

struct Caller {
  enum class Browser {
    kNone,     // no positional arguments: started by hand, a test or the doctor
    kUnknown,  // arguments no browser passes
    kChromium,
    kFirefox,
  };
  Browser browser = Browser::kNone;
  std::string extension_id;   // Chromium: the ID in the origin; Firefox: the add-on ID
  std::string origin;         // Chromium only
  std::string manifest_path;  // Firefox only
};

// The extensions the installed manifests allow.
struct AllowedCallers {
  std::string chromium_origin;  // "chrome-extension://ID/"; empty when no ID was pinned
  std::string firefox_addon_id;
};

// `arguments` are the host's positional arguments (flags removed).
Caller IdentifyCaller(std::span<const std::string_view> arguments);

// The callers this build accepts: the pinned extension ID and the add-on ID.
AllowedCallers PinnedCallers();

// Ok for a browser caller that `allowed` names (the origin must match
// exactly, trailing slash included), and for a process that is no browser:
// a browser always passes its arguments, and whoever can start the host
// without them already has the user's rights. Otherwise kInvalidArgument,
// naming the caller and what was expected.
Status CheckCaller(const Caller& caller, const AllowedCallers& allowed);

// One line for the log, e.g. "Chromium extension abcd... (origin chrome-extension://abcd.../)".
std::string DescribeCaller(const Caller& caller);

}  // namespace pagesift::nmhost

#endif  // PAGESIFT_NMHOST_CALLER_H_
