#include "summarize/chat_stream.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace pagesift::summarize {
namespace {

using Tokens = std::vector<std::string>;

// Feeds body in pieces of `step` bytes, as a socket might deliver it.
Status FeedInPieces(ChatStreamDecoder* decoder, std::string_view body, size_t step, Tokens* tokens) {
  for (size_t at = 0; at < body.size(); at += step) {
    if (Status s = decoder->Feed(body.substr(at, step), tokens); !s.ok()) return s;
  }
  return decoder->Finish(tokens);
}

constexpr std::string_view kOllamaBody =
    "{\"model\":\"m\",\"message\":{\"role\":\"assistant\",\"content\":\"Le \"},\"done\":false}\n"
    "{\"model\":\"m\",\"message\":{\"role\":\"assistant\",\"content\":\"conseil\"},\"done\":false}\n"
    "{\"model\":\"m\",\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,\"prompt_eval_count\":812}\n";

constexpr std::string_view kOpenAiBody =
    ": keep-alive\n\n"
    "data: {\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\"}}]}\n\n"
    "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"The \"}}]}\r\n\r\n"
    "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"vote\"}}]}\n\n"
    "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
    "data: [DONE]\n\n";

TEST(ChatStreamDecoderTest, OllamaLinesInAnyPieces) {
  for (size_t step : {1u, 7u, 1000u}) {
    ChatStreamDecoder decoder(ChatFormat::kOllama);
    Tokens tokens;
    Status status = FeedInPieces(&decoder, kOllamaBody, step, &tokens);
    ASSERT_TRUE(status.ok()) << status.ToString();
    EXPECT_EQ(tokens, (Tokens{"Le ", "conseil"}));
    EXPECT_TRUE(decoder.finished());
    EXPECT_EQ(decoder.prompt_tokens(), 812u);
  }
}

TEST(ChatStreamDecoderTest, OpenAiServerSentEvents) {
  for (size_t step : {1u, 5u, 1000u}) {
    ChatStreamDecoder decoder(ChatFormat::kOpenAi);
    Tokens tokens;
    Status status = FeedInPieces(&decoder, kOpenAiBody, step, &tokens);
    ASSERT_TRUE(status.ok()) << status.ToString();
    EXPECT_EQ(tokens, (Tokens{"The ", "vote"}));
  }
}

TEST(ChatStreamDecoderTest, TokensArriveAsTheirLinesComplete) {
  ChatStreamDecoder decoder(ChatFormat::kOllama);
  Tokens tokens;
  std::string_view body = kOllamaBody;
  size_t first_line = body.find('\n') + 1;
  ASSERT_TRUE(decoder.Feed(body.substr(0, first_line - 1), &tokens).ok());
  EXPECT_TRUE(tokens.empty());  // the line is not complete yet
  ASSERT_TRUE(decoder.Feed("\n", &tokens).ok());
  EXPECT_EQ(tokens, (Tokens{"Le "}));
}

TEST(ChatStreamDecoderTest, TruncatedStreamsFail) {
  std::string_view body = kOllamaBody;
  ChatStreamDecoder ollama(ChatFormat::kOllama);
  Tokens tokens;
  Status status = FeedInPieces(&ollama, body.substr(0, body.rfind("{\"model\"")), 3, &tokens);
  EXPECT_EQ(status.code(), ErrorCode::kIoError);
  EXPECT_NE(status.message().find("truncated"), std::string::npos);

  std::string_view events = kOpenAiBody;
  ChatStreamDecoder openai(ChatFormat::kOpenAi);
  tokens.clear();
  EXPECT_EQ(FeedInPieces(&openai, events.substr(0, events.find("data: [DONE]")), 4, &tokens).code(),
            ErrorCode::kIoError);
  EXPECT_EQ(tokens, (Tokens{"The ", "vote"}));  // what came is kept for the caller to judge
}

TEST(ChatStreamDecoderTest, ServerErrorsAreReportedWithTheirMessage) {
  ChatStreamDecoder ollama(ChatFormat::kOllama);
  Tokens tokens;
  Status status = ollama.Feed("{\"error\":\"model 'x' not found\"}\n", &tokens);
  EXPECT_EQ(status.code(), ErrorCode::kIoError);
  EXPECT_NE(status.message().find("model 'x' not found"), std::string::npos);

  ChatStreamDecoder openai(ChatFormat::kOpenAi);
  status = openai.Feed("data: {\"error\":{\"message\":\"context too long\"}}\n\n", &tokens);
  EXPECT_NE(status.message().find("context too long"), std::string::npos);
}

TEST(ChatStreamDecoderTest, MalformedAndOversizedLinesFail) {
  ChatStreamDecoder ollama(ChatFormat::kOllama);
  Tokens tokens;
  EXPECT_EQ(ollama.Feed("not json\n", &tokens).code(), ErrorCode::kIoError);

  ChatStreamDecoder openai(ChatFormat::kOpenAi);
  EXPECT_EQ(openai.Feed("data: [1, 2]\n", &tokens).code(), ErrorCode::kIoError);

  ChatStreamDecoder endless(ChatFormat::kOllama);
  std::string chunk(64 * 1024, 'x');
  Status status;
  for (int i = 0; i < 20 && status.ok(); ++i) status = endless.Feed(chunk, &tokens);
  EXPECT_EQ(status.code(), ErrorCode::kIoError);
}

TEST(ChatStreamDecoderTest, DataAfterTheEndFails) {
  ChatStreamDecoder decoder(ChatFormat::kOpenAi);
  Tokens tokens;
  ASSERT_TRUE(decoder.Feed("data: [DONE]\n", &tokens).ok());
  EXPECT_EQ(decoder.Feed("data: {\"choices\":[]}\n", &tokens).code(), ErrorCode::kIoError);
}

}  // namespace
}  // namespace pagesift::summarize
