#include "doctor/live_check.h"

#include <cstdint>
#include <cstring>
#include <memory>
#include <nlohmann/json.hpp>
#include <string_view>

#include "doctor/host_process.h"

namespace pagesift::doctor {

using nlohmann::json;
using std::chrono::steady_clock;

namespace {

constexpr uint32_t kMaxHostFrameBytes = 1'048'576;  // what browsers accept from a host
constexpr int kMaxFramesBeforeReply = 8;            // progress frames we tolerate
constexpr const char* kRequestId = "doctor-hello";

std::string Frame(const std::string& payload) {
  const uint32_t length = static_cast<uint32_t>(payload.size());
  std::string frame(sizeof length, '\0');
  std::memcpy(frame.data(), &length, sizeof length);  // native byte order, as browsers do
  return frame + payload;
}

constexpr size_t kMaxQuotedBytes = 200;  // of a reply or of stderr, in a finding

// `text` cut short and with control characters replaced, fit for one line of a report.
std::string OneLine(std::string_view text) {
  std::string line(text.substr(0, kMaxQuotedBytes));
  for (char& c : line) {
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  }
  return text.size() > kMaxQuotedBytes ? line + "..." : line;
}

// The first line of what the host wrote to stderr, as a hint, or "".
std::string StderrHint(const HostProcess& host) {
  const std::string& err = host.Stderr();
  std::string line = OneLine(std::string_view(err).substr(0, err.find('\n')));
  return line.empty() ? "" : "; it said: " + line;
}

// obj[key], or null when obj is not an object or has no such key. Never throws: the reply
// is the host's, and a wrong type must become a finding, not an exception.
json FieldOf(const json& obj, const char* key) {
  if (!obj.is_object()) return json();
  auto it = obj.find(key);
  return it == obj.end() ? json() : *it;
}

bool LooksLikeText(const std::string& bytes) {
  for (unsigned char c : bytes) {
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return false;
    if (c > 0x7e) return false;
  }
  return true;
}

class HelloExchange {
 public:
  explicit HelloExchange(const LiveCheckOptions& options) : options_(options) {}

  std::vector<Finding> Run() {
    std::vector<std::string> args;
    if (options_.family == Family::kChromium) {
      args = {"chrome-extension://" + options_.extension_id + "/"};
    } else {
      args = {options_.manifest.string(), std::string(kFirefoxExtensionId)};
    }
    std::unique_ptr<HostProcess> host;
    Status started = HostProcess::Start(options_.program, args, &host);
    if (!started.ok()) {
      return {Fail("cannot start " + Program() + ": " + started.message(),
                   "the manifest must name a pagesift-host built for this machine: rebuild it "
                   "(scripts/build.sh) and rerun install.sh")};
    }
    const Deadline answer_by = steady_clock::now() + options_.answer_timeout;
    Status sent = host->Write(Frame(json{{"id", kRequestId}, {"type", "hello"}}.dump()), answer_by);
    if (!sent.ok()) {
      return {NoAnswer(*host, "did not read the hello request (" + sent.message() + ")")};
    }

    json reply;
    Finding problem;
    if (!ReadReply(*host, answer_by, &reply, &problem)) return {problem};
    if (!CheckReply(reply, &problem)) return {problem};

    const json version = FieldOf(FieldOf(reply, "result"), "version");
    std::vector<Finding> findings = {
        Ok(options_.browsers, Program() + " answered hello: pagesift " +
                                  (version.is_string() ? version.get<std::string>() : "?") +
                                  ", protocol 1")};
    host->CloseStdin();
    if (!host->WaitForExit(steady_clock::now() + options_.exit_timeout)) {
      findings.push_back(
          Fail(Program() + " kept running after its input closed",
               "the host must exit at end of input (browsers kill it after 2-3 s): a host bug, "
               "report it"));
    }
    return findings;
  }

 private:
  std::string Program() const { return options_.program.string(); }

