// Library: saving, listing, searching and removing articles; the files in
// the folder are the truth and the index follows them.
#include "pagesift/library.h"

#include <algorithm>
#include <cstdlib>
#include <map>

#include "base/url.h"
#include "library/folder.h"
#include "library/index.h"
#include "library/saved_files.h"
#include "pagesift/json.h"
#include "render/markdown.h"
#include "render/standalone_page.h"

namespace pagesift {
namespace {

using library::Folder;
using library::Index;
using library::IndexRecord;

constexpr std::string_view kIndexName = ".pagesift-library.sqlite";

// File names are at most 200 bytes: the name, a clash suffix " (9999)"
// and the longest extension ".html" fit.
constexpr size_t kMaxNameBytes = 200 - 7 - 5;
constexpr int kMaxClashSuffix = 9999;

std::string_view ExtensionOf(SaveFormat format) {
  switch (format) {
    case SaveFormat::kMarkdown: return ".md";
    case SaveFormat::kHtml: return ".html";
    case SaveFormat::kJson: return ".json";
  }
  return ".md";
}

Status RenderFormat(SaveFormat format, const Result& result, std::string_view created, std::string* bytes) {
  switch (format) {
    case SaveFormat::kMarkdown: {
      UrlResolver urls(result.url);
      return render::RenderMarkdown(result, urls, Limits(), created, bytes);
    }
    case SaveFormat::kHtml:
      *bytes = render::RenderStandalonePage(result);
      return Status::Ok();
    case SaveFormat::kJson: {
      nlohmann::json j = ResultToJson(result);
      j["created"] = std::string(created);  // the day of the save, for Reindex
      *bytes = j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
      return Status::Ok();
    }
  }
  return Status(ErrorCode::kInternal, "unknown save format");
}

std::string ClashName(const std::string& base, int n) {
  return n == 1 ? base : base + " (" + std::to_string(n) + ")";
}

// The temporaries of one save: removed on every path out unless named.
class Temporaries {
 public:
  explicit Temporaries(Folder* folder) : folder_(folder) {}
  ~Temporaries() {
    for (const std::string& name : names_) {
      if (!name.empty()) folder_->Remove(name);
    }
  }
  std::vector<std::string>& names() { return names_; }

 private:
  Folder* folder_;
  std::vector<std::string> names_;
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

  // Gives the temporaries their final names under the first free name:
  // one the index does not hold and none of whose files exist. On success
  // the temporaries' names are cleared (they are no longer temporaries).
  Status NameFiles(const std::string& base, const std::vector<SaveFormat>& formats,
                   std::vector<std::string>* temporaries, IndexRecord* record) {
    for (int n = 1; n <= kMaxClashSuffix; ++n) {
      std::string name = ClashName(base, n);
      bool taken = false;
      if (Status s = index->NameTaken(name, &taken); !s.ok()) return s;
      std::vector<std::string> named;
      for (size_t i = 0; i < formats.size() && !taken; ++i) {
        std::string file = name + std::string(ExtensionOf(formats[i]));
        if (Status s = folder->RenameNew((*temporaries)[i], file, &taken); !s.ok()) taken = true;
        if (!taken) named.push_back(file);
      }
      if (taken) {
        // Give back what this name got, so the next name starts clean.
        for (size_t i = 0; i < named.size(); ++i) {
          bool again = false;
          (void)folder->RenameNew(named[i], (*temporaries)[i], &again);
        }
        continue;
      }
      record->name = name;
      record->files = named;
      temporaries->clear();
      return Status::Ok();
    }
    return Status(ErrorCode::kIoError, "more than " + std::to_string(kMaxClashSuffix) + " files are named " + base);
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

  std::vector<std::string> contents(formats.size());
  for (size_t i = 0; i < formats.size(); ++i) {
    if (Status s = RenderFormat(formats[i], result, created, &contents[i]); !s.ok()) return s;
  }
  std::string base = SafeFileName(ExpandNameTemplate(options.name_template, result, created), kMaxNameBytes);

  // From here to Commit this process is the library's only writer, so
  // Reindex can never mistake this save's temporaries for leftovers.
  Index& index = *impl_->index;
  if (Status s = index.Begin(); !s.ok()) return s;
  Temporaries temporaries(impl_->folder.get());
  for (const std::string& bytes : contents) {
    std::string name;
    if (Status s = impl_->folder->WriteTemporary(bytes, &name); !s.ok()) {
      index.Rollback();
      return s;
    }
    temporaries.names().push_back(name);
  }
  IndexRecord record;
  if (Status s = impl_->NameFiles(base, formats, &temporaries.names(), &record); !s.ok()) {
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
    for (const std::string& file : record.files) impl_->folder->Remove(file);
    return s;
  }
  saved->id = id;
  saved->files = impl_->AbsolutePaths(record.files);
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
  for (size_t i = 0; s.ok() && i < entry.files.size(); ++i) s = impl_->folder->Remove(entry.files[i]);
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
  for (auto it = articles.begin(); s.ok() && it != articles.end(); ++it) {
    IndexRecord record;
    record.name = it->first;
    record.files = it->second;
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
