#include "render/text_blocks.h"

#include "base/ascii.h"
#include "dom/walk.h"
#include "extract/html_kinds.h"

namespace pagesift::render {
namespace {

using dom::Document;
using dom::NodeId;

bool IsDroppedWhole(const Document& doc, NodeId n) {
  if (doc.node(n).ns == dom::Namespace::kSvg) return true;
  switch (doc.node(n).tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_TITLE: case GUMBO_TAG_HEAD: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_MAP:
      return true;
    default:
      return false;
  }
}

TextBlock::Kind KindOf(GumboTag tag, TextBlock::Kind outer) {
  switch (tag) {
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_DT:
      return TextBlock::Kind::kHeading;
    case GUMBO_TAG_LI: case GUMBO_TAG_DD: return TextBlock::Kind::kListItem;
    case GUMBO_TAG_BLOCKQUOTE: return TextBlock::Kind::kQuote;
    case GUMBO_TAG_PRE: return TextBlock::Kind::kCode;
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_CAPTION: return TextBlock::Kind::kCaption;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: return TextBlock::Kind::kTableCell;
    case GUMBO_TAG_P: return outer == TextBlock::Kind::kQuote ? outer : TextBlock::Kind::kParagraph;
    default: return outer;
  }
}

class BlockCollector {
 public:
  explicit BlockCollector(const Document& doc) : doc_(doc) {}

  std::vector<TextBlock> Collect(NodeId article) {
    dom::Walk(doc_, article, [&](NodeId n) { return Enter(n); }, [&](NodeId n) { Leave(n); });
    Flush();
    return std::move(blocks_);
  }

 private:
  bool Enter(NodeId n) {
    const dom::Node& node = doc_.node(n);
    if (node.type == dom::NodeType::kText) {
      AppendText(node.text);
      return false;
    }
    if (node.type != dom::NodeType::kElement) return true;
    if (IsDroppedWhole(doc_, n)) return false;
    if (node.tag == GUMBO_TAG_BR) {
      if (!current_.empty() && current_.back() != '\n') current_ += '\n';
      space_pending_ = false;
      return false;
    }
    if (extract::IsBlockTag(node.tag)) {
      Flush();
      kinds_.push_back(KindOf(node.tag, kinds_.empty() ? TextBlock::Kind::kParagraph : kinds_.back()));
    }
    if (node.tag == GUMBO_TAG_PRE) ++pre_depth_;
    return true;
  }

  void Leave(NodeId n) {
    const dom::Node& node = doc_.node(n);
    if (node.type != dom::NodeType::kElement) return;
    if (node.tag == GUMBO_TAG_PRE) --pre_depth_;
    if (extract::IsBlockTag(node.tag)) {
      Flush();
      if (!kinds_.empty()) kinds_.pop_back();
    }
  }

  void AppendText(std::string_view text) {
    if (pre_depth_ > 0) {
      current_ += text;
      return;
    }
    for (size_t i = 0; i < text.size(); ++i) {
      char c = text[i];
      bool nbsp = static_cast<unsigned char>(c) == 0xC2 && i + 1 < text.size() &&
                  static_cast<unsigned char>(text[i + 1]) == 0xA0;
      if (IsAsciiSpace(c) || nbsp) {
        if (nbsp) ++i;
        space_pending_ = true;
        continue;
      }
      if (space_pending_ && !current_.empty() && current_.back() != '\n') current_ += ' ';
      space_pending_ = false;
      current_ += c;
    }
  }

  void Flush() {
    space_pending_ = false;
    std::string_view text = current_;
    while (!text.empty() && IsAsciiSpace(text.back())) text.remove_suffix(1);
    if (pre_depth_ == 0) {
      while (!text.empty() && IsAsciiSpace(text.front())) text.remove_prefix(1);
    } else {
      while (!text.empty() && text.front() == '\n') text.remove_prefix(1);
    }
    if (!text.empty()) {
      TextBlock::Kind kind = kinds_.empty() ? TextBlock::Kind::kParagraph : kinds_.back();
      blocks_.push_back({kind, std::string(text)});
    }
    current_.clear();
  }

  const Document& doc_;
  std::vector<TextBlock> blocks_;
  std::vector<TextBlock::Kind> kinds_;
  std::string current_;
  bool space_pending_ = false;
  int pre_depth_ = 0;
};

}  // namespace

std::vector<TextBlock> RenderTextBlocks(const Document& doc, NodeId article) {
  return BlockCollector(doc).Collect(article);
}

std::string JoinBlocks(const std::vector<TextBlock>& blocks) {
  std::string out;
  for (const TextBlock& b : blocks) {
    if (!out.empty()) out += "\n\n";
    out += b.text;
  }
  return out;
}

}  // namespace pagesift::render
