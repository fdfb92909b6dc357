// UTF-8 validation and repair.
//
// Written here rather than taken from ICU because ICU converts through
// UTF-16: for the common case of a page that is already valid UTF-8 we want
// one linear check and no copy at all.
#ifndef PAGESIFT_DECODE_UTF8_H_
#define PAGESIFT_DECODE_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace pagesift::decode {

// Length of the valid UTF-8 sequence starting at s[i] (1 to 4), or 0 when
// the bytes there are not valid UTF-8 (overlong forms, surrogates and code
// points past U+10FFFF are invalid).
size_t ValidSequenceLength(std::string_view s, size_t i);

bool IsValidUtf8(std::string_view s);

// A copy of s with each maximal invalid subsequence replaced by U+FFFD.
std::string RepairUtf8(std::string_view s);

// The longest prefix of s of at most max_bytes that does not end inside a
// multi-byte character.
std::string_view Utf8Prefix(std::string_view s, size_t max_bytes);

}  // namespace pagesift::decode

#endif  // PAGESIFT_DECODE_UTF8_H_
