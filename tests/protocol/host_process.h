// HostProcess: the real pagesift-host, spawned with pipes, as a browser sees it.
//
// Writes never block the test on a full pipe: while bytes wait to go to the
// host's stdin, whatever the host writes is read into a buffer, so a test can
// pipeline thousands of requests without either side deadlocking. Every frame
// read is checked against the host-to-browser cap.
#ifndef PAGESIFT_TESTS_PROTOCOL_HOST_PROCESS_H_
#define PAGESIFT_TESTS_PROTOCOL_HOST_PROCESS_H_

#include <sys/types.h>

#include <chrono>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace pagesift::protocol_test {

// Generous: the tests assert behaviour, never speed.
inline constexpr std::chrono::seconds kPatience{120};

// The origin a Chromium browser passes for pagesift's own extension
// (extension/EXTENSION_ID.txt): the host refuses any other caller.
inline const std::string kPinnedOrigin = std::string("chrome-extension://") + PAGESIFT_PINNED_EXTENSION_ID + "/";

class HostProcess {
 public:
  // Starts the host with `arguments` and extra environment variables.
  HostProcess(const std::vector<std::string>& arguments,
              const std::map<std::string, std::string>& environment = {});
  ~HostProcess();

  HostProcess(const HostProcess&) = delete;
  HostProcess& operator=(const HostProcess&) = delete;

  bool started() const { return pid_ > 0; }

  // Sends raw bytes, or one frame (length prefix + payload).
  bool WriteRaw(const std::string& bytes);
  bool WriteFrame(const std::string& payload);
  bool Send(const nlohmann::json& request) { return WriteFrame(request.dump()); }
  void CloseStdin();
  // Closes the test's end of the host's stdout: the host's next write fails.
  void CloseStdout();

  // The next frame's payload, or nullopt at end of stdout or after kPatience.
  std::optional<std::string> ReadFrame();
  // The next reply, reassembled from chunk frames when it came in chunks
  // (chunks of different replies may not interleave: the host writes each
  // reply's frames together). Null JSON at end of stdout. `text` gets the
  // reply's JSON text exactly as the frames carried it.
  nlohmann::json ReadReply(std::string* text = nullptr);
  // Reads until end of stdout; returns the frames read.
  std::vector<std::string> ReadToEnd();

  // Sends `signal_number` to the host.
  bool Signal(int signal_number);

  // Waits for the host to exit; returns its wait status, or nullopt after kPatience.
  std::optional<int> WaitExit();

  // Everything the host wrote to stderr so far.
  std::string Stderr() const;

  // The largest frame payload seen so far.
  size_t largest_frame() const { return largest_frame_; }

 private:
  // Moves bytes both ways until `done` holds, stdout ends, or time runs out.
  template <typename Done>
  bool Pump(Done done);
  bool TakeFrame(std::string* payload);

  pid_t pid_ = -1;
  int stdin_fd_ = -1;
  int stdout_fd_ = -1;
  std::string stderr_path_;
  std::string pending_input_;
  size_t input_sent_ = 0;  // bytes of pending_input_ already written
  std::string output_;
  bool output_ended_ = false;
  size_t largest_frame_ = 0;
};

// A request object with its id and type.
nlohmann::json Request(const nlohmann::json& id, const std::string& type,
                       nlohmann::json fields = nlohmann::json::object());

}  // namespace pagesift::protocol_test

#endif  // PAGESIFT_TESTS_PROTOCOL_HOST_PROCESS_H_
