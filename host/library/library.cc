// Library: saving, listing, searching and removing articles; the files in
// the folder are the truth and the index follows them.
#include "pagesift/library.h"

#include <algorithm>
#include <cstdlib>
#include <map>

#include "base/url.h"
#include "library/article_images.h"
#include "library/folder.h"
#include "library/index.h"
#include "library/saved_files.h"
#include "pagesift/json.h"
#include "render/markdown.h"
#include "render/standalone_page.h"

namespace pagesift {
namespace {

using library::Folder;
using library::ImagePlan;
using library::Index;
using library::IndexRecord;

constexpr std::string_view kIndexName = ".pagesift-library.sqlite";

// File names are at most 200 bytes: the name, a clash suffix " (9999)"
// and the longest ending, the images folder's ".images", fit.
constexpr size_t kMaxNameBytes = 200 - 7 - library::kImagesFolderSuffix.size();
constexpr int kMaxClashSuffix = 9999;

std::string_view ExtensionOf(SaveFormat format) {
  switch (format) {
    case SaveFormat::kMarkdown: return ".md";
    case SaveFormat::kHtml: return ".html";
    case SaveFormat::kJson: return ".json";
  }
  return ".md";
}

// One format of the article, its images linked to `images` (stored in the
// folder `images_folder`).
Status RenderFormat(SaveFormat format, const Result& result, std::string_view created, const ImagePlan& images,
                    const std::string& images_folder, std::string* bytes) {
  render::LocalImages links = library::LocalLinks(images, images_folder);
  switch (format) {
    case SaveFormat::kMarkdown: {
      UrlResolver urls(result.url);
      return render::RenderMarkdown(result, urls, Limits(), created, bytes, links);
    }
    case SaveFormat::kHtml:
      *bytes = render::RenderStandalonePage(result, links);
      return Status::Ok();
    case SaveFormat::kJson: {
      nlohmann::json j = ResultToJson(result);
      j["created"] = std::string(created);  // the day of the save, for Reindex
      if (!images.stored.empty()) {
        nlohmann::json stored = nlohmann::json::array();
        for (const library::StoredImage& image : images.stored) {
          stored.push_back({{"url", image.src}, {"file", images_folder + "/" + image.file}});
        }
        j["savedImages"] = std::move(stored);
      }
      *bytes = j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
      return Status::Ok();
    }
  }
  return Status(ErrorCode::kInternal, "unknown save format");
}

std::string ClashName(const std::string& base, int n) {
  return n == 1 ? base : base + " (" + std::to_string(n) + ")";
}

// The temporaries of one attempt to save: removed on every path out
// unless Keep() was called.
class Temporaries {
 public:
  explicit Temporaries(Folder* folder) : folder_(folder) {}
  ~Temporaries() {
    for (const std::string& name : files_) folder_->Remove(name);
    if (!images_.empty()) folder_->RemoveFolder(images_);
  }
  std::vector<std::string>& files() { return files_; }
  std::string& images() { return images_; }
  void Keep() { files_.clear(), images_.clear(); }

 private:
  Folder* folder_;
  std::vector<std::string> files_;
  std::string images_;  // the temporary images folder, if any
};

}  // namespace

struct Library::Impl {
  std::unique_ptr<Folder> folder;
  std::unique_ptr<Index> index;

  std::vector<std::string> AbsolutePaths(const std::vector<std::string>& names) const {
    std::vector<std::string> paths;
    for (const std::string& n : names) paths.push_back(folder->PathOf(n));
    return paths;
  }

  void MakeAbsolute(LibraryEntry* entry) const { entry->files = AbsolutePaths(entry->files); }

  // Is `name` free: unknown to the index, and none of the files (or the
  // images folder) it would take exists?
  Status NameIsFree(const std::string& name, const std::vector<SaveFormat>& formats, bool with_images, bool* free) {
    bool taken = false;
    if (Status s = index->NameTaken(name, &taken); !s.ok()) return s;
    for (SaveFormat f : formats) taken = taken || folder->Exists(name + std::string(ExtensionOf(f)));
    if (with_images) taken = taken || folder->Exists(name + std::string(library::kImagesFolderSuffix));
    *free = !taken;
    return Status::Ok();
  }

