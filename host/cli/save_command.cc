// pagesift save: extract a page and save it into the library.
#include <iostream>
#include <string>

#include "cli/commands.h"
#include "cli/page_file.h"
#include "pagesift/extract.h"
#include "pagesift/library.h"

namespace pagesift::cli {
namespace {

constexpr const char kUsage[] =
    "usage: pagesift save [--url URL] [--format markdown,html,json] [--folder DIR] [--template T] [FILE|-]\n"
    "\n"
    "Extracts one HTML page (a file, a .gz file, or standard input) and saves the article into\n"
    "the library folder, then prints its id and the files written.\n"
    "--url URL         the page's address, to make its links and images absolute\n"
    "--format LIST     formats to write, comma-separated (default: markdown)\n"
    "--folder DIR      the library folder (default: $XDG_DATA_HOME/pagesift/library)\n"
    "--template T      the file name (default: \"{published:YYYY-MM-DD} {title}\"); fields:\n"
    "                  {title} {site} {author} {lang} {published[:FORMAT]} {created[:FORMAT]}\n";

Status ParseFormats(std::string_view list, std::vector<SaveFormat>* formats) {
  while (!list.empty()) {
    size_t comma = list.find(',');
    SaveFormat format;
    if (Status s = ParseSaveFormat(list.substr(0, comma), &format); !s.ok()) return s;
    formats->push_back(format);
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
  }
  return Status::Ok();
}

}  // namespace

int RunSave(Args args) {
  Options options;
  LibraryOptions library_options;
  SaveOptions save;
  std::string input = "-", formats;
  bool have_input = false;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string_view a = args[i];
    auto value = [&](std::string* out) {
      if (i + 1 >= args.size()) return false;
      *out = std::string(args[++i]);
      return true;
    };
    bool ok = true;
    if (a == "--help" || a == "-h") {
      std::cout << kUsage;
      return kExitOk;
    } else if (a == "--url") {
      ok = value(&options.url);
    } else if (a == "--format") {
      ok = value(&formats);
    } else if (a == "--folder") {
      ok = value(&library_options.folder);
    } else if (a == "--template") {
      ok = value(&save.name_template);
    } else if ((a.starts_with("-") && a != "-") || have_input) {
      std::cerr << "pagesift save: unexpected argument '" << a << "'\n" << kUsage;
      return kExitUsage;
    } else {
      input = std::string(a);
      have_input = true;
    }
    if (!ok) return std::cerr << kUsage, kExitUsage;
  }
  if (Status s = ParseFormats(formats, &save.formats); !s.ok()) {
    std::cerr << "pagesift save: " << s.message() << "\n" << kUsage;
    return kExitUsage;
  }

  std::string bytes;
  Result result;
  std::unique_ptr<Library> library;
  SavedArticle saved;
  Status status = ReadPageFile(input, options.limits.max_input_bytes, &bytes);
  if (status.ok()) status = Extract(bytes, options, &result);
  if (status.ok()) status = Library::Open(library_options, &library);
  if (status.ok()) status = library->Save(result, save, &saved);
  if (!status.ok()) {
    std::cerr << "pagesift save: " << status.ToString() << "\n";
    return kExitFailure;
  }
  std::cout << "saved " << saved.id << "\n";
  for (const std::string& file : saved.files) std::cout << file << "\n";
  return std::cout.good() ? kExitOk : kExitFailure;
}

}  // namespace pagesift::cli
