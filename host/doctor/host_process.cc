#include "doctor/host_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <thread>

namespace pagesift::doctor {

namespace fs = std::filesystem;
using std::chrono::steady_clock;

namespace {

constexpr size_t kMaxStderrBytes = 4096;

void CloseFd(int* fd) {
  if (*fd >= 0) close(*fd);
  *fd = -1;
}

// A pipe whose ends are not inherited by any program the child starts. (pipe2 would do it
// in one call, but macOS lacks it; the doctor starts no threads, so nothing can fork in
// between.)
bool MakePipe(int fds[2]) {
  if (pipe(fds) != 0) return false;
  fcntl(fds[0], F_SETFD, FD_CLOEXEC);
  fcntl(fds[1], F_SETFD, FD_CLOEXEC);
  return true;
}

// Milliseconds left until the deadline, for poll(); 0 once it passed.
int MillisecondsLeft(Deadline deadline) {
  auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - steady_clock::now());
  return static_cast<int>(std::clamp<long long>(left.count(), 0, 60'000));
}

// In the child, between fork and exec: only async-signal-safe calls. Reports a failure to
// exec by writing errno to `error_fd`, which the exec closes on success.
[[noreturn]] void ExecChild(const fs::path& program, char* const argv[], int in_fd, int out_fd,
                            int err_fd, int error_fd) {
  if (dup2(in_fd, 0) < 0 || dup2(out_fd, 1) < 0 || dup2(err_fd, 2) < 0 ||
      chdir(program.parent_path().c_str()) != 0) {
    int e = errno;
    ssize_t ignored = write(error_fd, &e, sizeof e);
    (void)ignored;
    _exit(127);
  }
  execv(program.c_str(), argv);
  int e = errno;
  ssize_t ignored = write(error_fd, &e, sizeof e);
  (void)ignored;
  _exit(127);
}

}  // namespace

Status HostProcess::Start(const fs::path& program, const std::vector<std::string>& args,
                          std::unique_ptr<HostProcess>* out) {
  out->reset();
  std::vector<std::string> argv_strings = {program.string()};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& s : argv_strings) argv.push_back(s.data());
  argv.push_back(nullptr);

  int in[2], out_pipe[2], err[2], exec_error[2];
  if (!MakePipe(in) || !MakePipe(out_pipe) || !MakePipe(err) || !MakePipe(exec_error)) {
    return Status(ErrorCode::kIoError, std::string("cannot create pipes: ") + strerror(errno));
  }
  pid_t pid = fork();
  if (pid == 0) ExecChild(program, argv.data(), in[0], out_pipe[1], err[1], exec_error[1]);
  int fork_errno = errno;
  close(in[0]);
  close(out_pipe[1]);
  close(err[1]);
  close(exec_error[1]);
  if (pid < 0) {
    close(in[1]);
    close(out_pipe[0]);
    close(err[0]);
    close(exec_error[0]);
    return Status(ErrorCode::kIoError, std::string("cannot fork: ") + strerror(fork_errno));
  }
  // Non-blocking, so that a write larger than the pipe's buffer never waits past the
  // deadline: Write() waits in poll() instead.
  fcntl(in[1], F_SETFL, fcntl(in[1], F_GETFL) | O_NONBLOCK);
  std::unique_ptr<HostProcess> child(new HostProcess(pid, in[1], out_pipe[0], err[0]));

