/* socket_log: an LD_PRELOAD library for the protocol tests that writes each
 * Internet socket the host opens, and each address it connects to, to the
 * file named by PAGESIFT_TEST_SOCKET_LOG ("socket inet", "connect
 * 127.0.0.1 11434"), then lets the call through unchanged. It proves which
 * connections the host attempts, without trusting the host's own word. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

/* The next definition of a libc function; a union, because ISO C has no
 * cast from dlsym's object pointer to a function pointer. */
typedef int (*SocketFunction)(int, int, int);
typedef int (*ConnectFunction)(int, const struct sockaddr*, socklen_t);
union Symbol {
  void* object;
  SocketFunction socket;
  ConnectFunction connect;
};

static union Symbol Next(const char* name) {
  union Symbol symbol;
  symbol.object = dlsym(RTLD_NEXT, name);
  return symbol;
}

static void Record(const char* line) {
  const char* path = getenv("PAGESIFT_TEST_SOCKET_LOG");
  if (path == NULL) return;
  int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) return;
  ssize_t written = write(fd, line, strlen(line));
  (void)written;
  close(fd);
}

int socket(int domain, int type, int protocol) {
  SocketFunction real = Next("socket").socket;
  if (domain == AF_INET || domain == AF_INET6) Record(domain == AF_INET ? "socket inet\n" : "socket inet6\n");
  return real(domain, type, protocol);
}

int connect(int fd, const struct sockaddr* address, socklen_t length) {
  ConnectFunction real = Next("connect").connect;
  char text[INET6_ADDRSTRLEN] = "";
  char line[128];
  if (address != NULL && address->sa_family == AF_INET) {
    const struct sockaddr_in* in = (const struct sockaddr_in*)address;
    inet_ntop(AF_INET, &in->sin_addr, text, sizeof text);
    snprintf(line, sizeof line, "connect %s %u\n", text, (unsigned)ntohs(in->sin_port));
    Record(line);
  } else if (address != NULL && address->sa_family == AF_INET6) {
    const struct sockaddr_in6* in6 = (const struct sockaddr_in6*)address;
    inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof text);
    snprintf(line, sizeof line, "connect %s %u\n", text, (unsigned)ntohs(in6->sin6_port));
    Record(line);
  }
  return real(fd, address, length);
}
