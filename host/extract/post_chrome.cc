#include "extract/post_chrome.h"

#include <unordered_map>
#include <vector>

#include "base/ascii.h"
#include "extract/html_kinds.h"
#include "extract/prune.h"

namespace pagesift::extract {
namespace {

using dom::Document;
using dom::NodeId;

// A post's chrome is a label, a name or a figure; a longer block is a
// body, and a body between two copies of a text shows that they belong to
// two posts, not to one list or card.
constexpr size_t kMaxChromeBytes = 80;
// "Join Date", "Posts", "Last Post", "Reputation Points".
constexpr size_t kMaxLabelBytes = 24;
// Three posts printing the same words make a template; two may agree by
// chance ("Thanks!").
constexpr size_t kMinRepeats = 3;
// Of the bodies, the share that a template's chrome stands beside.
constexpr double kMinPostShare = 0.5;
// "#2", "14", "+3": a post's number, votes or reactions.
constexpr size_t kMaxNumberBytes = 8;

// Digits after at most a '#', '+' or '-': a count, not a price, a date or
// a time.
bool IsBareNumber(std::string_view text) {
  if (!text.empty() && (text[0] == '#' || text[0] == '+' || text[0] == '-')) text.remove_prefix(1);
  if (text.empty() || text.size() > kMaxNumberBytes) return false;
  for (char c : text) {
    if (!IsAsciiDigit(c)) return false;
  }
  return true;
}

// The labels of a poster's figures, as forum engines print them, and the
// "Re:" of a reply's subject line. Product cards print "Weight: 2 kg" under
// every item, and a recipe "Serves: 4": only these labels are one
// template's whatever follows them.
bool IsTemplateLabel(std::string_view label) {
  static constexpr std::string_view kLabels[] = {
      "re", "posts", "joined", "join date", "registered", "member since", "messages", "reputation", "reaction score",
      "points", "location", "replies", "threads", "last post", "karma", "trophies", "solutions", "likes received"};
  for (std::string_view l : kLabels) {
    if (label == l) return true;
  }
  return false;
}

// A few words and no punctuation of a sentence or a field: a rank
// ("Registered User"), a status ("Offline") or a control ("Reply"). A
// repeated "Soil: well-drained." or "Monday. Rest day" is a list's line.
bool IsTitleOrControl(std::string_view text) {
  constexpr size_t kMaxWords = 4;
  size_t words = 1;
  for (char c : text) {
    if (c == '.' || c == ':' || c == ',' || c == ';') return false;
    if (c == ' ' && ++words > kMaxWords) return false;
  }
  return true;
}

// Quotations and code are the author's words; a figure's caption and
// credit ("Photo by ...", the same under every photo) are the article's.
bool IsSkipped(GumboTag tag) {
  return tag == GUMBO_TAG_BLOCKQUOTE || tag == GUMBO_TAG_Q || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_CODE ||
         tag == GUMBO_TAG_FIGURE || tag == GUMBO_TAG_FIGCAPTION;
}

// A block of text under `article`: its chrome key (ChromeKey, empty for
// none) and whether it is a post's body. A block of lines split by <br>
// that holds blocks besides a body's worth of text of its own (with its
// signature's box inside) is a body, never chrome; a reply's subject line
// is chrome, never a body, however long the thread's title.
struct Block {
  NodeId node;
  std::string key;
  bool body;
};

// The subject line of a reply ("Re: <the thread's title>"), which some
// engines set as a heading over each post.
bool IsReplySubject(std::string_view text) {
  return text.size() > 3 && EqualsIgnoreAsciiCase(text.substr(0, 3), "re:");
}

// The text children of `n`, collapsed, without its elements' text.
std::string OwnText(const Document& doc, NodeId n) {
  std::string text;
  for (NodeId c = doc.node(n).first_child; c != dom::kNoNode; c = doc.node(c).next_sibling) {
    if (doc.IsText(c)) text += doc.node(c).text;
  }
  return CollapseWhitespace(text);
}

// The blocks of text under `article` that could be chrome, and the
// bodies, in document order. Unlike LeafBlocks this enters layout tables:
// older engines lay out each post as a table row of poster and body.
std::vector<Block> CandidateBlocks(const Document& doc, NodeId article) {
  std::vector<Block> out;
  NodeId n = doc.node(article).first_child;
  while (n != dom::kNoNode) {
    bool skip = false;
    if (doc.IsElement(n)) {
      GumboTag tag = doc.node(n).tag;
      skip = IsSkipped(tag) || (tag == GUMBO_TAG_TABLE && IsDataTable(doc, n));
      if (!skip && IsBlockTag(tag) && !IsHeadingTag(tag)) {
        if (!HasBlockChild(doc, n)) {
          std::string text = CollapseWhitespace(doc.TextOf(n));
          out.push_back({n, ChromeKey(text), text.size() > kMaxChromeBytes});
          skip = true;
        } else if (OwnText(doc, n).size() > kMaxChromeBytes) {
          out.push_back({n, "", true});
        }
      } else if (!skip && IsHeadingTag(tag)) {
        skip = !HasBlockChild(doc, n);
        if (skip && IsReplySubject(CollapseWhitespace(doc.TextOf(n)))) out.push_back({n, "re:", false});
      }
    }
    n = doc.Next(n, article, skip);
  }
  return out;
}

}  // namespace

std::string ChromeKey(std::string_view text) {
  if (text.size() > kMaxChromeBytes) return "";
  if (IsBareNumber(text)) return "#";
  std::string lower = AsciiLowerCopy(text);
  size_t colon = lower.find(':');
  if (colon != std::string::npos && IsTemplateLabel(std::string_view(lower).substr(0, colon))) {
    return lower.substr(0, colon + 1);
  }
  return IsTitleOrControl(lower) ? lower : "";
}

void RemovePostChrome(Document* doc, NodeId article) {
  std::vector<Block> blocks = CandidateBlocks(*doc, article);
  // Copies of a key count once per post: only when a body (a run of long
  // blocks) came between them. A card's badge or a list's repeated word
  // has no body in between. And the template prints its chrome beside most
  // posts, where a name that recurs beside a few (the thread's starter, a
  // listing's frequent author) is what the page says about those.
  struct Seen {
    size_t bodies = 0;   // bodies seen before the last copy
    size_t posts = 0;    // copies with a body before them
  };
  std::unordered_map<std::string_view, Seen> seen;
  size_t bodies = 0;
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].body && (i == 0 || !blocks[i - 1].body)) ++bodies;
    if (blocks[i].key.empty()) continue;
    auto [it, inserted] = seen.try_emplace(blocks[i].key, Seen{bodies, 1});
    if (!inserted && it->second.bodies < bodies) ++it->second.posts;
    it->second.bodies = bodies;
  }
  auto is_chrome = [&](const Seen& s) {
    return s.posts >= kMinRepeats && static_cast<double>(s.posts) >= kMinPostShare * static_cast<double>(bodies);
  };
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (!blocks[i].key.empty() && is_chrome(seen[blocks[i].key])) doc->Detach(blocks[i].node);
  }
}

}  // namespace pagesift::extract
