#include "protocol/host_process.h"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>

extern char** environ;

namespace pagesift::protocol_test {
namespace {

constexpr size_t kMaxFrameBytes = size_t{1} << 20;

std::chrono::steady_clock::time_point Deadline() {
  return std::chrono::steady_clock::now() + kPatience;
}

}  // namespace

HostProcess::HostProcess(const std::vector<std::string>& arguments,
                         const std::map<std::string, std::string>& environment) {
  // Writing to a host that has exited must fail the write, not kill the test.
  std::signal(SIGPIPE, SIG_IGN);
  int to_host[2];
  int from_host[2];
  if (::pipe2(to_host, O_CLOEXEC) != 0 || ::pipe2(from_host, O_CLOEXEC) != 0) return;
  char stderr_template[] = "/tmp/pagesift-host-stderr-XXXXXX";
  const int stderr_fd = ::mkstemp(stderr_template);
  if (stderr_fd < 0) return;
  stderr_path_ = stderr_template;

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, to_host[0], STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, from_host[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, stderr_fd, STDERR_FILENO);

  std::vector<std::string> argv_storage = {PAGESIFT_HOST_BINARY};
  argv_storage.insert(argv_storage.end(), arguments.begin(), arguments.end());
  std::vector<char*> argv;
  for (std::string& a : argv_storage) argv.push_back(a.data());
  argv.push_back(nullptr);

  std::vector<std::string> env_storage;
  for (char** e = environ; *e != nullptr; ++e) {
    const std::string entry = *e;
    if (!environment.count(entry.substr(0, entry.find('=')))) env_storage.push_back(entry);
  }
  for (const auto& [name, value] : environment) env_storage.push_back(name + "=" + value);
  std::vector<char*> envp;
  for (std::string& e : env_storage) envp.push_back(e.data());
  envp.push_back(nullptr);

  pid_t pid = -1;
  if (::posix_spawn(&pid, PAGESIFT_HOST_BINARY, &actions, nullptr, argv.data(), envp.data()) == 0) {
    pid_ = pid;
  }
  posix_spawn_file_actions_destroy(&actions);
  ::close(to_host[0]);
  ::close(from_host[1]);
  ::close(stderr_fd);
  stdin_fd_ = to_host[1];
  stdout_fd_ = from_host[0];
  ::fcntl(stdin_fd_, F_SETFL, O_NONBLOCK);
  ::fcntl(stdout_fd_, F_SETFL, O_NONBLOCK);
}

HostProcess::~HostProcess() {
  CloseStdin();
  CloseStdout();
  if (pid_ > 0) {
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
  }
  if (!stderr_path_.empty()) ::unlink(stderr_path_.c_str());
}

template <typename Done>
bool HostProcess::Pump(Done done) {
  const auto deadline = Deadline();
  char buffer[64 * 1024];
  while (!done()) {
    if (output_ended_ && pending_input_.empty()) return false;
    const auto left = deadline - std::chrono::steady_clock::now();
    if (left <= std::chrono::steady_clock::duration::zero()) return false;
    pollfd fds[2] = {{stdout_fd_, POLLIN, 0}, {stdin_fd_, POLLOUT, 0}};
    const bool writing = !pending_input_.empty() && stdin_fd_ >= 0;
    const int ready = ::poll(fds, writing ? 2 : 1, 100);
    if (ready < 0 && errno != EINTR) return false;
    if (!output_ended_ && stdout_fd_ >= 0 && (fds[0].revents & (POLLIN | POLLHUP))) {
      const ssize_t n = ::read(stdout_fd_, buffer, sizeof buffer);
      if (n > 0) output_.append(buffer, static_cast<size_t>(n));
      if (n == 0) output_ended_ = true;
    }
    if (writing && (fds[1].revents & (POLLOUT | POLLERR | POLLHUP))) {
      const ssize_t n = ::write(stdin_fd_, pending_input_.data() + input_sent_,
                                pending_input_.size() - input_sent_);
      if (n > 0) input_sent_ += static_cast<size_t>(n);
      if (input_sent_ == pending_input_.size()) {
        pending_input_.clear();
        input_sent_ = 0;
      }
      if (n < 0 && errno != EAGAIN && errno != EINTR) return false;  // the host closed stdin
    }
  }
  return true;
}

bool HostProcess::WriteRaw(const std::string& bytes) {
  if (stdin_fd_ < 0) return false;
  pending_input_ += bytes;
  return Pump([this] { return pending_input_.empty(); });
}

bool HostProcess::WriteFrame(const std::string& payload) {
  const auto length = static_cast<uint32_t>(payload.size());
  std::string frame(sizeof length, '\0');
  std::memcpy(frame.data(), &length, sizeof length);
  return WriteRaw(frame + payload);
}

void HostProcess::CloseStdin() {
  if (stdin_fd_ >= 0) ::close(stdin_fd_);
  stdin_fd_ = -1;
  pending_input_.clear();
  input_sent_ = 0;
}

void HostProcess::CloseStdout() {
  if (stdout_fd_ >= 0) ::close(stdout_fd_);
  stdout_fd_ = -1;
  output_ended_ = true;
}

bool HostProcess::TakeFrame(std::string* payload) {
  uint32_t length = 0;
  if (output_.size() < sizeof length) return false;
  std::memcpy(&length, output_.data(), sizeof length);
  if (output_.size() < sizeof length + length) return false;
  EXPECT_LE(length, kMaxFrameBytes) << "the host wrote a frame over the cap";
  largest_frame_ = std::max<size_t>(largest_frame_, length);
  *payload = output_.substr(sizeof length, length);
  output_.erase(0, sizeof length + length);
  return true;
}

std::optional<std::string> HostProcess::ReadFrame() {
  std::string payload;
  if (TakeFrame(&payload) || Pump([&] { return TakeFrame(&payload); })) return payload;
  return std::nullopt;
}

nlohmann::json HostProcess::ReadReply(std::string* text) {
  const std::optional<std::string> first = ReadFrame();
  if (!first) return nullptr;
  nlohmann::json frame = nlohmann::json::parse(*first, nullptr, false);
  EXPECT_FALSE(frame.is_discarded()) << "frame is not JSON: " << first->substr(0, 200);
  if (!frame.is_object() || !frame.contains("chunk")) {
    if (text) *text = *first;
    return frame;
  }
  const size_t count = frame["chunk"]["count"].get<size_t>();
  std::string whole = frame["data"].get<std::string>();
  EXPECT_EQ(frame["chunk"]["index"], 0);
  for (size_t i = 1; i < count; ++i) {
    const std::optional<std::string> next = ReadFrame();
    if (!next) {
      ADD_FAILURE() << "stdout ended after chunk " << i << " of " << count;
      return nullptr;
    }
    const nlohmann::json chunk = nlohmann::json::parse(*next, nullptr, false);
    EXPECT_EQ(chunk["id"], frame["id"]);
    EXPECT_EQ(chunk["chunk"]["index"], i);
    EXPECT_EQ(chunk["chunk"]["count"], count);
    whole += chunk["data"].get<std::string>();
  }
  if (text) *text = whole;
  nlohmann::json reply = nlohmann::json::parse(whole, nullptr, false);
  EXPECT_FALSE(reply.is_discarded()) << "reassembled chunks are not JSON";
  return reply;
}

std::vector<std::string> HostProcess::ReadToEnd() {
  std::vector<std::string> frames;
  while (std::optional<std::string> frame = ReadFrame()) frames.push_back(*frame);
  EXPECT_TRUE(output_ended_) << "stdout did not end";
  EXPECT_TRUE(output_.empty()) << output_.size() << " bytes after the last whole frame";
  return frames;
}

bool HostProcess::Signal(int signal_number) {
  return pid_ > 0 && ::kill(pid_, signal_number) == 0;
}

std::optional<int> HostProcess::WaitExit() {
  const auto deadline = Deadline();
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    const pid_t done = ::waitpid(pid_, &status, WNOHANG);
    if (done == pid_) {
      pid_ = -1;
      return status;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  return std::nullopt;
}

std::string HostProcess::Stderr() const {
  std::ifstream in(stderr_path_);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

nlohmann::json Request(const nlohmann::json& id, const std::string& type, nlohmann::json fields) {
  fields["id"] = id;
  fields["type"] = type;
  return fields;
}

}  // namespace pagesift::protocol_test
