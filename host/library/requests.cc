#include "library/requests.h"

#include "library/base64.h"
#include "pagesift/extract.h"

namespace pagesift::library {
namespace {

using nlohmann::json;

Status FieldError(std::string_view field, std::string_view problem) {
  return Status(ErrorCode::kInvalidArgument, "field '" + std::string(field) + "' " + std::string(problem));
}

// Reads an optional string field; a present field of another type is an error.
Status OptionalString(const json& message, std::string_view field, std::string* value) {
  auto it = message.find(field);
  if (it == message.end() || it->is_null()) return Status::Ok();
  if (!it->is_string()) return FieldError(field, "must be a string");
  *value = it->get<std::string>();
  return Status::Ok();
}

Status RequiredString(const json& message, std::string_view field, std::string* value) {
  if (message.find(field) == message.end()) return FieldError(field, "is missing");
  return OptionalString(message, field, value);
}

Status OptionalCount(const json& message, std::string_view field, size_t* value) {
  auto it = message.find(field);
  if (it == message.end() || it->is_null()) return Status::Ok();
  if (!it->is_number_unsigned()) return FieldError(field, "must be a non-negative integer");
  *value = it->get<size_t>();
  return Status::Ok();
}

// An article id: a number, or a string of digits (as typed on a command
// line). Named "articleId": "id" is the request's own id on the wire.
Status ReadId(const json& message, int64_t* id) {
  auto it = message.find("articleId");
  if (it == message.end()) return FieldError("articleId", "is missing");
  if (it->is_number_integer()) {
    *id = it->get<int64_t>();
    return Status::Ok();
  }
  if (it->is_string()) {
    const std::string& s = it->get_ref<const std::string&>();
    if (!s.empty() && s.size() <= 18 && s.find_first_not_of("0123456789") == std::string::npos) {
      *id = std::stoll(s);
      return Status::Ok();
    }
  }
  return FieldError("articleId", "must be an article id (an integer)");
}

Status OpenLibrary(const json& message, const RequestContext& context, std::unique_ptr<Library>* library,
                   bool* bad_request) {
  LibraryOptions options;
  options.folder = context.default_folder;
  if (Status s = OptionalString(message, "folder", &options.folder); !s.ok()) return *bad_request = true, s;
  return Library::Open(options, library);
}

// "images": [{"url", "data" (base64)}...]. An image that cannot be decoded
// within kMaxImageBytes is not handed to the library: *refused gets its
// index and the reason (the reply names it like the library's refusals).
Status ReadImages(const json& message, std::vector<ImageBytes>* images,
                  std::vector<std::pair<size_t, std::string>>* refused) {
  auto list = message.find("images");
  if (list == message.end() || list->is_null()) return Status::Ok();
  if (!list->is_array()) return FieldError("images", "must be an array of {url, data}");
  for (size_t i = 0; i < list->size(); ++i) {
    const json& image = (*list)[i];
    if (!image.is_object()) return FieldError("images", "must be an array of {url, data}");
    ImageBytes read;
    std::string data;
    if (Status s = RequiredString(image, "url", &read.url); !s.ok()) return s;
    if (Status s = RequiredString(image, "data", &data); !s.ok()) return s;
    if (DecodeBase64(data, kMaxImageBytes, &read.bytes)) {
      images->push_back(std::move(read));
    } else {
      bool large = data.size() / 4 * 3 > kMaxImageBytes;
      refused->emplace_back(i, large ? "larger than " + std::to_string(kMaxImageBytes) + " bytes" : "not base64");
    }
  }
  return Status::Ok();
}

// The outcome of each image of the request, in its order.
json ImagesToJson(const json& message, const std::vector<ImageOutcome>& outcomes,
                  const std::vector<std::pair<size_t, std::string>>& refused) {
  json list = json::array();
  size_t next_outcome = 0, next_refused = 0;
  for (size_t i = 0; i < message["images"].size(); ++i) {
    json image = {{"url", message["images"][i]["url"]}};
    if (next_refused < refused.size() && refused[next_refused].first == i) {
      image["error"] = refused[next_refused++].second;
    } else if (next_outcome < outcomes.size()) {
      const ImageOutcome& outcome = outcomes[next_outcome++];
      if (outcome.file.empty()) image["error"] = outcome.reason;
      else image["file"] = outcome.file;
    }
    list.push_back(std::move(image));
  }
  return list;
}

json EntriesToJson(const std::vector<LibraryEntry>& entries) {
  json list = json::array();
  for (const LibraryEntry& e : entries) list.push_back(LibraryEntryToJson(e));
  return list;
}

}  // namespace

json LibraryEntryToJson(const LibraryEntry& e) {
  json j = {{"id", e.id},          {"name", e.name},       {"title", e.title},
            {"byline", e.byline},  {"siteName", e.site},   {"url", e.url},
            {"publishedTime", e.published}, {"lang", e.lang}, {"created", e.created},
            {"wordCount", e.word_count},    {"files", e.files}};
  if (!e.snippet.empty()) j["snippet"] = e.snippet;
  return j;
}

Status HandleSaveRequest(const json& message, const RequestContext& context, json* result, bool* bad_request) {
  *bad_request = true;
  std::string html, title;
  Options options;
  SaveOptions save;
  Status s = RequiredString(message, "html", &html);
  if (s.ok()) s = RequiredString(message, "url", &options.url);
  if (s.ok()) s = OptionalString(message, "title", &title);
  if (s.ok()) s = OptionalString(message, "template", &save.name_template);
  if (auto formats = message.find("formats"); s.ok() && formats != message.end() && !formats->is_null()) {
    if (!formats->is_array()) s = FieldError("formats", "must be an array of format names");
    for (size_t i = 0; s.ok() && i < formats->size(); ++i) {
      SaveFormat format;
      if (!(*formats)[i].is_string()) s = FieldError("formats", "must be an array of format names");
      if (s.ok()) s = ParseSaveFormat((*formats)[i].get<std::string>(), &format);
      if (s.ok()) save.formats.push_back(format);
    }
  }
  std::vector<std::pair<size_t, std::string>> refused_images;
  if (s.ok()) s = ReadImages(message, &save.images, &refused_images);
  std::unique_ptr<Library> library;
  if (s.ok()) s = OpenLibrary(message, context, &library, bad_request);
  if (!s.ok()) return s;
  *bad_request = false;
  if (save.name_template.empty()) save.name_template = std::string(kDefaultNameTemplate);

  // The browser serialised the DOM as a JavaScript string: UTF-8 by now.
  options.declared_charset = "utf-8";
  options.cancel = context.cancel;
  options.deadline = context.deadline;
  Result page;
  if (Status e = Extract(html, options, &page); !e.ok()) return e;
  if (page.title.empty()) page.title = std::move(title);
  SavedArticle saved;
  if (Status e = library->Save(page, save, &saved); !e.ok()) return e;
  *result = {{"id", saved.id}, {"files", saved.files}};
  if (message.contains("images") && message["images"].is_array()) {
    (*result)["images"] = ImagesToJson(message, saved.images, refused_images);
  }
  return Status::Ok();
}

Status HandleLibraryRequest(const json& message, const RequestContext& context, json* result, bool* bad_request) {
  *bad_request = true;
  std::string action, query;
  size_t limit = 50, offset = 0;
  Status s = RequiredString(message, "action", &action);
  if (s.ok()) s = OptionalCount(message, "limit", &limit);
  if (s.ok()) s = OptionalCount(message, "offset", &offset);
  int64_t id = 0;
  if (s.ok() && action == "search") s = RequiredString(message, "query", &query);
  if (s.ok() && (action == "get" || action == "delete")) s = ReadId(message, &id);
  if (s.ok() && action != "list" && action != "search" && action != "get" && action != "delete" &&
      action != "reindex") {
    s = FieldError("action", "must be list, search, get, delete or reindex");
  }
  std::unique_ptr<Library> library;
  if (s.ok()) s = OpenLibrary(message, context, &library, bad_request);
  if (!s.ok()) return s;
  *bad_request = false;

  std::vector<LibraryEntry> entries;
  if (action == "list" || action == "search") {
    s = action == "list" ? library->List(limit, offset, &entries) : library->Search(query, limit, &entries);
    if (s.ok()) *result = {{"articles", EntriesToJson(entries)}};
  } else if (action == "get") {
    LibraryEntry entry;
    s = library->Get(id, &entry);
    if (s.ok()) *result = {{"article", LibraryEntryToJson(entry)}};
  } else if (action == "delete") {
    s = library->Delete(id);
    if (s.ok()) *result = {{"deleted", id}};
  } else {
    ReindexReport report;
    s = library->Reindex(&report);
    if (s.ok()) {
      *result = {{"articles", report.articles},
                 {"skippedFiles", report.skipped_files},
                 {"removedTemporaries", report.removed_temporaries}};
    }
  }
  return s;
}

}  // namespace pagesift::library
