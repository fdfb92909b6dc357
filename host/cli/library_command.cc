// pagesift library: list, search, show, delete saved articles; rebuild the index.
#include <iostream>
#include <string>

#include "cli/commands.h"
#include "cli/folder_argument.h"
#include "library/requests.h"
#include "pagesift/json.h"
#include "pagesift/library.h"

namespace pagesift::cli {
namespace {

constexpr const char kUsage[] =
    "usage: pagesift library [--folder DIR] [--json] [--limit N] list | search QUERY | get ID | delete ID | reindex\n"
    "\n"
    "  list        the saved articles, the latest first\n"
    "  search Q    full-text search of titles, authors, sites and text, best first\n"
    "              (case and accents ignored: \"cafe\" finds \"Café\")\n"
    "  get ID      one article's details and files\n"
    "  delete ID   remove an article's files and its index entry\n"
    "  reindex     rebuild the index from the files in the folder\n"
    "--folder DIR  the library folder (default: $XDG_DATA_HOME/pagesift/library)\n"
    "--json        print the result as JSON\n"
    "--limit N     at most N articles (default 50)\n";

// Titles come from pages: no control character reaches the terminal.
std::string Printable(const nlohmann::json& value) {
  std::string s = value.is_string() ? value.get<std::string>() : value.dump();
  for (char& c : s) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  }
  return s;
}

void PrintEntry(const nlohmann::json& e) {
  std::cout << Printable(e["id"]) << "  " << Printable(e["created"]) << "  " << Printable(e["title"]);
  if (!e["siteName"].get<std::string>().empty()) std::cout << "  (" << Printable(e["siteName"]) << ")";
  std::cout << "\n";
  if (e.contains("snippet")) std::cout << "    " << Printable(e["snippet"]) << "\n";
}

void PrintText(const std::string& action, const nlohmann::json& result) {
  if (action == "list" || action == "search") {
    for (const nlohmann::json& e : result["articles"]) PrintEntry(e);
  } else if (action == "get") {
    const nlohmann::json& e = result["article"];
    for (const char* key : {"id", "title", "byline", "siteName", "url", "publishedTime", "lang", "created",
                            "wordCount"}) {
      std::cout << key << ": " << Printable(e[key]) << "\n";
    }
    for (const nlohmann::json& f : e["files"]) std::cout << "file: " << Printable(f) << "\n";
  } else if (action == "delete") {
    std::cout << "deleted " << result["deleted"].dump() << "\n";
  } else {
    std::cout << "indexed " << result["articles"].dump() << " articles; skipped "
              << result["skippedFiles"].dump() << " files; removed " << result["removedTemporaries"].dump()
              << " temporaries\n";
  }
}

}  // namespace

int RunLibrary(Args args) {
  nlohmann::json message = nlohmann::json::object();
  bool json_output = false;
  std::vector<std::string> words;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string_view a = args[i];
    if (a == "--help" || a == "-h") {
      std::cout << kUsage;
      return kExitOk;
    } else if (a == "--json") {
      json_output = true;
    } else if ((a == "--folder" || a == "--limit") && i + 1 < args.size()) {
      std::string v(args[++i]);
      if (a == "--folder") {
        message["folder"] = AbsoluteFolder(v);
      } else if (!v.empty() && v.size() < 10 && v.find_first_not_of("0123456789") == std::string::npos) {
        message["limit"] = std::stoul(v);
      } else {
        return std::cerr << "pagesift library: --limit needs a number\n", kExitUsage;
      }
    } else if (a.starts_with("--")) {
      return std::cerr << "pagesift library: unexpected option '" << a << "'\n" << kUsage, kExitUsage;
    } else {
      words.emplace_back(a);
    }
  }
  if (words.empty()) return std::cerr << kUsage, kExitUsage;
  const std::string& action = words[0];
  message["action"] = action;
  bool needs_argument = action == "search" || action == "get" || action == "delete";
  if (words.size() != (needs_argument ? 2u : 1u)) return std::cerr << kUsage, kExitUsage;
  if (action == "search") message["query"] = words[1];
  if (action == "get" || action == "delete") message["articleId"] = words[1];

  nlohmann::json result;
  bool bad_request = false;
  Status s = library::HandleLibraryRequest(message, library::RequestContext(), &result, &bad_request);
  if (!s.ok()) {
    std::cerr << "pagesift library: " << (bad_request ? s.message() : s.ToString()) << "\n";
    if (bad_request) std::cerr << kUsage;
    return bad_request ? kExitUsage : kExitFailure;
  }
  if (json_output) {
    std::cout << result.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else {
    PrintText(action, result);
  }
  return std::cout.good() ? kExitOk : kExitFailure;
}

}  // namespace pagesift::cli
