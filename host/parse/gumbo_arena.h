// GumboArena: the memory Gumbo builds its tree in, through the allocator
// hooks of GumboOptions.
//
// On a large page Gumbo's tree is most of the parse's peak memory: a node is
// 128 bytes, and malloc adds a header and rounding to each of its many small
// allocations (node, text, child vector, attribute, name, value). Here
//  - allocations are carved from 256 KiB blocks mapped from the OS, each
//    block holding allocations of one size class, with no per-allocation
//    header: an allocation finds its block, and so its size, by its address;
//  - during the parse, what Gumbo frees goes on its size class's free list
//    and is handed out again: Gumbo frees much scratch as it goes (each text
//    is built in a buffer grown by doubling, then copied), which would
//    otherwise stay mapped in blocks that also hold live nodes;
//  - once the parse is over (EndParse), each block counts down its live
//    allocations and goes back to the OS the moment the count reaches zero,
//    so that during the copy into our DOM each stretch of the tree already
//    copied (see Release) stops counting towards the peak;
//  - whatever is left goes back all at once when the arena is destroyed,
//    which replaces gumbo_destroy_output's walk over every node.
// Blocks come straight from mmap so that a freed block leaves the process's
// resident set at once instead of staying in malloc's free lists.
//
// One arena serves one parse, on one thread.
#ifndef PAGESIFT_PARSE_GUMBO_ARENA_H_
#define PAGESIFT_PARSE_GUMBO_ARENA_H_

#include <gumbo.h>

#include <array>
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
  // handed). nullptr is ignored. Before EndParse the memory is kept for the
  // next allocation of its size class; after, it is given up.
  void Free(void* p);

  // Gumbo will allocate no more: freed memory is no longer kept for reuse,
  // blocks left without a live allocation go back to the OS now, and every
  // other block as soon as its last allocation is freed.
  void EndParse();

  // Frees the memory Gumbo owns for `node` itself (its text, attributes and
  // child list), not its children. The node must not be used afterwards;
  // its children stay valid and must have been read out first.
  void Release(GumboNode* node);

  // Bytes currently mapped, for tests and benchmarks.
  size_t mapped_bytes() const { return mapped_bytes_; }

 private:
  struct Block;
  struct FreeSlot;
  // The blocks of one size class: the one being carved from, and the
  // allocations freed during the parse, ready to be handed out again.
  struct SizeClass {
    Block* current = nullptr;
    FreeSlot* free = nullptr;
  };
  // Sizes up to 128 bytes in steps of 8, then four classes per doubling up
  // to the largest allocation that shares a block (kLargeAllocation).
  static constexpr size_t kClasses = 16 + 4 * 9;

  static void* AllocateHook(void* arena, size_t size);
  static void FreeHook(void* arena, void* p);

  static Block* BlockOf(void* p);  // the block holding allocation p
  void* Allocate(size_t size);
  Block* Map(size_t bytes, unsigned size_class);
  void Unmap(Block* block);

  Block* blocks_ = nullptr;  // every mapped block, a doubly linked list
  std::array<SizeClass, kClasses> classes_{};
  bool parsing_ = true;
  size_t mapped_bytes_ = 0;
};

}  // namespace pagesift::parse

#endif  // PAGESIFT_PARSE_GUMBO_ARENA_H_
