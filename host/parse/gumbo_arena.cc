#include "parse/gumbo_arena.h"

#include <sys/mman.h>

#include <bit>
#include <cstdint>
#include <cstdlib>
#include <new>

namespace pagesift::parse {
namespace {

// Blocks are aligned to their size, so that an allocation finds its block
// by masking its address: no per-allocation header.
constexpr size_t kBlockSize = 256 * 1024;
// Larger allocations (a long text, a big child list) get a mapping of their
// own, returned to the OS as soon as Gumbo frees them.
constexpr size_t kLargeAllocation = kBlockSize / 4;
// Gumbo's structs hold pointers and sizes, nothing wider; every size class
// is a multiple of this.
constexpr size_t kAlign = alignof(void*);
static_assert(alignof(GumboNode) <= kAlign && alignof(GumboAttribute) <= kAlign);
// The size class of a block that is one large allocation's own mapping.
constexpr unsigned kOwnMapping = ~0u;

constexpr size_t RoundUp(size_t n, size_t to) { return (n + to - 1) / to * to; }

// Steps of 8 bytes up to 128 (a Gumbo node is 128 bytes, its small strings
// and child lists fit the steps below), then four classes per doubling, so
// that rounding up wastes at most a fifth of a larger allocation.
constexpr unsigned SizeClassOf(size_t size) {
  if (size <= 128) return static_cast<unsigned>((size + kAlign - 1) / kAlign) - 1;
  const size_t s = size - 1;
  const auto width = static_cast<unsigned>(std::bit_width(s));  // 2^(width-1) <= s < 2^width
  return 16 + (width - 8) * 4 + static_cast<unsigned>((s >> (width - 3)) & 3);
}

constexpr size_t SlotSize(unsigned size_class) {
  if (size_class < 16) return (size_class + 1) * kAlign;
  const unsigned width = 8 + (size_class - 16) / 4;
  return (size_t{1} << (width - 1)) + ((size_class - 16) % 4 + 1) * (size_t{1} << (width - 3));
}

static_assert(SlotSize(SizeClassOf(129)) == 160 && SlotSize(SizeClassOf(257)) == 320);
static_assert(SlotSize(SizeClassOf(kLargeAllocation)) == kLargeAllocation);

}  // namespace

struct GumboArena::Block {
  Block* prev;
  Block* next;
  size_t bytes;         // the mapping's size, this header included
  size_t live;          // allocations not yet freed
  unsigned size_class;  // of every allocation in the block, or kOwnMapping
  char* free;           // where the next allocation is carved from
  char* Data() { return reinterpret_cast<char*>(this) + RoundUp(sizeof(Block), kAlign); }
  char* End() { return reinterpret_cast<char*>(this) + bytes; }
};

// A freed allocation waiting on its size class's list.
struct GumboArena::FreeSlot {
  FreeSlot* next;
};

GumboArena::Block* GumboArena::BlockOf(void* p) {
  return reinterpret_cast<Block*>(reinterpret_cast<uintptr_t>(p) & ~uintptr_t{kBlockSize - 1});
}

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
  if (size > kLargeAllocation) {
    Block* own = Map(RoundUp(RoundUp(sizeof(Block), kAlign) + size, kBlockSize), kOwnMapping);
    own->live = 1;
    own->free = own->End();
    return own->Data();
  }
  static_assert(SizeClassOf(kLargeAllocation) + 1 == kClasses);
  const unsigned size_class = SizeClassOf(size == 0 ? 1 : size);
  SizeClass& sc = classes_[size_class];
  if (sc.free != nullptr) {
    FreeSlot* slot = sc.free;
    sc.free = slot->next;
    ++BlockOf(slot)->live;
    return slot;
  }
  const size_t slot_size = SlotSize(size_class);
  // A full block is left to be unmapped by the free of its last allocation.
  if (sc.current == nullptr || static_cast<size_t>(sc.current->End() - sc.current->free) < slot_size) {
    sc.current = Map(kBlockSize, size_class);
  }
  char* p = sc.current->free;
  sc.current->free += slot_size;
  ++sc.current->live;
  return p;
}

void GumboArena::Free(void* p) {
  if (p == nullptr) return;
  Block* block = BlockOf(p);
  if (block->size_class == kOwnMapping) return Unmap(block);
  --block->live;
  if (parsing_) {
    SizeClass& sc = classes_[block->size_class];
    sc.free = new (p) FreeSlot{sc.free};
  } else if (block->live == 0) {
    Unmap(block);
  }
}

void GumboArena::EndParse() {
  parsing_ = false;
  for (SizeClass& sc : classes_) sc.free = nullptr;
  for (Block* block = blocks_; block != nullptr;) {
    Block* next = block->next;
    if (block->live == 0) Unmap(block);
    block = next;
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

GumboArena::Block* GumboArena::Map(size_t bytes, unsigned size_class) {
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

  auto* block = new (reinterpret_cast<void*>(aligned)) Block{nullptr, blocks_, bytes, 0, size_class, nullptr};
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
  if (block->size_class != kOwnMapping && classes_[block->size_class].current == block) {
    classes_[block->size_class].current = nullptr;
  }
  mapped_bytes_ -= block->bytes;
  munmap(block, block->bytes);
}

}  // namespace pagesift::parse
