// Fields computed from the others once the content is known: length, word
// count, reading time and the excerpt fallback. (Whether the page is
// readerable is read from the page itself: metadata/readerable.h.)
#ifndef PAGESIFT_PIPELINE_DERIVED_FIELDS_H_
#define PAGESIFT_PIPELINE_DERIVED_FIELDS_H_

#include <cstddef>
#include <string_view>

#include "pagesift/result.h"

namespace pagesift {

void FillDerivedFields(Result* result);

// Words in text; each CJK ideograph, kana or hangul syllable counts as one.
size_t CountWords(std::string_view text);

}  // namespace pagesift

#endif  // PAGESIFT_PIPELINE_DERIVED_FIELDS_H_
