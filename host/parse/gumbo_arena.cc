#include "parse/gumbo_arena.h"

#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>

namespace pagesift::parse {
namespace {

// Blocks are aligned to their size, so that an allocation finds its block
// by masking its address: no per-allocation header.
constexpr size_t kBlockSize = 256 * 1024;
// Larger allocations (a long text, a big child list) get a mapping of their
// own, returned to the OS as soon as Gumbo frees them.
constexpr size_t kLargeAllocation = kBlockSize / 4;
// Gumbo's structs hold pointers and sizes, nothing wider.
constexpr size_t kAlign = alignof(void*);
static_assert(alignof(GumboNode) <= kAlign && alignof(GumboAttribute) <= kAlign);

constexpr size_t RoundUp(size_t n, size_t to) { return (n + to - 1) / to * to; }

}  // namespace

struct GumboArena::Block {
  Block* prev;
  Block* next;
  size_t bytes;  // the mapping's size, this header included
  size_t live;   // allocations not yet freed
  char* free;    // where the next small allocation goes
  char* Data() { return reinterpret_cast<char*>(this) + RoundUp(sizeof(Block), kAlign); }
  char* End() { return reinterpret_cast<char*>(this) + bytes; }
};

GumboArena::~GumboArena() {
  while (blocks_ != nullptr) Unmap(blocks_);
}

GumboOptions GumboArena::Options() {
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &GumboArena::AllocateHook;
  options.deallocator = &GumboArena::FreeHook;
  options.userdata = this;
  return options;
}

void* GumboArena::AllocateHook(void* arena, size_t size) {
  return static_cast<GumboArena*>(arena)->Allocate(size);
}

void GumboArena::FreeHook(void* arena, void* p) { static_cast<GumboArena*>(arena)->Free(p); }

void* GumboArena::Allocate(size_t size) {
  size = RoundUp(size == 0 ? 1 : size, kAlign);
  if (size > kLargeAllocation) {
    Block* own = Map(RoundUp(RoundUp(sizeof(Block), kAlign) + size, kBlockSize));
    own->live = 1;
    own->free = own->End();
    return own->Data();
  }
  // A full block is left to be unmapped by the free of its last allocation
  // (it cannot be empty: an empty current block starts over, see Free).
  if (current_ == nullptr || static_cast<size_t>(current_->End() - current_->free) < size) {
    current_ = Map(kBlockSize);
  }
  char* p = current_->free;
  current_->free += size;
  ++current_->live;
  return p;
}

void GumboArena::Free(void* p) {
  if (p == nullptr) return;
  auto* block = reinterpret_cast<Block*>(reinterpret_cast<uintptr_t>(p) & ~uintptr_t{kBlockSize - 1});
  if (--block->live > 0) return;
  if (block == current_) {
    current_->free = current_->Data();  // empty again: start over in it
  } else {
    Unmap(block);
  }
}

void GumboArena::Release(GumboNode* node) {
  switch (node->type) {
    case GUMBO_NODE_DOCUMENT: {
      GumboDocument& d = node->v.document;
      Free(d.children.data);
      Free(const_cast<char*>(d.name));
      Free(const_cast<char*>(d.public_identifier));
      Free(const_cast<char*>(d.system_identifier));
      break;
    }
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: {
      GumboElement& e = node->v.element;
      for (unsigned i = 0; i < e.attributes.length; ++i) {
        auto* a = static_cast<GumboAttribute*>(e.attributes.data[i]);
        Free(const_cast<char*>(a->name));
        Free(const_cast<char*>(a->value));
        Free(a);
      }
      Free(e.attributes.data);
      Free(e.children.data);
      break;
    }
    default:  // text, whitespace, CDATA, comment
      Free(const_cast<char*>(node->v.text.text));
      break;
  }
  Free(node);
}

GumboArena::Block* GumboArena::Map(size_t bytes) {
  // Map one block more than asked and trim, to get a block-aligned start.
  const size_t span = bytes + kBlockSize;
  void* raw = mmap(nullptr, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  // Out of memory is fatal here as it is for operator new: Gumbo cannot
  // unwind, and the input limits keep any real page far from it.
  if (raw == MAP_FAILED) std::abort();
  const uintptr_t start = reinterpret_cast<uintptr_t>(raw);
  const uintptr_t aligned = RoundUp(start, kBlockSize);
  if (aligned > start) munmap(raw, aligned - start);
  if (start + span > aligned + bytes) munmap(reinterpret_cast<void*>(aligned + bytes), start + span - aligned - bytes);

  auto* block = reinterpret_cast<Block*>(aligned);
  *block = Block{nullptr, blocks_, bytes, 0, nullptr};
  block->free = block->Data();
  if (blocks_ != nullptr) blocks_->prev = block;
  blocks_ = block;
  mapped_bytes_ += bytes;
  return block;
}

void GumboArena::Unmap(Block* block) {
  if (block->prev != nullptr) block->prev->next = block->next;
  if (block->next != nullptr) block->next->prev = block->prev;
  if (blocks_ == block) blocks_ = block->next;
  if (current_ == block) current_ = nullptr;
  mapped_bytes_ -= block->bytes;
  munmap(block, block->bytes);
}

}  // namespace pagesift::parse
