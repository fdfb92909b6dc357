// The language-model client against a small HTTP server on loopback that
// speaks both wire formats and misbehaves on demand: every failure must
// end in the extractive summary, with the reason.
#include "summarize/model_summary.h"

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "support/scripted_http_server.h"

namespace pagesift::summarize {
namespace {

using test_support::kEventsHead;
using test_support::kOllamaHead;
using test_support::OllamaLine;
using test_support::OpenAiEvent;
using Reply = test_support::ScriptedReply;
using ScriptedServer = test_support::ScriptedHttpServer;

const std::string kOkNdjson(kOllamaHead);
const std::string kOkEvents(kEventsHead);

Result Article() {
  Result article;
  article.lang = "en";
  article.blocks = {
      {TextBlock::Kind::kParagraph, "The council approved the tram line on Monday after a long debate."},
      {TextBlock::Kind::kParagraph, "Work on the tram line starts in spring and lasts two years."},
      {TextBlock::Kind::kParagraph, "Shops near the station fear the works will cost them customers."},
  };
  return article;
}

struct ModelRun {
  ModelSummary summary;
  std::vector<std::string> streamed;
};

ModelRun Summarize(const ModelSettings& settings, const Result& article = Article(),
                   const std::atomic<bool>* cancel = nullptr, Status* status = nullptr) {
  ModelRun run;
  SummaryOptions options;
  options.sentences = 2;
  ModelCallbacks callbacks;
  callbacks.on_text = [&](std::string_view text) { run.streamed.emplace_back(text); };
  callbacks.cancel = cancel;
  Status result = SummarizeWithModel(article, settings, options, callbacks, &run.summary);
  if (status != nullptr) {
    *status = result;
  } else {
    EXPECT_TRUE(result.ok()) << result.ToString();
  }
  return run;
}

ModelSettings Settings(const std::string& url, ChatFormat format) {
  ModelSettings settings;
  settings.endpoint = url;
  settings.format = format;
  settings.model = "test-model";
  settings.timeout = std::chrono::milliseconds(3000);
  return settings;
}

void ExpectFallback(const ModelRun& run, std::string_view reason) {
  EXPECT_FALSE(run.summary.from_model);
  EXPECT_EQ(run.summary.extractive.sentences.size(), 2u);  // the extractive summary stands in
  EXPECT_NE(run.summary.fallback_reason.find(reason), std::string::npos) << run.summary.fallback_reason;
}

TEST(ModelSummaryTest, OllamaStreamsTokensAsTheyCome) {
  ScriptedServer server({{{kOkNdjson, OllamaLine("The tram ", false), OllamaLine("is approved.", false),
                           OllamaLine("", true)},
                          std::chrono::milliseconds(20)}});
  ModelRun run = Summarize(Settings(server.url("/api/chat"), ChatFormat::kOllama));
  EXPECT_TRUE(run.summary.from_model) << run.summary.fallback_reason;
  EXPECT_EQ(run.summary.text, "The tram is approved.");
  EXPECT_EQ(run.streamed, (std::vector<std::string>{"The tram ", "is approved."}));
  const std::vector<std::string> bodies = server.bodies();
  ASSERT_EQ(bodies.size(), 1u);
  EXPECT_NE(bodies[0].find("\"model\":\"test-model\""), std::string::npos);
  EXPECT_NE(bodies[0].find("tram line on Monday"), std::string::npos);
  EXPECT_NE(bodies[0].find("num_ctx"), std::string::npos);
}

TEST(ModelSummaryTest, OpenAiCompatibleEvents) {
  ScriptedServer server({{{kOkEvents, OpenAiEvent("Tram "), OpenAiEvent("approved."), "data: [DONE]\n\n"},
                          std::chrono::milliseconds(20)}});
  ModelRun run = Summarize(Settings(server.url("/v1/chat/completions"), ChatFormat::kOpenAi));
  EXPECT_TRUE(run.summary.from_model) << run.summary.fallback_reason;
  EXPECT_EQ(run.summary.text, "Tram approved.");
  EXPECT_EQ(run.streamed.size(), 2u);
}

TEST(ModelSummaryTest, SlowEndpointFallsBack) {
  ScriptedServer server({{{kOkNdjson, OllamaLine("Late.", true)}, std::chrono::milliseconds(800)}});
  ModelSettings settings = Settings(server.url("/api/chat"), ChatFormat::kOllama);
  settings.timeout = std::chrono::milliseconds(200);
  ExpectFallback(Summarize(settings), "language model");
}

TEST(ModelSummaryTest, TruncatedAnswerFallsBack) {
  ScriptedServer server({{{kOkNdjson, OllamaLine("The tram ", false)}}});
  ModelRun run = Summarize(Settings(server.url("/api/chat"), ChatFormat::kOllama));
  ExpectFallback(run, "truncated");
}

TEST(ModelSummaryTest, RefusingEndpointFallsBack) {
  ScriptedServer server({{{"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n"}}});
  ExpectFallback(Summarize(Settings(server.url("/api/chat"), ChatFormat::kOllama)), "HTTP 503");
}

TEST(ModelSummaryTest, ErrorInTheStreamFallsBack) {
  ScriptedServer server({{{kOkNdjson, "{\"error\":\"model 'test-model' not found\"}\n"}}});
  ExpectFallback(Summarize(Settings(server.url("/api/chat"), ChatFormat::kOllama)), "not found");
}

TEST(ModelSummaryTest, ClosedPortFallsBack) {
  std::string url;
  {
    ScriptedServer server({});  // binds a port, serves nothing, closes it
    url = server.url("/api/chat");
  }
  ExpectFallback(Summarize(Settings(url, ChatFormat::kOllama)), "cannot connect");
}

TEST(ModelSummaryTest, EndpointOffThisMachineIsNeverContacted) {
  ExpectFallback(Summarize(Settings("http://192.0.2.1:11434/api/chat", ChatFormat::kOllama)), "this machine");
}

TEST(ModelSummaryTest, LongArticleIsSummarizedInPartsThenMerged) {
  Result article;
  article.lang = "en";
  for (int i = 0; i < 6; ++i) {
    article.blocks.push_back({TextBlock::Kind::kParagraph,
                              "Paragraph " + std::to_string(i) + " " + std::string(300, 'x') + " ends here."});
  }
  // 6 paragraphs of ~320 bytes in parts of at most 3 * 200 * 3/4 = 450 bytes: 6 parts, then the merge.
  std::vector<Reply> replies;
  for (int i = 0; i < 6; ++i) replies.push_back({{kOkNdjson, OllamaLine("Part " + std::to_string(i) + ".", true)}});
  replies.push_back({{kOkNdjson, OllamaLine("All parts.", true)}});
  ScriptedServer server(replies);
  ModelSettings settings = Settings(server.url("/api/chat"), ChatFormat::kOllama);
  settings.context_tokens = 200;
  ModelRun run = Summarize(settings, article);
  EXPECT_TRUE(run.summary.from_model) << run.summary.fallback_reason;
  EXPECT_EQ(run.summary.text, "All parts.");
  EXPECT_EQ(run.streamed, (std::vector<std::string>{"All parts."}));  // only the merge is streamed
  const std::vector<std::string> bodies = server.bodies();
  ASSERT_EQ(bodies.size(), 7u);
  EXPECT_NE(bodies[6].find("Part 0."), std::string::npos);
  EXPECT_NE(bodies[6].find("Part 5."), std::string::npos);
}

TEST(ModelSummaryTest, LocalhostIsReachedWithoutAResolver) {
  ScriptedServer server({{{kOkNdjson, OllamaLine("Fine.", true)}}});
  ModelRun run = Summarize(Settings("http://localhost:" + std::to_string(server.port()) + "/api/chat",
                                    ChatFormat::kOllama));
  EXPECT_TRUE(run.summary.from_model) << run.summary.fallback_reason;
  EXPECT_EQ(run.summary.text, "Fine.");
}

TEST(ModelSummaryTest, CancelClosesTheModelsConnectionAtOnce) {
  // The answer's second token would come 20 s after the first.
  ScriptedServer server({{{kOkNdjson, OllamaLine("The tram ", false), OllamaLine("", true)},
                          std::chrono::milliseconds(20'000)}});
  ModelSettings settings = Settings(server.url("/api/chat"), ChatFormat::kOllama);
  settings.timeout = std::chrono::milliseconds(60'000);
  std::atomic<bool> cancel(false);
  std::thread canceller([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    cancel = true;
  });
  const auto started = std::chrono::steady_clock::now();
  Status status;
  Summarize(settings, Article(), &cancel, &status);
  canceller.join();
  EXPECT_EQ(status.code(), ErrorCode::kCancelled) << status.ToString();
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(10));
  EXPECT_TRUE(server.WaitAbandoned(1, std::chrono::seconds(5)));
}

}  // namespace
}  // namespace pagesift::summarize
