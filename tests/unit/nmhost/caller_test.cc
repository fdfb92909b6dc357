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

TEST(CallerTest, NoArgumentsIsNoBrowser) {
  const Caller c = Identify({});
  EXPECT_EQ(c.browser, Caller::Browser::kNone);
  EXPECT_NE(DescribeCaller(c).find("no browser"), std::string::npos);
}

TEST(CallerTest, AnythingElseIsUnknown) {
  EXPECT_EQ(Identify({"hello"}).browser, Caller::Browser::kUnknown);
  EXPECT_EQ(Identify({"manifest.json"}).browser, Caller::Browser::kUnknown);
  EXPECT_NE(DescribeCaller(Identify({"hello"})).find("unknown caller"), std::string::npos);
}

const AllowedCallers kAllowed{"chrome-extension://knldjmfmopnpolahpmmgbagdohdnhkik/", "reader@pagesift.org"};

TEST(CallerTest, AllowedExtensionsAndNoBrowserPass) {
  EXPECT_TRUE(CheckCaller(Identify({"chrome-extension://knldjmfmopnpolahpmmgbagdohdnhkik/"}), kAllowed).ok());
  EXPECT_TRUE(CheckCaller(Identify({"/x/org.pagesift.host.json", "reader@pagesift.org"}), kAllowed).ok());
  EXPECT_TRUE(CheckCaller(Identify({}), kAllowed).ok());
}

TEST(CallerTest, OtherCallersAreRefusedWithTheReason) {
  const Status other = CheckCaller(Identify({"chrome-extension://abcdefghijklmnopabcdefghijklmnop/"}), kAllowed);
  EXPECT_FALSE(other.ok());
  EXPECT_NE(other.message().find("abcdefghijklmnopabcdefghijklmnop"), std::string::npos) << other.message();
  EXPECT_NE(other.message().find(kAllowed.chromium_origin), std::string::npos) << other.message();
  // The origin must match exactly: no other path, no missing slash, no prefix games.
  for (std::string_view origin : {"chrome-extension://knldjmfmopnpolahpmmgbagdohdnhkik/x/",
                                  "chrome-extension://knldjmfmopnpolahpmmgbagdohdnhkik",
                                  "chrome-extension://knldjmfmopnpolahpmmgbagdohdnhkikk/",
                                  "chrome-extension://KNLDJMFMOPNPOLAHPMMGBAGDOHDNHKIK/"}) {
    EXPECT_FALSE(CheckCaller(Identify({origin}), kAllowed).ok()) << origin;
  }
  EXPECT_FALSE(CheckCaller(Identify({"/x/org.pagesift.host.json", "evil@example.org"}), kAllowed).ok());
  EXPECT_FALSE(CheckCaller(Identify({"/x/org.pagesift.host.json", "reader@pagesift.org "}), kAllowed).ok());
  EXPECT_FALSE(CheckCaller(Identify({"hello"}), kAllowed).ok());
}

TEST(CallerTest, ABuildWithoutAPinnedIdRefusesEveryChromiumCaller) {
  const AllowedCallers firefox_only{"", "reader@pagesift.org"};
  const Status s = CheckCaller(Identify({"chrome-extension://knldjmfmopnpolahpmmgbagdohdnhkik/"}), firefox_only);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("no pinned extension ID"), std::string::npos) << s.message();
}

TEST(CallerTest, PinnedCallersNameThePinnedExtension) {
  const AllowedCallers pinned = PinnedCallers();
  EXPECT_EQ(pinned.firefox_addon_id, "reader@pagesift.org");
  if (!pinned.chromium_origin.empty()) {
    EXPECT_TRUE(pinned.chromium_origin.starts_with("chrome-extension://"));
    EXPECT_EQ(pinned.chromium_origin.size(), std::string_view("chrome-extension://").size() + 32 + 1);
    EXPECT_TRUE(pinned.chromium_origin.ends_with("/"));
  }
}

}  // namespace
}  // namespace pagesift::nmhost
