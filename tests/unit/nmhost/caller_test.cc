#include "nmhost/caller.h"

#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace pagesift::nmhost {
namespace {

Caller Identify(std::vector<std::string_view> args) { return IdentifyCaller(args); }

TEST(CallerTest, ChromiumOrigin) {
  const Caller c = Identify({"chrome-extension://knldjmfmopnpolahpmmgbagdohdnhkik/"});
  EXPECT_EQ(c.browser, Caller::Browser::kChromium);
  EXPECT_EQ(c.extension_id, "knldjmfmopnpolahpmmgbagdohdnhkik");
  EXPECT_EQ(c.origin, "chrome-extension://knldjmfmopnpolahpmmgbagdohdnhkik/");
  EXPECT_NE(DescribeCaller(c).find("Chromium extension knldjmfmopnpolahpmmgbagdohdnhkik"),
            std::string::npos);
}

TEST(CallerTest, FirefoxManifestAndAddonId) {
  const Caller c = Identify(
      {"/home/u/.mozilla/native-messaging-hosts/org.pagesift.host.json", "reader@pagesift.org"});
  EXPECT_EQ(c.browser, Caller::Browser::kFirefox);
  EXPECT_EQ(c.extension_id, "reader@pagesift.org");
  EXPECT_EQ(c.manifest_path, "/home/u/.mozilla/native-messaging-hosts/org.pagesift.host.json");
  EXPECT_NE(DescribeCaller(c).find("Firefox add-on reader@pagesift.org"), std::string::npos);
}

TEST(CallerTest, NoArgumentsIsUnknown) {
  const Caller c = Identify({});
  EXPECT_EQ(c.browser, Caller::Browser::kUnknown);
  EXPECT_NE(DescribeCaller(c).find("unknown caller"), std::string::npos);
}

TEST(CallerTest, AnythingElseIsUnknown) {
  EXPECT_EQ(Identify({"hello"}).browser, Caller::Browser::kUnknown);
  EXPECT_EQ(Identify({"manifest.json"}).browser, Caller::Browser::kUnknown);
}

}  // namespace
}  // namespace pagesift::nmhost
