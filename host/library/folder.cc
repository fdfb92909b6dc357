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
// link() then unlink(), which also fails when the name exists.
int RenameNoReplace(int fd, const char* from, const char* to) {
#if defined(__linux__)
  if (renameat2(fd, from, fd, to, RENAME_NOREPLACE) == 0) return 0;
  if (errno != EINVAL && errno != ENOSYS) return -1;
#elif defined(__APPLE__)
  if (renameatx_np(fd, from, fd, to, RENAME_EXCL) == 0) return 0;
  if (errno != ENOTSUP) return -1;
#endif
  if (linkat(fd, from, fd, to, 0) != 0) return -1;
  unlinkat(fd, from, 0);
  return 0;
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
  *name = std::string(kTemporaryPrefix) + std::to_string(getpid()) + "-" + RandomHex();
  int fd = openat(fd_, name->c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0) return IoError("cannot create", PathOf(*name), errno);
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      int error = errno;
      close(fd);
      unlinkat(fd_, name->c_str(), 0);
      return IoError("cannot write", PathOf(*name), error);
    }
    done += static_cast<size_t>(n);
  }
  if (fsync(fd) != 0 || close(fd) != 0) {
    int error = errno;
    unlinkat(fd_, name->c_str(), 0);
    return IoError("cannot flush", PathOf(*name), error);
  }
  return Status::Ok();
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

Status Folder::Sync() {
  if (fsync(fd_) == 0) return Status::Ok();
  return IoError("cannot flush the folder", path_, errno);
}

Status Folder::ListFiles(std::vector<std::string>* names) const {
  names->clear();
  int fd = openat(fd_, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  DIR* dir = fd < 0 ? nullptr : fdopendir(fd);
  if (dir == nullptr) {
    int error = errno;
    if (fd >= 0) close(fd);
    return IoError("cannot list", path_, error);
  }
  while (dirent* entry = readdir(dir)) {
    struct stat st;
    if (fstatat(fd_, entry->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode)) {
      names->push_back(entry->d_name);
    }
  }
  closedir(dir);
  return Status::Ok();
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
