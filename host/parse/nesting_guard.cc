#include "parse/nesting_guard.h"

#include <algorithm>
#include <array>
#include <vector>

#include "base/ascii.h"

namespace pagesift::parse {
namespace {

// How far down the open-element stack an end tag or an implied end tag is
// matched. Bounding the search keeps the scan linear; deeper mismatches
// only make the estimate larger, never smaller, which errs on the safe side.
constexpr size_t kMatchWindow = 64;

bool IsOneOf(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

bool IsVoid(std::string_view name) {
  return IsOneOf(name, {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                        "param", "source", "track", "wbr", "keygen", "basefont", "bgsound",
                        "frame", "image"});
}

// Elements whose content is raw text: their end tag is the only way out.
bool IsRawText(std::string_view name) {
  return IsOneOf(name, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                        "noframes", "plaintext"});
}

// Elements that close an open element of the same name.
bool ClosesItself(std::string_view name) {
  return IsOneOf(name, {"p", "li", "dt", "dd", "option", "tr", "td", "th", "a", "button",
                        "optgroup", "rb", "rt", "rp"});
}

struct Tag {
  bool is_end = false;
  bool self_closing = false;
  std::string name;  // lower case, at most 32 bytes (longer names are never special)
  size_t end = 0;    // just past '>'
};

// Reads a tag starting at html[i] == '<'. Returns false when it is not a tag.
bool ReadTag(std::string_view html, size_t i, Tag* tag) {
  size_t j = i + 1;
  tag->is_end = j < html.size() && html[j] == '/';
  if (tag->is_end) ++j;
  if (j >= html.size() || !IsAsciiAlpha(html[j])) return false;
  tag->name.clear();
  while (j < html.size() && !IsAsciiSpace(html[j]) && html[j] != '/' && html[j] != '>') {
    if (tag->name.size() < 32) tag->name += AsciiLower(html[j]);
    ++j;
  }
  char quote = 0;
  while (j < html.size()) {
    char c = html[j];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      break;
    }
    ++j;
  }
  tag->self_closing = j > 0 && j < html.size() && html[j - 1] == '/';
  tag->end = std::min(j + 1, html.size());
  return true;
}

// Position just past the end tag of a raw-text element, or the end of input.
size_t SkipRawText(std::string_view html, size_t from, std::string_view name) {
  for (size_t i = html.find("</", from); i != std::string_view::npos; i = html.find("</", i + 2)) {
    if (i + 2 + name.size() <= html.size() &&
        EqualsIgnoreAsciiCase(html.substr(i + 2, name.size()), name)) {
      return i;
    }
  }
  return html.size();
}

// Elements an implied end tag does not reach past: a new <td> closes the
// previous cell of its own row, never a cell of an enclosing table.
bool IsScopeBoundaryFor(std::string_view name, std::string_view open) {
  if (open == "table" || open == "template" || open == "caption") return true;
  if (name == "tr") return false;  // a new row closes cells and the row before it
  if (name == "td" || name == "th") return open == "tr";
  if (name == "li") return open == "ul" || open == "ol" || open == "td" || open == "th";
  if (name == "dt" || name == "dd") return open == "dl" || open == "td" || open == "th";
  if (name == "option" || name == "optgroup") return open == "select";
  return open == "td" || open == "th";
}

class DepthEstimator {
 public:
  // Returns the depth the start tag would open at, after implied end tags.
  size_t Open(const std::string& name) {
    if (ClosesItself(name)) CloseImplied(name);
    // A row directly in a table sits in an implied <tbody>.
    if (name == "tr" && !stack_.empty() && stack_.back() == "table") stack_.push_back("tbody");
    stack_.push_back(name);
    return stack_.size();
  }
  void Close(const std::string& name) { PopTo(name, kMatchWindow); }

 private:
  void CloseImplied(const std::string& name) {
    size_t limit = std::min<size_t>(8, stack_.size());
    for (size_t k = 1; k <= limit; ++k) {
      const std::string& open = stack_[stack_.size() - k];
      if (open == name) {
        stack_.resize(stack_.size() - k);
        return;
      }
      if (IsScopeBoundaryFor(name, open)) return;
    }
  }
  void PopTo(const std::string& name, size_t window) {
    size_t limit = std::min(window, stack_.size());
    for (size_t k = 1; k <= limit; ++k) {
      if (stack_[stack_.size() - k] == name) {
        stack_.resize(stack_.size() - k);
        return;
      }
    }
  }
  std::vector<std::string> stack_;
};

}  // namespace

Status GuardNesting(std::string_view html, const Limits& limits, GuardedHtml* out) {
  out->html = html;
  out->rewritten.clear();
  out->start_tags = out->dropped_tags = 0;
  DepthEstimator depth;
  Tag tag;
  size_t copied_to = 0;  // html[0, copied_to) is already in out->rewritten
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.compare(i, 4, "<!--") == 0) {
      size_t end = html.find("-->", i + 4);
      i = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    if (!ReadTag(html, i, &tag)) {
      ++i;
      continue;
    }
    if (tag.is_end) {
      depth.Close(tag.name);
      i = tag.end;
      continue;
    }
    if (++out->start_tags > limits.max_nodes) {
      return Status(ErrorCode::kTooComplex,
                    "the page has more than " + std::to_string(limits.max_nodes) + " elements");
    }
    size_t next = tag.end;
    if (IsRawText(tag.name)) {
      size_t close = SkipRawText(html, tag.end, tag.name);
      next = close;
    }
    bool opens = !IsVoid(tag.name) && !tag.self_closing && !IsRawText(tag.name);
    if (opens && depth.Open(tag.name) > limits.max_depth) {
      depth.Close(tag.name);
      out->rewritten.append(html.substr(copied_to, i - copied_to));
      copied_to = tag.end;
      ++out->dropped_tags;
    }
    i = next;
  }
  if (out->dropped_tags > 0) {
    out->rewritten.append(html.substr(copied_to));
    out->html = out->rewritten;
  }
  return Status::Ok();
}

}  // namespace pagesift::parse
