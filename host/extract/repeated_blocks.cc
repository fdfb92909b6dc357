#include "extract/repeated_blocks.h"

#include <string>
#include <unordered_map>
#include <vector>

#include "base/ascii.h"
#include "extract/html_kinds.h"
#include "extract/prune.h"

namespace pagesift::extract {
namespace {

using dom::Document;
using dom::NodeId;

// Shorter blocks agree by chance (labels, dates, "Read more"); the other
// pruning steps judge those by what they say.
constexpr size_t kMinRepeatBytes = 60;

}  // namespace

void RemoveRepeatedBlocks(Document* doc, NodeId article) {
  std::vector<NodeId> blocks;
  std::vector<bool> repeat;
  std::unordered_map<std::string, NodeId> first_parent;  // by text
  for (NodeId block : LeafBlocks(*doc, article)) {
    std::string text = AsciiLowerCopy(CollapseWhitespace(doc->TextOf(block)));
    if (text.size() < kMinRepeatBytes) continue;
    NodeId parent = doc->node(block).parent;
    auto [first, inserted] = first_parent.emplace(std::move(text), parent);
    blocks.push_back(block);
    repeat.push_back(!inserted && first->second != parent);
  }
  for (size_t i = 0; i < blocks.size(); ++i) {
    bool in_run = (i > 0 && repeat[i - 1]) || (i + 1 < blocks.size() && repeat[i + 1]);
    if (repeat[i] && in_run) doc->Detach(blocks[i]);
  }
}

}  // namespace pagesift::extract
