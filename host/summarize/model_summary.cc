#include "summarize/model_summary.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/address.hpp>
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

// How often a running exchange looks at the caller's cancel flag.
constexpr auto kCancelPoll = std::chrono::milliseconds(50);

// The addresses of a loopback endpoint, without asking a resolver:
// "localhost" is 127.0.0.1 then ::1 by definition (RFC 6761), and a
// resolver, /etc/hosts included, could say otherwise. Every address is
// checked to be loopback, whatever the parser let through.
Status LoopbackAddresses(const ChatEndpoint& endpoint, std::vector<tcp::endpoint>* out) {
  std::vector<std::string> hosts = {endpoint.host};
  if (endpoint.host == "localhost") hosts = {"127.0.0.1", "::1"};
  for (const std::string& host : hosts) {
    boost::system::error_code error;
    boost::asio::ip::address address = boost::asio::ip::make_address(host, error);
    if (error || !address.is_loopback()) {
      return Status(ErrorCode::kInvalidArgument, "language model: '" + host + "' is not a loopback address");
    }
    out->emplace_back(address, endpoint.port);
  }
  return Status::Ok();
}

// One streamed chat exchange with the endpoint. Never throws: Beast's
// error codes become a Status.
class Exchange {
 public:
  Exchange(const ModelSettings& settings, Clock::time_point deadline, const std::atomic<bool>* cancel)
      : settings_(settings), deadline_(deadline), cancel_(cancel), stream_(io_) {}

  // Sends text with instructions, appends the answer to *answer and hands
  // each read's worth of it to on_text (when not empty).
  Status Run(const ChatEndpoint& endpoint, std::string_view instructions, std::string_view text,
             const std::function<void(std::string_view)>& on_text, std::string* answer) {
    std::vector<tcp::endpoint> addresses;
    if (Status s = LoopbackAddresses(endpoint, &addresses); !s.ok()) return s;
    if (Remaining().count() <= 0) return Status(ErrorCode::kTimeout, "language model: no time left");
    stream_.expires_after(Remaining());
    stream_.async_connect(addresses, [this](beast::error_code result, const tcp::endpoint&) { error_ = result; });
    if (Status s = Await("cannot connect to " + settings_.endpoint); !s.ok()) return s;

    http::request<http::string_body> request(http::verb::post, endpoint.target, 11);
    request.set(http::field::host, endpoint.host);
    request.set(http::field::content_type, "application/json");
    request.set(http::field::accept,
                settings_.format == ChatFormat::kOllama ? "application/x-ndjson" : "text/event-stream");
    request.body() = ChatRequestBody(settings_.format, settings_.model, instructions, text,
                                     settings_.format == ChatFormat::kOllama ? settings_.context_tokens : 0);
    request.prepare_payload();
    stream_.expires_after(Remaining());
    http::async_write(stream_, request, OnDone());
    if (Status s = Await("cannot send the request"); !s.ok()) return s;

    beast::flat_buffer buffer;
    http::response_parser<http::buffer_body> parser;
    parser.body_limit(kMaxAnswerBytes * 8);
    stream_.expires_after(Remaining());
    http::async_read_header(stream_, buffer, parser, OnDone());
    if (Status s = Await("no answer"); !s.ok()) return s;
    if (parser.get().result_int() != 200) {
      return Status(ErrorCode::kIoError, "language model: the endpoint answered HTTP " +
                                             std::to_string(parser.get().result_int()));
    }
    return ReadBody(buffer, parser, on_text, answer);
  }

 private:
  std::chrono::milliseconds Remaining() const {
    return std::chrono::duration_cast<std::chrono::milliseconds>(deadline_ - Clock::now());
  }

  // Completion handler of a read or write: keeps its error for Await.
  struct KeepError {
    beast::error_code* error;
    void operator()(beast::error_code result, size_t /*bytes*/) const { *error = result; }
  };
  KeepError OnDone() { return KeepError{&error_}; }

