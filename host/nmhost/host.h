// Host: the native-messaging session, from the first frame to exit.
//
// One thread runs the Asio loop: it reads stdin asynchronously, cuts it into
// frames, answers hello, ping and cancel at once, and hands every other
// request to a thread pool. Results come back to the loop's strand, which is
// the only place that touches the session's state and the only writer of
// stdout, so frames never interleave. Replies may leave out of order (a fast
// page does not wait for a slow one); the id matches them up.
//
// Bounds: at most options.max_in_flight requests at work (past that, "busy");
// each answered with "timeout" at its deadline even if its work ignores the
// cancel flag; reading pauses while too many reply bytes wait for stdout.
//
// The session ends at end of stdin, when stdout closes (SIGPIPE is ignored,
// so this is a write error), on SIGTERM or SIGINT, or after a request frame
// over the size cap (answered first). In-flight work is cancelled, queued
// replies get a short grace period to drain, and Run returns.
#ifndef PAGESIFT_NMHOST_HOST_H_
#define PAGESIFT_NMHOST_HOST_H_

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <string_view>

#include <boost/asio/io_context.hpp>
#include <boost/asio/posix/stream_descriptor.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <nlohmann/json.hpp>

#include "nmhost/frame_codec.h"
#include "nmhost/handlers.h"
#include "nmhost/host_options.h"
#include "nmhost/in_flight.h"
#include "nmhost/logger.h"
#include "nmhost/request.h"

namespace pagesift::nmhost {

struct HostExit {
  int status = 0;
  // Requests whose work was still running when the grace period ended. The
  // caller must then end the process without joining the pool (std::_Exit):
  // waiting for them would break the promise to exit promptly.
  size_t abandoned_requests = 0;
  // WarmUp was still building the engine's patterns: not worth waiting
  // for either, and ended the same way.
  bool warming_up = false;
};

class Host {
 public:
  // Takes ownership of both descriptors. `logger` must outlive the host.
  Host(const HostOptions& options, std::string_view version, Logger* logger, int input_fd,
       int output_fd);

  Host(const Host&) = delete;
  Host& operator=(const Host&) = delete;

  HostExit Run();

 private:
  using Strand = boost::asio::strand<boost::asio::io_context::executor_type>;

  void ReadMore();
  void OnRead(const boost::system::error_code& error, size_t bytes);
  void OnEndOfInput();
  void HandleFrame(std::string payload);
  void HandleCancel(const Request& request);
  void StartWork(Request request, Handler handler, ExtraTime extra_time);
  std::function<void(std::string_view, nlohmann::json)> Notifier(const std::string& key, uint64_t sequence,
                                                                 const nlohmann::json& id);
  void FinishWork(const std::string& key, uint64_t sequence, std::string wire);

  void Send(nlohmann::json reply);
  void SendWire(std::string wire);
  void WriteMore();
  void OnWritten(const boost::system::error_code& error);
  void WarmUpOnce();

  void BeginShutdown(std::string_view reason);
  void FinishIfIdle();

  const HostOptions& options_;
  const std::string version_;
  Logger* const logger_;

  boost::asio::io_context io_;
  Strand strand_;
  boost::asio::posix::stream_descriptor input_;
  boost::asio::posix::stream_descriptor output_;
  boost::asio::signal_set signals_;
  boost::asio::steady_timer grace_timer_;

  FrameReader reader_;
  std::array<char, 64 * 1024> read_buffer_{};
  bool reading_ = false;

  std::deque<std::string> write_queue_;  // each entry: one reply's frames
  size_t queued_bytes_ = 0;
  bool writing_ = false;
  bool warm_up_posted_ = false;  // WarmUp runs once, after the first reply
  std::atomic<bool> warm_up_done_{false};
  bool output_failed_ = false;

  InFlightTable in_flight_;
  size_t running_ = 0;  // requests on the pool, cancelled or not
  uint64_t requests_ = 0;
  bool shutting_down_ = false;

  // Last member: destroyed (joined) first, before the loop its workers post to.
  boost::asio::thread_pool pool_;
};

}  // namespace pagesift::nmhost

#endif  // PAGESIFT_NMHOST_HOST_H_
