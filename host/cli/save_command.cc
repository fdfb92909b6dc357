// pagesift save: extract a page and save it into the library.
#include <cctype>
#include <filesystem>
#include <iostream>
#include <string>

#include "cli/commands.h"
#include "cli/folder_argument.h"
#include "cli/page_file.h"
#include "library/article_images.h"
#include "pagesift/extract.h"
#include "pagesift/library.h"

namespace pagesift::cli {
namespace {

constexpr const char kUsage[] =
    "usage: pagesift save [--url URL] [--format markdown,html,json] [--folder DIR] [--template T]\n"
    "                    [--images DIR] [FILE|-]\n"
    "\n"
    "Extracts one HTML page (a file, a .gz file, or standard input) and saves the article into\n"
    "the library folder, then prints its id and the files written.\n"
    "--url URL         the page's address, to make its links and images absolute\n"
    "--format LIST     formats to write, comma-separated (default: markdown)\n"
    "--folder DIR      the library folder (default: $XDG_DATA_HOME/pagesift/library)\n"
    "--template T      the file name (default: \"{published:YYYY-MM-DD} {title}\"); fields:\n"
    "                  {title} {site} {author} {lang} {published[:FORMAT]} {created[:FORMAT]}\n"
    "--images DIR      keep copies of the article's images: each image whose URL's last path\n"
    "                  segment names a file in DIR (as a browser's \"Save page, complete\" leaves\n"
    "                  them in PAGE_files/) is stored in NAME.images/ beside the article, and\n"
    "                  the Markdown and HTML link to it. Only PNG, JPEG, GIF, WebP, AVIF and BMP\n"
    "                  files (told by their bytes), at most 8 MiB each, 32 MiB and 200 images\n"
    "                  an article; the others keep their web links.\n";

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

// The last segment of a URL's path, percent-decoded: "a%20b.png" of
// "https://x/img/a%20b.png?w=2". Empty when it could name anything but a
// file in the folder.
std::string FileNameOf(std::string_view url) {
  if (url.starts_with("data:")) return {};
  url = url.substr(0, url.find_first_of("?#"));
  url = url.substr(url.rfind('/') + 1);
  std::string name;
  for (size_t i = 0; i < url.size(); ++i) {
    auto hex = [&](size_t k) { return i + k < url.size() && std::isxdigit(static_cast<unsigned char>(url[i + k])); };
    if (url[i] == '%' && hex(1) && hex(2)) {
      name += static_cast<char>(std::stoi(std::string(url.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      name += url[i];
    }
  }
  bool plain = !name.empty() && name != "." && name != ".." && name.find_first_of(std::string_view("/\\\0", 3)) == std::string::npos;
  return plain ? name : std::string();
}

// The article's images found in `folder`, by file name; the library
// checks their type and the caps (a file over kMaxImageBytes is not even
// read).
Status ReadImages(const Result& result, const std::string& folder, const Limits& limits,
                  std::vector<ImageBytes>* images) {
  std::vector<std::string> sources;
  if (Status s = library::ArticleImageSources(result, limits, &sources); !s.ok()) return s;
  for (const std::string& src : sources) {
    std::string name = FileNameOf(src);
    std::filesystem::path path = std::filesystem::path(folder) / name;
    std::error_code ec;
    if (name.empty() || !std::filesystem::is_regular_file(path, ec)) continue;
    ImageBytes image;
    image.url = src;
    if (Status s = ReadPageFile(path.string(), kMaxImageBytes, &image.bytes); !s.ok()) {
      std::cerr << "pagesift save: image not kept: " << src << " (" << s.message() << ")\n";
      continue;
    }
    images->push_back(std::move(image));
  }
  return Status::Ok();
}

}  // namespace

int RunSave(Args args) {
  Options options;
  LibraryOptions library_options;
  SaveOptions save;
  std::string input = "-", formats, images_folder;
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
      library_options.folder = AbsoluteFolder(library_options.folder);
    } else if (a == "--template") {
      ok = value(&save.name_template);
    } else if (a == "--images") {
      ok = value(&images_folder);
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
  if (status.ok() && !images_folder.empty()) status = ReadImages(result, images_folder, options.limits, &save.images);
  if (status.ok()) status = Library::Open(library_options, &library);
  if (status.ok()) status = library->Save(result, save, &saved);
  if (!status.ok()) {
    std::cerr << "pagesift save: " << status.ToString() << "\n";
    return kExitFailure;
  }
  std::cout << "saved " << saved.id << "\n";
  for (const std::string& file : saved.files) std::cout << file << "\n";
  for (const ImageOutcome& image : saved.images) {
    if (image.file.empty()) std::cerr << "pagesift save: image not kept: " << image.url << " (" << image.reason << ")\n";
  }
  return std::cout.good() ? kExitOk : kExitFailure;
}

}  // namespace pagesift::cli
