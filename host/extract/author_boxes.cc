#include "extract/author_boxes.h"

#include <string>
#include <vector>

#include "base/ascii.h"
#include "extract/html_kinds.h"
#include "extract/prune.h"

namespace pagesift::extract {
namespace {

using dom::Document;
using dom::NodeId;

// A biography is a few sentences; a longer block is part of the story.
constexpr size_t kMaxLineBytes = 600;

// What may stand before the name in a byline or a biography's first line.
constexpr std::string_view kLeads[] = {"", "by ", "written by ", "posted by ", "author: ", "about ",
                                       "about the author ", "von ", "par ", "por ", "di "};

// The lower-cased names of the byline's authors, each of two words or more.
std::vector<std::string> AuthorNames(std::string_view byline) {
  const std::string text = AsciiLowerCopy(CollapseWhitespace(byline));
  std::vector<std::string> names;
  auto add = [&](std::string_view name) {
    name = TrimAscii(name);
    if (name.starts_with("by ")) name.remove_prefix(3);
    if (name.find(' ') != std::string_view::npos) names.emplace_back(name);
  };
  std::string_view rest = text;
  size_t i = 0;
  while (i < rest.size()) {
    size_t separator = 0;
    for (std::string_view s : {" and ", " & ", ", ", "; ", " | "}) {
      if (rest.substr(i).starts_with(s)) separator = s.size();
    }
    if (separator == 0) {
      ++i;
      continue;
    }
    add(rest.substr(0, i));
    rest.remove_prefix(i + separator);
    i = 0;
  }
  add(rest);
  return names;
}

// Does `text` open with `name`, whole, after one of the leads? A colon
// after it names a speaker.
bool OpensWithName(std::string_view text, std::string_view name) {
  for (std::string_view lead : kLeads) {
    if (!text.starts_with(lead) || !text.substr(lead.size()).starts_with(name)) continue;
    std::string_view rest = text.substr(lead.size() + name.size());
    if (rest.empty()) return true;
    char next = rest.front();
    if (next != ':' && !IsAsciiAlpha(next) && !IsAsciiDigit(next)) return true;
  }
  return false;
}

}  // namespace

void RemoveAuthorLines(Document* doc, NodeId article, std::string_view byline) {
  // A byline, and a biography: more blocks that open with the name make it
  // the page's subject (a company that signs its own pages), not its author.
  constexpr size_t kMaxAuthorLines = 2;
  std::vector<std::string> names = AuthorNames(byline);
  if (names.empty()) return;
  std::vector<NodeId> lines;
  for (NodeId block : LeafBlocks(*doc, article)) {
    std::string text = AsciiLowerCopy(CollapseWhitespace(doc->TextOf(block)));
    if (text.size() > kMaxLineBytes) continue;
    for (const std::string& name : names) {
      if (OpensWithName(text, name)) {
        lines.push_back(block);
        break;
      }
    }
  }
  if (lines.size() > kMaxAuthorLines * names.size()) return;
  for (NodeId block : lines) doc->Detach(block);
}

}  // namespace pagesift::extract
