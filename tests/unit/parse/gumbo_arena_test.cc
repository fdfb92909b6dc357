#include "parse/gumbo_arena.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

namespace pagesift::parse {
namespace {

TEST(GumboArena, HandsOutDistinctAlignedWritableMemory) {
  GumboArena arena;
  GumboOptions options = arena.Options();
  std::vector<char*> blocks;
  for (size_t size : {1, 7, 8, 100, 4096, 70'000, 300'000}) {
    auto* p = static_cast<char*>(options.allocator(options.userdata, size));
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(p) % alignof(void*), 0u);
    std::memset(p, static_cast<int>(size & 0xFF), size);
    blocks.push_back(p);
  }
  // Writing each one did not overwrite another.
  EXPECT_EQ(static_cast<unsigned char>(blocks[2][7]), 8u);
  EXPECT_EQ(static_cast<unsigned char>(blocks[3][99]), 100u);
  EXPECT_EQ(static_cast<unsigned char>(blocks[4][0]), 4096u & 0xFF);
  for (char* p : blocks) options.deallocator(options.userdata, p);
}

TEST(GumboArena, ReturnsALargeAllocationAsSoonAsItIsFreed) {
  GumboArena arena;
  void* small = arena.Options().allocator(&arena, 16);
  const size_t before = arena.mapped_bytes();
  void* large = arena.Options().allocator(&arena, 1 << 20);
  EXPECT_GE(arena.mapped_bytes(), before + (1 << 20));
  arena.Free(large);
  EXPECT_EQ(arena.mapped_bytes(), before);
  arena.Free(small);
  arena.Free(nullptr);  // ignored, as free() does
}

// Every size up to the largest that shares a block, each written whole
// while all the others are live: no two allocations overlap.
TEST(GumboArena, SizesOfEveryClassDoNotOverlap) {
  GumboArena arena;
  std::vector<std::pair<unsigned char*, size_t>> all;
  for (size_t size = 1; size <= 70'000; size += size < 300 ? 1 : size / 7) {
    auto* p = static_cast<unsigned char*>(arena.Options().allocator(&arena, size));
    std::memset(p, static_cast<int>(all.size() & 0xFF), size);
    all.emplace_back(p, size);
  }
  for (size_t i = 0; i < all.size(); ++i) {
    auto [p, size] = all[i];
    EXPECT_EQ(p[0], i & 0xFF) << size;
    EXPECT_EQ(p[size - 1], i & 0xFF) << size;
  }
}

TEST(GumboArena, ReusesWhatIsFreedDuringTheParse) {
  GumboArena arena;
  void* kept = arena.Options().allocator(&arena, 128);
  const size_t one_block = arena.mapped_bytes();
  // Scratch memory of many sizes, each freed before the next is taken (a
  // text built in a buffer that doubles, again and again).
  for (int i = 0; i < 100'000; ++i) {
    for (size_t size = 8; size <= 4096; size *= 2) {
      void* p = arena.Options().allocator(&arena, size);
      std::memset(p, 1, size);
      arena.Free(p);
    }
  }
  // One block for each size class used, not one for each allocation.
  EXPECT_LE(arena.mapped_bytes(), 11 * one_block);
  void* again = arena.Options().allocator(&arena, 120);  // 128's class: the freed slot
  arena.Free(again);
  arena.Free(kept);
}

TEST(GumboArena, ReturnsBlocksWhoseAllocationsAreAllFreedAfterTheParse) {
  GumboArena arena;
  std::vector<void*> all;
  for (int i = 0; i < 100'000; ++i) all.push_back(arena.Options().allocator(&arena, 64));
  const size_t full = arena.mapped_bytes();
  EXPECT_GE(full, 100'000u * 64);
  // Freed during the parse: kept for reuse.
  for (size_t i = 0; i < all.size() / 2; ++i) arena.Free(all[i]);
  EXPECT_EQ(arena.mapped_bytes(), full);
  // The blocks already empty go back when the parse ends, the others as
  // their last allocation is freed.
  arena.EndParse();
  EXPECT_LT(arena.mapped_bytes(), full * 6 / 10);
  for (size_t i = all.size() / 2; i < all.size(); ++i) arena.Free(all[i]);
  EXPECT_EQ(arena.mapped_bytes(), 0u);
}

// A parse's tree, released node by node as the DOM copy does, leaves little
// of Gumbo's memory mapped.
TEST(GumboArena, ReleasingEveryNodeOfAParseFreesTheTree) {
  std::string page = "<!doctype html><title>t</title><body>";
  for (int i = 0; i < 20'000; ++i) {
    page += "<p class=c id=p" + std::to_string(i) + ">Paragraph <a href=/x>link</a> &amp; <b>bold</b></p>";
  }
  page += "<template><p>inert</p></template><!-- comment --></body>";
  GumboArena arena;
  GumboOptions options = arena.Options();
  GumboOutput* output = gumbo_parse_with_options(&options, page.data(), page.size());
  ASSERT_NE(output, nullptr);
  arena.EndParse();
  const size_t parsed = arena.mapped_bytes();
  EXPECT_GT(parsed, page.size());

  std::vector<GumboNode*> stack{output->document};
  while (!stack.empty()) {
    GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type == GUMBO_NODE_DOCUMENT || node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
      const GumboVector& children =
          node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
      for (unsigned i = 0; i < children.length; ++i) stack.push_back(static_cast<GumboNode*>(children.data[i]));
    }
    arena.Release(node);
  }
  EXPECT_LT(arena.mapped_bytes(), parsed / 4);
}

}  // namespace
}  // namespace pagesift::parse
