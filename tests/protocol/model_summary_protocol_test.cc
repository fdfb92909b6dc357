// Summaries by a local language model, through the real pagesift-host and a
// scripted model server on loopback (tests/support): the model's text must
// stream as "partial" frames ahead of the reply, in both wire formats; a
// slow, truncated, refusing or absent model must end in the extractive
// summary with the reason; cancel must close the model's connection; and an
// endpoint off this machine must be refused before any socket is opened.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "protocol/host_process.h"
#include "support/scripted_http_server.h"

namespace pagesift::protocol_test {
namespace {

using nlohmann::json;
using test_support::kEventsHead;
using test_support::kOllamaHead;
using test_support::OllamaLine;
using test_support::OpenAiEvent;
using test_support::ScriptedHttpServer;
using test_support::ScriptedReply;
using std::chrono::milliseconds;

const char kText[] =
    "The river rose during the night and flooded the lower town. "
    "Volunteers filled sandbags until the morning. "
    "By noon the water had started to fall again. "
    "The mayor thanked everyone who had helped.";

std::unique_ptr<HostProcess> StartHost(std::vector<std::string> flags = {},
                                       const std::map<std::string, std::string>& env = {}) {
  std::vector<std::string> args = {kPinnedOrigin};
  args.insert(args.end(), flags.begin(), flags.end());
  auto host = std::make_unique<HostProcess>(args, env);
  EXPECT_TRUE(host->started());
  return host;
}

json Model(const std::string& endpoint, const std::string& format = "ollama", int timeout_ms = 20'000) {
  return {{"endpoint", endpoint}, {"format", format}, {"name", "test-model"}, {"timeoutMs", timeout_ms}};
}

json SummarizeWith(const json& model) {
  return Request(1, "summarize", {{"text", kText}, {"lang", "en"}, {"sentences", 2}, {"model", model}});
}

// The frames of request 1 up to its reply: the partial texts, then the reply.
struct Answer {
  std::vector<std::string> partials;
  json reply;
};

Answer ReadAnswer(HostProcess& host) {
  Answer answer;
  for (json frame = host.ReadReply(); frame.is_object(); frame = host.ReadReply()) {
    EXPECT_EQ(frame["id"], 1) << frame;
    if (frame.contains("partial")) {
      answer.partials.push_back(frame["partial"].value("text", ""));
    } else if (frame.contains("ok")) {
      answer.reply = frame;
      break;
    }
  }
  return answer;
}

void ExpectModelText(const Answer& answer, const std::string& text) {
  ASSERT_TRUE(answer.reply.value("ok", false)) << answer.reply;
  const json& result = answer.reply["result"];
  EXPECT_EQ(result["model"]["used"], true) << result;
  EXPECT_EQ(result["model"]["text"], text);
  EXPECT_EQ(result["model"]["name"], "test-model");
  EXPECT_EQ(result["sentences"].size(), 2u) << "the extractive summary comes beside the model's";
  ASSERT_GE(answer.partials.size(), 2u) << "the model's text must stream, not arrive at once";
  std::string streamed;
  for (const std::string& partial : answer.partials) streamed += partial;
  EXPECT_EQ(streamed, text);
}

void ExpectFallback(const Answer& answer, const std::string& reason) {
  ASSERT_TRUE(answer.reply.value("ok", false)) << answer.reply;
  const json& result = answer.reply["result"];
  EXPECT_EQ(result["model"]["used"], false) << result;
  EXPECT_NE(result["model"].value("fallbackReason", "").find(reason), std::string::npos) << result;
  ASSERT_EQ(result["sentences"].size(), 2u) << "the extractive summary stands in: " << result;
  for (const json& sentence : result["sentences"]) {
    EXPECT_NE(std::string(kText).find(sentence.get<std::string>()), std::string::npos) << sentence;
  }
}

TEST(ModelSummaryProtocolTest, OllamaTokensStreamAsPartialFramesBeforeTheReply) {
  ScriptedHttpServer server({{{std::string(kOllamaHead), OllamaLine("The river ", false),
                               OllamaLine("flooded the town.", false), OllamaLine("", true)},
                              milliseconds(100)}});
  auto host = StartHost();
  host->Send(SummarizeWith(Model(server.url("/api/chat"))));
  ExpectModelText(ReadAnswer(*host), "The river flooded the town.");
  const std::vector<std::string> bodies = server.bodies();
  ASSERT_EQ(bodies.size(), 1u);
  const json body = json::parse(bodies[0]);
  EXPECT_EQ(body["model"], "test-model");
  EXPECT_EQ(body["stream"], true);
  EXPECT_NE(body["messages"][1]["content"].get<std::string>().find("Volunteers filled sandbags"), std::string::npos);
}

TEST(ModelSummaryProtocolTest, OpenAiCompatibleEventsStreamToo) {
  ScriptedHttpServer server({{{std::string(kEventsHead), OpenAiEvent("Sandbags "), OpenAiEvent("held."),
                               "data: [DONE]\n\n"},
                              milliseconds(100)}});
  auto host = StartHost();
  host->Send(SummarizeWith(Model(server.url("/v1/chat/completions"), "openai")));
  ExpectModelText(ReadAnswer(*host), "Sandbags held.");
  const json body = json::parse(server.bodies().at(0));
  EXPECT_FALSE(body.contains("options")) << "num_ctx is Ollama's";
}

TEST(ModelSummaryProtocolTest, SlowModelTimesOutToTheExtractiveSummary) {
  ScriptedHttpServer server({{{std::string(kOllamaHead), OllamaLine("Too late.", true)}, milliseconds(4'000)}});
  auto host = StartHost();
  host->Send(SummarizeWith(Model(server.url("/api/chat"), "ollama", 1'000)));
  Answer answer = ReadAnswer(*host);
  ExpectFallback(answer, "within 1 s");
  EXPECT_TRUE(answer.partials.empty());
}

TEST(ModelSummaryProtocolTest, TruncatedAnswerFallsBack) {
  ScriptedHttpServer server({{{std::string(kOllamaHead), OllamaLine("The river ", false)}}});
  auto host = StartHost();
  host->Send(SummarizeWith(Model(server.url("/api/chat"))));
  ExpectFallback(ReadAnswer(*host), "truncated");
}

TEST(ModelSummaryProtocolTest, RefusingModelFallsBack) {
  ScriptedHttpServer server({{{"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"}},
                             {{std::string(kOllamaHead), "{\"error\":\"model 'test-model' not found\"}\n"}}});
  auto host = StartHost();
  host->Send(SummarizeWith(Model(server.url("/api/chat"))));
  ExpectFallback(ReadAnswer(*host), "HTTP 404");
  host->Send(SummarizeWith(Model(server.url("/api/chat"))));
  ExpectFallback(ReadAnswer(*host), "not found");
}

TEST(ModelSummaryProtocolTest, DownModelFallsBack) {
  std::string url;
  {
    ScriptedHttpServer server({});  // binds a port, then closes it
    url = server.url("/api/chat");
  }
  auto host = StartHost();
  host->Send(SummarizeWith(Model(url)));
  ExpectFallback(ReadAnswer(*host), "cannot connect");
}

TEST(ModelSummaryProtocolTest, ModelTimeGoesBeyondTheHostsDeadline) {
  // 2 pauses of 700 ms: past the host's 1 s deadline, within the model's 10 s.
  ScriptedHttpServer server({{{std::string(kOllamaHead), OllamaLine("Still ", false), OllamaLine("here.", true)},
                              milliseconds(700)}});
  auto host = StartHost({"--deadline-ms=1000"});
  host->Send(SummarizeWith(Model(server.url("/api/chat"), "ollama", 10'000)));
  ExpectModelText(ReadAnswer(*host), "Still here.");
}

TEST(ModelSummaryProtocolTest, CancelClosesTheModelsConnection) {
  // After its first token the model would pause for 30 s.
  ScriptedHttpServer server({{{std::string(kOllamaHead) + OllamaLine("The river ", false), OllamaLine("", true)},
                              milliseconds(30'000)}});
  auto host = StartHost();
  host->Send(SummarizeWith(Model(server.url("/api/chat"), "ollama", 60'000)));
  const json partial = host->ReadReply();
  ASSERT_EQ(partial.value("partial", json()).value("text", ""), "The river ") << partial;
  host->Send(Request(2, "cancel", {{"target", 1}}));
  const json cancelled = host->ReadReply();
  EXPECT_EQ(cancelled["id"], 1);
  EXPECT_EQ(cancelled["error"]["code"], "cancelled") << cancelled;
  EXPECT_EQ(host->ReadReply()["result"]["cancelled"], true);
  EXPECT_TRUE(server.WaitAbandoned(1, milliseconds(10'000))) << "the model's connection stayed open";
}

TEST(ModelSummaryProtocolTest, BadModelSettingsAreRefusedByName) {
  auto host = StartHost();
  json model = Model("http://127.0.0.1:11434/api/chat");
  model["format"] = "gemini";
  host->Send(SummarizeWith(model));
  const json reply = host->ReadReply();
  EXPECT_EQ(reply.value("ok", true), false) << reply;
  EXPECT_EQ(reply["error"]["code"], "invalid_argument") << reply;
  EXPECT_NE(reply["error"].value("message", "").find("format"), std::string::npos) << reply;
}

// --- No connection anywhere but the configured loopback endpoint -----------

std::string ReadLog(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(ModelSummaryProtocolTest, EndpointOffThisMachineIsRefusedBeforeAnySocketIsOpened) {
  char log_template[] = "/tmp/pagesift-sockets-XXXXXX";
  const int fd = ::mkstemp(log_template);
  ASSERT_GE(fd, 0);
  ::close(fd);
  const std::string log = log_template;
  ScriptedHttpServer server({{{std::string(kOllamaHead), OllamaLine("Fine.", true)}}});
  auto host = StartHost({}, {{"LD_PRELOAD", PAGESIFT_SOCKET_LOG_LIBRARY},
                             {"PAGESIFT_TEST_SOCKET_LOG", log},
                             {"ASAN_OPTIONS", "verify_asan_link_order=0"}});

  for (const char* endpoint : {"http://192.0.2.1:11434/api/chat", "http://ollama.example.com/api/chat",
                               "http://localhost.example.com:11434/api/chat", "https://127.0.0.1/api/chat"}) {
    host->Send(SummarizeWith(Model(endpoint)));
    const json reply = host->ReadReply();
    EXPECT_EQ(reply.value("ok", true), false) << reply;
    EXPECT_EQ(reply["error"]["code"], "invalid_argument") << reply;
    EXPECT_NE(reply["error"].value("message", "").find("this machine"), std::string::npos) << reply;
  }
  EXPECT_EQ(ReadLog(log), "") << "a refused endpoint opened a socket";

  // The same host, the preloaded logger in place, reaches a loopback model:
  // the log sees that connection, and only it.
  host->Send(SummarizeWith(Model(server.url("/api/chat"))));
  ASSERT_EQ(ReadAnswer(*host).reply["result"]["model"]["used"], true);
  EXPECT_EQ(ReadLog(log), "socket inet\nconnect 127.0.0.1 " + std::to_string(server.port()) + "\n");
  std::remove(log.c_str());
}

}  // namespace
}  // namespace pagesift::protocol_test
