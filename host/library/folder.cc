#include "library/folder.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>

namespace pagesift::library {
namespace {

Status IoError(std::string_view what, const std::string& name, int error) {
  return Status(ErrorCode::kIoError, std::string(what) + " " + name + ": " + std::strerror(error));
}

std::string RandomHex() {
  std::random_device random;
  std::string out;
  for (int i = 0; i < 4; ++i) {
    char part[9];
    std::snprintf(part, sizeof part, "%08x", static_cast<unsigned>(random()));
    out += part;
  }
  return out;
}

// rename() that never replaces: renameat2(RENAME_NOREPLACE) on Linux,
// renameatx_np(RENAME_EXCL) on macOS; where the file system refuses those,
// link() then unlink(), which also fails when the name exists. Folders
// cannot be linked: there a check for the name comes before a plain
// rename, which leaves a moment in which another program (never another
// pagesift save, which waits for the index's write lock) could create an
// empty folder of that name and see it replaced.
int RenameNoReplace(int fd, const char* from, const char* to) {
#if defined(__linux__)
  if (renameat2(fd, from, fd, to, RENAME_NOREPLACE) == 0) return 0;
  if (errno != EINVAL && errno != ENOSYS) return -1;
#elif defined(__APPLE__)
  if (renameatx_np(fd, from, fd, to, RENAME_EXCL) == 0) return 0;
  if (errno != ENOTSUP) return -1;
#endif
  if (linkat(fd, from, fd, to, 0) == 0) {
    unlinkat(fd, from, 0);
    return 0;
  }
  struct stat st;
  if (errno != EPERM || fstatat(fd, from, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISDIR(st.st_mode)) return -1;
  if (fstatat(fd, to, &st, AT_SYMLINK_NOFOLLOW) == 0) return errno = EEXIST, -1;
  return renameat(fd, from, fd, to);
}

// Creates `name` in the folder `dir` with `bytes`, flushed to disk; on
// error removes it and returns errno.
int WriteNewFile(int dir, const std::string& name, std::string_view bytes) {
  int fd = openat(dir, name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0) return errno;
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      int error = n < 0 ? errno : EIO;
      close(fd);
      unlinkat(dir, name.c_str(), 0);
      return error;
    }
    done += static_cast<size_t>(n);
  }
  if (fsync(fd) != 0 || close(fd) != 0) {
    int error = errno;
    unlinkat(dir, name.c_str(), 0);
    return error;
  }
  return 0;
}

// The names in the folder `dir` whose entry `keep` accepts (a stat of it,
// not following symlinks).
template <typename Keep>
int ListEntries(int dir, std::vector<std::string>* names, Keep keep) {
  names->clear();
  int fd = openat(dir, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  DIR* listing = fd < 0 ? nullptr : fdopendir(fd);
  if (listing == nullptr) {
    int error = errno;
    if (fd >= 0) close(fd);
    return error;
  }
  while (dirent* entry = readdir(listing)) {
    std::string_view name = entry->d_name;
    struct stat st;
    if (name == "." || name == "..") continue;
    if (fstatat(dir, entry->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && keep(st)) names->push_back(entry->d_name);
  }
  closedir(listing);
  return 0;
}

std::string TemporaryName() {
  return std::string(kTemporaryPrefix) + std::to_string(getpid()) + "-" + RandomHex();
}

}  // namespace

Status Folder::Open(const std::string& path, std::unique_ptr<Folder>* folder) {
  folder->reset();
  if (path.empty() || path.front() != '/') {
    return Status(ErrorCode::kInvalidArgument, "the library folder must be an absolute path: '" + path + "'");
  }
  std::error_code ec;
  std::filesystem::create_directories(path, ec);
  if (ec) return Status(ErrorCode::kIoError, "cannot create the library folder " + path + ": " + ec.message());
  int fd = open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return IoError("cannot open the library folder", path, errno);
  std::string clean = path;
  while (clean.size() > 1 && clean.back() == '/') clean.pop_back();
  folder->reset(new Folder(std::move(clean), fd));
  return Status::Ok();
}

Folder::~Folder() { close(fd_); }

Status Folder::WriteTemporary(std::string_view bytes, std::string* name) {
  *name = TemporaryName();
  if (int error = WriteNewFile(fd_, *name, bytes); error != 0) return IoError("cannot write", PathOf(*name), error);
  return Status::Ok();
}

Status Folder::WriteTemporaryFolder(const std::vector<std::pair<std::string, std::string_view>>& files,
                                    std::string* name) {
  *name = TemporaryName();
  if (mkdirat(fd_, name->c_str(), 0755) != 0) return IoError("cannot create", PathOf(*name), errno);
  int dir = openat(fd_, name->c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  int error = dir < 0 ? errno : 0;
  for (size_t i = 0; error == 0 && i < files.size(); ++i) error = WriteNewFile(dir, files[i].first, files[i].second);
  if (error == 0 && fsync(dir) != 0) error = errno;
  if (dir >= 0) close(dir);
  if (error == 0) return Status::Ok();
  RemoveFolder(*name);
  return IoError("cannot write", PathOf(*name), error);
}

Status Folder::RenameNew(const std::string& from, const std::string& to, bool* taken) {
  *taken = false;
  if (RenameNoReplace(fd_, from.c_str(), to.c_str()) == 0) return Status::Ok();
  if (errno == EEXIST) {
    *taken = true;
    return Status::Ok();
  }
  return IoError("cannot name", PathOf(to), errno);
}

Status Folder::Remove(const std::string& name) {
  if (unlinkat(fd_, name.c_str(), 0) == 0 || errno == ENOENT) return Status::Ok();
  return IoError("cannot remove", PathOf(name), errno);
}

Status Folder::RemoveFolder(const std::string& name) {
  int dir = openat(fd_, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (dir < 0) return errno == ENOENT ? Status::Ok() : IoError("cannot open", PathOf(name), errno);
  std::vector<std::string> names;
  int error = ListEntries(dir, &names, [](const struct stat& st) { return !S_ISDIR(st.st_mode); });
  for (size_t i = 0; error == 0 && i < names.size(); ++i) {
    if (unlinkat(dir, names[i].c_str(), 0) != 0 && errno != ENOENT) error = errno;
  }
  close(dir);
  if (error == 0 && unlinkat(fd_, name.c_str(), AT_REMOVEDIR) != 0 && errno != ENOENT) error = errno;
  return error == 0 ? Status::Ok() : IoError("cannot remove", PathOf(name), error);
}

Status Folder::Sync() {
  if (fsync(fd_) == 0) return Status::Ok();
  return IoError("cannot flush the folder", path_, errno);
}

Status Folder::ListFiles(std::vector<std::string>* names) const {
  int error = ListEntries(fd_, names, [](const struct stat& st) { return S_ISREG(st.st_mode); });
  return error == 0 ? Status::Ok() : IoError("cannot list", path_, error);
}

Status Folder::ListFolders(std::vector<std::string>* names) const {
  int error = ListEntries(fd_, names, [](const struct stat& st) { return S_ISDIR(st.st_mode); });
  return error == 0 ? Status::Ok() : IoError("cannot list", path_, error);
}

Status Folder::ListFolder(const std::string& folder, std::vector<std::string>* names) const {
  names->clear();
  int dir = openat(fd_, folder.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (dir < 0) return IoError("cannot open", PathOf(folder), errno);
  int error = ListEntries(dir, names, [](const struct stat&) { return true; });
  close(dir);
  return error == 0 ? Status::Ok() : IoError("cannot list", PathOf(folder), error);
}

bool Folder::Exists(const std::string& name) const {
  struct stat st;
  return fstatat(fd_, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 || errno != ENOENT;
}

bool Folder::HasFolder(const std::string& name) const {
  struct stat st;
  return fstatat(fd_, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode);
}

Status Folder::ReadFile(const std::string& name, size_t max_bytes, std::string* bytes) const {
  bytes->clear();
  int fd = openat(fd_, name.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return IoError("cannot open", PathOf(name), errno);
  char buffer[1 << 16];
  for (;;) {
    ssize_t n = read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int error = errno;
      close(fd);
      return IoError("cannot read", PathOf(name), error);
    }
    if (n == 0) break;
    bytes->append(buffer, static_cast<size_t>(n));
    if (bytes->size() > max_bytes) {
      close(fd);
      return Status(ErrorCode::kInputTooLarge, PathOf(name) + " is larger than " + std::to_string(max_bytes) + " bytes");
    }
  }
  close(fd);
  return Status::Ok();
}

}  // namespace pagesift::library
