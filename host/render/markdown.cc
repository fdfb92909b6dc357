#include "render/markdown.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/ascii.h"
#include "decode/utf8.h"
#include "dom/walk.h"
#include "extract/html_kinds.h"
#include "parse/parse.h"
#include "render/reader_html.h"

namespace pagesift::render {
namespace {

using dom::Document;
using dom::NodeId;

// Block elements whose content cannot live in one GFM table cell.
bool BreaksTableCell(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_PRE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_TABLE: case GUMBO_TAG_HR:
      return true;
    default:
      return false;
  }
}

bool IsTableSection(GumboTag tag) {
  return tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_TFOOT;
}

size_t SpanOf(const Document& doc, NodeId cell) {
  std::string_view v = doc.Attr(cell, "colspan");
  size_t span = 0;
  for (char c : v.substr(0, 3)) {
    if (!IsAsciiDigit(c)) return 1;
    span = span * 10 + static_cast<size_t>(c - '0');
  }
  return std::clamp<size_t>(span, 1, 64);
}

// A link destination: characters that would end it or confuse a Markdown
// parser are escaped or percent-encoded; the URL itself is unchanged.
std::string Destination(std::string_view url) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char ch : url) {
    auto c = static_cast<unsigned char>(ch);
    if (c <= 0x20 || c == 0x7F) {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    } else {
      if (c == '(' || c == ')' || c == '<' || c == '>' || c == '\\' || c == '|') out += '\\';
      out += ch;
    }
  }
  return out;
}

// Inline text inside [] or "" where line position does not matter: every
// character with a meaning is escaped, whitespace collapsed to one space.
std::string EscapeInline(std::string_view text) {
  std::string out;
  bool space = false;
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    if (IsAsciiSpace(ch)) {
      space = !out.empty();
      continue;
    }
    if (c < 0x20 || c == 0x7F) continue;
    if (space) out += ' ';
    space = false;
    if (std::string_view("\\`*_[]<>|~&\"!#").find(ch) != std::string_view::npos) out += '\\';
    out += ch;
  }
  return out;
}

// What has to happen when the walk leaves an element, pushed by Enter.
enum class Exit {
  kNothing,
  kBlock,        // end of a paragraph-like block
  kContainer,    // a quote: pop its line prefix
  kListItem,     // pop the item's marker
  kList,
  kMarker,       // close an inline marker (emphasis, link, heading prefix)
  kHeading,
  kTable,
  kTableRow,
  kTableCell,
};

class MarkdownWriter {
 public:
  MarkdownWriter(const Document& doc, const UrlResolver& urls, const LocalImages& local_images)
      : doc_(doc), urls_(urls), local_images_(local_images) {}

  std::string Render(NodeId root) {
    root_ = root;
    ReadTree(root);
    dom::Walk(doc_, root, [&](NodeId n) { return Enter(n); }, [&](NodeId) { Leave(); });
    WriteFootnoteDefinitions();
    if (line_open_) out_ += '\n';
    return std::move(out_);
  }

 private:
  enum class Gap { kNone, kLine, kBlank };

  // A quote or list item: what starts each of its lines. The first line of
  // a list item carries the marker; the others are indented under it.
  struct Container {
    std::string first, rest;
    bool started = false;
  };
  struct Marker {
    std::string open, close;
    int* depth = nullptr;  // the nesting count to give back, if any
    bool written = false;
  };
  struct List {
    bool ordered = false;
    long next = 1;
    long step = 1;
  };
  struct Table {
    bool simple = false;
    size_t columns = 0;
    size_t cells_in_row = 0;
    bool first_row = true;
    bool first_row_is_header = false;
  };

  // --- one pass over the tree before writing -------------------------------

  // Marks the elements that hold a block (an inline marker around them
  // would span lines) and finds footnotes; one walk, so no element needs to
  // look at its subtree again.
  void ReadTree(NodeId root) {
    holds_block_.assign(doc_.size(), false);
    std::unordered_map<std::string_view, NodeId> ids;
    std::vector<NodeId> fragment_links;
    dom::Walk(
        doc_, root,
        [&](NodeId n) {
          if (!doc_.IsElement(n)) return false;
          std::string_view id = doc_.Attr(n, "id");
          if (!id.empty()) ids.emplace(id, n);
          if (doc_.Is(n, GUMBO_TAG_A) && doc_.Attr(n, "href").starts_with("#")) fragment_links.push_back(n);
          return true;
        },
        [&](NodeId n) {
          if (n == root || !doc_.IsElement(n)) return;
          if (holds_block_[n] || extract::IsBlockTag(doc_.node(n).tag)) holds_block_[doc_.node(n).parent] = true;
        });
    FindFootnotes(ids, fragment_links);
  }

