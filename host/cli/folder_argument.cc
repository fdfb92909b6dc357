#include "cli/folder_argument.h"

#include <filesystem>
#include <system_error>

namespace pagesift::cli {

std::string AbsoluteFolder(std::string_view folder) {
  std::filesystem::path path(folder);
  if (folder.empty() || path.is_absolute()) return std::string(folder);
  std::error_code error;
  std::filesystem::path absolute = std::filesystem::absolute(path, error);
  return error ? std::string(folder) : absolute.lexically_normal().string();
}

}  // namespace pagesift::cli
