// The library's side of the native-messaging "save" and "library" requests:
// the host's handlers pass the request message through and answer with the
// result (or the status) these return.
#ifndef PAGESIFT_LIBRARY_REQUESTS_H_
#define PAGESIFT_LIBRARY_REQUESTS_H_

#include <atomic>
#include <chrono>
#include <optional>

#include <nlohmann/json.hpp>

#include "pagesift/library.h"
#include "pagesift/status.h"

namespace pagesift::library {

// What a request handler gets besides the message.
struct RequestContext {
  const std::atomic<bool>* cancel = nullptr;
  std::optional<std::chrono::steady_clock::time_point> deadline;
  // The folder used when the message names none (empty: the default).
  std::string default_folder;
};

// {"html", "url", "title"?, "formats"? ["markdown"|"html"|"json"...],
//  "folder"?, "template"?, "images"? [{"url", "data"}...]} ->
//   {"id", "files": [absolute paths], "images"?: [{"url", "file"} or
//    {"url", "error"}...]}.
// "images" carries the bytes of the article's images, base64 in "data",
// each "url" an img src of the article as the reader view writes it; see
// SaveOptions::images for what is stored and the caps. The reply names
// each image's stored copy or why it was not stored, in request order.
// A missing or wrong-typed field, or an unknown format, sets *bad_request
// (the host answers "bad_request"); other failures are the engine's or the
// library's status.
Status HandleSaveRequest(const nlohmann::json& message, const RequestContext& context,
                         nlohmann::json* result, bool* bad_request);

// {"action": "list" | "search" | "get" | "delete" | "reindex", "query"?,
//  "articleId"?, "limit"?, "offset"?, "folder"?} ->
//   list, search: {"articles": [entry...]}   (search entries carry "snippet")
//   get:          {"article": entry}
//   delete:       {"deleted": id}
//   reindex:      {"articles", "skippedFiles", "removedTemporaries"}
// An entry: {"id", "name", "title", "byline", "siteName", "url",
// "publishedTime", "lang", "created", "wordCount", "files"}.
Status HandleLibraryRequest(const nlohmann::json& message, const RequestContext& context,
                            nlohmann::json* result, bool* bad_request);

nlohmann::json LibraryEntryToJson(const LibraryEntry& entry);

}  // namespace pagesift::library

#endif  // PAGESIFT_LIBRARY_REQUESTS_H_