  // Runs the operation just started to its end, the stream's expiry, or the
  // caller's cancel (which closes the socket, so that the server sees the
  // request abandoned at once).
  Status Await(std::string_view what) {
    io_.restart();
    bool cancelled = false;
    while (!io_.stopped()) {
      io_.run_for(kCancelPoll);
      if (!cancelled && cancel_ != nullptr && cancel_->load()) {
        cancelled = true;
        stream_.close();
      }
    }
    if (cancelled) return Status(ErrorCode::kCancelled, "language model: cancelled");
    if (error_ == http::error::need_buffer) error_ = {};
    if (!error_) return Status::Ok();
    if (error_ == beast::error::timeout) {
      return Status(ErrorCode::kTimeout, "language model: no complete answer within " +
                                             std::to_string(settings_.timeout.count() / 1000) + " s (" +
                                             std::string(what) + ")");
    }
    return Status(ErrorCode::kIoError, "language model: " + std::string(what) + ": " + error_.message());
  }

  Status ReadBody(beast::flat_buffer& buffer, http::response_parser<http::buffer_body>& parser,
                  const std::function<void(std::string_view)>& on_text, std::string* answer) {
    ChatStreamDecoder decoder(settings_.format);
    std::vector<std::string> tokens;
    char chunk[8192];
    auto take_tokens = [&]() -> Status {
      std::string text;
      for (const std::string& token : tokens) text += token;
      tokens.clear();
      if (answer->size() + text.size() > kMaxAnswerBytes) {
        return Status(ErrorCode::kIoError, "language model: the answer is too long");
      }
      answer->append(text);
      if (!text.empty() && on_text) on_text(text);
      return Status::Ok();
    };
    // read_some, not read: each read hands over what has arrived, so that
    // tokens are passed on as the model writes them.
    while (!parser.is_done()) {
      parser.get().body().data = chunk;
      parser.get().body().size = sizeof chunk;
      stream_.expires_after(Remaining());
      http::async_read_some(stream_, buffer, parser, OnDone());
      if (Status s = Await("the answer was cut off"); !s.ok()) return s;
      size_t got = sizeof chunk - parser.get().body().size;
      if (Status s = decoder.Feed(std::string_view(chunk, got), &tokens); !s.ok()) return s;
      if (Status s = take_tokens(); !s.ok()) return s;
    }
    if (Status s = decoder.Finish(&tokens); !s.ok()) return s;
    return take_tokens();
  }

  const ModelSettings& settings_;
  const Clock::time_point deadline_;
  const std::atomic<bool>* const cancel_;
  boost::asio::io_context io_;
  beast::tcp_stream stream_;
  beast::error_code error_;
};

std::vector<std::string> ProseParagraphs(const Result& article) {
  std::vector<std::string> paragraphs;
  for (const TextBlock& block : article.blocks) {
    if (IsProse(block.kind)) paragraphs.push_back(block.text);
  }
  return paragraphs;
}

}  // namespace

Status SummarizeWithModel(const Result& article, const ModelSettings& settings,
                          const SummaryOptions& options, const ModelCallbacks& callbacks, ModelSummary* out) {
  *out = ModelSummary();
  if (Status s = Summarize(article, options, &out->extractive); !s.ok()) return s;
  auto fall_back = [&](const Status& why) {
    if (why.code() == ErrorCode::kCancelled) return why;
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
  auto chat = [&](std::string_view text, const std::function<void(std::string_view)>& on_text, std::string* answer) {
    return Exchange(settings, deadline, callbacks.cancel).Run(endpoint, instructions, text, on_text, answer);
  };

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
      if (callbacks.on_part) callbacks.on_part(summaries.size() + 1, parts.size());
      std::string answer;
      if (Status s = chat(part, nullptr, &answer); !s.ok()) return fall_back(s);
      summaries.push_back(std::move(answer));
    }
    parts = SplitForContext(summaries, part_bytes);
  }
  std::string answer;
  if (Status s = chat(parts.front(), callbacks.on_text, &answer); !s.ok()) return fall_back(s);
  if (answer.find_first_not_of(" \n\t") == std::string::npos) {
    return fall_back(Status(ErrorCode::kIoError, "language model: the answer was empty"));
  }
  out->from_model = true;
  out->text = std::move(answer);
  return Status::Ok();
}

nlohmann::json ModelSummaryToJson(const ModelSummary& summary, const ModelSettings& settings) {
  nlohmann::json result = SummaryToJson(summary.extractive);
  nlohmann::json model = {{"used", summary.from_model}, {"name", settings.model}};
  if (summary.from_model) {
    model["text"] = summary.text;
  } else {
    model["fallbackReason"] = summary.fallback_reason;
  }
  result["model"] = std::move(model);
  return result;
}

}  // namespace pagesift::summarize