  // Writes the article under `name`: every file to a temporary, then the
  // renames, the images folder first (a crash between renames then leaves
  // an images folder without its article, which Reindex removes, never an
  // article whose images are missing). Sets *taken, leaving nothing, when
  // something else took one of the names meanwhile.
  Status WriteUnder(const std::string& name, const std::vector<SaveFormat>& formats, const Result& result,
                    std::string_view created, const ImagePlan& images, bool* taken, IndexRecord* record) {
    *taken = false;
    const std::string images_folder = name + std::string(library::kImagesFolderSuffix);
    Temporaries temporaries(folder.get());
    if (!images.stored.empty()) {
      std::vector<std::pair<std::string, std::string_view>> files;
      for (const library::StoredImage& image : images.stored) files.emplace_back(image.file, *image.bytes);
      if (Status s = folder->WriteTemporaryFolder(files, &temporaries.images()); !s.ok()) return s;
    }
    for (SaveFormat format : formats) {
      std::string bytes, temporary;
      if (Status s = RenderFormat(format, result, created, images, images_folder, &bytes); !s.ok()) return s;
      if (Status s = folder->WriteTemporary(bytes, &temporary); !s.ok()) return s;
      temporaries.files().push_back(temporary);
    }
    std::vector<std::pair<std::string, std::string>> renames;  // temporary -> final, in order
    if (!images.stored.empty()) renames.emplace_back(temporaries.images(), images_folder);
    for (size_t i = 0; i < formats.size(); ++i) {
      renames.emplace_back(temporaries.files()[i], name + std::string(ExtensionOf(formats[i])));
    }
    size_t done = 0;
    Status s;
    for (; s.ok() && !*taken && done < renames.size(); ++done) {
      s = folder->RenameNew(renames[done].first, renames[done].second, taken);
    }
    if (!s.ok() || *taken) {
      // Give back what this name got; the temporaries are then removed.
      for (size_t i = 0; i + 1 < done; ++i) {
        bool again = false;
        (void)folder->RenameNew(renames[i].second, renames[i].first, &again);
      }
      return s;
    }
    temporaries.Keep();
    record->name = name;
    record->files.clear();
    for (size_t i = 0; i < formats.size(); ++i) record->files.push_back(name + std::string(ExtensionOf(formats[i])));
    if (!images.stored.empty()) record->files.push_back(images_folder);
    return Status::Ok();
  }

  // Saves under the first free name: `base`, "base (2)", ...
  Status WriteUnderFreeName(const std::string& base, const std::vector<SaveFormat>& formats, const Result& result,
                            std::string_view created, const ImagePlan& images, IndexRecord* record) {
    for (int n = 1; n <= kMaxClashSuffix; ++n) {
      std::string name = ClashName(base, n);
      bool free = false;
      if (Status s = NameIsFree(name, formats, !images.stored.empty(), &free); !s.ok()) return s;
      if (!free) continue;
      bool taken = false;
      if (Status s = WriteUnder(name, formats, result, created, images, &taken, record); !s.ok()) return s;
      if (!taken) return Status::Ok();
    }
    return Status(ErrorCode::kIoError, "more than " + std::to_string(kMaxClashSuffix) + " files are named " + base);
  }

  // Removes an entry's files, its images folder last.
  Status RemoveFiles(const LibraryEntry& entry) {
    const std::string images_folder = entry.name + std::string(library::kImagesFolderSuffix);
    for (const std::string& file : entry.files) {
      if (file == images_folder) continue;
      if (Status s = folder->Remove(file); !s.ok()) return s;
    }
    if (std::find(entry.files.begin(), entry.files.end(), images_folder) != entry.files.end()) {
      return folder->RemoveFolder(images_folder);
    }
    return Status::Ok();
  }

