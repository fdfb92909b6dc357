// Arena: append-only storage for the DOM's strings.
//
// Text and attribute values are copied here once, out of Gumbo's tree, so
// that the Gumbo output can be freed right after the DOM is built; the
// string_views handed out stay valid as long as the arena lives, because
// blocks are never reallocated.
#ifndef PAGESIFT_DOM_ARENA_H_
#define PAGESIFT_DOM_ARENA_H_

#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace pagesift::dom {

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  Arena(Arena&&) = default;
  Arena& operator=(Arena&&) = default;

  // Copies s into the arena and returns a view of the copy.
  std::string_view Store(std::string_view s) {
    if (s.empty()) return {};
    if (s.size() > remaining_) NewBlock(s.size());
    char* dst = blocks_.back().get() + (block_size_ - remaining_);
    std::memcpy(dst, s.data(), s.size());
    remaining_ -= s.size();
    return {dst, s.size()};
  }

  // Makes sure the next `bytes` bytes stored fit in the current block.
  void Reserve(size_t bytes) {
    if (bytes > remaining_) NewBlock(bytes);
  }

  size_t bytes_used() const { return bytes_; }

 private:
  static constexpr size_t kBlockSize = 64 * 1024;

  void NewBlock(size_t at_least) {
    block_size_ = at_least > kBlockSize ? at_least : kBlockSize;
    // Left uninitialised: the parser reserves one block for the whole page,
    // whose pages should become resident only as the copy fills them.
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(block_size_));
    remaining_ = block_size_;
    bytes_ += block_size_;
  }

  std::vector<std::unique_ptr<char[]>> blocks_;
  size_t block_size_ = 0;
  size_t remaining_ = 0;
  size_t bytes_ = 0;
};

}  // namespace pagesift::dom

#endif  // PAGESIFT_DOM_ARENA_H_
