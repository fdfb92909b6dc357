// summarize {"html"+"url" | "text" (+"url", "lang"?), "sentences"?, "model"?}
//   -> {"lang", "sentences", "keyPoints", "model"?}
// With "model" (a local language model, summarize/model_settings.h) the
// model's text is streamed ahead of the reply as "partial" frames, parts of a
// long article as "progress" frames, and the extractive summary always comes
// in the reply, as the fallback when the model fails.
#include <string>
#include <utility>

#include "nmhost/handlers.h"
#include "pagesift/summarize.h"
#include "summarize/model_summary.h"

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

// The "model" member, when present and not null.
const nlohmann::json* ModelMember(const nlohmann::json& message) {
  auto model = message.find("model");
  return model == message.end() || model->is_null() ? nullptr : &*model;
}

Outcome AnswerWithModel(const SummarizeRequest& s, const Options& options,
                           const summarize::ModelSettings& settings, const WorkContext& context) {
  Result article;
  if (Status st = ArticleOfRequest(s, options, &article); !st.ok()) return Outcome::Failure(st);
  SummaryOptions summary_options;
  summary_options.sentences = s.sentences;
  summary_options.lang = s.lang;
  summarize::ModelCallbacks callbacks;
  callbacks.cancel = context.cancel;
  if (context.notify) {
    callbacks.on_text = [&](std::string_view text) { context.notify("partial", {{"text", text}}); };
    callbacks.on_part = [&](size_t part, size_t parts) {
      context.notify("progress", {{"stage", "model part"}, {"done", part}, {"total", parts}});
    };
  }
  summarize::ModelSummary summary;
  if (Status st = summarize::SummarizeWithModel(article, settings, summary_options, callbacks, &summary); !st.ok()) {
    return Outcome::Failure(st);
  }
  return Outcome::Success(summarize::ModelSummaryToJson(summary, settings));
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
  // Settings are checked, the endpoint refused if it is not on this
  // machine, before the page is even read.
  const nlohmann::json* model = ModelMember(request.message);
  summarize::ModelSettings settings;
  if (model != nullptr) {
    if (Status st = summarize::ModelSettingsFromJson(*model, &settings); !st.ok()) return Outcome::Failure(st);
  }
  Options options;
  options.declared_charset = "utf-8";  // the browser's DOM arrives as UTF-8
  options.cancel = context.cancel;
  options.deadline = context.deadline;
  if (model != nullptr) return AnswerWithModel(s, options, settings, context);
  nlohmann::json result;
  if (Status st = AnswerSummarizeRequest(s, options, &result); !st.ok()) return Outcome::Failure(st);
  return Outcome::Success(std::move(result));
}

std::chrono::milliseconds SummarizeExtraTime(const Request& request) {
  const nlohmann::json* model = ModelMember(request.message);
  summarize::ModelSettings settings;
  if (model == nullptr || !summarize::ModelSettingsFromJson(*model, &settings).ok()) {
    return std::chrono::milliseconds(0);
  }
  return settings.timeout;
}

}  // namespace pagesift::nmhost
