#include "nmhost/caller.h"

#include "doctor/browsers.h"
#include "doctor/doctor.h"

namespace pagesift::nmhost {
namespace {

constexpr std::string_view kChromiumScheme = "chrome-extension://";

}  // namespace

Caller IdentifyCaller(std::span<const std::string_view> arguments) {
  Caller caller;
  if (arguments.empty()) return caller;
  caller.browser = Caller::Browser::kUnknown;
  const std::string_view first = arguments[0];
  if (first.starts_with(kChromiumScheme)) {
    caller.browser = Caller::Browser::kChromium;
    caller.origin = first;
    std::string_view id = first.substr(kChromiumScheme.size());
    caller.extension_id = id.substr(0, id.find('/'));
    return caller;
  }
  if (arguments.size() >= 2 && first.ends_with(".json")) {
    caller.browser = Caller::Browser::kFirefox;
    caller.manifest_path = first;
    caller.extension_id = arguments[1];
  }
  return caller;
}

AllowedCallers PinnedCallers() {
  AllowedCallers allowed;
  if (!doctor::PinnedExtensionId().empty()) {
    allowed.chromium_origin = std::string(kChromiumScheme) + std::string(doctor::PinnedExtensionId()) + "/";
  }
  allowed.firefox_addon_id = doctor::kFirefoxExtensionId;
  return allowed;
}

Status CheckCaller(const Caller& caller, const AllowedCallers& allowed) {
  std::string expected;
  switch (caller.browser) {
    case Caller::Browser::kNone:
      return Status::Ok();
    case Caller::Browser::kChromium:
      if (!allowed.chromium_origin.empty() && caller.origin == allowed.chromium_origin) return Status::Ok();
      expected = allowed.chromium_origin.empty() ? "none (this build has no pinned extension ID)"
                                                 : allowed.chromium_origin;
      break;
    case Caller::Browser::kFirefox:
      if (caller.extension_id == allowed.firefox_addon_id) return Status::Ok();
      expected = allowed.firefox_addon_id;
      break;
    case Caller::Browser::kUnknown:
      expected = "the arguments of a browser";
      break;
  }
  return Status(ErrorCode::kInvalidArgument,
                "pagesift-host serves only pagesift's extension: started by " + DescribeCaller(caller) +
                    ", allowed: " + expected);
}

std::string DescribeCaller(const Caller& caller) {
  switch (caller.browser) {
    case Caller::Browser::kChromium:
      return "Chromium extension " + caller.extension_id + " (origin " + caller.origin + ")";
    case Caller::Browser::kFirefox:
      return "Firefox add-on " + caller.extension_id + " (manifest " + caller.manifest_path + ")";
    case Caller::Browser::kUnknown:
      return "an unknown caller (arguments no browser passes)";
    case Caller::Browser::kNone:
      break;
  }
  return "no browser (no browser arguments; started by hand?)";
}

}  // namespace pagesift::nmhost
