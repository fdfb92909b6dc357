// save {"html", "url", "formats", "folder"?, "template"?} -> {"id", "files"};
// library {"action", "query"?, "id"?} -> the action's answer. The work is in
// library/requests.h; these only carry the host's cancel and deadline over.
#include <utility>

#include "library/requests.h"
#include "nmhost/handlers.h"

namespace pagesift::nmhost {
namespace {

using LibraryCall = Status (*)(const nlohmann::json&, const library::RequestContext&, nlohmann::json*, bool*);

Outcome Answer(LibraryCall call, const Request& request, const WorkContext& context) {
  library::RequestContext library_context;
  library_context.cancel = context.cancel;
  library_context.deadline = context.deadline;
  nlohmann::json result;
  bool bad_request = false;
  Status s = call(request.message, library_context, &result, &bad_request);
  if (!s.ok()) return bad_request ? Outcome::BadRequest(s) : Outcome::Failure(s);
  return Outcome::Success(std::move(result));
}

}  // namespace

Outcome HandleSave(Request& request, const WorkContext& context) {
  return Answer(library::HandleSaveRequest, request, context);
}

Outcome HandleLibrary(Request& request, const WorkContext& context) {
  return Answer(library::HandleLibraryRequest, request, context);
}

}  // namespace pagesift::nmhost
