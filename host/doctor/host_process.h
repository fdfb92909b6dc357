// A native host started the way a browser starts it: stdin and stdout are pipes, stderr
// is captured, the working directory is the program's folder, and nothing is looked up
// on PATH.
//
// Written on POSIX pipes and poll() rather than Boost.Process, whose compiled
// Boost.Filesystem dependency is not among ours; the doctor needs only a child with
// three pipes and reads and writes that give up at a deadline.
#ifndef PAGESIFT_DOCTOR_HOST_PROCESS_H_
#define PAGESIFT_DOCTOR_HOST_PROCESS_H_

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pagesift/status.h"

namespace pagesift::doctor {

using Deadline = std::chrono::steady_clock::time_point;

class HostProcess {
 public:
  // Starts `program` with `args` (argv[1]...). On failure returns a non-OK status (with
  // the system's reason: not found, not executable, bad format) and leaves *out empty.
  static Status Start(const std::filesystem::path& program, const std::vector<std::string>& args,
                      std::unique_ptr<HostProcess>* out);

  HostProcess(const HostProcess&) = delete;
  HostProcess& operator=(const HostProcess&) = delete;
  // Kills the child if it still runs, and reaps it.
  ~HostProcess();

  // Writes all of `bytes` to the child's stdin. kIoError when the child closed its end
  // (it exited), kTimeout at the deadline.
  Status Write(std::string_view bytes, Deadline deadline);

  // Reads exactly n bytes of the child's stdout into *out. kIoError at end of stream
  // (*out then holds what came before it), kTimeout at the deadline.
  Status Read(size_t n, std::string* out, Deadline deadline);

  // Closes the child's stdin: a host must exit when it sees end of input.
  void CloseStdin();

  // Waits for the child to exit until the deadline. True when it exited; then
  // ExitDescription() says how.
  bool WaitForExit(Deadline deadline);

  // The exit status when the child exited normally; -1 otherwise (still running, killed).
  int ExitStatus() const;

  // "exited with status 3", "was killed by signal 11 (...)", or "is still running".
  std::string ExitDescription() const;

  // The first few KiB the child wrote to stderr (all a user needs to see what broke).
  const std::string& Stderr() const { return stderr_; }

 private:
  HostProcess(pid_t pid, int stdin_fd, int stdout_fd, int stderr_fd)
      : pid_(pid), stdin_fd_(stdin_fd), stdout_fd_(stdout_fd), stderr_fd_(stderr_fd) {}

  // Waits until `fd` is ready for `events` or the deadline passes, draining stderr
  // meanwhile so that a chatty child never blocks on it. False at the deadline.
  bool WaitReady(int fd, short events, Deadline deadline);
  void DrainStderr();
  bool Reap(int options);

  pid_t pid_;
  int stdin_fd_;
  int stdout_fd_;
  int stderr_fd_;
  bool exited_ = false;
  int wait_status_ = 0;
  std::string stderr_;
};

}  // namespace pagesift::doctor

#endif  // PAGESIFT_DOCTOR_HOST_PROCESS_H_
