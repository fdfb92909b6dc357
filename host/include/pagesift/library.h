// Library: saved articles in a folder of plain files, with a search index.
//
// A saved article is one to three files that share a name: "NAME.md"
// (GitHub-flavoured Markdown with YAML front matter), "NAME.html" (the
// standalone reader page) and "NAME.json" (the full Result), and, when the
// caller hands over the bytes of the article's images, a folder
// "NAME.images" beside them holding "001.png", "002.jpg"... in the order the
// article shows them; the Markdown and the page then link to those copies
// by relative paths (the JSON keeps the page's absolute URLs and lists the
// copies under "savedImages"). The files are
// the truth; the index (".pagesift-library.sqlite" in the same folder, SQLite
// in WAL mode with an FTS5 table) only makes them fast to list and search,
// and Reindex() rebuilds it from the files at any time.
//
//   std::unique_ptr<pagesift::Library> library;
//   pagesift::Status s = pagesift::Library::Open({}, &library);  // default folder
//   pagesift::SaveOptions save;
//   save.formats = {pagesift::SaveFormat::kMarkdown, pagesift::SaveFormat::kJson};
//   pagesift::SavedArticle saved;
//   if (s.ok()) s = library->Save(result, save, &saved);      // saved.files, saved.id
//   std::vector<pagesift::LibraryEntry> hits;
//   if (s.ok()) s = library->Search("cafe", 20, &hits);        // finds "café"
//
// Safety. Names come from the page (its title) and from the caller (the
// template); both are hostile. Every name is cleaned by SafeFileName below,
// every file is created inside the folder through a descriptor of the
// folder (openat, O_CREAT|O_EXCL|O_NOFOLLOW), so no title, template or
// symlink inside the folder can make pagesift write anywhere else, and no
// existing file is ever replaced: a clash gets a suffix ("NAME (2).md").
//
// Crashes. Each file (the images folder as a whole) is written under a
// hidden temporary name, flushed to disk (fsync) and renamed into place
// without replacing anything, the images folder first; the index row
// is committed in the same SQLite transaction that owns the rename. A save
// killed at any point leaves the old state or the new one: at worst a hidden
// ".pagesift-tmp-*" file or folder, or an images folder whose article was
// never named (both removed by the next Reindex), or a complete file the
// index does not know yet (added by the next Reindex).
//
// Threads and processes. A Library is used by one thread at a time; open
// one per thread. Any number of Library objects, in any number of processes,
// may share a folder: SQLite serialises their writes.
#ifndef PAGESIFT_LIBRARY_H_
#define PAGESIFT_LIBRARY_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pagesift/result.h"
#include "pagesift/status.h"

namespace pagesift {

enum class SaveFormat { kMarkdown, kHtml, kJson };

// "markdown", "html", "json"; ParseSaveFormat fails on anything else.
std::string_view SaveFormatName(SaveFormat format);
Status ParseSaveFormat(std::string_view name, SaveFormat* format);

struct LibraryOptions {
  // Where the articles live. Empty: DefaultLibraryFolder(). Must be an
  // absolute path; it is created (with its parents) when missing.
  std::string folder;
};

// $XDG_DATA_HOME/pagesift/library, else ~/.local/share/pagesift/library
// (on macOS ~/Library/Application Support/pagesift/library). Empty when
// neither XDG_DATA_HOME nor HOME is set.
std::string DefaultLibraryFolder();

// The default file name template.
inline constexpr std::string_view kDefaultNameTemplate = "{published:YYYY-MM-DD} {title}";

// Caps on the images stored with an article (SaveOptions::images). An image
// over kMaxImageBytes, or past kMaxImagesPerArticle images or
// kMaxImageBytesPerArticle bytes in all, is not stored: its links stay
// absolute. The article total stays under the browsers' 64 MiB message cap
// once base64 adds its third.
inline constexpr size_t kMaxImageBytes = 8u << 20;
inline constexpr size_t kMaxImageBytesPerArticle = 32u << 20;
inline constexpr size_t kMaxImagesPerArticle = 200;

// The bytes of one of the article's images, as the browser fetched them.
struct ImageBytes {
  std::string url;    // as the reader view names it (an img src of Result::content)
  std::string bytes;  // the file as served; its type is sniffed from these bytes
};

// What became of an image the caller handed over.
struct ImageOutcome {
  std::string url;
  std::string file;    // the stored copy's absolute path; empty when not stored
  std::string reason;  // why it was not stored ("not a raster image", ...)
};

struct SaveOptions {
  // Written in this order; empty means Markdown only. Duplicates are ignored.
  std::vector<SaveFormat> formats;

