// extract {"html", "url", "title"?, "selection"?, "markdown"?} -> the Result JSON.
#include <string>
#include <utility>

#include "nmhost/handlers.h"
#include "pagesift/extract.h"
#include "pagesift/json.h"

namespace pagesift::nmhost {

Outcome HandleExtract(Request& request, const WorkContext& context) {
  std::string html;
  std::string title;
  std::string selection;
  Options options;
  Status fields = TakeRequiredString(&request.message, "html", &html);
  if (fields.ok()) fields = TakeRequiredString(&request.message, "url", &options.url);
  if (fields.ok()) fields = TakeOptionalString(&request.message, "title", &title);
  if (fields.ok()) fields = TakeOptionalString(&request.message, "selection", &selection);
  if (fields.ok()) fields = ReadOptionalBool(request.message, "markdown", &options.want_markdown);
  if (!fields.ok()) return Outcome::BadRequest(fields);

  // The browser serialised the DOM as a JavaScript string: it is UTF-8 by
  // the time it reaches us, whatever the page's original charset.
  options.declared_charset = "utf-8";
  options.cancel = context.cancel;
  options.deadline = context.deadline;

  // A non-empty selection is the part of the page the user chose: the reader
  // view is made of it alone.
  const std::string& page = selection.empty() ? html : selection;
  Result result;
  if (Status s = Extract(page, options, &result); !s.ok()) return Outcome::Failure(s);
  // The browser's document.title is a better fallback than nothing when the
  // page's markup yields no title (a selection has none).
  if (result.title.empty()) result.title = std::move(title);
  return Outcome::Success(ResultToJson(result));
}

}  // namespace pagesift::nmhost
