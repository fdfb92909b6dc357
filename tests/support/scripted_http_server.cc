#include "support/scripted_http_server.h"

#include <poll.h>
#include <sys/socket.h>

#include <boost/asio/buffers_iterator.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>
#include <nlohmann/json.hpp>

namespace pagesift::test_support {

using tcp = boost::asio::ip::tcp;

ScriptedHttpServer::ScriptedHttpServer(std::vector<ScriptedReply> replies)
    : acceptor_(io_, tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), 0)),
      replies_(std::move(replies)) {
  thread_ = std::thread([this] { Serve(); });
}

ScriptedHttpServer::~ScriptedHttpServer() {
  // Shutting the listening socket down wakes a blocked accept (closing it
  // alone does not, on Linux) when a test ends before its script does.
  ::shutdown(acceptor_.native_handle(), SHUT_RDWR);
  boost::system::error_code ignored;
  acceptor_.close(ignored);
  thread_.join();
}

uint16_t ScriptedHttpServer::port() const { return acceptor_.local_endpoint().port(); }

std::string ScriptedHttpServer::url(std::string_view path) const {
  return "http://127.0.0.1:" + std::to_string(port()) + std::string(path);
}

std::vector<std::string> ScriptedHttpServer::bodies() const {
  std::lock_guard lock(mutex_);
  return bodies_;
}

int ScriptedHttpServer::abandoned() const {
  std::lock_guard lock(mutex_);
  return abandoned_;
}

bool ScriptedHttpServer::WaitAbandoned(int count, std::chrono::milliseconds patience) const {
  const auto until = std::chrono::steady_clock::now() + patience;
  while (abandoned() < count) {
    if (std::chrono::steady_clock::now() > until) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return true;
}

void ScriptedHttpServer::Serve() {
  for (const ScriptedReply& reply : replies_) {
    boost::system::error_code error;
    tcp::socket socket(io_);
    acceptor_.accept(socket, error);
    if (error) return;
    if (!ReadRequest(socket)) continue;
    for (size_t i = 0; i < reply.pieces.size(); ++i) {
      if (i > 0 && !PeerStaysDuring(socket, reply.pause)) {
        std::lock_guard lock(mutex_);
        ++abandoned_;
        break;
      }
      boost::asio::write(socket, boost::asio::buffer(reply.pieces[i]), error);
      if (error) break;
    }
    socket.shutdown(tcp::socket::shutdown_both, error);
  }
}

bool ScriptedHttpServer::ReadRequest(tcp::socket& socket) {
  boost::system::error_code error;
  boost::asio::streambuf request;
  const size_t header_end = boost::asio::read_until(socket, request, "\r\n\r\n", error);
  if (error) return false;
  std::string data(boost::asio::buffers_begin(request.data()), boost::asio::buffers_end(request.data()));
  const std::string headers = data.substr(0, header_end);
  const size_t length_at = headers.find("Content-Length: ");
  const size_t length = length_at == std::string::npos ? 0 : std::stoul(headers.substr(length_at + 16));
  std::string body = data.substr(header_end);
  while (body.size() < length) {
    char buffer[4096];
    const size_t n = socket.read_some(boost::asio::buffer(buffer), error);
    if (error) return false;
    body.append(buffer, n);
  }
  std::lock_guard lock(mutex_);
  bodies_.push_back(std::move(body));
  return true;
}

bool ScriptedHttpServer::PeerStaysDuring(tcp::socket& socket, std::chrono::milliseconds pause) {
  // The client sends nothing after its request: readable means closed.
  pollfd watch{socket.native_handle(), POLLIN, 0};
  return ::poll(&watch, 1, static_cast<int>(pause.count())) == 0;
}

std::string OllamaLine(std::string_view token, bool done) {
  return nlohmann::json{{"message", {{"role", "assistant"}, {"content", token}}}, {"done", done}}.dump() + "\n";
}

std::string OpenAiEvent(std::string_view token) {
  return "data: " + nlohmann::json{{"choices", {{{"delta", {{"content", token}}}}}}}.dump() + "\n\n";
}

}  // namespace pagesift::test_support
