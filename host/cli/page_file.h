// Reading a page from a file, a gzip file or standard input, bounded.
#ifndef PAGESIFT_CLI_PAGE_FILE_H_
#define PAGESIFT_CLI_PAGE_FILE_H_

#include <string>
#include <string_view>

#include "pagesift/status.h"

namespace pagesift::cli {

// Reads `path` ("-" for standard input) into *bytes, gunzipping it when it
// starts with the gzip magic. More than max_bytes (after gunzip: a small
// gzip can hold a bomb) fails with kInputTooLarge.
Status ReadPageFile(std::string_view path, size_t max_bytes, std::string* bytes);

}  // namespace pagesift::cli

#endif  // PAGESIFT_CLI_PAGE_FILE_H_
