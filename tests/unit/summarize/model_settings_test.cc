#include "summarize/model_settings.h"

#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace pagesift::summarize {
namespace {

nlohmann::json Valid() {
  return {{"endpoint", "http://127.0.0.1:11434/api/chat"}, {"format", "ollama"}, {"name", "llama3.2"},
          {"timeoutMs", 30000}, {"contextTokens", 4096}};
}

Status Read(const nlohmann::json& object, ModelSettings* settings = nullptr) {
  ModelSettings ignored;
  return ModelSettingsFromJson(object, settings != nullptr ? settings : &ignored);
}

TEST(ModelSettingsTest, ReadsEveryMember) {
  ModelSettings settings;
  ASSERT_TRUE(Read(Valid(), &settings).ok());
  EXPECT_EQ(settings.endpoint, "http://127.0.0.1:11434/api/chat");
  EXPECT_EQ(settings.format, ChatFormat::kOllama);
  EXPECT_EQ(settings.model, "llama3.2");
  EXPECT_EQ(settings.timeout, std::chrono::milliseconds(30000));
  EXPECT_EQ(settings.context_tokens, 4096u);
}

TEST(ModelSettingsTest, DefaultsForTheOptionalMembers) {
  ModelSettings settings;
  ASSERT_TRUE(Read({{"endpoint", "http://[::1]:8080/v1/chat/completions"}, {"name", "m"}}, &settings).ok());
  EXPECT_EQ(settings.format, ChatFormat::kOllama);
  EXPECT_EQ(settings.timeout, std::chrono::milliseconds(60000));
  EXPECT_EQ(settings.context_tokens, 8192u);
  nlohmann::json openai = Valid();
  openai["format"] = "openai";
  ASSERT_TRUE(Read(openai, &settings).ok());
  EXPECT_EQ(settings.format, ChatFormat::kOpenAi);
}

TEST(ModelSettingsTest, EndpointsOffThisMachineAreRefusedSayingWhy) {
  for (const char* endpoint : {"http://192.168.1.10:11434/api/chat", "http://ollama.example.com/api/chat",
                               "http://localhost.example.com/api/chat", "http://127.0.0.1.nip.io/api/chat",
                               "http://10.0.0.1/", "https://127.0.0.1/api/chat", "http://[::2]/"}) {
    nlohmann::json object = Valid();
    object["endpoint"] = endpoint;
    Status status = Read(object);
    EXPECT_EQ(status.code(), ErrorCode::kInvalidArgument) << endpoint;
    EXPECT_NE(status.message().find(std::string(endpoint).substr(0, 20)), std::string::npos) << status.message();
  }
  nlohmann::json remote = Valid();
  remote["endpoint"] = "http://ollama.example.com/api/chat";
  EXPECT_NE(Read(remote).message().find("this machine"), std::string::npos);
}

TEST(ModelSettingsTest, EachBadMemberIsNamed) {
  struct Case {
    const char* member;
    nlohmann::json value;
  };
  const Case cases[] = {
      {"endpoint", nullptr},        {"endpoint", 5},          {"endpoint", std::string(3000, 'a')},
      {"name", nullptr},            {"name", ""},             {"name", "bad\nname"},
      {"format", "gemini"},         {"format", true},         {"timeoutMs", 10},
      {"timeoutMs", 700000},        {"timeoutMs", -5},        {"timeoutMs", "60000"},
      {"contextTokens", 100},       {"contextTokens", 1.5},
  };
  for (const Case& c : cases) {
    nlohmann::json object = Valid();
    if (c.value.is_null()) {
      object.erase(c.member);
    } else {
      object[c.member] = c.value;
    }
    Status status = Read(object);
    EXPECT_EQ(status.code(), ErrorCode::kInvalidArgument) << c.member << " " << c.value.dump();
    EXPECT_NE(status.message().find(c.member), std::string::npos) << status.message();
  }
  EXPECT_EQ(Read(nlohmann::json::array()).code(), ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace pagesift::summarize
