// GumboArena: the memory Gumbo builds its tree in, through the allocator
// hooks of GumboOptions.
//
// On a large page Gumbo's tree is most of the parse's peak memory: a node is
// 128 bytes, and malloc adds a header and rounding to each of its many small
// allocations (node, text, child vector, attribute, name, value). Here
//  - allocations are carved from 256 KiB blocks mapped from the OS, with no
//    per-allocation header;
//  - each block counts its live allocations and goes back to the OS the
//    moment the count reaches zero, so the parse's scratch space and, during
//    the copy into our DOM, each stretch of the tree already copied (see
//    Release) stop counting towards the peak;
//  - whatever is left goes back all at once when the arena is destroyed,
//    which replaces gumbo_destroy_output's walk over every node.
// Blocks come straight from mmap so that a freed block leaves the process's
// resident set at once instead of staying in malloc's free lists.
//
// One arena serves one parse, on one thread.
#ifndef PAGESIFT_PARSE_GUMBO_ARENA_H_
#define PAGESIFT_PARSE_GUMBO_ARENA_H_

#include <gumbo.h>

#include <cstddef>

namespace pagesift::parse {

class GumboArena {
 public:
  GumboArena() = default;
  GumboArena(const GumboArena&) = delete;
  GumboArena& operator=(const GumboArena&) = delete;
  ~GumboArena();

  // Gumbo's options with this arena as allocator. The arena must outlive
  // the parse and every use of its output.
  GumboOptions Options();

  // Frees one allocation Gumbo made (what Gumbo's own deallocator would be
  // handed). nullptr is ignored.
  void Free(void* p);

  // Frees the memory Gumbo owns for `node` itself (its text, attributes and
  // child list), not its children. The node must not be used afterwards;
  // its children stay valid and must have been read out first.
  void Release(GumboNode* node);

  // Bytes currently mapped, for tests and benchmarks.
  size_t mapped_bytes() const { return mapped_bytes_; }

 private:
  struct Block;

  static void* AllocateHook(void* arena, size_t size);
  static void FreeHook(void* arena, void* p);

  void* Allocate(size_t size);
  Block* Map(size_t bytes);
  void Unmap(Block* block);

  Block* blocks_ = nullptr;   // every mapped block, a doubly linked list
  Block* current_ = nullptr;  // the block small allocations are carved from
  size_t mapped_bytes_ = 0;
};

}  // namespace pagesift::parse

#endif  // PAGESIFT_PARSE_GUMBO_ARENA_H_
