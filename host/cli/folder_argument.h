// A folder named on the command line, made absolute against the current
// directory: the library accepts only absolute folders (a host started by a
// browser has no meaningful current directory), but a user at a shell types
// "--folder notes" and means the one here.
#ifndef PAGESIFT_CLI_FOLDER_ARGUMENT_H_
#define PAGESIFT_CLI_FOLDER_ARGUMENT_H_

#include <string>
#include <string_view>

namespace pagesift::cli {

// `folder` itself when empty or absolute, or when the current directory
// cannot be read (the library then refuses it with its own message).
std::string AbsoluteFolder(std::string_view folder);

}  // namespace pagesift::cli

#endif  // PAGESIFT_CLI_FOLDER_ARGUMENT_H_
