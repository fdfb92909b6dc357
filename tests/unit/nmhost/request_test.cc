#include "nmhost/request.h"

#include <string>

#include <gtest/gtest.h>

namespace pagesift::nmhost {
namespace {

using nlohmann::json;

Status Parse(const std::string& payload, Request* request) {
  return ParseRequest(payload, request);
}

void ExpectBadRequest(const std::string& payload, const std::string& message_part,
                      const json& id = nullptr) {
  Request request;
  const Status s = Parse(payload, &request);
  EXPECT_EQ(s.code(), ErrorCode::kInvalidArgument) << payload.substr(0, 80);
  EXPECT_NE(s.message().find(message_part), std::string::npos)
      << "message: " << s.message() << "\nexpected to contain: " << message_part;
  EXPECT_EQ(request.id, id);
}

TEST(ParseRequestTest, ParsesIdTypeAndFields) {
  Request request;
  ASSERT_TRUE(Parse(R"({"id":"a1","type":"extract","html":"<p>x</p>","url":"u"})", &request).ok());
  EXPECT_EQ(request.id, "a1");
  EXPECT_EQ(request.type, "extract");
  EXPECT_EQ(request.message.at("html"), "<p>x</p>");
}

TEST(ParseRequestTest, NumericIdsAreAccepted) {
  Request request;
  ASSERT_TRUE(Parse(R"({"id":42,"type":"ping"})", &request).ok());
  EXPECT_EQ(request.id, 42);
  ASSERT_TRUE(Parse(R"({"id":-1.5,"type":"ping"})", &request).ok());
  EXPECT_EQ(request.id, -1.5);
}

TEST(ParseRequestTest, EmptyFrame) { ExpectBadRequest("", "empty frame"); }

TEST(ParseRequestTest, MalformedJson) {
  ExpectBadRequest("{\"id\":1,", "malformed JSON");
  ExpectBadRequest("not json", "malformed JSON");
  ExpectBadRequest("{\"id\":1} trailing", "malformed JSON");
}

TEST(ParseRequestTest, MalformedJsonMessageOmitsTheOffendingToken) {
  Request request;
  const std::string payload = "{\"id\":1,\"html\":\"" + std::string(100000, 'x') + "\x01";
  const Status s = Parse(payload, &request);
  EXPECT_EQ(s.code(), ErrorCode::kInvalidArgument);
  EXPECT_LT(s.message().size(), 400u) << "the page text must not be echoed back";
}

TEST(ParseRequestTest, InvalidUtf8InsideAString) {
  ExpectBadRequest("{\"id\":1,\"type\":\"ping\",\"x\":\"\xC3\x28\"}", "malformed JSON");
  ExpectBadRequest("{\"id\":1,\"type\":\"ping\",\"x\":\"\xED\xA0\x80\"}", "malformed JSON");
}

TEST(ParseRequestTest, NotAnObject) {
  ExpectBadRequest("[1,2]", "must be a JSON object, not array");
  ExpectBadRequest("\"text\"", "must be a JSON object, not string");
  ExpectBadRequest("null", "must be a JSON object, not null");
}

TEST(ParseRequestTest, MissingOrWrongId) {
  ExpectBadRequest(R"({"type":"ping"})", "missing field 'id'");
  ExpectBadRequest(R"({"id":true,"type":"ping"})", "field 'id' must be a string or a number");
  ExpectBadRequest(R"({"id":{},"type":"ping"})", "field 'id' must be a string or a number");
  ExpectBadRequest("{\"id\":\"" + std::string(kMaxIdBytes + 1, 'i') + "\",\"type\":\"ping\"}",
                   "field 'id' is longer than");
}

TEST(ParseRequestTest, MissingOrWrongTypeKeepsTheId) {
  ExpectBadRequest(R"({"id":9})", "missing field 'type'", 9);
  ExpectBadRequest(R"({"id":"k","type":3})", "field 'type' must be a string, not number", "k");
}

TEST(ParseRequestTest, DeepNestingIsRefused) {
  std::string deep = R"({"id":1,"type":"ping","x":)";
  for (size_t i = 0; i < 100000; ++i) deep += '[';
  ExpectBadRequest(deep, "deeper than");
}

TEST(ParseRequestTest, NestingUpToTheLimitIsAccepted) {
  std::string nested = R"({"id":1,"type":"ping","x":)";
  for (size_t i = 1; i < kMaxJsonDepth; ++i) nested += '[';
  for (size_t i = 1; i < kMaxJsonDepth; ++i) nested += ']';
  nested += '}';
  Request request;
  EXPECT_TRUE(Parse(nested, &request).ok());
}

TEST(ParseRequestTest, TooManyValuesAreRefused) {
  std::string wide = R"({"id":1,"type":"ping","x":[)";
  for (size_t i = 0; i <= kMaxJsonValues; ++i) wide += "0,";
  wide += "0]}";
  ExpectBadRequest(wide, "more than");
}

TEST(ParseRequestTest, NumberOverflowIsMalformed) {
  ExpectBadRequest(R"({"id":1e999,"type":"ping"})", "malformed JSON");
}

TEST(IdKeyTest, StringAndNumberIdsStayDistinct) {
  EXPECT_NE(IdKey(json("1")), IdKey(json(1)));
  EXPECT_EQ(IdKey(json(1)), IdKey(json(1)));
}

TEST(FieldTest, TakeRequiredStringMovesTheValueOut) {
  json message = {{"html", "<p>page</p>"}};
  std::string html;
  ASSERT_TRUE(TakeRequiredString(&message, "html", &html).ok());
  EXPECT_EQ(html, "<p>page</p>");
}

TEST(FieldTest, MissingAndWrongTypedFieldsAreNamed) {
  json message = {{"url", 5}, {"markdown", "yes"}};
  std::string out;
  bool flag = false;
  EXPECT_EQ(TakeRequiredString(&message, "html", &out).message(), "missing field 'html'");
  EXPECT_EQ(TakeRequiredString(&message, "url", &out).message(),
            "field 'url' must be a string, not number");
  EXPECT_EQ(ReadOptionalBool(message, "markdown", &flag).message(),
            "field 'markdown' must be a boolean, not string");
}

TEST(FieldTest, AbsentOrNullOptionalFieldsLeaveTheDefault) {
  json message = {{"title", nullptr}};
  std::string title = "default";
  bool markdown = true;
  EXPECT_TRUE(TakeOptionalString(&message, "title", &title).ok());
  EXPECT_TRUE(TakeOptionalString(&message, "selection", &title).ok());
  EXPECT_TRUE(ReadOptionalBool(message, "markdown", &markdown).ok());
  EXPECT_EQ(title, "default");
  EXPECT_TRUE(markdown);
}

TEST(CheckIdTest, NamesTheField) {
  EXPECT_TRUE(CheckId(json("x"), "target").ok());
  EXPECT_EQ(CheckId(json::array(), "target").message(),
            "field 'target' must be a string or a number, not array");
}

}  // namespace
}  // namespace pagesift::nmhost
