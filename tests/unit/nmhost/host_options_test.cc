#include "nmhost/host_options.h"

#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace pagesift::nmhost {
namespace {

class HostOptionsTest : public ::testing::Test {
 protected:
  HostOptions Parse(std::vector<std::string_view> args, unsigned cores = 2) {
    args_ = std::move(args);
    return ParseHostOptions(args_, Lookup(), cores);
  }

  EnvironmentLookup Lookup() {
    return [this](std::string_view name) -> std::optional<std::string> {
      const auto it = environment_.find(std::string(name));
      if (it == environment_.end()) return std::nullopt;
      return it->second;
    };
  }

  std::map<std::string, std::string> environment_;
  std::vector<std::string_view> args_;
};

TEST_F(HostOptionsTest, DefaultsScaleWithCores) {
  const HostOptions two = Parse({}, 2);
  EXPECT_EQ(two.deadline, std::chrono::milliseconds(10'000));
  EXPECT_EQ(two.max_in_flight, 6u);
  EXPECT_EQ(two.worker_threads, 2u);
  EXPECT_TRUE(two.log_file.empty());
  EXPECT_FALSE(two.debug_requests);
  const HostOptions unknown = Parse({}, 0);  // hardware_concurrency may say 0
  EXPECT_EQ(unknown.max_in_flight, 4u);
  EXPECT_EQ(unknown.worker_threads, 2u);
}

TEST_F(HostOptionsTest, ChromiumArgumentsArePositional) {
  const HostOptions o = Parse({"chrome-extension://abc/", "--parent-window=0"});
  EXPECT_EQ(o.positional, (std::vector<std::string_view>{"chrome-extension://abc/"}));
  EXPECT_TRUE(o.warnings.empty()) << o.warnings[0];
}

TEST_F(HostOptionsTest, FlagsSetValues) {
  const HostOptions o =
      Parse({"--deadline-ms=250", "--max-in-flight=3", "--enable-debug-requests"});
  EXPECT_EQ(o.deadline, std::chrono::milliseconds(250));
  EXPECT_EQ(o.max_in_flight, 3u);
  EXPECT_TRUE(o.debug_requests);
}

TEST_F(HostOptionsTest, EnvironmentSetsValuesAndFlagsWin) {
  environment_["PAGESIFT_DEADLINE_MS"] = "1500";
  environment_["PAGESIFT_MAX_IN_FLIGHT"] = "9";
  EXPECT_EQ(Parse({}).deadline, std::chrono::milliseconds(1500));
  EXPECT_EQ(Parse({}).max_in_flight, 9u);
  EXPECT_EQ(Parse({"--deadline-ms=20"}).deadline, std::chrono::milliseconds(20));
}

TEST_F(HostOptionsTest, BadValuesWarnAndKeepTheDefault) {
  for (std::string_view bad : {"--deadline-ms=0", "--deadline-ms=abc", "--deadline-ms=10x",
                               "--deadline-ms=", "--deadline-ms=99999999999999999999"}) {
    const HostOptions o = Parse({bad});
    EXPECT_EQ(o.deadline, std::chrono::milliseconds(10'000)) << bad;
    ASSERT_EQ(o.warnings.size(), 1u) << bad;
    EXPECT_NE(o.warnings[0].find("ignoring --deadline-ms"), std::string::npos) << o.warnings[0];
  }
}

TEST_F(HostOptionsTest, UnknownFlagsWarnButNeverStopTheHost) {
  const HostOptions o = Parse({"--frobnicate"});
  ASSERT_EQ(o.warnings.size(), 1u);
  EXPECT_EQ(o.warnings[0], "ignoring unknown option --frobnicate");
}

TEST_F(HostOptionsTest, LogFileDefaultsUnderTheStateDirectory) {
  environment_["XDG_STATE_HOME"] = "/state";
  environment_["HOME"] = "/home/u";
  EXPECT_EQ(Parse({"--log-file"}).log_file, "/state/pagesift/host.log");
  EXPECT_EQ(Parse({"--log-file=/tmp/h.log"}).log_file, "/tmp/h.log");
  environment_.erase("XDG_STATE_HOME");
  EXPECT_EQ(Parse({"--log-file"}).log_file, "/home/u/.local/state/pagesift/host.log");
}

TEST_F(HostOptionsTest, LogFileFromTheEnvironment) {
  environment_["HOME"] = "/home/u";
  environment_["PAGESIFT_LOG_FILE"] = "1";
  EXPECT_EQ(Parse({}).log_file, "/home/u/.local/state/pagesift/host.log");
  environment_["PAGESIFT_LOG_FILE"] = "/var/tmp/x.log";
  EXPECT_EQ(Parse({}).log_file, "/var/tmp/x.log");
  environment_["PAGESIFT_LOG_FILE"] = "0";
  EXPECT_TRUE(Parse({}).log_file.empty());
}

TEST_F(HostOptionsTest, RelativeStateHomeIsIgnored) {
  // The XDG specification says relative paths are invalid and to be ignored.
  environment_["XDG_STATE_HOME"] = "relative";
  environment_["HOME"] = "/h";
  EXPECT_EQ(DefaultLogPath(Lookup()), "/h/.local/state/pagesift/host.log");
}

TEST_F(HostOptionsTest, NoHomeMeansNoLogFileAndAWarning) {
  const HostOptions o = Parse({"--log-file"});
  EXPECT_TRUE(o.log_file.empty());
  EXPECT_EQ(o.warnings.size(), 1u);
}

}  // namespace
}  // namespace pagesift::nmhost
