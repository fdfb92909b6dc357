#include "extract/html_kinds.h"

namespace pagesift::extract {

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_DD: case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_TABLE: case GUMBO_TAG_UL: case GUMBO_TAG_TR:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT: case GUMBO_TAG_CAPTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_BODY:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

bool IsHeadingTag(GumboTag tag) {
  return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 ||
         tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

bool HasBlockChild(const dom::Document& doc, dom::NodeId id) {
  for (dom::NodeId c = doc.node(id).first_child; c != dom::kNoNode; c = doc.node(c).next_sibling) {
    if (doc.IsElement(c) && IsBlockTag(doc.node(c).tag)) return true;
  }
  return false;
}

namespace {

bool IsQuotationCodeOrTable(GumboTag tag) {
  return tag == GUMBO_TAG_BLOCKQUOTE || tag == GUMBO_TAG_Q || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_CODE ||
         tag == GUMBO_TAG_TABLE;
}

}  // namespace

std::vector<dom::NodeId> LeafBlocks(const dom::Document& doc, dom::NodeId root) {
  std::vector<dom::NodeId> out;
  dom::NodeId n = doc.node(root).first_child;
  while (n != dom::kNoNode) {
    bool skip = doc.IsElement(n) && IsQuotationCodeOrTable(doc.node(n).tag);
    if (!skip && doc.IsElement(n) && IsBlockTag(doc.node(n).tag) && !HasBlockChild(doc, n)) {
      out.push_back(n);
      skip = true;
    }
    n = doc.Next(n, root, skip);
  }
  return out;
}

}  // namespace pagesift::extract
