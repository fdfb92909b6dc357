// The language-model client against a small HTTP server on loopback that
// speaks both wire formats and misbehaves on demand: every failure must
// end in the extractive summary, with the reason.
#include "summarize/model_summary.h"

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>
#include <gtest/gtest.h>

namespace pagesift::summarize {
namespace {

using tcp = boost::asio::ip::tcp;

// One scripted reply: pieces of bytes written with a pause before each.
struct Reply {
  std::vector<std::string> pieces;
  std::chrono::milliseconds pause{0};
};

// Serves the replies in order, one connection each, then stops; keeps the
// request bodies it received.
class ScriptedServer {
 public:
  explicit ScriptedServer(std::vector<Reply> replies)
      : acceptor_(io_, tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), 0)),
        replies_(std::move(replies)) {
    thread_ = std::thread([this] { Serve(); });
  }
  ~ScriptedServer() {
    boost::system::error_code ignored;
    acceptor_.close(ignored);
    thread_.join();
  }
  std::string url(std::string_view path) const {
    return "http://127.0.0.1:" + std::to_string(acceptor_.local_endpoint().port()) + std::string(path);
  }
  const std::vector<std::string>& bodies() const { return bodies_; }

 private:
  void Serve() {
    for (const Reply& reply : replies_) {
      boost::system::error_code error;
      tcp::socket socket(io_);
      acceptor_.accept(socket, error);
      if (error) return;
      boost::asio::streambuf request;
      size_t header_end = boost::asio::read_until(socket, request, "\r\n\r\n", error);
      if (error) return;
      std::string data(boost::asio::buffers_begin(request.data()), boost::asio::buffers_end(request.data()));
      std::string headers = data.substr(0, header_end);
      size_t length_at = headers.find("Content-Length: ");
      size_t length = length_at == std::string::npos ? 0 : std::stoul(headers.substr(length_at + 16));
      std::string body = data.substr(header_end);
      while (body.size() < length) {
        char buffer[4096];
        size_t n = socket.read_some(boost::asio::buffer(buffer), error);
        if (error) return;
        body.append(buffer, n);
      }
      bodies_.push_back(body);
      for (const std::string& piece : reply.pieces) {
        std::this_thread::sleep_for(reply.pause);
        boost::asio::write(socket, boost::asio::buffer(piece), error);
        if (error) break;
      }
      socket.shutdown(tcp::socket::shutdown_both, error);
    }
  }

  boost::asio::io_context io_;
  tcp::acceptor acceptor_;
  std::vector<Reply> replies_;
  std::vector<std::string> bodies_;
  std::thread thread_;
};

const std::string kOkNdjson = "HTTP/1.1 200 OK\r\nContent-Type: application/x-ndjson\r\nConnection: close\r\n\r\n";
const std::string kOkEvents = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n";

std::string OllamaLine(std::string_view token, bool done) {
  return "{\"message\":{\"role\":\"assistant\",\"content\":\"" + std::string(token) + "\"},\"done\":" +
         (done ? "true" : "false") + "}\n";
}

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

ModelRun Summarize(const ModelSettings& settings, const Result& article = Article()) {
  ModelRun run;
  SummaryOptions options;
  options.sentences = 2;
  Status status = SummarizeWithModel(article, settings, options,
                                     [&](std::string_view token) { run.streamed.emplace_back(token); }, &run.summary);
  EXPECT_TRUE(status.ok()) << status.ToString();
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
  ASSERT_EQ(server.bodies().size(), 1u);
  EXPECT_NE(server.bodies()[0].find("\"model\":\"test-model\""), std::string::npos);
  EXPECT_NE(server.bodies()[0].find("tram line on Monday"), std::string::npos);
  EXPECT_NE(server.bodies()[0].find("num_ctx"), std::string::npos);
}

TEST(ModelSummaryTest, OpenAiCompatibleEvents) {
  ScriptedServer server({{{kOkEvents, "data: {\"choices\":[{\"delta\":{\"content\":\"Tram \"}}]}\n\n",
                           "data: {\"choices\":[{\"delta\":{\"content\":\"approved.\"}}]}\n\n", "data: [DONE]\n\n"}}});
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
  ASSERT_EQ(server.bodies().size(), 7u);
  EXPECT_NE(server.bodies()[6].find("Part 0."), std::string::npos);
  EXPECT_NE(server.bodies()[6].find("Part 5."), std::string::npos);
}

}  // namespace
}  // namespace pagesift::summarize