  // An images folder nothing but a crash can explain: no article file has
  // its name, and it holds only the numbered images a save writes.
  bool IsLeftoverImagesFolder(const std::string& name, const std::map<std::string, std::vector<std::string>>& articles) {
    std::string_view suffix = library::kImagesFolderSuffix;
    if (name.size() <= suffix.size() || !name.ends_with(suffix)) return false;
    if (articles.contains(name.substr(0, name.size() - suffix.size()))) return false;
    std::vector<std::string> inside;
    if (!folder->ListFolder(name, &inside).ok()) return false;
    return std::all_of(inside.begin(), inside.end(), library::IsStoredImageName);
  }
};

std::string_view SaveFormatName(SaveFormat format) {
  switch (format) {
    case SaveFormat::kMarkdown: return "markdown";
    case SaveFormat::kHtml: return "html";
    case SaveFormat::kJson: return "json";
  }
  return "markdown";
}

Status ParseSaveFormat(std::string_view name, SaveFormat* format) {
  for (SaveFormat f : {SaveFormat::kMarkdown, SaveFormat::kHtml, SaveFormat::kJson}) {
    if (name == SaveFormatName(f)) {
      *format = f;
      return Status::Ok();
    }
  }
  return Status(ErrorCode::kInvalidArgument,
                "unknown format '" + std::string(name) + "' (expected markdown, html or json)");
}

std::string DefaultLibraryFolder() {
  const char* data = std::getenv("XDG_DATA_HOME");
  if (data != nullptr && data[0] == '/') return std::string(data) + "/pagesift/library";
  const char* home = std::getenv("HOME");
  if (home == nullptr || home[0] != '/') return {};
#if defined(__APPLE__)
  return std::string(home) + "/Library/Application Support/pagesift/library";
#else
  return std::string(home) + "/.local/share/pagesift/library";
#endif
}

Library::Library(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Library::~Library() = default;

const std::string& Library::folder() const { return impl_->folder->path(); }

Status Library::Open(const LibraryOptions& options, std::unique_ptr<Library>* library) {
  library->reset();
  std::string path = options.folder.empty() ? DefaultLibraryFolder() : options.folder;
  if (path.empty()) {
    return Status(ErrorCode::kInvalidArgument, "no library folder: neither XDG_DATA_HOME nor HOME is set");
  }
  auto impl = std::make_unique<Impl>();
  if (Status s = Folder::Open(path, &impl->folder); !s.ok()) return s;
  if (Status s = Index::Open(impl->folder->PathOf(kIndexName), &impl->index); !s.ok()) return s;
  library->reset(new Library(std::move(impl)));
  return Status::Ok();
}

Status Library::Save(const Result& result, const SaveOptions& options, SavedArticle* saved) {
  *saved = SavedArticle();
  std::vector<SaveFormat> formats;
  for (SaveFormat f : options.formats) {
    if (std::find(formats.begin(), formats.end(), f) == formats.end()) formats.push_back(f);
  }
  if (formats.empty()) formats.push_back(SaveFormat::kMarkdown);
  std::string created = options.created.empty() ? render::TodayUtc() : options.created;
  ImagePlan images;
  if (!options.images.empty()) {
    if (Status s = library::PlanImages(result, options.images, Limits(), &images); !s.ok()) return s;
  }
  std::string base = SafeFileName(ExpandNameTemplate(options.name_template, result, created), kMaxNameBytes);

  // From here to Commit this process is the library's only writer, so
  // names checked stay free (but for other programs, which the renames
  // catch) and Reindex can never mistake this save's temporaries for
  // leftovers.
  Index& index = *impl_->index;
  if (Status s = index.Begin(); !s.ok()) return s;
  IndexRecord record;
  if (Status s = impl_->WriteUnderFreeName(base, formats, result, created, images, &record); !s.ok()) {
    index.Rollback();
    return s;
  }
  record.title = result.title;
  record.byline = result.byline;
  record.site = result.site_name;
  record.url = result.url;
  record.published = result.published_time;
  record.lang = result.lang;
  record.created = created;
  record.word_count = result.word_count;
  record.text = result.text_content;
  Status s = impl_->folder->Sync();
  int64_t id = 0;
  if (s.ok()) s = index.Insert(record, &id);
  if (s.ok()) s = index.Commit();
  if (!s.ok()) {
    index.Rollback();
    LibraryEntry written;
    written.name = record.name;
    written.files = record.files;
    impl_->RemoveFiles(written);
    return s;
  }
  saved->id = id;
  saved->files = impl_->AbsolutePaths(record.files);
  const std::string images_folder = impl_->folder->PathOf(record.name + std::string(library::kImagesFolderSuffix));
  for (ImageOutcome& outcome : images.outcomes) {
    if (!outcome.file.empty()) outcome.file = images_folder + "/" + outcome.file;
    saved->images.push_back(std::move(outcome));
  }
  return Status::Ok();
}

Status Library::List(size_t limit, size_t offset, std::vector<LibraryEntry>* entries) {
  if (Status s = impl_->index->List(limit, offset, entries); !s.ok()) return s;
  for (LibraryEntry& e : *entries) impl_->MakeAbsolute(&e);
  return Status::Ok();
}

Status Library::Search(std::string_view query, size_t limit, std::vector<LibraryEntry>* entries) {
  if (Status s = impl_->index->Search(query, limit, entries); !s.ok()) return s;
  for (LibraryEntry& e : *entries) impl_->MakeAbsolute(&e);
  return Status::Ok();
}

Status Library::Get(int64_t id, LibraryEntry* entry) {
  if (Status s = impl_->index->Get(id, entry); !s.ok()) return s;
  impl_->MakeAbsolute(entry);
  return Status::Ok();
}

Status Library::Delete(int64_t id) {
  Index& index = *impl_->index;
  if (Status s = index.Begin(); !s.ok()) return s;
  LibraryEntry entry;
  Status s = index.Get(id, &entry);
  // Files first: a crash after this leaves a row without files, which
  // Reindex drops, rather than files without a row, which it would revive.
  if (s.ok()) s = impl_->RemoveFiles(entry);
  if (s.ok()) s = impl_->folder->Sync();
  if (s.ok()) s = index.Remove(id);
  if (s.ok()) s = index.Commit();
  if (!s.ok()) index.Rollback();
  return s;
}

Status Library::Reindex(ReindexReport* report) {
  *report = ReindexReport();
  Index& index = *impl_->index;
  if (Status s = index.Begin(); !s.ok()) return s;
  std::vector<std::string> names;
  Status s = impl_->folder->ListFiles(&names);
  if (s.ok()) s = index.Clear();
  std::map<std::string, std::vector<std::string>> articles;  // name -> files, sorted
  for (size_t i = 0; s.ok() && i < names.size(); ++i) {
    const std::string& file = names[i];
    if (file.starts_with(library::kTemporaryPrefix)) {
      s = impl_->folder->Remove(file);
      ++report->removed_temporaries;
      continue;
    }
    for (std::string_view ext : {".md", ".html", ".json"}) {
      if (file.size() > ext.size() && file.ends_with(ext)) {
        articles[file.substr(0, file.size() - ext.size())].push_back(file);
      }
    }
  }
  std::vector<std::string> folders;
  if (s.ok()) s = impl_->folder->ListFolders(&folders);
  for (size_t i = 0; s.ok() && i < folders.size(); ++i) {
    const std::string& name = folders[i];
    if (name.starts_with(library::kTemporaryPrefix) || impl_->IsLeftoverImagesFolder(name, articles)) {
      s = impl_->folder->RemoveFolder(name);
      ++report->removed_temporaries;
    }
  }
  for (auto it = articles.begin(); s.ok() && it != articles.end(); ++it) {
    IndexRecord record;
    record.name = it->first;
    record.files = it->second;
    std::string images_folder = it->first + std::string(library::kImagesFolderSuffix);
    if (impl_->folder->HasFolder(images_folder)) record.files.push_back(images_folder);
    if (!library::ReadSavedArticle(*impl_->folder, &record)) {
      report->skipped_files += it->second.size();
      continue;
    }
    int64_t id = 0;
    s = index.Insert(record, &id);
    ++report->articles;
  }
  if (s.ok()) s = index.Commit();
  if (!s.ok()) index.Rollback();
  return s;
}

}  // namespace pagesift
