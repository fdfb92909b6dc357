#include "nmhost/frame_codec.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace pagesift::nmhost {
namespace {

std::string Prefix(uint32_t length) {
  std::string prefix(sizeof length, '\0');
  std::memcpy(prefix.data(), &length, sizeof length);
  return prefix;
}

std::string Frame(const std::string& payload) {
  return Prefix(static_cast<uint32_t>(payload.size())) + payload;
}

TEST(AppendFrameTest, WritesNativeLengthThenPayload) {
  std::string wire;
  ASSERT_TRUE(AppendFrame(R"({"id":1})", kMaxFrameBytes, &wire).ok());
  EXPECT_EQ(wire, Frame(R"({"id":1})"));
  uint32_t length = 0;
  std::memcpy(&length, wire.data(), sizeof length);
  EXPECT_EQ(length, 8u);
}

TEST(AppendFrameTest, AcceptsExactlyTheCapAndRefusesOneMore) {
  std::string wire;
  EXPECT_TRUE(AppendFrame(std::string(100, 'a'), 100, &wire).ok());
  EXPECT_EQ(wire.size(), 104u);
  const Status over = AppendFrame(std::string(101, 'a'), 100, &wire);
  EXPECT_EQ(over.code(), ErrorCode::kInternal);
  EXPECT_EQ(wire.size(), 104u) << "nothing appended on refusal";
}

TEST(FrameReaderTest, ReadsSeveralFramesFromOneBuffer) {
  FrameReader reader(kMaxRequestBytes);
  std::vector<std::string> frames;
  ASSERT_TRUE(reader.Append(Frame("one") + Frame("two") + Frame("three"), &frames).ok());
  EXPECT_EQ(frames, (std::vector<std::string>{"one", "two", "three"}));
  EXPECT_FALSE(reader.InsideFrame());
}

TEST(FrameReaderTest, ReadsFramesFedOneByteAtATime) {
  const std::string wire = Frame("alpha") + Frame("") + Frame(std::string(300, 'z'));
  FrameReader reader(kMaxRequestBytes);
  std::vector<std::string> frames;
  for (const char c : wire) ASSERT_TRUE(reader.Append(std::string_view(&c, 1), &frames).ok());
  EXPECT_EQ(frames, (std::vector<std::string>{"alpha", "", std::string(300, 'z')}));
}

TEST(FrameReaderTest, EveryPossibleSplitGivesTheSameFrames) {
  const std::string wire = Frame("ab") + Frame("") + Frame("cde");
  for (size_t cut = 0; cut <= wire.size(); ++cut) {
    FrameReader reader(kMaxRequestBytes);
    std::vector<std::string> frames;
    ASSERT_TRUE(reader.Append(std::string_view(wire).substr(0, cut), &frames).ok());
    ASSERT_TRUE(reader.Append(std::string_view(wire).substr(cut), &frames).ok());
    EXPECT_EQ(frames, (std::vector<std::string>{"ab", "", "cde"})) << "cut at " << cut;
  }
}

TEST(FrameReaderTest, ZeroLengthFrameIsAnEmptyPayload) {
  FrameReader reader(kMaxRequestBytes);
  std::vector<std::string> frames;
  ASSERT_TRUE(reader.Append(Prefix(0), &frames).ok());
  ASSERT_EQ(frames.size(), 1u);
  EXPECT_TRUE(frames[0].empty());
  EXPECT_FALSE(reader.InsideFrame());
}

TEST(FrameReaderTest, AcceptsAPayloadOfExactlyTheCap) {
  FrameReader reader(16);
  std::vector<std::string> frames;
  ASSERT_TRUE(reader.Append(Frame(std::string(16, 'x')), &frames).ok());
  ASSERT_EQ(frames.size(), 1u);
  EXPECT_EQ(frames[0].size(), 16u);
}

TEST(FrameReaderTest, RefusesAPrefixOverTheCapAndStaysFailed) {
  FrameReader reader(16);
  std::vector<std::string> frames;
  const Status s = reader.Append(Frame("ok") + Prefix(17) + "rest", &frames);
  EXPECT_EQ(s.code(), ErrorCode::kInputTooLarge);
  EXPECT_NE(s.message().find("17"), std::string::npos) << s.message();
  EXPECT_EQ(frames, (std::vector<std::string>{"ok"})) << "frames before the bad prefix survive";
  EXPECT_EQ(reader.Append(Frame("later"), &frames).code(), ErrorCode::kInputTooLarge);
  EXPECT_EQ(frames.size(), 1u);
}

TEST(FrameReaderTest, RefusesAFourGigabytePrefixWithoutAllocating) {
  FrameReader reader(kMaxRequestBytes);
  std::vector<std::string> frames;
  const Status s = reader.Append(Prefix(0xFFFFFFFFu), &frames);
  EXPECT_EQ(s.code(), ErrorCode::kInputTooLarge);
  EXPECT_NE(s.message().find("4294967295"), std::string::npos) << s.message();
  EXPECT_TRUE(frames.empty());
}

TEST(FrameReaderTest, ReportsATruncatedFrame) {
  FrameReader reader(kMaxRequestBytes);
  std::vector<std::string> frames;
  ASSERT_TRUE(reader.Append(Prefix(10) + "abc", &frames).ok());
  EXPECT_TRUE(frames.empty());
  EXPECT_TRUE(reader.InsideFrame());
  EXPECT_EQ(reader.received_bytes(), 7u);
  EXPECT_EQ(reader.expected_bytes(), 10u);
}

TEST(FrameReaderTest, ReportsATruncatedPrefix) {
  FrameReader reader(kMaxRequestBytes);
  std::vector<std::string> frames;
  ASSERT_TRUE(reader.Append(std::string("\x05\x00", 2), &frames).ok());
  EXPECT_TRUE(reader.InsideFrame());
  EXPECT_EQ(reader.received_bytes(), 2u);
  EXPECT_EQ(reader.expected_bytes(), 0u);
}

}  // namespace
}  // namespace pagesift::nmhost
