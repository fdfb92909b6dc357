// The native-messaging protocol, tested against the real pagesift-host over
// pipes: every message type, chunking, ordering, cancel, deadline, and each
// kind of bad input. Assertions are on behaviour only; waits are generous
// (kPatience) and nothing is timed.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <memory>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "protocol/host_process.h"

namespace pagesift::protocol_test {
namespace {

using nlohmann::json;

constexpr char kPinnedId[] = PAGESIFT_PINNED_EXTENSION_ID;

std::unique_ptr<HostProcess> StartHost(std::vector<std::string> flags = {},
                                       const std::map<std::string, std::string>& env = {}) {
  std::vector<std::string> args = {kPinnedOrigin, "--enable-debug-requests"};
  args.insert(args.end(), flags.begin(), flags.end());
  auto host = std::make_unique<HostProcess>(args, env);
  EXPECT_TRUE(host->started());
  return host;
}

std::string LengthPrefix(uint32_t length) {
  std::string prefix(sizeof length, '\0');
  std::memcpy(prefix.data(), &length, sizeof length);
  return prefix;
}

void ExpectError(const json& reply, const json& id, const std::string& code,
                 const std::string& message_part = "") {
  ASSERT_TRUE(reply.is_object()) << reply;
  EXPECT_EQ(reply.value("id", json()), id) << reply;
  EXPECT_EQ(reply.value("ok", true), false) << reply;
  ASSERT_TRUE(reply.contains("error")) << reply;
  EXPECT_EQ(reply["error"].value("code", ""), code) << reply;
  EXPECT_TRUE(reply["error"]["message"].is_string()) << reply;
  EXPECT_NE(reply["error"].value("message", "").find(message_part), std::string::npos)
      << "message should mention '" << message_part << "': " << reply;
}

void ExpectResult(const json& reply, const json& id) {
  ASSERT_TRUE(reply.is_object()) << reply;
  EXPECT_EQ(reply.value("id", json()), id) << reply;
  EXPECT_EQ(reply.value("ok", false), true) << reply;
  EXPECT_TRUE(reply.contains("result")) << reply;
}

// The host is alive and in sync: a ping is answered.
void ExpectAlive(HostProcess& host, const json& id = "alive?") {
  ASSERT_TRUE(host.Send(Request(id, "ping")));
  const json reply = host.ReadReply();
  ExpectResult(reply, id);
  EXPECT_EQ(reply["result"], json({{"pong", true}}));
}

void ExpectCleanExit(HostProcess& host) {
  const std::optional<int> status = host.WaitExit();
  ASSERT_TRUE(status.has_value()) << "the host did not exit";
  EXPECT_TRUE(WIFEXITED(*status)) << "the host was killed by signal " << WTERMSIG(*status);
  if (WIFEXITED(*status)) {
    EXPECT_EQ(WEXITSTATUS(*status), 0);
  }
}

std::string ArticlePage(size_t paragraphs) {
  std::string page =
      "<!doctype html><html lang=en><head><meta charset=utf-8>"
      "<title>Protocol test page</title></head><body><nav><a href=/>Home</a></nav>"
      "<article><h1>Protocol test page</h1>";
  for (size_t i = 0; i < paragraphs; ++i) {
    page += "<p>Paragraph " + std::to_string(i) +
            ": the marmalade lighthouse keeper wrote long letters about tides, gulls and "
            "the slow patience of stone, because a reader view needs real prose.</p>";
  }
  return page + "</article><footer>Footer links</footer></body></html>";
}

// --- Message types ---------------------------------------------------------

TEST(ProtocolTest, HelloAnnouncesVersionAndCapabilities) {
  auto host = StartHost();
  ASSERT_TRUE(host->Send(Request(1, "hello")));
  const json reply = host->ReadReply();
  ExpectResult(reply, 1);
  EXPECT_EQ(reply["result"], json::parse(R"({"name":"pagesift","version":"0.1.0","protocol":1,
      "capabilities":["extract","summarize","save","library","cancel","ping"],
      "maxRequestBytes":67108864,"maxFrameBytes":1048576})"));
}

TEST(ProtocolTest, PingAnswersPongWithStringAndNumberIds) {
  auto host = StartHost();
  ExpectAlive(*host, "p-1");
  ExpectAlive(*host, 2);
  ExpectAlive(*host, 3.5);
}

TEST(ProtocolTest, ExtractReturnsTheReaderView) {
  auto host = StartHost();
  ASSERT_TRUE(host->Send(Request("e1", "extract", {{"html", ArticlePage(12)},
                                                   {"url", "https://example.com/post"},
                                                   {"title", "Browser title"}})));
  const json reply = host->ReadReply();
  ExpectResult(reply, "e1");
  const json& result = reply["result"];
  EXPECT_EQ(result.value("url", ""), "https://example.com/post");
  EXPECT_NE(result.value("title", "").find("Protocol test page"), std::string::npos) << result;
  EXPECT_NE(result.value("textContent", "").find("marmalade lighthouse"), std::string::npos);
  EXPECT_NE(result.value("content", "").find("marmalade lighthouse"), std::string::npos);
  EXPECT_EQ(result.value("textContent", "").find("Footer links"), std::string::npos);
  EXPECT_FALSE(result.contains("markdown"));
}

TEST(ProtocolTest, ExtractRendersMarkdownWhenAsked) {
  auto host = StartHost();
  ASSERT_TRUE(host->Send(Request(1, "extract", {{"html", ArticlePage(6)},
                                                {"url", "https://example.com/"},
                                                {"markdown", true}})));
  const json reply = host->ReadReply();
  ExpectResult(reply, 1);
  EXPECT_NE(reply["result"].value("markdown", "").find("marmalade lighthouse"), std::string::npos)
      << reply;
}

TEST(ProtocolTest, ExtractOfASelectionUsesTheSelection) {
  auto host = StartHost();
  const std::string selection =
      "<p>Only this chosen passage about amber comets and quiet observatories should appear "
      "in the reader view, nothing from the rest of the page at all.</p>";
  ASSERT_TRUE(host->Send(Request(1, "extract", {{"html", ArticlePage(6)},
                                                {"url", "https://example.com/"},
                                                {"selection", selection},
                                                {"title", "Chosen"}})));
  const json reply = host->ReadReply();
  ExpectResult(reply, 1);
  EXPECT_NE(reply["result"].value("textContent", "").find("amber comets"), std::string::npos);
  EXPECT_EQ(reply["result"].value("textContent", "").find("marmalade"), std::string::npos);
}

TEST(ProtocolTest, ExtractFieldProblemsAreNamed) {
  auto host = StartHost();
  host->Send(Request(1, "extract", {{"url", "u"}}));
  ExpectError(host->ReadReply(), 1, "bad_request", "missing field 'html'");
  host->Send(Request(2, "extract", {{"html", "<p>x</p>"}}));
  ExpectError(host->ReadReply(), 2, "bad_request", "missing field 'url'");
  host->Send(Request(3, "extract", {{"html", 5}, {"url", "u"}}));
  ExpectError(host->ReadReply(), 3, "bad_request", "field 'html' must be a string");
  host->Send(Request(4, "extract", {{"html", "<p>x</p>"}, {"url", "u"}, {"markdown", "yes"}}));
  ExpectError(host->ReadReply(), 4, "bad_request", "field 'markdown' must be a boolean");
  host->Send(Request(5, "extract", {{"html", "<p>x</p>"}, {"url", "u"}, {"title", {1}}}));
  ExpectError(host->ReadReply(), 5, "bad_request", "field 'title' must be a string");
}

TEST(ProtocolTest, SummarizeASelectionAnswersItsSentences) {
  auto host = StartHost();
  const std::string text =
      "The river rose during the night and flooded the lower town. "
      "Volunteers filled sandbags until the morning. "
      "By noon the water had started to fall again.";
  host->Send(Request(1, "summarize", {{"text", text}, {"lang", "en"}, {"sentences", 2}}));
  const json reply = host->ReadReply();
  ASSERT_TRUE(reply.value("ok", false)) << reply;
  EXPECT_EQ(reply["id"], 1);
  EXPECT_EQ(reply["result"]["lang"], "en");
  const json& sentences = reply["result"]["sentences"];
  ASSERT_EQ(sentences.size(), 2u) << reply;
  for (const json& sentence : sentences) {
    EXPECT_NE(text.find(sentence.get<std::string>()), std::string::npos) << sentence;
  }
}

TEST(ProtocolTest, SaveWritesIntoTheFolderAndTheLibraryListsIt) {
  char folder_template[] = "/tmp/pagesift-protocol-XXXXXX";
  ASSERT_NE(mkdtemp(folder_template), nullptr);
  const std::string folder = folder_template;
  auto host = StartHost();
  host->Send(Request(1, "save", {{"html", "<title>Saved story</title><article><p>" + std::string(300, 'w') +
                                              " words, with commas, of a saved story.</p></article>"},
                                 {"url", "https://example.org/story"},
                                 {"formats", {"markdown", "json"}},
                                 {"folder", folder}}));
  const json saved = host->ReadReply();
  ASSERT_TRUE(saved.value("ok", false)) << saved;
  ASSERT_EQ(saved["result"]["files"].size(), 2u) << saved;
  for (const json& file : saved["result"]["files"]) {
    const std::string path = file.get<std::string>();
    EXPECT_EQ(path.rfind(folder + "/", 0), 0u) << path;
    EXPECT_EQ(access(path.c_str(), R_OK), 0) << path;
  }
  host->Send(Request(2, "library", {{"action", "list"}, {"folder", folder}}));
  const json listed = host->ReadReply();
  ASSERT_TRUE(listed.value("ok", false)) << listed;
  ASSERT_EQ(listed["result"]["articles"].size(), 1u) << listed;
  EXPECT_EQ(listed["result"]["articles"][0]["title"], "Saved story");
  std::filesystem::remove_all(folder);
}

std::string Base64(const std::string& bytes) {
  static constexpr char kDigits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (size_t i = 0; i < bytes.size(); i += 3) {
    uint32_t group = 0;
    for (size_t k = 0; k < 3; ++k) group = (group << 8) | (i + k < bytes.size() ? static_cast<unsigned char>(bytes[i + k]) : 0u);
    for (size_t k = 0; k < 4; ++k) out += i + k <= bytes.size() ? kDigits[(group >> (18 - 6 * k)) & 63] : '=';
  }
  return out;
}

std::string ReadWhole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// The host takes image bytes in the save request, keeps the article's
// raster images beside it, links them, and says what became of each.
TEST(ProtocolTest, SaveStoresTheArticlesImagesAndLinksThem) {
  char folder_template[] = "/tmp/pagesift-protocol-XXXXXX";
  ASSERT_NE(mkdtemp(folder_template), nullptr);
  const std::string folder = folder_template;
  const std::string png = std::string("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16) + "pixels";
  const std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>";
  auto host = StartHost();
  host->Send(Request(1, "save", {{"html", "<title>Pictured story</title><article><p>" + std::string(300, 'w') +
                                              " words of a story with pictures.</p>"
                                              "<img src=\"/img/sea.png\" alt=\"Sea\" width=\"320\" height=\"180\">"
                                              "<p>More words of the story, and a logo.</p>"
                                              "<img src=\"https://cdn.example/logo.svg\" width=\"300\" height=\"200\">"
                                              "</article>"},
                                 {"url", "https://example.org/story"},
                                 {"formats", {"markdown", "html"}},
                                 {"template", "../{title}"},
                                 {"folder", folder},
                                 {"images", {{{"url", "https://example.org/img/sea.png"}, {"data", Base64(png)}},
                                             {{"url", "https://cdn.example/logo.svg"}, {"data", Base64(svg)}},
                                             {{"url", "https://example.org/other.png"}, {"data", Base64(png)}},
                                             {{"url", "https://example.org/bad.png"}, {"data", "not base64!"}}}}}));
  const json saved = host->ReadReply();
  ASSERT_TRUE(saved.value("ok", false)) << saved;
  const json& files = saved["result"]["files"];
  ASSERT_EQ(files.size(), 3u) << saved;
  EXPECT_EQ(files[2], folder + "/Pictured story.images");
  const json& images = saved["result"]["images"];
  ASSERT_EQ(images.size(), 4u) << saved;
  EXPECT_EQ(images[0]["file"], folder + "/Pictured story.images/001.png") << saved;
  EXPECT_EQ(ReadWhole(folder + "/Pictured story.images/001.png"), png);
  EXPECT_EQ(images[1]["error"], "not a PNG, JPEG, GIF, WebP, AVIF or BMP image") << saved;
  EXPECT_EQ(images[2]["error"], "not an image of the article") << saved;
  EXPECT_EQ(images[3]["error"], "not base64") << saved;
  const std::string md = ReadWhole(files[0].get<std::string>());
  EXPECT_NE(md.find("![Sea](Pictured%20story.images/001.png)"), std::string::npos) << md;
  EXPECT_NE(md.find("(https://cdn.example/logo.svg)"), std::string::npos) << md;
  const std::string html = ReadWhole(files[1].get<std::string>());
  EXPECT_NE(html.find("<img src=\"Pictured%20story.images/001.png\""), std::string::npos) << html;

  host->Send(Request(2, "library", {{"action", "delete"}, {"articleId", saved["result"]["id"]}, {"folder", folder}}));
  const json deleted = host->ReadReply();
  ASSERT_TRUE(deleted.value("ok", false)) << deleted;
  EXPECT_FALSE(std::filesystem::exists(folder + "/Pictured story.images"));

  host->Send(Request(3, "save", {{"html", "<p>x</p>"}, {"url", "https://example.org/"}, {"folder", folder},
                                 {"images", {{{"url", "https://example.org/a.png"}}}}}));
  ExpectError(host->ReadReply(), 3, "bad_request", "'data' is missing");
  std::filesystem::remove_all(folder);
}

TEST(ProtocolTest, FeatureRequestsNameTheirMissingFields) {
  auto host = StartHost();
  host->Send(Request(1, "summarize", {{"sentences", 2}}));
  ExpectError(host->ReadReply(), 1, "bad_request", "summarize needs");
  host->Send(Request(2, "summarize", {{"text", "Some text."}, {"sentences", 0}}));
  ExpectError(host->ReadReply(), 2, "bad_request", "\"sentences\" must be a whole number");
}

TEST(ProtocolTest, UnknownTypeIsNamed) {
  auto host = StartHost();
  host->Send(Request(7, "teleport"));
  ExpectError(host->ReadReply(), 7, "bad_request", "unknown request type 'teleport'");
}

TEST(ProtocolTest, DebugRequestsNeedTheFlag) {
  HostProcess host({kPinnedOrigin});
  host.Send(Request(1, "debug_echo", {{"data", "x"}}));
  ExpectError(host.ReadReply(), 1, "bad_request", "unknown request type 'debug_echo'");
}

TEST(ProtocolTest, MissingAndWrongTypedIdAndType) {
  auto host = StartHost();
  host->WriteFrame(R"({"type":"ping"})");
  ExpectError(host->ReadReply(), nullptr, "bad_request", "missing field 'id'");
  host->WriteFrame(R"({"id":[1],"type":"ping"})");
  ExpectError(host->ReadReply(), nullptr, "bad_request", "field 'id' must be a string or a number");
  host->WriteFrame(R"({"id":"a"})");
  ExpectError(host->ReadReply(), "a", "bad_request", "missing field 'type'");
  host->WriteFrame(R"({"id":"b","type":false})");
  ExpectError(host->ReadReply(), "b", "bad_request", "field 'type' must be a string");
  ExpectAlive(*host);
}

// --- Chunking --------------------------------------------------------------

TEST(ProtocolTest, FiveMegabyteReplyReassemblesByteIdentical) {
  // The worst content for the frame cap: characters that escape to six bytes,
  // four-byte code points, quotes and backslashes.
  std::string data;
  std::mt19937 random(2024);
  while (data.size() < (size_t{5} << 20)) {
    switch (random() % 5) {
      case 0: data += "\x01\x1f"; break;
      case 1: data += "\xF0\x9F\x93\x9A"; break;
      case 2: data += "\"\\"; break;
      case 3: data += "\xE2\x80\xA8\xC3\xA9"; break;
      default: data += "reader view "; break;
    }
  }
  auto host = StartHost();
  ASSERT_TRUE(host->Send(Request("big", "debug_echo", {{"data", data}})));
  std::string text;
  const json reply = host->ReadReply(&text);
  const json expected = {{"id", "big"}, {"ok", true}, {"result", {{"data", data}}}};
  EXPECT_EQ(text, expected.dump()) << "reassembled text differs";
  EXPECT_EQ(reply, expected);
  EXPECT_GT(text.size(), size_t{5} << 20);
  EXPECT_LE(host->largest_frame(), size_t{1} << 20);
  ExpectAlive(*host);
}

TEST(ProtocolTest, LargeExtractIsChunkedUnderTheCap) {
  auto host = StartHost();
  ASSERT_TRUE(host->Send(Request(1, "extract", {{"html", ArticlePage(20000)},
                                                {"url", "https://example.com/long"}})));
  const json reply = host->ReadReply();
  ExpectResult(reply, 1);
  EXPECT_GT(reply.dump().size(), size_t{1} << 20) << "the reply should have needed chunks";
  EXPECT_NE(reply["result"].value("textContent", "").find("Paragraph 19999"), std::string::npos);
  EXPECT_LE(host->largest_frame(), size_t{1} << 20);
}

// --- Ordering, cancel, deadline, busy --------------------------------------

TEST(ProtocolTest, FastRequestIsNotHeldUpBySlowOne) {
  auto host = StartHost();
  host->Send(Request("slow", "debug_sleep", {{"ms", 600000}}));
  host->Send(Request("fast-extract", "extract", {{"html", ArticlePage(3)}, {"url", "u"}}));
  host->Send(Request("fast-ping", "ping"));
  std::set<std::string> first_two;
  for (int i = 0; i < 2; ++i) first_two.insert(host->ReadReply().value("id", ""));
  EXPECT_EQ(first_two, (std::set<std::string>{"fast-extract", "fast-ping"}));
  host->Send(Request("c", "cancel", {{"target", "slow"}}));
  ExpectError(host->ReadReply(), "slow", "cancelled");
  const json cancel = host->ReadReply();
  ExpectResult(cancel, "c");
  EXPECT_EQ(cancel["result"], json({{"cancelled", true}}));
}

TEST(ProtocolTest, CancelOfUnknownIdSaysSo) {
  auto host = StartHost();
  host->Send(Request("c", "cancel", {{"target", "never-sent"}}));
  const json reply = host->ReadReply();
  ExpectResult(reply, "c");
  EXPECT_EQ(reply["result"], json({{"cancelled", false}}));
}

TEST(ProtocolTest, CancelNeedsATarget) {
  auto host = StartHost();
  host->Send(Request("c", "cancel"));
  ExpectError(host->ReadReply(), "c", "bad_request", "missing field 'target'");
  host->Send(Request("d", "cancel", {{"target", {{"x", 1}}}}));
  ExpectError(host->ReadReply(), "d", "bad_request", "field 'target' must be a string or a number");
}

TEST(ProtocolTest, CancelledRequestIsAnsweredOnlyOnce) {
  auto host = StartHost();
  host->Send(Request(1, "debug_sleep", {{"ms", 600000}}));
  host->Send(Request(2, "cancel", {{"target", 1}}));
  ExpectError(host->ReadReply(), 1, "cancelled");
  ExpectResult(host->ReadReply(), 2);
  // A second cancel finds nothing, and nothing else arrives for id 1.
  host->Send(Request(3, "cancel", {{"target", 1}}));
  const json again = host->ReadReply();
  EXPECT_EQ(again["id"], 3);
  EXPECT_EQ(again["result"], json({{"cancelled", false}}));
  ExpectAlive(*host);
}

TEST(ProtocolTest, DeadlineEndsARequestWithTimeout) {
  auto host = StartHost({"--deadline-ms=200"});
  host->Send(Request("t", "debug_sleep", {{"ms", 600000}}));
  ExpectError(host->ReadReply(), "t", "timeout", "200 ms");
  ExpectAlive(*host);
}

TEST(ProtocolTest, DeadlineHoldsEvenWhenWorkIgnoresCancel) {
  auto host = StartHost({"--deadline-ms=200"}, {});
  host->Send(Request("stuck", "debug_sleep", {{"ms", 600000}, {"ignoreCancel", true}}));
  ExpectError(host->ReadReply(), "stuck", "timeout");
  ExpectAlive(*host);
}

TEST(ProtocolTest, DeadlineFromTheEnvironment) {
  auto host = StartHost({}, {{"PAGESIFT_DEADLINE_MS", "150"}});
  host->Send(Request("t", "debug_sleep", {{"ms", 600000}}));
  ExpectError(host->ReadReply(), "t", "timeout", "150 ms");
}

TEST(ProtocolTest, ExtractPastItsDeadlineTimesOut) {
  // A 1 ms deadline against a page of several megabytes: the engine cannot win.
  auto host = StartHost({"--deadline-ms=1"});
  host->Send(Request("x", "extract", {{"html", ArticlePage(30000)}, {"url", "u"}}));
  ExpectError(host->ReadReply(), "x", "timeout");
  ExpectAlive(*host);
}

TEST(ProtocolTest, PastMaxInFlightIsBusy) {
  auto host = StartHost({"--max-in-flight=2"});
  host->Send(Request("a", "debug_sleep", {{"ms", 600000}}));
  host->Send(Request("b", "debug_sleep", {{"ms", 600000}}));
  host->Send(Request("c", "debug_sleep", {{"ms", 1}}));
  ExpectError(host->ReadReply(), "c", "busy");
  ExpectAlive(*host);  // hello, ping and cancel are never busy
  host->Send(Request("ca", "cancel", {{"target", "a"}}));
  ExpectError(host->ReadReply(), "a", "cancelled");
  ExpectResult(host->ReadReply(), "ca");
  // The slot frees once the cancelled work notices; until then, busy.
  for (int attempt = 0;; ++attempt) {
    host->Send(Request("d" + std::to_string(attempt), "debug_echo", {{"data", "ok"}}));
    const json reply = host->ReadReply();
    ASSERT_TRUE(reply.is_object());
    if (reply.value("ok", false)) break;
    ExpectError(reply, "d" + std::to_string(attempt), "busy");
    ASSERT_LT(attempt, 100000) << "the slot never freed";
  }
}

TEST(ProtocolTest, DuplicateIdInFlightIsRefused) {
  auto host = StartHost();
  host->Send(Request("same", "debug_sleep", {{"ms", 600000}}));
  host->Send(Request("same", "debug_echo", {{"data", "x"}}));
  ExpectError(host->ReadReply(), "same", "bad_request", "already in flight");
}

// --- Bad input ---------------------------------------------------------------

TEST(ProtocolTest, MalformedJsonIsABadRequest) {
  auto host = StartHost();
  host->WriteFrame("{\"id\": 1, \"type\": ");
  ExpectError(host->ReadReply(), nullptr, "bad_request", "malformed JSON");
  ExpectAlive(*host);
}

TEST(ProtocolTest, JsonThatIsNotAnObjectIsABadRequest) {
  auto host = StartHost();
  for (const char* payload : {"[1,2,3]", "\"ping\"", "42", "null"}) {
    host->WriteFrame(payload);
    ExpectError(host->ReadReply(), nullptr, "bad_request", "must be a JSON object");
  }
  ExpectAlive(*host);
}

TEST(ProtocolTest, ZeroLengthFrameIsABadRequest) {
  auto host = StartHost();
  host->WriteRaw(LengthPrefix(0));
  ExpectError(host->ReadReply(), nullptr, "bad_request", "empty frame");
  ExpectAlive(*host);
}

TEST(ProtocolTest, InvalidUtf8InsideAStringIsABadRequest) {
  auto host = StartHost();
  host->WriteFrame("{\"id\":1,\"type\":\"extract\",\"html\":\"\xff\xfe<p>\",\"url\":\"u\"}");
  ExpectError(host->ReadReply(), nullptr, "bad_request", "malformed JSON");
  host->WriteFrame("{\"id\":2,\"type\":\"ping\",\"x\":\"\xED\xA0\x80\"}");  // a lone surrogate
  ExpectError(host->ReadReply(), nullptr, "bad_request", "malformed JSON");
  ExpectAlive(*host);
}

TEST(ProtocolTest, DeeplyNestedJsonIsABadRequest) {
  auto host = StartHost();
  host->WriteFrame(R"({"id":1,"type":"ping","x":)" + std::string(1'000'000, '['));
  ExpectError(host->ReadReply(), nullptr, "bad_request", "deeper than");
  ExpectAlive(*host);
}

TEST(ProtocolTest, FourGigabyteLengthPrefixIsRefusedThenTheHostCloses) {
  auto host = StartHost();
  host->WriteRaw(LengthPrefix(0xFFFFFFFFu));
  const std::vector<std::string> frames = host->ReadToEnd();
  ASSERT_EQ(frames.size(), 1u);
  ExpectError(json::parse(frames[0]), nullptr, "input_too_large", "4294967295");
  ExpectCleanExit(*host);
}

TEST(ProtocolTest, RequestAfterShutdownBeganGetsNoAnswer) {
  // After a length prefix just over 64 MiB the stream is no longer frames:
  // the host answers that one error and closes, ignoring the ping behind it.
  auto host = StartHost();
  std::string bytes = LengthPrefix((64u << 20) + 1);
  const std::string ping = Request(1, "ping").dump();
  bytes += LengthPrefix(static_cast<uint32_t>(ping.size())) + ping;
  host->WriteRaw(bytes);
  const std::vector<std::string> frames = host->ReadToEnd();
  ASSERT_EQ(frames.size(), 1u);
  ExpectError(json::parse(frames[0]), nullptr, "input_too_large", "67108865");
  ExpectCleanExit(*host);
}

TEST(ProtocolTest, RequestOfExactly64MiBIsAccepted) {
  auto host = StartHost();
  const std::string head = R"({"id":"max","type":"debug_echo","data":"ok","pad":")";
  const std::string tail = "\"}";
  std::string payload = head + std::string((64u << 20) - head.size() - tail.size(), 'p') + tail;
  ASSERT_EQ(payload.size(), 64u << 20);
  ASSERT_TRUE(host->WriteFrame(payload));
  const json reply = host->ReadReply();
  ExpectResult(reply, "max");
  EXPECT_EQ(reply["result"]["data"], "ok");
}

TEST(ProtocolTest, RequestOfOneByteOver64MiBIsRefusedThenTheHostCloses) {
  auto host = StartHost();
  // The prefix alone is refused: the host never reads (or holds) the payload.
  host->WriteRaw(LengthPrefix((64u << 20) + 1));
  const std::vector<std::string> frames = host->ReadToEnd();
  ASSERT_EQ(frames.size(), 1u);
  ExpectError(json::parse(frames[0]), nullptr, "input_too_large", std::to_string((64u << 20) + 1));
  ExpectCleanExit(*host);
}

TEST(ProtocolTest, TruncatedFrameThenEofIsReportedAndTheHostExits) {
  auto host = StartHost();
  host->WriteRaw(LengthPrefix(100) + R"({"id":1,"ty)");
  host->CloseStdin();
  const std::vector<std::string> frames = host->ReadToEnd();
  ASSERT_EQ(frames.size(), 1u);
  ExpectError(json::parse(frames[0]), nullptr, "bad_request", "truncated frame");
  ExpectCleanExit(*host);
}

TEST(ProtocolTest, TruncatedLengthPrefixThenEof) {
  auto host = StartHost();
  host->WriteRaw(std::string("\x10\x00", 2));
  host->CloseStdin();
  const std::vector<std::string> frames = host->ReadToEnd();
  ASSERT_EQ(frames.size(), 1u);
  ExpectError(json::parse(frames[0]), nullptr, "bad_request", "length prefix");
  ExpectCleanExit(*host);
}

TEST(ProtocolTest, TenThousandPipelinedRequestsAreEachAnsweredOnce) {
  auto host = StartHost();
  constexpr int kRequests = 10000;
  std::string bytes;
  for (int i = 0; i < kRequests; ++i) {
    const json request = i % 2 ? Request(i, "ping")
                               : Request(i, "extract", {{"html", "<p>short page</p>"},
                                                        {"url", "https://e.com/"}});
    const std::string payload = request.dump();
    bytes += LengthPrefix(static_cast<uint32_t>(payload.size())) + payload;
  }
  ASSERT_TRUE(host->WriteRaw(bytes));
  std::set<int> answered;
  int busy = 0;
  for (int i = 0; i < kRequests; ++i) {
    const json reply = host->ReadReply();
    ASSERT_TRUE(reply.is_object()) << "reply " << i << " missing";
    const int id = reply["id"].get<int>();
    EXPECT_TRUE(answered.insert(id).second) << "id " << id << " answered twice";
    if (id % 2) {
      ExpectResult(reply, id);
    } else if (!reply.value("ok", false)) {
      // Extracts past max-in-flight are refused, never queued without bound.
      ExpectError(reply, id, "busy");
      ++busy;
    }
  }
  EXPECT_EQ(answered.size(), size_t{kRequests});
  EXPECT_LT(busy, kRequests / 2) << "some extracts should have run";
  ExpectAlive(*host);
}

// --- Ending the session --------------------------------------------------------

TEST(ProtocolTest, EndOfStdinExitsCleanly) {
  auto host = StartHost();
  ExpectAlive(*host);
  host->CloseStdin();
  EXPECT_TRUE(host->ReadToEnd().empty());
  ExpectCleanExit(*host);
}

TEST(ProtocolTest, EndOfStdinExitsEvenWithWorkThatIgnoresCancel) {
  auto host = StartHost();
  host->Send(Request("stuck", "debug_sleep", {{"ms", 600000}, {"ignoreCancel", true}}));
  ExpectAlive(*host);  // the sleep has been dispatched
  host->CloseStdin();
  host->ReadToEnd();
  ExpectCleanExit(*host);
}

TEST(ProtocolTest, ClosedStdoutEndsTheHostWithoutSigpipe) {
  auto host = StartHost();
  ExpectAlive(*host);
  host->CloseStdout();
  // Replies to these now fail to write; the host must notice and exit.
  for (int i = 0; i < 3; ++i) host->Send(Request(i, "ping"));
  ExpectCleanExit(*host);
}

TEST(ProtocolTest, SigtermExitsCleanly) {
  auto host = StartHost();
  host->Send(Request("s", "debug_sleep", {{"ms", 600000}}));
  ExpectAlive(*host);
  ASSERT_TRUE(host->Signal(SIGTERM));
  host->ReadToEnd();
  ExpectCleanExit(*host);
}

// --- The caller and the log ------------------------------------------------------

TEST(ProtocolTest, LogsAChromiumCaller) {
  auto host = StartHost();
  ExpectAlive(*host);
  host->CloseStdin();
  ExpectCleanExit(*host);
  EXPECT_NE(host->Stderr().find(std::string("Chromium extension ") + kPinnedId), std::string::npos)
      << host->Stderr();
}

TEST(ProtocolTest, StartedWithoutBrowserArgumentsServes) {
  HostProcess host({});
  ExpectAlive(host);
  host.CloseStdin();
  ExpectCleanExit(host);
  EXPECT_NE(host.Stderr().find("no browser"), std::string::npos) << host.Stderr();
}

// A refused caller gets one structured error, unprompted, and the host exits
// with status 1 without reading a request.
void ExpectRefused(const std::vector<std::string>& arguments, const std::string& logged) {
  HostProcess host(arguments);
  ASSERT_TRUE(host.started());
  ExpectError(host.ReadReply(), nullptr, "caller_not_allowed", "serves only pagesift's extension");
  const std::optional<int> status = host.WaitExit();
  ASSERT_TRUE(status.has_value()) << "the host did not exit";
  ASSERT_TRUE(WIFEXITED(*status)) << "the host was killed by signal " << WTERMSIG(*status);
  EXPECT_EQ(WEXITSTATUS(*status), 1);
  EXPECT_NE(host.Stderr().find("refusing to serve"), std::string::npos) << host.Stderr();
  EXPECT_NE(host.Stderr().find(logged), std::string::npos) << host.Stderr();
}

TEST(ProtocolTest, OtherChromiumExtensionIsRefused) {
  ExpectRefused({"chrome-extension://abcdefghijklmnopabcdefghijklmnop/"},
                "Chromium extension abcdefghijklmnopabcdefghijklmnop");
}

TEST(ProtocolTest, PinnedIdWithAnotherSchemeOrPathIsRefused) {
  ExpectRefused({std::string("chrome-extension://") + kPinnedId + "/evil/"}, "Chromium extension");
  ExpectRefused({std::string("chrome-extension://") + kPinnedId}, "Chromium extension");
  ExpectRefused({std::string("moz-extension://") + kPinnedId + "/"}, "unknown caller");
}

TEST(ProtocolTest, OtherFirefoxAddonIsRefused) {
  ExpectRefused({"/home/u/.mozilla/native-messaging-hosts/org.pagesift.host.json", "evil@example.org"},
                "Firefox add-on evil@example.org");
}

TEST(ProtocolTest, ArgumentsNoBrowserPassesAreRefused) {
  ExpectRefused({"hello"}, "unknown caller");
}

TEST(ProtocolTest, LogsAFirefoxCaller) {
  HostProcess host({"/home/u/.mozilla/native-messaging-hosts/org.pagesift.host.json",
                    "reader@pagesift.org"});
  ExpectAlive(host);
  host.CloseStdin();
  ExpectCleanExit(host);
  EXPECT_NE(host.Stderr().find("Firefox add-on reader@pagesift.org"), std::string::npos)
      << host.Stderr();
}

TEST(ProtocolTest, LogFileUnderTheStateDirectory) {
  char dir_template[] = "/tmp/pagesift-state-XXXXXX";
  ASSERT_NE(::mkdtemp(dir_template), nullptr);
  const std::string state = dir_template;
  {
    HostProcess host({kPinnedOrigin},
                     {{"XDG_STATE_HOME", state}, {"PAGESIFT_LOG_FILE", "1"}});
    ExpectAlive(host);
    host.CloseStdin();
    ExpectCleanExit(host);
  }
  const std::string log_path = state + "/pagesift/host.log";
  std::ifstream log(log_path);
  std::stringstream text;
  text << log.rdbuf();
  EXPECT_NE(text.str().find("started by Chromium extension"), std::string::npos) << text.str();
  EXPECT_NE(text.str().find("shutting down: stdin closed"), std::string::npos) << text.str();
  std::remove(log_path.c_str());
  ::rmdir((state + "/pagesift").c_str());
  ::rmdir(state.c_str());
}

}  // namespace
}  // namespace pagesift::protocol_test
