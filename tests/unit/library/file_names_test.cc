#include <gtest/gtest.h>

#include <string>

#include "decode/utf8.h"
#include "pagesift/library.h"

namespace pagesift {
namespace {

// The properties every name must have, whatever went in.
void ExpectSafe(const std::string& name, size_t max_bytes) {
  EXPECT_FALSE(name.empty());
  EXPECT_LE(name.size(), max_bytes);
  EXPECT_TRUE(decode::IsValidUtf8(name)) << name;
  EXPECT_EQ(name.find_first_of(std::string("/\\:*?\"<>|\0", 10)), std::string::npos) << name;
  for (char c : name) EXPECT_GE(static_cast<unsigned char>(c), 0x20) << name;
  EXPECT_NE(name.front(), '.');
  EXPECT_NE(name.back(), '.');
  EXPECT_NE(name.back(), ' ');
}

TEST(SafeFileName, HostileNames) {
  const std::string hostile[] = {
      "../../etc/passwd", "/etc/passwd", "..", ".", "", "   ", "a\0b/../c" + std::string(1, '\0'),
      "C:\\Windows\\System32", "what? *really* <no> \"yes\" |pipe|", "\x01\x1F\x7F", "CON", "nul.txt",
      "Com1", "lpt9.md", "\xE2\x80\xAEgpj.exe", "tab\there\nnewline", "\xFF\xFE broken utf8",
      std::string(10000, 'x'), "trailing dots...", ".hidden",
  };
  for (const std::string& h : hostile) ExpectSafe(SafeFileName(h, 100), 100);
}

TEST(SafeFileName, KeepsWhatIsSafe) {
  EXPECT_EQ(SafeFileName("2024-05-01 Café au lait", 200), "2024-05-01 Café au lait");
  EXPECT_EQ(SafeFileName("Title: a/b", 200), "Title a b");
  EXPECT_EQ(SafeFileName("../../x", 200), "x");
  EXPECT_EQ(SafeFileName("", 200), "untitled");
  EXPECT_EQ(SafeFileName("CON", 200), "_CON");
  EXPECT_EQ(SafeFileName("con.txt", 200), "_con.txt");
  EXPECT_EQ(SafeFileName("console", 200), "console");
  EXPECT_EQ(SafeFileName("a\xE2\x80\x8F\xE2\x80\xAE" "b", 200), "ab");  // RLM, RLO
}

TEST(SafeFileName, CutsAtACharacterBoundary) {
  std::string name;
  for (int i = 0; i < 100; ++i) name += "é";  // two bytes each
  std::string safe = SafeFileName(name, 51);
  EXPECT_EQ(safe.size(), 50u);
  EXPECT_TRUE(decode::IsValidUtf8(safe));
}

TEST(ExpandNameTemplate, FieldsAndDates) {
  Result r;
  r.title = "T";
  r.site_name = "S";
  r.published_time = "2024-05-01T10:00:00Z";
  EXPECT_EQ(ExpandNameTemplate(kDefaultNameTemplate, r, "2026-11-28"), "2024-05-01 T");
  EXPECT_EQ(ExpandNameTemplate("{site} - {published:DD.MM.YYYY} {nope}{created:YYYY}", r, "2026-11-28"),
            "S - 01.05.2024 2026");
  r.published_time.clear();
  EXPECT_EQ(ExpandNameTemplate(kDefaultNameTemplate, r, "2026-11-28"), "2026-11-28 T");
  EXPECT_EQ(ExpandNameTemplate("{title", r, ""), "{title");
}

}  // namespace
}  // namespace pagesift
