// Reading saved articles back from their files, for Reindex.
#ifndef PAGESIFT_LIBRARY_SAVED_FILES_H_
#define PAGESIFT_LIBRARY_SAVED_FILES_H_

#include <string>
#include <vector>

#include "library/folder.h"
#include "library/index.h"

namespace pagesift::library {

// The record of the article saved under `name` (its files listed in
// record->files). The JSON holds everything and is read first; else the
// Markdown's front matter and text; else the standalone page, read back
// through Extract. False when none of them is a file pagesift saved (a
// note of the user's own that happens to sit in the folder).
bool ReadSavedArticle(const Folder& folder, IndexRecord* record);

// The value of a double-quoted YAML scalar as RenderFrontMatter writes it
// (the escapes \" \\ \xNN \uNNNN \L \P), from just after the opening quote.
// False when the text is not such a scalar.
bool UnquoteYaml(std::string_view quoted, std::string* value);

}  // namespace pagesift::library

#endif  // PAGESIFT_LIBRARY_SAVED_FILES_H_