  // A footnote is a short fragment link ("1", "[2]") to a list item of an
  // ordered list that does not contain the link itself.
  void FindFootnotes(const std::unordered_map<std::string_view, NodeId>& ids,
                     const std::vector<NodeId>& links) {
    for (NodeId a : links) {
      auto it = ids.find(doc_.Attr(a, "href").substr(1));
      if (it == ids.end()) continue;
      NodeId item = it->second;
      if (!doc_.Is(item, GUMBO_TAG_LI) || !doc_.Is(doc_.node(item).parent, GUMBO_TAG_OL)) continue;
      if (doc_.IsInside(a, item)) continue;
      std::string text(TrimAscii(doc_.TextOf(a)));
      if (text.size() >= 2 && text.front() == '[' && text.back() == ']') text = text.substr(1, text.size() - 2);
      if (text.empty() || text.size() > 6) continue;
      auto [def, inserted] = footnote_labels_.emplace(item, std::string());
      if (inserted) {
        // The page's own label when it is one Markdown accepts and no other note has it.
        bool plain = std::all_of(text.begin(), text.end(), [](char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); });
        std::string label = plain ? text : "n" + std::to_string(footnote_order_.size() + 1);
        if (!used_labels_.insert(label).second) label = "n" + std::to_string(footnote_order_.size() + 1);
        used_labels_.insert(label);
        def->second = label;
        footnote_order_.push_back(item);
      }
      footnote_refs_.emplace(a, def->second);
    }
  }

  bool IsFootnoteList(NodeId ol) const {
    bool any = false;
    for (NodeId c = doc_.node(ol).first_child; c != dom::kNoNode; c = doc_.node(c).next_sibling) {
      if (doc_.IsText(c) && TrimAscii(doc_.node(c).text).empty()) continue;
      if (!footnote_labels_.contains(c)) return false;
      any = true;
    }
    return any;
  }

  // --- the walk ------------------------------------------------------------

  bool Enter(NodeId n) {
    exits_.push_back(Exit::kNothing);
    if (n == root_) return true;
    const dom::Node& node = doc_.node(n);
    if (node.type == dom::NodeType::kText) {
      WriteText(node.text);
      return false;
    }
    if (node.type != dom::NodeType::kElement) return false;
    if (node.ns != dom::Namespace::kHtml) return true;  // MathML: its text, read as text
    if (footnote_labels_.contains(n)) return false;     // written at the end
    switch (node.tag) {
      case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
      case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
        return EnterHeading(node.tag);
      case GUMBO_TAG_BLOCKQUOTE:
        RequestGap(Gap::kBlank);
        if (containers_.size() < kMaxMarkdownNesting) {
          containers_.push_back({"> ", "> "});
          exits_.back() = Exit::kContainer;
        } else {
          exits_.back() = Exit::kBlock;
        }
        return true;
      case GUMBO_TAG_UL: case GUMBO_TAG_OL:
        return EnterList(n);
      case GUMBO_TAG_LI:
        return EnterListItem();
      case GUMBO_TAG_PRE:
        WriteCodeBlock(n);
        return false;
      case GUMBO_TAG_CODE:
        WriteCodeSpan(n);
        return false;
      case GUMBO_TAG_EM: case GUMBO_TAG_I:
        return EnterMarker(n, "*", "*", &emphasis_depth_);
      case GUMBO_TAG_STRONG: case GUMBO_TAG_B:
        return EnterMarker(n, "**", "**", &strong_depth_);
      case GUMBO_TAG_DEL: case GUMBO_TAG_S:
        return EnterMarker(n, "~~", "~~", &strike_depth_);
      case GUMBO_TAG_A:
        return EnterLink(n);
      case GUMBO_TAG_IMG:
        WriteImage(n);
        return false;
      case GUMBO_TAG_BR:
        if (single_line_ > 0) {
          NoteSpace();
        } else if (line_open_ && gap_ == Gap::kNone && !at_line_start_) {
          pending_break_ = true;
        }
        return false;
      case GUMBO_TAG_HR:
        RequestGap(Gap::kBlank);
        WriteRaw("***");  // "---" after a list marker would read as a rule, not an item
        RequestGap(Gap::kBlank);
        return false;
      case GUMBO_TAG_TABLE:
        return EnterTable(n);
      case GUMBO_TAG_TR:
        return EnterTableRow();
      case GUMBO_TAG_TD: case GUMBO_TAG_TH:
        return EnterTableCell(n);
      default:
        if (extract::IsBlockTag(node.tag) && !IsTableSection(node.tag)) {
          RequestGap(Gap::kBlank);
          exits_.back() = Exit::kBlock;
        }
        return true;
    }
  }

  void Leave() {
    Exit exit = exits_.back();
    exits_.pop_back();
    switch (exit) {
      case Exit::kNothing: return;
      case Exit::kBlock: RequestGap(Gap::kBlank); return;
      case Exit::kContainer: containers_.pop_back(); RequestGap(Gap::kBlank); return;
      case Exit::kListItem: containers_.pop_back(); RequestGap(Gap::kLine); return;
      case Exit::kList: lists_.pop_back(); RequestGap(Gap::kBlank); return;
      case Exit::kMarker: CloseMarker(); return;
      case Exit::kHeading: CloseMarker(); --single_line_; RequestGap(Gap::kBlank); return;
      case Exit::kTable: tables_.pop_back(); RequestGap(Gap::kBlank); return;
      case Exit::kTableRow: LeaveTableRow(); return;
      case Exit::kTableCell: LeaveTableCell(); return;
    }
  }

  bool EnterHeading(GumboTag tag) {
    RequestGap(Gap::kBlank);
    int level = 1 + static_cast<int>(tag - GUMBO_TAG_H1);
    markers_.push_back({std::string(static_cast<size_t>(level), '#') + " ", ""});
    ++single_line_;
    exits_.back() = Exit::kHeading;
    return true;
  }

  bool EnterList(NodeId n) {
    RequestGap(Gap::kBlank);
    if (doc_.Is(n, GUMBO_TAG_OL) && IsFootnoteList(n)) return false;
    List list;
    if (doc_.Is(n, GUMBO_TAG_OL)) {
      list.ordered = true;
      std::string_view start = doc_.Attr(n, "start");
      if (!start.empty() && start.size() <= 6 && std::all_of(start.begin(), start.end(), IsAsciiDigit)) {
        list.next = std::stol(std::string(start));
      }
      if (doc_.HasAttribute(n, "reversed")) list.step = -1;
    }
    lists_.push_back(list);
    exits_.back() = Exit::kList;
    return true;
  }

  bool EnterListItem() {
    RequestGap(Gap::kLine);
    if (containers_.size() >= kMaxMarkdownNesting) {
      exits_.back() = Exit::kBlock;
      return true;
    }
    std::string marker = "- ";
    if (!lists_.empty() && lists_.back().ordered) {
      marker = std::to_string(std::max(0L, lists_.back().next)) + ". ";
      lists_.back().next += lists_.back().step;
    }
    containers_.push_back({marker, std::string(marker.size(), ' ')});
    exits_.back() = Exit::kListItem;
    return true;
  }

  // An inline marker around an element that holds a block would span
  // blocks, which Markdown cannot say; nested emphasis adds nothing.
  bool EnterMarker(NodeId n, std::string open, std::string close, int* depth) {
    if (holds_block_[n] || *depth > 0) return true;
    ++*depth;
    markers_.push_back({std::move(open), std::move(close), depth});
    exits_.back() = Exit::kMarker;
    return true;
  }

  bool EnterLink(NodeId n) {
    if (auto ref = footnote_refs_.find(n); ref != footnote_refs_.end()) {
      WriteRaw("[^" + ref->second + "]");
      return false;
    }
    std::string_view href = doc_.Attr(n, "href");
    if (href.starts_with("#")) {
      // A link back from a footnote to its reference: the footnote syntax makes its own.
      return !(in_footnote_ && TrimAscii(doc_.TextOf(n)).size() <= 8);
    }
    if (href.empty() || holds_block_[n] || link_depth_ > 0) return true;
    std::string url = urls_.Resolve(href);
    if (!IsSafeLinkUrl(url)) return true;
    if (doc_.HasAttribute(n, "data-pagesift-video")) {
      // The reader view's stand-in for an embedded player has no text: the address is its text.
      WriteRaw("[" + EscapeInline(url) + "](" + Destination(url) + ")");
      return false;
    }
    ++link_depth_;
    markers_.push_back({"[", "](" + Destination(url) + ")", &link_depth_});
    exits_.back() = Exit::kMarker;
    return true;
  }

  // --- tables --------------------------------------------------------------

  // GFM tables hold one line of inline content a cell. A table whose cells
  // hold more (lists, code, another table) is written as plain blocks.
  bool EnterTable(NodeId table) {
    RequestGap(Gap::kBlank);
    Table t;
    t.simple = true;
    NodeId first_row = dom::kNoNode;
    for (NodeId n = doc_.node(table).first_child; n != dom::kNoNode; n = doc_.Next(n, table)) {
      if (!doc_.IsElement(n)) continue;
      GumboTag tag = doc_.node(n).tag;
      if (BreaksTableCell(tag)) {
        t.simple = false;
        break;
      }
      if (tag != GUMBO_TAG_TR) continue;
      if (first_row == dom::kNoNode) first_row = n;
      size_t columns = 0;
      bool all_headers = true;
      for (NodeId c = doc_.node(n).first_child; c != dom::kNoNode; c = doc_.node(c).next_sibling) {
        if (doc_.Is(c, GUMBO_TAG_TD) || doc_.Is(c, GUMBO_TAG_TH)) {
          columns += SpanOf(doc_, c);
          all_headers = all_headers && doc_.Is(c, GUMBO_TAG_TH);
        }
      }
      t.columns = std::max(t.columns, columns);
      if (n == first_row) {
        t.first_row_is_header = columns > 0 && (all_headers || doc_.Is(doc_.node(n).parent, GUMBO_TAG_THEAD));
      }
    }
    // A table inside a heading or another table's row cannot start lines of its own.
    if (t.columns == 0 || t.columns > 64 || single_line_ > 0) t.simple = false;
    tables_.push_back(t);
    exits_.back() = Exit::kTable;
    return true;
  }

  bool InSimpleTable() const { return !tables_.empty() && tables_.back().simple; }

  bool EnterTableRow() {
    if (!InSimpleTable()) {
      RequestGap(Gap::kBlank);
      exits_.back() = Exit::kBlock;
      return true;
    }
    Table& t = tables_.back();
    if (t.first_row && !t.first_row_is_header) {
      // GFM needs a header row; an empty one says nothing that is not there.
      RequestGap(Gap::kLine);
      std::string empty = "|";
      for (size_t i = 0; i < t.columns; ++i) empty += "  |";
      WriteRaw(empty);
      WriteDelimiterRow(t.columns);
    }
    RequestGap(Gap::kLine);
    WriteRaw("|");
    t.cells_in_row = 0;
    ++single_line_;
    exits_.back() = Exit::kTableRow;
    return true;
  }

  void LeaveTableRow() {
    Table& t = tables_.back();
    pending_space_ = false;
    std::string padding;
    for (; t.cells_in_row < t.columns; ++t.cells_in_row) padding += "  |";
    if (!padding.empty()) WriteRaw(padding);
    --single_line_;
    if (t.first_row && t.first_row_is_header) WriteDelimiterRow(t.columns);
    t.first_row = false;
    RequestGap(Gap::kLine);
  }

  void WriteDelimiterRow(size_t columns) {
    RequestGap(Gap::kLine);
    std::string row = "|";
    for (size_t i = 0; i < columns; ++i) row += " --- |";
    WriteRaw(row);
  }

  bool EnterTableCell(NodeId cell) {
    if (!InSimpleTable()) {
      RequestGap(Gap::kBlank);
      exits_.back() = Exit::kBlock;
      return true;
    }
    pending_space_ = false;
    WriteRaw(" ");
    at_line_start_ = true;  // the cell's leading whitespace is dropped, as at a line start
    cell_spans_.push_back(SpanOf(doc_, cell));
    exits_.back() = Exit::kTableCell;
    return true;
  }

  void LeaveTableCell() {
    pending_space_ = false;
    Table& t = tables_.back();
    size_t span = cell_spans_.back();
    cell_spans_.pop_back();
    std::string end = " |";
    for (size_t i = 1; i < span; ++i) end += " |";
    WriteRaw(end);
    t.cells_in_row += span;
  }

  // --- footnotes -----------------------------------------------------------

  void WriteFootnoteDefinitions() {
    in_footnote_ = true;
    for (NodeId item : footnote_order_) {
      RequestGap(Gap::kBlank);
      containers_.clear();
      containers_.push_back({"[^" + footnote_labels_.at(item) + "]: ", "    "});
      root_ = item;
      dom::Walk(doc_, item, [&](NodeId n) { return Enter(n); }, [&](NodeId) { Leave(); });
      containers_.clear();
      RequestGap(Gap::kBlank);
    }
  }

  // --- leaf content --------------------------------------------------------

  void WriteCodeBlock(NodeId pre) {
    std::string language;
    for (NodeId n = pre; n != dom::kNoNode; n = doc_.Next(n, pre)) {
      std::string_view cls = doc_.Attr(n, "class");
      if (doc_.IsElement(n) && cls.starts_with("language-")) {
        language = std::string(cls.substr(9));
        break;
      }
    }
    std::string code = doc_.TextOf(pre);
    while (!code.empty() && (code.back() == '\n' || code.back() == '\r')) code.pop_back();
    size_t run = 0, longest = 0;
    for (char c : code) {
      run = c == '`' ? run + 1 : 0;
      longest = std::max(longest, run);
    }
    std::string fence(std::max<size_t>(3, longest + 1), '`');
    if (single_line_ > 0) {  // a code block in a heading or table cell: keep its text
      WriteCodeSpanText(code);
      return;
    }
    RequestGap(Gap::kBlank);
    WriteRaw(fence + EscapeInline(language));
    size_t start = 0;
    while (start <= code.size()) {
      size_t end = code.find('\n', start);
      if (end == std::string::npos) end = code.size();
      std::string_view line = std::string_view(code).substr(start, end - start);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      NewLine();
      for (char c : line) {
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t') out_ += c;
      }
      start = end + 1;
    }
    RequestGap(Gap::kLine);
    WriteRaw(fence);
    RequestGap(Gap::kBlank);
  }

  void WriteCodeSpan(NodeId code) { WriteCodeSpanText(doc_.TextOf(code)); }

  void WriteCodeSpanText(std::string_view raw) {
    std::string text;
    for (char c : raw) {
      if (IsAsciiSpace(c)) {
        if (!text.empty() && text.back() != ' ') text += ' ';
      } else if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) {
        // In a table row a pipe ends the cell even inside a code span.
        if (c == '|' && InSimpleTable()) text += '\\';
        text += c;
      }
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    if (text.empty()) return;
    size_t run = 0, longest = 0;
    for (char c : text) {
      run = c == '`' ? run + 1 : 0;
      longest = std::max(longest, run);
    }
    std::string fence(longest + 1, '`');
    bool pad = text.front() == '`' || text.back() == '`' || text.front() == ' ';
    WriteRaw(fence + (pad ? " " : "") + text + (pad ? " " : "") + fence);
  }

  void WriteImage(NodeId img) {
    auto local = local_images_.find(doc_.Attr(img, "src"));
    std::string src = local != local_images_.end() ? local->second : urls_.Resolve(doc_.Attr(img, "src"));
    if (local == local_images_.end() && !IsSafeImageUrl(src)) return;
    std::string md = "![" + EscapeInline(doc_.Attr(img, "alt")) + "](" + Destination(src);
    std::string_view title = doc_.Attr(img, "title");
    if (!title.empty()) md += " \"" + EscapeInline(title) + "\"";
    WriteRaw(md + ")");
  }

  // --- the line machinery --------------------------------------------------
  //
  // Lines end lazily: a block asks for a gap, and the gap (a line end, or a
  // blank line carrying the quote markers) is written only when content
  // follows. So empty elements leave nothing, and no line ends in spaces.

  void RequestGap(Gap gap) {
    pending_break_ = false;
    if (single_line_ > 0) {
      NoteSpace();
      return;
    }
    pending_space_ = false;
    gap_ = std::max(gap_, gap);
  }

  void NoteSpace() {
    if (line_open_ && gap_ == Gap::kNone && !at_line_start_) pending_space_ = true;
  }

  void NewLine() {
    if (line_open_) out_ += '\n';
    for (Container& c : containers_) {
      out_ += c.started ? c.rest : c.first;
      c.started = true;
    }
    line_open_ = true;
    at_line_start_ = true;
    line_all_digits_ = false;
  }

  void StartLine() {
    if (gap_ == Gap::kBlank && !out_.empty()) {
      out_ += '\n';
      std::string prefix;
      for (const Container& c : containers_) {
        if (!c.started) break;
        prefix += c.rest;
      }
      while (!prefix.empty() && prefix.back() == ' ') prefix.pop_back();
      out_ += prefix;
    }
    NewLine();
    gap_ = Gap::kNone;
  }

  // Everything that writes content comes through here first.
  void BeginContent() {
    if (!line_open_ || gap_ != Gap::kNone) {
      StartLine();
      pending_space_ = false;
    } else if (pending_break_) {
      out_ += '\\';
      NewLine();
      pending_space_ = false;
    }
    pending_break_ = false;
    if (pending_space_) {
      out_ += ' ';
      pending_space_ = false;
      at_line_start_ = false;
    }
    for (Marker& m : markers_) {
      if (m.written) continue;
      // "!" before a link's "[" would make it an image.
      if (m.open == "[" && !out_.empty() && out_.back() == '!') out_.insert(out_.size() - 1, 1, '\\');
      out_ += m.open;
      m.written = true;
      at_line_start_ = false;
      line_all_digits_ = false;
    }
  }

  void CloseMarker() {
    Marker m = std::move(markers_.back());
    markers_.pop_back();
    if (m.depth != nullptr) --*m.depth;
    if (!m.written) return;  // nothing inside: nothing to close
    out_ += m.close;
    at_line_start_ = false;
    line_all_digits_ = false;
  }

  // Markdown written by the renderer itself: never escaped.
  void WriteRaw(std::string_view text) {
    BeginContent();
    out_ += text;
    at_line_start_ = false;
    line_all_digits_ = false;
  }

  void WriteText(std::string_view text) {
    for (size_t i = 0; i < text.size(); ++i) {
      char c = text[i];
      if (IsAsciiSpace(c)) {
        NoteSpace();
        continue;
      }
      if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) continue;
      BeginContent();
      WriteEscaped(c, i + 1 < text.size() ? text[i + 1] : '\0');
    }
  }

  // Escapes what would be syntax here: inline syntax anywhere, block syntax
  // at the start of a line ("# ", "> ", "- ", "1. "...).
  void WriteEscaped(char c, char next) {
    bool escape = false;
    switch (c) {
      case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '|': case '~':
        escape = true;
        break;
      case '&':  // could start an entity
        escape = next == '\0' || next == '#' || IsAsciiAlpha(next) || IsAsciiDigit(next);
        break;
      case '#':
        escape = at_line_start_ || single_line_ > 0;
        break;
      case '>': case '-': case '+': case '=':
        escape = at_line_start_;
        break;
      case '.': case ')':
        escape = line_all_digits_;
        break;
      default:
        break;
    }
    line_all_digits_ = IsAsciiDigit(c) && (at_line_start_ || line_all_digits_);
    at_line_start_ = false;
    if (escape) out_ += '\\';
    out_ += c;
  }

  const Document& doc_;
  const UrlResolver& urls_;
  const LocalImages& local_images_;
  NodeId root_ = dom::kNoNode;
  std::string out_;

  std::vector<bool> holds_block_;
  std::unordered_map<NodeId, std::string> footnote_labels_;  // definition item -> label
  std::unordered_map<NodeId, std::string> footnote_refs_;    // reference link -> label
  std::vector<NodeId> footnote_order_;
  std::unordered_set<std::string> used_labels_;
  bool in_footnote_ = false;

  std::vector<Exit> exits_;
  std::vector<Container> containers_;
  std::vector<Marker> markers_;
  std::vector<List> lists_;
  std::vector<Table> tables_;
  std::vector<size_t> cell_spans_;
  int emphasis_depth_ = 0, strong_depth_ = 0, strike_depth_ = 0, link_depth_ = 0;
  int single_line_ = 0;  // inside a heading or table row: no line may end

  Gap gap_ = Gap::kNone;
  bool line_open_ = false;
  bool at_line_start_ = true;
  bool line_all_digits_ = false;  // the line so far is digits: a "." after them would make a list
  bool pending_space_ = false;
  bool pending_break_ = false;
};

