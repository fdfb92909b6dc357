#include "nmhost/chunker.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace pagesift::nmhost {
namespace {

using nlohmann::json;

// Reassembles chunk frames as the extension does, checking every promise the
// chunker makes on the way: each frame within the cap and valid JSON, the id
// echoed, indices in order, one count throughout.
std::string Reassemble(const std::vector<std::string>& frames, const json& id, size_t cap) {
  std::string text;
  for (size_t i = 0; i < frames.size(); ++i) {
    EXPECT_LE(frames[i].size(), cap) << "frame " << i;
    // Parsing fails on a slice cut inside a UTF-8 sequence.
    const json frame = json::parse(frames[i], nullptr, /*allow_exceptions=*/false);
    EXPECT_FALSE(frame.is_discarded()) << "frame " << i << " is not valid JSON";
    if (frame.is_discarded()) return {};
    EXPECT_EQ(frame.at("id"), id);
    EXPECT_EQ(frame.at("chunk").at("index"), i);
    EXPECT_EQ(frame.at("chunk").at("count"), frames.size());
    text += frame.at("data").get<std::string>();
  }
  return text;
}

void ExpectRoundTrip(const std::string& text, size_t cap, const json& id = 7) {
  std::vector<std::string> frames;
  ASSERT_TRUE(SplitReply(id, text, cap, &frames).ok()) << "cap " << cap;
  if (text.size() <= cap) {
    ASSERT_EQ(frames.size(), 1u);
    EXPECT_EQ(frames[0], text);
    return;
  }
  ASSERT_GE(frames.size(), 2u);
  EXPECT_EQ(Reassemble(frames, id, cap), text) << "cap " << cap;
  // Slices are the longest that fit: a frame before the last falls short of
  // the cap by less than one escaped character plus the count's digits.
  for (size_t i = 0; i + 1 < frames.size(); ++i) {
    EXPECT_GE(frames[i].size() + 6 + 2 * std::to_string(frames.size()).size(), cap)
        << "frame " << i << " of " << frames.size() << " at cap " << cap;
  }
}

TEST(SplitReplyTest, ReplyThatFitsIsSentAsIs) {
  std::vector<std::string> frames;
  const std::string reply = R"({"id":1,"ok":true,"result":{"pong":true}})";
  ASSERT_TRUE(SplitReply(1, reply, reply.size(), &frames).ok());
  EXPECT_EQ(frames, std::vector<std::string>{reply});
}

TEST(SplitReplyTest, OneByteOverTheCapIsChunked) {
  const std::string reply = json{{"id", 1}, {"result", std::string(200, 'a')}}.dump();
  std::vector<std::string> frames;
  ASSERT_TRUE(SplitReply(1, reply, reply.size() - 1, &frames).ok());
  EXPECT_EQ(frames.size(), 2u);
  EXPECT_EQ(Reassemble(frames, 1, reply.size() - 1), reply);
}

TEST(SplitReplyTest, SixByteEscapesFitExactlyAtEveryCap) {
  // Every byte below 0x20 without a short escape becomes \u00XX: the worst case.
  std::string text;
  for (int i = 0; i < 400; ++i) text.push_back(static_cast<char>(i % 2 ? 0x01 : 0x1F));
  for (size_t cap = 64; cap <= 400; ++cap) ExpectRoundTrip(text, cap);
}

TEST(SplitReplyTest, EveryEscapedCharacterRoundTrips) {
  std::string text;
  for (int c = 0; c < 0x80; ++c) text.push_back(static_cast<char>(c));
  text += "\"\\\"\\";
  for (size_t cap = 64; cap <= 300; ++cap) ExpectRoundTrip(text, cap);
}

TEST(SplitReplyTest, NeverCutsInsideAUtf8Sequence) {
  // Two, three and four-byte sequences mixed with escapes, at every offset.
  const std::string text =
      "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\n\"\x01z\xD7\xA9\xE4\xB8\xAD\xF0\x90\x8D\x88";
  std::string repeated;
  for (int i = 0; i < 40; ++i) repeated += text;
  for (size_t cap = 60; cap <= 200; ++cap) ExpectRoundTrip(repeated, cap);
}

TEST(SplitReplyTest, RandomMixturesRoundTripAtManyCaps) {
  const std::vector<std::string> alphabet = {
      "a", " ", "\"", "\\", "\n", "\t", std::string(1, '\x00'), "\x1B", "\x7F",
      "\xC3\xA9", "\xE2\x80\xA8", "\xEF\xBF\xBD", "\xF0\x9F\x8E\x89", "<p>"};
  std::mt19937 random(12345);
  for (int round = 0; round < 50; ++round) {
    std::string text;
    const size_t pieces = 50 + random() % 400;
    for (size_t i = 0; i < pieces; ++i) text += alphabet[random() % alphabet.size()];
    const size_t cap = 100 + random() % 300;
    ExpectRoundTrip(text, cap, "req-" + std::to_string(round));
  }
}

TEST(SplitReplyTest, CountGainingADigitStillFits) {
  // Caps around the size where the count goes from 9 to 10 and 99 to 100
  // chunks: the envelope grows by a digit, and each frame must still fit.
  const std::string text(5000, 'x');
  for (size_t cap = 60; cap <= 700; ++cap) ExpectRoundTrip(text, cap);
}

TEST(SplitReplyTest, StringIdIsEscapedInEachChunk) {
  const json id = "a \"quoted\" id \\ with \x01 control";
  ExpectRoundTrip(std::string(1000, 'q'), 150, id);
}

TEST(SplitReplyTest, FiveMegabyteReplyAtTheRealCap) {
  std::string text;
  text.reserve(5u << 20);
  std::mt19937 random(7);
  while (text.size() < (5u << 20)) {
    switch (random() % 4) {
      case 0: text += "\x01\x02\x03"; break;               // 6 bytes each once escaped
      case 1: text += "\xF0\x9F\x98\x80"; break;           // 4-byte code point
      case 2: text += "\"\\"; break;
      default: text += "plain text ";
    }
  }
  std::vector<std::string> frames;
  ASSERT_TRUE(SplitReply("big", text, size_t{1} << 20, &frames).ok());
  EXPECT_GE(frames.size(), 6u);
  EXPECT_EQ(Reassemble(frames, "big", size_t{1} << 20), text);
}

TEST(SplitReplyTest, CapTooSmallForTheIdIsAnError) {
  std::vector<std::string> frames;
  const Status s = SplitReply(std::string(100, 'i'), std::string(1000, 'x'), 120, &frames);
  EXPECT_EQ(s.code(), ErrorCode::kInternal);
  EXPECT_TRUE(frames.empty());
}

}  // namespace
}  // namespace pagesift::nmhost
