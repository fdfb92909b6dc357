#include "nmhost/caller.h"

namespace pagesift::nmhost {
namespace {

constexpr std::string_view kChromiumScheme = "chrome-extension://";

}  // namespace

Caller IdentifyCaller(std::span<const std::string_view> arguments) {
  Caller caller;
  if (arguments.empty()) return caller;
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

std::string DescribeCaller(const Caller& caller) {
  switch (caller.browser) {
    case Caller::Browser::kChromium:
      return "Chromium extension " + caller.extension_id + " (origin " + caller.origin + ")";
    case Caller::Browser::kFirefox:
      return "Firefox add-on " + caller.extension_id + " (manifest " + caller.manifest_path + ")";
    case Caller::Browser::kUnknown:
      break;
  }
  return "an unknown caller (no browser arguments; started by hand?)";
}

}  // namespace pagesift::nmhost
