#include "decode/decode.h"

#include <gtest/gtest.h>

#include "decode/utf8.h"

namespace pagesift::decode {
namespace {

TEST(Decode, ValidUtf8IsNotCopied) {
  std::string page = "<p>déjà vu</p>";
  DecodedPage d = Decode(page, "");
  EXPECT_EQ(d.charset(), "utf-8");
  EXPECT_EQ(d.text().data(), page.data());
}

TEST(Decode, BomWinsOverMeta) {
  std::string page = "\xEF\xBB\xBF<meta charset=\"windows-1252\"><p>é</p>";
  DecodedPage d = Decode(page, "");
  EXPECT_EQ(d.charset(), "utf-8");
  EXPECT_EQ(d.text().substr(0, 5), "<meta");
}

TEST(Decode, MetaCharsetIsHonoured) {
  std::string page = "<meta charset=\"ISO-8859-1\"><p>caf\xE9</p>";
  DecodedPage d = Decode(page, "");
  EXPECT_EQ(d.charset(), "windows-1252");
  EXPECT_NE(d.text().find("caf\xC3\xA9"), std::string_view::npos);
}

TEST(Decode, HttpEquivContentTypeIsHonoured) {
  std::string page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"><p>\xF0\xD2\xC9</p>";
  DecodedPage d = Decode(page, "");
  EXPECT_EQ(d.charset(), "koi8-r");
  EXPECT_NE(d.text().find("\xD0\x9F\xD1\x80\xD0\xB8"), std::string_view::npos);  // "При"
}

TEST(Decode, Utf8PageKeepingALegacyMetaIsReadAsUtf8) {
  // "科技" in UTF-8 under a gb2312 meta; "café" under an ISO-8859-1 one.
  std::string chinese = "<meta charset=\"gb2312\"><title>\xE7\xA7\x91\xE6\x8A\x80</title>";
  DecodedPage d = Decode(chinese, "");
  EXPECT_EQ(d.charset(), "utf-8");
  EXPECT_EQ(d.text().data(), chinese.data());
  std::string french = "<meta charset=\"ISO-8859-1\"><p>caf\xC3\xA9</p>";
  EXPECT_EQ(Decode(french, "").charset(), "utf-8");
  // All ASCII: nothing tells the meta wrong, so it stands.
  EXPECT_EQ(Decode("<meta charset=\"koi8-r\"><p>abc</p>", "").charset(), "koi8-r");
}

TEST(Decode, DeclaredCharsetWinsOverMeta) {
  std::string page = "<meta charset=\"windows-1252\"><p>\xC3\xA9</p>";
  EXPECT_EQ(Decode(page, "utf-8").charset(), "utf-8");
}

TEST(Decode, UndeclaredInvalidUtf8FallsBackToWindows1252) {
  std::string page = "<p>caf\xE9 cr\xE8me</p>";
  DecodedPage d = Decode(page, "");
  EXPECT_EQ(d.charset(), "windows-1252");
  EXPECT_NE(d.text().find("caf\xC3\xA9"), std::string_view::npos);
}

TEST(Decode, Utf16WithBomIsConverted) {
  std::string page("\xFF\xFE<\0p\0>\0h\0i\0", 12);
  DecodedPage d = Decode(page, "");
  EXPECT_EQ(d.text(), "<p>hi");
}

TEST(Utf8, RejectsOverlongSurrogatesAndTruncation) {
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));
  EXPECT_FALSE(IsValidUtf8("ab\xE2\x82"));
  EXPECT_TRUE(IsValidUtf8("ascii and \xE2\x82\xAC and \xF0\x9F\x98\x80"));
}

TEST(Utf8, RepairReplacesEachBadSequence) {
  EXPECT_EQ(RepairUtf8("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(RepairUtf8("ok"), "ok");
}

}  // namespace
}  // namespace pagesift::decode
