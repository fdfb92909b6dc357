// summarize {"html"+"url" | "text" (+"url", "lang"?), "sentences"?} -> {"lang", "sentences", "keyPoints"}.
#include <string>
#include <utility>

#include "nmhost/handlers.h"
#include "pagesift/summarize.h"

namespace pagesift::nmhost {
namespace {

Status ReadSentences(const nlohmann::json& message, size_t* sentences) {
  auto n = message.find("sentences");
  if (n == message.end() || n->is_null()) return Status::Ok();
  if (!n->is_number_unsigned() || n->get<uint64_t>() == 0 || n->get<uint64_t>() > kMaxSummaryLength) {
    return Status(ErrorCode::kInvalidArgument,
                  "\"sentences\" must be a whole number from 1 to " + std::to_string(kMaxSummaryLength));
  }
  *sentences = n->get<size_t>();
  return Status::Ok();
}

}  // namespace

Outcome HandleSummarize(Request& request, const WorkContext& context) {
  SummarizeRequest s;
  Status fields = TakeOptionalString(&request.message, "html", &s.html);
  if (fields.ok()) fields = TakeOptionalString(&request.message, "text", &s.text);
  if (fields.ok()) fields = TakeOptionalString(&request.message, "url", &s.url);
  if (fields.ok()) fields = TakeOptionalString(&request.message, "lang", &s.lang);
  if (fields.ok()) fields = ReadSentences(request.message, &s.sentences);
  if (fields.ok() && s.html.empty() && s.text.empty()) {
    fields = Status(ErrorCode::kInvalidArgument, "summarize needs \"html\" (a page) or \"text\" (a selection)");
  }
  if (!fields.ok()) return Outcome::BadRequest(fields);
  Options options;
  options.declared_charset = "utf-8";  // the browser's DOM arrives as UTF-8
  options.cancel = context.cancel;
  options.deadline = context.deadline;
  nlohmann::json result;
  if (Status st = AnswerSummarizeRequest(s, options, &result); !st.ok()) return Outcome::Failure(st);
  return Outcome::Success(std::move(result));
}

}  // namespace pagesift::nmhost