// --- front matter ------------------------------------------------------------

// A double-quoted YAML scalar. Escaped: the quote and backslash, every
// control character (C0, DEL, C1), the line and paragraph separators and
// the BOM and non-characters that YAML parsers read as breaks or reject.
std::string YamlQuoted(std::string_view raw) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string s = decode::RepairUtf8(raw);
  std::string out = "\"";
  for (size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    auto next = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
    if (c == '"' || c == '\\') {
      out += '\\';
      out += s[i];
    } else if (c < 0x20 || c == 0x7F) {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    } else if (c == 0xC2 && next(1) >= 0x80 && next(1) <= 0x9F) {
      out += "\\x";
      out += kHex[next(1) >> 4];
      out += kHex[next(1) & 0xF];
      i += 1;
    } else if (c == 0xE2 && next(1) == 0x80 && (next(2) == 0xA8 || next(2) == 0xA9)) {
      out += next(2) == 0xA8 ? "\\L" : "\\P";
      i += 2;
    } else if (c == 0xEF && ((next(1) == 0xBB && next(2) == 0xBF) || (next(1) == 0xBF && next(2) >= 0xBE))) {
      out += next(1) == 0xBB ? "\\uFEFF" : (next(2) == 0xBE ? "\\uFFFE" : "\\uFFFF");
      i += 2;
    } else {
      out += s[i];
    }
  }
  out += '"';
  return out;
}

