#include "nmhost/host.h"

#include <csignal>
#include <exception>
#include <memory>
#include <utility>
#include <vector>

#include <boost/asio/bind_executor.hpp>
#include <boost/asio/error.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>

#include "nmhost/reply.h"
#include "pagesift/extract.h"

namespace pagesift::nmhost {
namespace {

namespace asio = boost::asio;

// While more reply bytes than this wait for stdout, the host stops reading:
// a browser that does not read cannot make the host buffer without bound.
constexpr size_t kMaxQueuedReplyBytes = size_t{16} << 20;

// After shutdown begins, how long queued replies and cancelled work may take
// to finish. Browsers kill the host 2 to 3 seconds after closing its stdin;
// the host promises to be gone within 100 ms.
constexpr auto kShutdownGrace = std::chrono::milliseconds(50);

// A request type is echoed in an error message; a hostile one may be long.
std::string Shortened(std::string_view text) {
  constexpr size_t kMaxEcho = 64;
  return text.size() <= kMaxEcho ? std::string(text) : std::string(text.substr(0, kMaxEcho)) + "...";
}

nlohmann::json ErrorReply(const nlohmann::json& id, std::string_view code, std::string message) {
  return Outcome::Error(code, std::move(message)).ToReply(id);
}

// Runs a handler on a pool thread and serialises its reply there, so that
// the loop only ever queues ready bytes. Exceptions stop here: a handler
// that throws (out of memory, a library's surprise) answers "internal".
std::string RunHandler(Handler handler, Request& request, const WorkContext& context) {
  std::string wire;
  try {
    Outcome outcome = handler(request, context);
    Status s = AppendReplyFrames(std::move(outcome).ToReply(request.id), &wire);
    if (s.ok()) return wire;
    wire.clear();
    AppendReplyFrames(Outcome::Failure(s).ToReply(request.id), &wire);
  } catch (const std::exception& e) {
    wire.clear();
    AppendReplyFrames(ErrorReply(request.id, "internal", std::string("unexpected failure: ") + e.what()),
                      &wire);
  }
  return wire;
}

}  // namespace

Host::Host(const HostOptions& options, std::string_view version, Logger* logger, int input_fd,
           int output_fd)
    : options_(options),
      version_(version),
      logger_(logger),
      strand_(asio::make_strand(io_)),
      input_(io_, input_fd),
      output_(io_, output_fd),
      signals_(io_, SIGTERM, SIGINT),
      grace_timer_(strand_),
      reader_(kMaxRequestBytes),
      pool_(options.worker_threads) {}

HostExit Host::Run() {
  signals_.async_wait(asio::bind_executor(
      strand_, [this](const boost::system::error_code& error, int signal_number) {
        if (!error) BeginShutdown("received signal " + std::to_string(signal_number));
      }));
  asio::post(strand_, [this] { ReadMore(); });
  io_.run();

  HostExit exit;
  exit.abandoned_requests = running_;
  exit.warming_up = warm_up_posted_ && !warm_up_done_.load();
  logger_->Log("exiting after " + std::to_string(requests_) + " requests" +
               (running_ ? ", abandoning " + std::to_string(running_) + " still at work" : ""));
  if (running_ == 0 && !exit.warming_up) pool_.join();
  return exit;
}

void Host::ReadMore() {
  if (shutting_down_ || reading_ || queued_bytes_ > kMaxQueuedReplyBytes) return;
  reading_ = true;
  input_.async_read_some(
      asio::buffer(read_buffer_),
      asio::bind_executor(strand_, [this](const boost::system::error_code& error, size_t bytes) {
        reading_ = false;
        OnRead(error, bytes);
      }));
}

void Host::OnRead(const boost::system::error_code& error, size_t bytes) {
  if (shutting_down_) return;
  if (error) {
    if (error != asio::error::eof) logger_->Log("reading stdin failed: " + error.message());
    OnEndOfInput();
    return;
  }
  std::vector<std::string> frames;
  const Status framing = reader_.Append(std::string_view(read_buffer_.data(), bytes), &frames);
  for (std::string& frame : frames) {
    // The loop's boundary for exceptions: nothing thrown while handling one
    // frame (memory exhaustion, in practice) may end the session.
    try {
      HandleFrame(std::move(frame));
    } catch (const std::exception& e) {
      Send(ErrorReply(nullptr, "internal", std::string("unexpected failure: ") + e.what()));
    }
  }
  if (!framing.ok()) {
    // The rest of the stream cannot be trusted to be frames: answer, then close.
    Send(Outcome::Failure(framing).ToReply(nullptr));
    BeginShutdown(framing.ToString());
    return;
  }
  ReadMore();
}

void Host::OnEndOfInput() {
  if (reader_.InsideFrame()) {
    const std::string problem =
        "stdin ended inside a frame, after " + std::to_string(reader_.received_bytes()) +
        " bytes" +
        (reader_.expected_bytes() ? " of a " + std::to_string(reader_.expected_bytes()) +
                                        "-byte payload"
                                  : " of its length prefix");
    Send(ErrorReply(nullptr, kBadRequest, "truncated frame: " + problem));
  }
  BeginShutdown("stdin closed");
}

void Host::HandleFrame(std::string payload) {
  ++requests_;
  Request request;
  const Status parsed = ParseRequest(payload, &request);
  std::string().swap(payload);  // the parsed tree holds its own copy
  if (!parsed.ok()) {
    Send(Outcome::BadRequest(parsed).ToReply(request.id));
    return;
  }
  if (request.type == "hello") {
    Send(Outcome::Success(HelloResult(version_)).ToReply(request.id));
  } else if (request.type == "ping") {
    Send(Outcome::Success(PingResult()).ToReply(request.id));
  } else if (request.type == "cancel") {
    HandleCancel(request);
  } else if (const HandlerEntry* work = FindEntry(WorkHandlers(), request.type)) {
    StartWork(std::move(request), work->handle, work->extra_time);
  } else if (const HandlerEntry* debug = options_.debug_requests ? FindEntry(DebugHandlers(), request.type)
                                                                 : nullptr) {
    StartWork(std::move(request), debug->handle, debug->extra_time);
  } else {
    Send(ErrorReply(request.id, kBadRequest,
                    "unknown request type '" + Shortened(request.type) + "'"));
  }
}

void Host::HandleCancel(const Request& request) {
  const auto target = request.message.find("target");
  if (target == request.message.end()) {
    Send(ErrorReply(request.id, kBadRequest, "missing field 'target'"));
    return;
  }
  if (Status s = CheckId(*target, "target"); !s.ok()) {
    Send(Outcome::BadRequest(s).ToReply(request.id));
    return;
  }
  const bool cancelled = in_flight_.Cancel(IdKey(*target));
  // The target is answered first: its work may run on a little, but its
  // caller learns at once that no result is coming.
  if (cancelled) Send(ErrorReply(*target, "cancelled", "request cancelled"));
  Send(Outcome::Success({{"cancelled", cancelled}}).ToReply(request.id));
}

void Host::StartWork(Request request, Handler handler, ExtraTime extra_time) {
  std::string key = IdKey(request.id);
  if (in_flight_.Contains(key)) {
    Send(ErrorReply(request.id, kBadRequest,
                    "a request with id " + Shortened(key) + " is already in flight"));
    return;
  }
  if (running_ >= options_.max_in_flight) {
    Send(ErrorReply(request.id, "busy",
                    std::to_string(running_) + " requests are already at work; retry later"));
    return;
  }
  auto cancel = std::make_shared<std::atomic<bool>>(false);
  const uint64_t sequence = in_flight_.Add(key, cancel);
  ++running_;

  const auto allowed = options_.deadline + (extra_time ? extra_time(request) : std::chrono::milliseconds(0));
  const auto deadline = std::chrono::steady_clock::now() + allowed;
  auto timer = std::make_shared<asio::steady_timer>(strand_, deadline);
  timer->async_wait([this, key, sequence, allowed, id = request.id](const boost::system::error_code& e) {
    if (e || !in_flight_.Expire(key, sequence)) return;
    Send(ErrorReply(id, "timeout",
                    "no result within the " + std::to_string(allowed.count()) + " ms deadline"));
  });

  auto work = std::make_shared<Request>(std::move(request));
  WorkContext context{cancel.get(), deadline, Notifier(key, sequence, work->id)};
  asio::post(pool_, [this, work, handler, cancel, context = std::move(context), timer, key = std::move(key),
                     sequence]() mutable {
    std::string wire;
    // Work cancelled while it waited for a thread is skipped.
    if (!cancel->load()) wire = RunHandler(handler, *work, context);
    work.reset();  // free the request's page before the reply waits in the queue
    asio::post(strand_, [this, timer, key = std::move(key), sequence,
                         wire = std::move(wire)]() mutable {
      timer->cancel();
      FinishWork(key, sequence, std::move(wire));
    });
  });
}

// Frames a worker sends ahead of its reply are serialised on its own thread
// and queued through the strand, behind nothing the same worker posts later:
// they leave in order, before the reply, and not at all once it was answered.
std::function<void(std::string_view, nlohmann::json)> Host::Notifier(const std::string& key, uint64_t sequence,
                                                                    const nlohmann::json& id) {
  return [this, key, sequence, id](std::string_view field, nlohmann::json value) {
    nlohmann::json frame = {{"id", id}};
    frame[std::string(field)] = std::move(value);
    std::string wire;
    if (Status s = AppendReplyFrames(std::move(frame), &wire); !s.ok()) return;
    asio::post(strand_, [this, key, sequence, wire = std::move(wire)]() mutable {
      if (in_flight_.Awaits(key, sequence)) SendWire(std::move(wire));
    });
  };
}

void Host::FinishWork(const std::string& key, uint64_t sequence, std::string wire) {
  --running_;
  // Cancel, the deadline or shutdown may have answered already.
  if (in_flight_.Remove(key, sequence)) SendWire(std::move(wire));
  FinishIfIdle();
}

void Host::Send(nlohmann::json reply) {
  std::string wire;
  if (Status s = AppendReplyFrames(std::move(reply), &wire); !s.ok()) {
    logger_->Log("cannot send a reply: " + s.ToString());
    return;
  }
  SendWire(std::move(wire));
}

void Host::SendWire(std::string wire) {
  if (output_failed_ || wire.empty()) return;
  queued_bytes_ += wire.size();
  write_queue_.push_back(std::move(wire));
  WriteMore();
}

void Host::WriteMore() {
  if (writing_ || write_queue_.empty()) return;
  writing_ = true;
  asio::async_write(output_, asio::buffer(write_queue_.front()),
                    asio::bind_executor(strand_, [this](const boost::system::error_code& error,
                                                        size_t /*bytes*/) { OnWritten(error); }));
}

void Host::OnWritten(const boost::system::error_code& error) {
  writing_ = false;
  queued_bytes_ -= write_queue_.front().size();
  write_queue_.pop_front();
  if (error) {
    output_failed_ = true;
    queued_bytes_ = 0;
    write_queue_.clear();
    BeginShutdown("stdout closed: " + error.message());
    FinishIfIdle();
    return;
  }
  WarmUpOnce();
  WriteMore();
  ReadMore();
  FinishIfIdle();
}

// After the first reply is out (the browser's hello, sent as it connects),
// so that the hello is answered at once: the engine's patterns are then
// built while the browser captures the page, not during its extraction.
void Host::WarmUpOnce() {
  if (warm_up_posted_ || shutting_down_) return;
  warm_up_posted_ = true;
  asio::post(pool_, [this] {
    if (Status s = WarmUp(); !s.ok()) logger_->Log("warming up failed: " + s.ToString());
    warm_up_done_ = true;
  });
}

void Host::BeginShutdown(std::string_view reason) {
  if (shutting_down_) return;
  shutting_down_ = true;
  logger_->Log("shutting down: " + std::string(reason));
  in_flight_.CancelAll();
  boost::system::error_code ignored;
  signals_.cancel(ignored);
  input_.close(ignored);
  grace_timer_.expires_after(kShutdownGrace);
  grace_timer_.async_wait([this](const boost::system::error_code& error) {
    if (!error) io_.stop();
  });
  FinishIfIdle();
}

void Host::FinishIfIdle() {
  if (shutting_down_ && !writing_ && write_queue_.empty() && running_ == 0) io_.stop();
}

}  // namespace pagesift::nmhost
