#include "summarize/chat_request.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace pagesift::summarize {
namespace {

TEST(ParseLoopbackEndpointTest, AcceptsLoopbackHosts) {
  ChatEndpoint endpoint;
  ASSERT_TRUE(ParseLoopbackEndpoint("http://127.0.0.1:11434/api/chat", &endpoint).ok());
  EXPECT_EQ(endpoint.host, "127.0.0.1");
  EXPECT_EQ(endpoint.port, 11434);
  EXPECT_EQ(endpoint.target, "/api/chat");
  ASSERT_TRUE(ParseLoopbackEndpoint("http://[::1]:8080/v1/chat/completions", &endpoint).ok());
  EXPECT_EQ(endpoint.host, "::1");
  EXPECT_EQ(endpoint.port, 8080);
  ASSERT_TRUE(ParseLoopbackEndpoint("http://localhost", &endpoint).ok());
  EXPECT_EQ(endpoint.port, 80);
  EXPECT_EQ(endpoint.target, "/");
  EXPECT_TRUE(ParseLoopbackEndpoint("http://127.1.2.3:1/x", &endpoint).ok());
}

TEST(ParseLoopbackEndpointTest, RefusesEverythingElse) {
  ChatEndpoint endpoint;
  for (std::string_view url :
       {"https://127.0.0.1/api/chat", "http://example.com:11434/api/chat", "http://10.0.0.1/api/chat",
        "http://127.0.0.1.example.com/x", "http://user@127.0.0.1/x", "http://127.0.0.1:0/x",
        "http://127.0.0.1:99999/x", "http://127.0.0.1:port/x", "http://[::1/x", "http://128.0.0.1/",
        "http://127.0.0/x", "http://127.0.0.256/x", "ftp://localhost/", "", "http://"}) {
    Status status = ParseLoopbackEndpoint(url, &endpoint);
    EXPECT_EQ(status.code(), ErrorCode::kInvalidArgument) << url;
  }
  Status status = ParseLoopbackEndpoint("http://example.com/api/chat", &endpoint);
  EXPECT_NE(status.message().find("this machine"), std::string::npos);
}

TEST(ChatRequestBodyTest, OllamaCarriesTheContextSize) {
  nlohmann::json body = nlohmann::json::parse(ChatRequestBody(ChatFormat::kOllama, "llama3", "Do it.", "Text", 8192));
  EXPECT_EQ(body["model"], "llama3");
  EXPECT_EQ(body["stream"], true);
  EXPECT_EQ(body["messages"][0]["role"], "system");
  EXPECT_EQ(body["messages"][0]["content"], "Do it.");
  EXPECT_EQ(body["messages"][1]["role"], "user");
  EXPECT_EQ(body["messages"][1]["content"], "Text");
  EXPECT_EQ(body["options"]["num_ctx"], 8192);
}

TEST(ChatRequestBodyTest, OpenAiHasNoOllamaOptionsAndSurvivesBadUtf8) {
  nlohmann::json body = nlohmann::json::parse(
      ChatRequestBody(ChatFormat::kOpenAi, "m", "Do it.", std::string("bad \xff byte"), 8192));
  EXPECT_FALSE(body.contains("options"));
  EXPECT_EQ(body["messages"][1]["content"], "bad \xEF\xBF\xBD byte");
}

TEST(SummaryInstructionsTest, NamesLengthAndLanguage) {
  std::string fr = SummaryInstructions("fr", 3);
  EXPECT_NE(fr.find("3 sentences"), std::string::npos);
  EXPECT_NE(fr.find("\"fr\""), std::string::npos);
  EXPECT_NE(SummaryInstructions("und", 5).find("the language the article is written in"), std::string::npos);
}

TEST(SplitForContextTest, PacksParagraphsInOrder) {
  std::vector<std::string> parts = SplitForContext({"aaaa", "bbbb", "cc", "dddddddd"}, 10);
  EXPECT_EQ(parts, (std::vector<std::string>{"aaaa\n\nbbbb", "cc", "dddddddd"}));
}

TEST(SplitForContextTest, CutsOverlongParagraphsAtCharacterBoundaries) {
  std::vector<std::string> parts = SplitForContext({"ééééé"}, 3);  // 10 bytes, 2 a character
  EXPECT_EQ(parts, (std::vector<std::string>{"é", "é", "é", "é", "é"}));
  EXPECT_TRUE(SplitForContext({}, 100).empty());
  EXPECT_EQ(SplitForContext({"ab"}, 0), (std::vector<std::string>{"a", "b"}));
}

}  // namespace
}  // namespace pagesift::summarize