  Finding Fail(std::string message, std::string fix) const {
    return Problem(options_.browsers, std::move(message), std::move(fix));
  }

  Finding NoAnswer(HostProcess& host, const std::string& what) const {
    host.CloseStdin();
    host.WaitForExit(steady_clock::now() + std::chrono::milliseconds(500));
    std::string how = host.ExitDescription();
    return Fail(Program() + " " + what + "; it " + how + StderrHint(host),
                "run '" + Program() +
                    "' by hand to see its errors, rebuild it (scripts/build.sh) "
                    "and rerun install.sh");
  }

  // Reads frames until one that is not progress. False, with *problem set, on failure.
  bool ReadReply(HostProcess& host, Deadline deadline, json* reply, Finding* problem) {
    for (int i = 0; i < kMaxFramesBeforeReply; ++i) {
      std::string header;
      Status s = host.Read(sizeof(uint32_t), &header, deadline);
      if (!s.ok()) {
        *problem = NoAnswer(host, s.code() == ErrorCode::kTimeout
                                      ? "did not answer hello within " +
                                            std::to_string(options_.answer_timeout.count()) + " ms"
                                      : "closed its output without answering hello");
        return false;
      }
      uint32_t length;
      std::memcpy(&length, header.data(), sizeof length);
      if (length > kMaxHostFrameBytes || length == 0) {
        *problem = BadLength(length, header);
        return false;
      }
      std::string payload;
      s = host.Read(length, &payload, deadline);
      if (!s.ok()) {
        *problem = NoAnswer(host, "sent a truncated frame (" + s.message() + ")");
        return false;
      }
      *reply = json::parse(payload, nullptr, /*allow_exceptions=*/false);
      if (reply->is_discarded() || !reply->is_object()) {
        *problem = Fail(Program() + " answered hello with a frame that is not a JSON object",
                        "only frames may go to stdout: a host bug, report it");
        return false;
      }
      if (!reply->contains("progress")) return true;
    }
    *problem =
        Fail(Program() + " sent only progress frames in reply to hello", "a host bug: report it");
    return false;
  }

  // A length that no browser would accept; ASCII in the length means text on stdout.
  Finding BadLength(uint32_t length, const std::string& header) const {
    if (LooksLikeText(header)) {
      return Fail(Program() + " wrote text to stdout (\"" + header +
                      "...\"), which browsers read as an absurd frame length of " +
                      std::to_string(length),
                  "only frames may go to stdout; logs belong on stderr: a host bug, report it");
    }
    return Fail(Program() + " sent a frame length of " + std::to_string(length) +
                    " bytes; browsers accept 1 to 1048576",
                "a host bug: report it");
  }

  bool CheckReply(const json& reply, Finding* problem) const {
    const std::string fix =
        "the manifest's path must name pagesift-host of this version: rerun install.sh";
    if (FieldOf(reply, "id") != kRequestId) {
      *problem =
          Fail(Program() + " answered hello with the wrong id: " + OneLine(reply.dump()), fix);
      return false;
    }
    if (FieldOf(reply, "ok") != true) {
      const json error = FieldOf(reply, "error");
      *problem =
          Fail(Program() + (error.is_null()
                                ? " answered hello without \"ok\": true: " + OneLine(reply.dump())
                                : " answered hello with an error: " + OneLine(error.dump())),
               fix);
      return false;
    }
    const json result = FieldOf(reply, "result");
    if (FieldOf(result, "name") != "pagesift" || FieldOf(result, "protocol") != 1) {
      *problem = Fail(Program() + " is not pagesift-host speaking protocol 1: it answered " +
                          OneLine(result.dump()),
                      fix);
      return false;
    }
    return true;
  }

  const LiveCheckOptions& options_;
};

}  // namespace

std::vector<Finding> CheckHostAnswersHello(const LiveCheckOptions& options) {
  return HelloExchange(options).Run();
}

}  // namespace pagesift::doctor
