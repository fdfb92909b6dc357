// ScriptedHttpServer: a language-model server on loopback whose every byte
// the test decides, for the tests of the model client (unit and protocol).
//
// It serves a list of scripted replies, one connection each, in order: each
// reply is pieces of raw bytes (status line and headers included) written
// with a pause between each two, so a test can stream, stall, cut an answer
// short or refuse. During a pause it watches the connection, and notes when the
// client gives up (closes) before the reply is over.
#ifndef PAGESIFT_TESTS_SUPPORT_SCRIPTED_HTTP_SERVER_H_
#define PAGESIFT_TESTS_SUPPORT_SCRIPTED_HTTP_SERVER_H_

#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>

namespace pagesift::test_support {

struct ScriptedReply {
  std::vector<std::string> pieces;
  std::chrono::milliseconds pause{0};  // between two pieces
};

class ScriptedHttpServer {
 public:
  explicit ScriptedHttpServer(std::vector<ScriptedReply> replies);
  ~ScriptedHttpServer();

  ScriptedHttpServer(const ScriptedHttpServer&) = delete;
  ScriptedHttpServer& operator=(const ScriptedHttpServer&) = delete;

  uint16_t port() const;
  // "http://127.0.0.1:PORT" + path.
  std::string url(std::string_view path) const;

  // The request bodies received so far, in order.
  std::vector<std::string> bodies() const;
  // How many connections gave up (closed) before their reply was written.
  int abandoned() const;
  // Waits up to `patience` for abandoned() to reach `count`.
  bool WaitAbandoned(int count, std::chrono::milliseconds patience) const;

 private:
  void Serve();
  bool ReadRequest(boost::asio::ip::tcp::socket& socket);
  // Sleeps for `pause`, or less if the peer closed; false when it closed.
  static bool PeerStaysDuring(boost::asio::ip::tcp::socket& socket, std::chrono::milliseconds pause);

  boost::asio::io_context io_;
  boost::asio::ip::tcp::acceptor acceptor_;
  std::vector<ScriptedReply> replies_;
  mutable std::mutex mutex_;
  std::vector<std::string> bodies_;
  int abandoned_ = 0;
  std::thread thread_;
};

// Response heads of the two wire formats, and one streamed Ollama line.
inline constexpr std::string_view kOllamaHead =
    "HTTP/1.1 200 OK\r\nContent-Type: application/x-ndjson\r\nConnection: close\r\n\r\n";
inline constexpr std::string_view kEventsHead =
    "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n";
std::string OllamaLine(std::string_view token, bool done);
// One OpenAI-compatible server-sent event carrying token.
std::string OpenAiEvent(std::string_view token);

}  // namespace pagesift::test_support

#endif  // PAGESIFT_TESTS_SUPPORT_SCRIPTED_HTTP_SERVER_H_