void AddScalar(std::string_view key, std::string_view value, std::string* out) {
  if (value.empty()) return;
  *out += key;
  *out += ": ";
  *out += YamlQuoted(value);
  *out += '\n';
}

void AddList(std::string_view key, const std::vector<std::string>& values, std::string* out) {
  std::string items;
  for (const std::string& v : values) {
    if (!TrimAscii(v).empty()) items += "  - " + YamlQuoted(v) + "\n";
  }
  if (items.empty()) return;
  *out += std::string(key) + ":\n" + items;
}

}  // namespace

std::string RenderMarkdownBody(const Document& doc, NodeId root, const UrlResolver& urls,
                               const LocalImages& local_images) {
  return MarkdownWriter(doc, urls, local_images).Render(root);
}

std::string RenderFrontMatter(const Result& r, std::string_view created) {
  std::string out = "---\ntitle: " + YamlQuoted(r.title) + "\n";
  AddScalar("source", r.url.empty() ? r.canonical_url : r.url, &out);
  AddList("author", r.authors.empty() ? std::vector<std::string>{r.byline} : r.authors, &out);
  AddScalar("published", r.published_time, &out);
  AddScalar("created", created, &out);
  AddScalar("description", r.excerpt, &out);
  AddScalar("site", r.site_name, &out);
  AddScalar("lang", r.lang, &out);
  AddList("tags", r.tags, &out);
  out += "---\n";
  return out;
}

Status RenderMarkdown(const Result& result, const UrlResolver& urls, const Limits& limits,
                      std::string_view created, std::string* markdown, const LocalImages& local_images) {
  dom::Document doc;
  if (Status s = parse::ParseHtml(result.content, limits, &doc); !s.ok()) return s;
  *markdown = RenderFrontMatter(result, created);
  NodeId body = doc.FindFirst(GUMBO_TAG_BODY);
  if (body == dom::kNoNode) return Status::Ok();
  std::string text = RenderMarkdownBody(doc, body, urls, local_images);
  if (!text.empty()) *markdown += "\n" + text;
  return Status::Ok();
}

std::string TodayUtc() {
  using namespace std::chrono;
  year_month_day day{floor<days>(system_clock::now())};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(day.year()),
                static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
  return buffer;
}

}  // namespace pagesift::render