  // The file name, without extension. Fields: {title}, {site}, {author},
  // {lang}, {published} and {created} (the day of the save), the dates
  // optionally with a format made of YYYY, MM, DD and separators:
  // {published:YYYY-MM-DD}. {published} (also spelled {date}) falls back to
  // the day of the save when the page gives no date. Unknown fields expand to nothing; the
  // result goes through SafeFileName.
  std::string name_template = std::string(kDefaultNameTemplate);

  // The day of the save, "YYYY-MM-DD". Empty: today (UTC).
  std::string created;

  // Copies of the article's images to store beside it (optional). Only
  // images the article shows are stored, only PNG, JPEG, GIF, WebP, AVIF
  // and BMP as their bytes say (never SVG, HTML or anything else, whatever
  // the URL claims), within the caps above; the stored names are made here
  // ("001.png"), never taken from the URL. Others keep their absolute links.
  std::vector<ImageBytes> images;
};

struct SavedArticle {
  int64_t id = 0;                  // the index's id, for Get and Delete
  // Absolute paths, in the order of SaveOptions::formats, then the images
  // folder when images were stored.
  std::vector<std::string> files;
  std::vector<ImageOutcome> images;  // one per SaveOptions::images, in order
};

struct LibraryEntry {
  int64_t id = 0;
  std::string name;       // the shared file name, without extension
  std::string title;
  std::string byline;
  std::string site;
  std::string url;
  std::string published;  // as the page gave it
  std::string lang;
  std::string created;    // day of the save
  size_t word_count = 0;
  std::vector<std::string> files;  // absolute paths; the images folder last, if any
  std::string snippet;    // Search only: the best matching passage, "[match]" marked
};

struct ReindexReport {
  size_t articles = 0;          // indexed
  size_t skipped_files = 0;     // .md/.html/.json files that are not saved articles
  size_t removed_temporaries = 0;  // files and folders left by interrupted saves or deletes
};

class Library {
 public:
  // Opens (creating when missing) the folder and its index. On error
  // *library is null and the status says why (kInvalidArgument for a
  // relative folder, kIoError when the folder or index cannot be opened).
  static Status Open(const LibraryOptions& options, std::unique_ptr<Library>* library);

  ~Library();
  Library(const Library&) = delete;
  Library& operator=(const Library&) = delete;

  // The folder's absolute path.
  const std::string& folder() const;

  // Writes the article in each format and indexes it. Nothing is ever
  // overwritten; on error no file of this save is left under its final name.
  Status Save(const Result& result, const SaveOptions& options, SavedArticle* saved);

  // The most recently saved first; at most `limit` entries from `offset`.
  Status List(size_t limit, size_t offset, std::vector<LibraryEntry>* entries);

  // Full-text search over title, byline, site and text, best (bm25) first.
  // The query is words, each matched whole and all required;
  // case and diacritics are ignored ("cafe" finds "Café"). FTS5 syntax in
  // the query is taken literally, never interpreted.
  Status Search(std::string_view query, size_t limit, std::vector<LibraryEntry>* entries);

  // kNotFound when no article has this id.
  Status Get(int64_t id, LibraryEntry* entry);

  // Removes the article's files, its images folder and its index rows.
  // kNotFound when no article has this id.
  Status Delete(int64_t id);

  // Rebuilds the index from the files in the folder (ids change), and
  // removes temporaries left by interrupted saves, and images folders that
  // hold only pagesift's numbered images and have no article beside them
  // (left by a save or a delete cut short between its renames).
  Status Reindex(ReindexReport* report);

 private:
  struct Impl;
  explicit Library(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// A file name that every common file system accepts and that cannot name
// anything but a plain file in the folder: no / \ : * ? " < > |, no control,
// bidirectional-override or zero-width characters, no leading or trailing
// dots or spaces, not a reserved Windows device name (CON, NUL, COM1...),
// valid UTF-8, at most max_bytes bytes (cut at a character boundary), never
// empty ("untitled").
std::string SafeFileName(std::string_view name, size_t max_bytes);

// The template expanded for `result` (see SaveOptions::name_template), not
// yet made safe.
std::string ExpandNameTemplate(std::string_view name_template, const Result& result,
                               std::string_view created);

}  // namespace pagesift

#endif  // PAGESIFT_LIBRARY_H_
