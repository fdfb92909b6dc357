// Folder: the library folder, held open by a descriptor.
//
// Every file operation goes through that descriptor (openat, renameat,
// unlinkat, fstatat) with a plain file name, never a path: a name cannot
// climb out of the folder, and nothing here follows a symlink inside it.
#ifndef PAGESIFT_LIBRARY_FOLDER_H_
#define PAGESIFT_LIBRARY_FOLDER_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pagesift/status.h"

namespace pagesift::library {

// Names of files being written start with this; they are hidden, and a
// Reindex removes the ones an interrupted save left behind.
inline constexpr std::string_view kTemporaryPrefix = ".pagesift-tmp-";

class Folder {
 public:
  // Creates `path` (absolute, with its parents) when missing and opens it.
  static Status Open(const std::string& path, std::unique_ptr<Folder>* folder);
  ~Folder();
  Folder(const Folder&) = delete;
  Folder& operator=(const Folder&) = delete;

  const std::string& path() const { return path_; }
  std::string PathOf(std::string_view name) const { return path_ + "/" + std::string(name); }

  // Writes `bytes` to a new temporary file, flushed to disk; *name gets
  // the temporary's name.
  Status WriteTemporary(std::string_view bytes, std::string* name);

  // Makes a new temporary folder holding `files` (name, bytes), each
  // flushed to disk, and the folder too; *name gets the folder's name. On
  // error nothing is left behind.
  Status WriteTemporaryFolder(const std::vector<std::pair<std::string, std::string_view>>& files,
                              std::string* name);

  // Gives the temporary `from` (a file or a folder) the name `to` unless
  // something (a file, a folder, a symlink) already has that name: then
  // *taken is set and nothing changes.
  Status RenameNew(const std::string& from, const std::string& to, bool* taken);

  // Removes the file; a missing file is not an error.
  Status Remove(const std::string& name);

  // Removes the folder `name` and the plain files and symlinks in it (never
  // what a symlink points to); a missing folder is not an error. Fails,
  // leaving the folder, when it holds a folder of its own.
  Status RemoveFolder(const std::string& name);

  // Makes the renames and removals so far durable.
  Status Sync();

  // The names of the plain files in the folder (no symlinks, no folders).
  Status ListFiles(std::vector<std::string>* names) const;

  // The names of the folders in the folder (no symlinks), and those of the
  // entries (of any kind) in one of them.
  Status ListFolders(std::vector<std::string>* names) const;
  Status ListFolder(const std::string& folder, std::vector<std::string>* names) const;

  // Is there anything (a file, a folder, a symlink) named `name`? A folder?
  bool Exists(const std::string& name) const;
  bool HasFolder(const std::string& name) const;

  // The file's bytes; a symlink or a file larger than max_bytes fails.
  Status ReadFile(const std::string& name, size_t max_bytes, std::string* bytes) const;

 private:
  Folder(std::string path, int fd) : path_(std::move(path)), fd_(fd) {}
  std::string path_;
  int fd_;
};

}  // namespace pagesift::library

#endif  // PAGESIFT_LIBRARY_FOLDER_H_