  int exec_errno = 0;
  ssize_t n;
  do {
    n = read(exec_error[0], &exec_errno, sizeof exec_errno);
  } while (n < 0 && errno == EINTR);
  close(exec_error[0]);
  if (n == static_cast<ssize_t>(sizeof exec_errno)) {
    child->Reap(0);
    return Status(ErrorCode::kIoError, strerror(exec_errno));
  }
  *out = std::move(child);
  return Status::Ok();
}

HostProcess::~HostProcess() {
  CloseFd(&stdin_fd_);
  CloseFd(&stdout_fd_);
  CloseFd(&stderr_fd_);
  if (!exited_) {
    kill(pid_, SIGKILL);
    Reap(0);
  }
}

bool HostProcess::Reap(int options) {
  if (exited_) return true;
  pid_t r;
  do {
    r = waitpid(pid_, &wait_status_, options);
  } while (r < 0 && errno == EINTR);
  if (r == pid_ || (r < 0 && errno == ECHILD)) exited_ = true;
  return exited_;
}

void HostProcess::DrainStderr() {
  if (stderr_fd_ < 0) return;
  char buf[1024];
  for (;;) {
    pollfd p = {stderr_fd_, POLLIN, 0};
    if (poll(&p, 1, 0) <= 0) return;
    ssize_t n = read(stderr_fd_, buf, sizeof buf);
    if (n <= 0) {
      CloseFd(&stderr_fd_);
      return;
    }
    size_t room = kMaxStderrBytes - std::min(kMaxStderrBytes, stderr_.size());
    stderr_.append(buf, std::min(room, static_cast<size_t>(n)));
  }
}

bool HostProcess::WaitReady(int fd, short events, Deadline deadline) {
  for (;;) {
    pollfd p[2] = {{fd, events, 0}, {stderr_fd_, POLLIN, 0}};
    int r = poll(p, stderr_fd_ >= 0 ? 2 : 1, MillisecondsLeft(deadline));
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;
    if (stderr_fd_ >= 0 && p[1].revents != 0) DrainStderr();
    if (p[0].revents != 0) return true;
  }
}

Status HostProcess::Write(std::string_view bytes, Deadline deadline) {
  while (!bytes.empty()) {
    if (stdin_fd_ < 0) return Status(ErrorCode::kIoError, "stdin is closed");
    if (!WaitReady(stdin_fd_, POLLOUT, deadline)) {
      return Status(ErrorCode::kTimeout, "the host did not read its input");
    }
    // send() with MSG_NOSIGNAL only works on sockets; a pipe write to a dead reader
    // raises SIGPIPE, so block it for this one call.
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &block, &old);
    ssize_t n = write(stdin_fd_, bytes.data(), bytes.size());
    int write_errno = errno;
    sigset_t pending;
    sigpending(&pending);
    if (sigismember(&pending, SIGPIPE) == 1) {
      // Consume the SIGPIPE this write raised before unblocking it; sigwait returns at once
      // for a pending signal.
      int signal_number;
      sigwait(&block, &signal_number);
    }
    pthread_sigmask(SIG_SETMASK, &old, nullptr);
    if (n < 0) {
      if (write_errno == EAGAIN || write_errno == EINTR) continue;
      return Status(ErrorCode::kIoError,
                    write_errno == EPIPE ? "the host closed its input" : strerror(write_errno));
    }
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return Status::Ok();
}

Status HostProcess::Read(size_t n, std::string* out, Deadline deadline) {
  out->clear();
  char buf[65536];
  while (out->size() < n) {
    if (!WaitReady(stdout_fd_, POLLIN, deadline)) {
      return Status(ErrorCode::kTimeout, "the host did not answer in time");
    }
    ssize_t got = read(stdout_fd_, buf, std::min(sizeof buf, n - out->size()));
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return Status(ErrorCode::kIoError, strerror(errno));
    if (got == 0) return Status(ErrorCode::kIoError, "the host closed its output");
    out->append(buf, static_cast<size_t>(got));
  }
  return Status::Ok();
}

void HostProcess::CloseStdin() { CloseFd(&stdin_fd_); }

bool HostProcess::WaitForExit(Deadline deadline) {
  while (!Reap(WNOHANG)) {
    if (steady_clock::now() >= deadline) return false;
    DrainStderr();
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  DrainStderr();
  return true;
}

int HostProcess::ExitStatus() const {
  return exited_ && WIFEXITED(wait_status_) ? WEXITSTATUS(wait_status_) : -1;
}

std::string HostProcess::ExitDescription() const {
  if (!exited_) return "is still running";
  if (WIFEXITED(wait_status_))
    return "exited with status " + std::to_string(WEXITSTATUS(wait_status_));
  if (WIFSIGNALED(wait_status_)) {
    return "was killed by signal " + std::to_string(WTERMSIG(wait_status_)) + " (" +
           strsignal(WTERMSIG(wait_status_)) + ")";
  }
  return "stopped";
}

}  // namespace pagesift::doctor
