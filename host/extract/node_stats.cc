#include "extract/node_stats.h"

#include "base/ascii.h"

namespace pagesift::extract {

std::vector<dom::NodeId> PreOrder(const dom::Document& doc, dom::NodeId root) {
  std::vector<dom::NodeId> order;
  for (dom::NodeId n = root; n != dom::kNoNode; n = doc.Next(n, root)) order.push_back(n);
  return order;
}

namespace {

// U+FF0C fullwidth comma, U+3001 ideographic comma, U+060C Arabic comma.
bool StartsWithWideComma(std::string_view rest) {
  return rest.starts_with("\xEF\xBC\x8C") || rest.starts_with("\xE3\x80\x81") || rest.starts_with("\xD8\x8C");
}

}  // namespace

void CountText(std::string_view text, uint32_t* chars, uint32_t* commas) {
  uint32_t c = 0, k = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    auto b = static_cast<unsigned char>(text[i]);
    if ((b & 0xC0) == 0x80) continue;  // continuation byte: counted with its lead
    if (IsAsciiSpace(text[i])) continue;
    if (b == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) continue;  // nbsp
    ++c;
    // Most text is ASCII: only a lead byte can start a wide comma, so the
    // comparisons (each a memcmp call) run on those alone.
    if (b == ',' || (b >= 0xC0 && StartsWithWideComma(text.substr(i)))) ++k;
  }
  *chars = c;
  *commas = k;
}

namespace {

void CountElement(const dom::Document& doc, dom::NodeId id, NodeStats* s) {
  switch (doc.node(id).tag) {
    case GUMBO_TAG_P: ++s->paragraphs; break;
    case GUMBO_TAG_IMG: ++s->images; break;
    case GUMBO_TAG_LI: ++s->list_items; break;
    case GUMBO_TAG_INPUT: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_BUTTON:
      ++s->inputs;
      break;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6:
      ++s->headings;
      break;
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_VIDEO:
      ++s->embeds;
      break;
    case GUMBO_TAG_A:
      s->link_chars = s->chars;
      ++s->links;
      break;
    case GUMBO_TAG_PRE: ++s->code_and_math; break;
    case GUMBO_TAG_MATH:
      ++s->code_and_math;
      ++s->other_media;
      break;
    case GUMBO_TAG_HR: case GUMBO_TAG_BR: case GUMBO_TAG_SVG: case GUMBO_TAG_AUDIO:
      ++s->other_media;
      break;
    default: break;
  }
}

}  // namespace

std::vector<NodeStats> ComputeNodeStats(const dom::Document& doc, dom::NodeId root) {
  std::vector<NodeStats> stats(doc.size());
  std::vector<dom::NodeId> order = PreOrder(doc, root);
  for (size_t i = order.size(); i-- > 0;) {
    dom::NodeId id = order[i];
    NodeStats& s = stats[id];
    if (doc.IsText(id)) {
      CountText(doc.node(id).text, &s.chars, &s.commas);
    } else if (doc.IsElement(id)) {
      CountElement(doc, id, &s);  // children were summed in already
    }
    if (id == root) continue;
    NodeStats& p = stats[doc.node(id).parent];
    p.chars += s.chars;
    p.link_chars += s.link_chars;
    p.commas += s.commas;
    p.paragraphs += s.paragraphs;
    p.links += s.links;
    p.images += s.images;
    p.list_items += s.list_items;
    p.inputs += s.inputs;
    p.headings += s.headings;
    p.embeds += s.embeds;
    p.other_media += s.other_media;
    p.code_and_math += s.code_and_math;
  }
  return stats;
}

}  // namespace pagesift::extract
