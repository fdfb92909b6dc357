// socket_log: an LD_PRELOAD library for the protocol tests that writes each
// Internet socket the host opens, and each address it connects to, to the
// file named by PAGESIFT_TEST_SOCKET_LOG ("socket inet", "connect 127.0.0.1
// 11434"), then lets the call through unchanged. It proves which connections
// the host attempts without trusting the host's own word.
#include <arpa/inet.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

using SocketFunction = int (*)(int, int, int);
using ConnectFunction = int (*)(int, const sockaddr*, socklen_t);

template <typename Function>
Function Next(const char* name) {
  return reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
}

void Record(const char* line) {
  const char* path = std::getenv("PAGESIFT_TEST_SOCKET_LOG");
  if (path == nullptr) return;
  const int fd = ::open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) return;
  if (::write(fd, line, std::strlen(line)) < 0) {
    // Nothing to do: the test will see the line missing.
  }
  ::close(fd);
}

}  // namespace

extern "C" int socket(int domain, int type, int protocol) noexcept {
  if (domain == AF_INET || domain == AF_INET6) Record(domain == AF_INET ? "socket inet\n" : "socket inet6\n");
  return Next<SocketFunction>("socket")(domain, type, protocol);
}

extern "C" int connect(int fd, const sockaddr* address, socklen_t length) {
  char text[INET6_ADDRSTRLEN] = "";
  char line[128];
  if (address != nullptr && address->sa_family == AF_INET) {
    const auto* in = reinterpret_cast<const sockaddr_in*>(address);
    ::inet_ntop(AF_INET, &in->sin_addr, text, sizeof text);
    std::snprintf(line, sizeof line, "connect %s %u\n", text, static_cast<unsigned>(ntohs(in->sin_port)));
    Record(line);
  } else if (address != nullptr && address->sa_family == AF_INET6) {
    const auto* in6 = reinterpret_cast<const sockaddr_in6*>(address);
    ::inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof text);
    std::snprintf(line, sizeof line, "connect %s %u\n", text, static_cast<unsigned>(ntohs(in6->sin6_port)));
    Record(line);
  }
  return Next<ConnectFunction>("connect")(fd, address, length);
}
