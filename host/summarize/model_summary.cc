#include "summarize/model_summary.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "summarize/candidates.h"
#include "summarize/chat_request.h"
#include "summarize/language.h"

namespace pagesift::summarize {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
using tcp = boost::asio::ip::tcp;
using Clock = std::chrono::steady_clock;

constexpr size_t kBytesPerToken = 3;
// The most parts an article is cut into: beyond, the model would take
// minutes; the tail of a very long article is left out.
constexpr size_t kMaxParts = 8;
// A model answer larger than this is not a summary.
constexpr size_t kMaxAnswerBytes = 256 * 1024;
// Rounds of summarizing summaries, should a model answer at length.
constexpr int kMaxMergeRounds = 3;

// One streamed chat exchange with the endpoint. Never throws: Beast's
// error codes become a Status.
Status Chat(const ChatEndpoint& endpoint, const ModelSettings& settings, std::string_view instructions,
            std::string_view text, Clock::time_point deadline, const TokenSink* on_token,
            std::string* answer) {
  boost::asio::io_context io;
  beast::tcp_stream stream(io);
  beast::error_code error;
  auto remaining = [&] {
    return std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
  };
  auto failed = [&](std::string_view what) {
    return Status(ErrorCode::kIoError, "language model: " + std::string(what) + ": " + error.message());
  };
  if (remaining().count() <= 0) return Status(ErrorCode::kTimeout, "language model: no time left");

  // Beast's stream timeouts apply to asynchronous operations only: each step
  // is started asynchronously, then run to completion (or expiry) here.
  auto on_done = [&error](beast::error_code result, auto&&...) { error = result; };
  auto run = [&] {
    io.restart();
    io.run();
  };

  tcp::resolver resolver(io);
  auto addresses = resolver.resolve(endpoint.host, std::to_string(endpoint.port), error);
  if (error) return failed("cannot resolve " + endpoint.host);
  stream.expires_after(remaining());
  stream.async_connect(addresses, on_done);
  run();
  if (error) return failed("cannot connect to " + settings.endpoint);

  http::request<http::string_body> request(http::verb::post, endpoint.target, 11);
  request.set(http::field::host, endpoint.host);
  request.set(http::field::content_type, "application/json");
  request.set(http::field::accept, settings.format == ChatFormat::kOllama ? "application/x-ndjson" : "text/event-stream");
  request.body() = ChatRequestBody(settings.format, settings.model, instructions, text,
                                   settings.format == ChatFormat::kOllama ? settings.context_tokens : 0);
  request.prepare_payload();
  stream.expires_after(remaining());
  http::async_write(stream, request, on_done);
  run();
  if (error) return failed("cannot send the request");

  beast::flat_buffer buffer;
  http::response_parser<http::buffer_body> parser;
  parser.body_limit(kMaxAnswerBytes * 8);
  stream.expires_after(remaining());
  http::async_read_header(stream, buffer, parser, on_done);
  run();
  if (error) return error == beast::error::timeout ? Status(ErrorCode::kTimeout, "language model: no answer in time")
                                                   : failed("no answer");
  if (parser.get().result_int() != 200) {
    return Status(ErrorCode::kIoError, "language model: the endpoint answered HTTP " +
                                           std::to_string(parser.get().result_int()));
  }

  ChatStreamDecoder decoder(settings.format);
  std::vector<std::string> tokens;
  char chunk[8192];
  while (!parser.is_done()) {
    parser.get().body().data = chunk;
    parser.get().body().size = sizeof chunk;
    stream.expires_after(remaining());
    http::async_read(stream, buffer, parser, on_done);
    run();
    if (error == http::error::need_buffer) error = {};
    if (error) {
      return error == beast::error::timeout ? Status(ErrorCode::kTimeout, "language model: too slow")
                                            : failed("the answer was cut off");
    }
    size_t got = sizeof chunk - parser.get().body().size;
    tokens.clear();
    if (Status s = decoder.Feed(std::string_view(chunk, got), &tokens); !s.ok()) return s;
    for (const std::string& token : tokens) {
      if (answer->size() + token.size() > kMaxAnswerBytes) {
        return Status(ErrorCode::kIoError, "language model: the answer is too long");
      }
      answer->append(token);
      if (on_token != nullptr && *on_token) (*on_token)(token);
    }
  }
  tokens.clear();
  if (Status s = decoder.Finish(&tokens); !s.ok()) return s;
  for (const std::string& token : tokens) {
    answer->append(token);
    if (on_token != nullptr && *on_token) (*on_token)(token);
  }
  return Status::Ok();
}

std::vector<std::string> ProseParagraphs(const Result& article) {
  std::vector<std::string> paragraphs;
  for (const TextBlock& block : article.blocks) {
    if (IsProse(block.kind)) paragraphs.push_back(block.text);
  }
  return paragraphs;
}

}  // namespace

Status SummarizeWithModel(const Result& article, const ModelSettings& settings,
                          const SummaryOptions& options, const TokenSink& on_token, ModelSummary* out) {
  *out = ModelSummary();
  if (Status s = Summarize(article, options, &out->extractive); !s.ok()) return s;
  auto fall_back = [&](const Status& why) {
    out->from_model = false;
    out->text.clear();
    out->fallback_reason = why.message();
    return Status::Ok();
  };

  ChatEndpoint endpoint;
  if (Status s = ParseLoopbackEndpoint(settings.endpoint, &endpoint); !s.ok()) return fall_back(s);
  const Clock::time_point deadline = Clock::now() + settings.timeout;
  const size_t sentences = options.sentences > 0 ? options.sentences : kDefaultSummarySentences;
  const std::string instructions = SummaryInstructions(out->extractive.lang, sentences);
  const size_t part_bytes = settings.context_tokens * kBytesPerToken * 3 / 4;

  std::vector<std::string> parts = SplitForContext(ProseParagraphs(article), part_bytes);
  if (parts.empty()) return fall_back(Status(ErrorCode::kNotFound, "the article has no prose to summarize"));
  if (parts.size() > kMaxParts) parts.resize(kMaxParts);

  // Each part alone, then the part summaries together; only that last
  // exchange is streamed to the caller.
  for (int round = 0; parts.size() > 1; ++round) {
    if (round == kMaxMergeRounds) {
      return fall_back(Status(ErrorCode::kIoError, "language model: its part summaries do not get shorter"));
    }
    std::vector<std::string> summaries;
    for (const std::string& part : parts) {
      std::string answer;
      if (Status s = Chat(endpoint, settings, instructions, part, deadline, nullptr, &answer); !s.ok()) {
        return fall_back(s);
      }
      summaries.push_back(std::move(answer));
    }
    parts = SplitForContext(summaries, part_bytes);
  }
  std::string answer;
  if (Status s = Chat(endpoint, settings, instructions, parts.front(), deadline, &on_token, &answer); !s.ok()) {
    return fall_back(s);
  }
  if (answer.find_first_not_of(" \n\t") == std::string::npos) {
    return fall_back(Status(ErrorCode::kIoError, "language model: the answer was empty"));
  }
  out->from_model = true;
  out->text = std::move(answer);
  return Status::Ok();
}

}  // namespace pagesift::summarize
