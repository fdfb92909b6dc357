#include "metadata/byline.h"

#include <re2/re2.h>

#include <algorithm>

#include "base/ascii.h"
#include "metadata/candidate_text.h"
#include "metadata/dates.h"

namespace pagesift::metadata {
namespace {

using dom::Document;
using dom::NodeId;

// Words that introduce a byline, lower case, longest first.
constexpr std::string_view kByWords[] = {
    "written by", "posted by", "published by", "words by", "story by", "article by", "authored by", "text by",
    "authors", "author", "auteur", "autore", "autor", "by", "par", "von", "por", "di", "door", "av", "af",
};

// Stock values that CMSs print where a name belongs.
constexpr std::string_view kNotNames[] = {
    "admin", "administrator", "author", "authors", "by", "unknown", "anonymous", "guest", "user", "editor",
    "null", "undefined", "none", "n/a", "na", "staff writer", "webmaster", "root", "default",
    "the author", "about the author", "topic author", "post", "posts", "via", "share", "comment", "comments",
    "follow", "name",
};

// Beginnings that make a candidate something other than the author's name:
// a call to action, or another role (a reviewer is not the author).
constexpr std::string_view kNotNamePrefixes[] = {
    "follow ", "reviewed by", "medically reviewed", "fact checked", "fact-checked", "edited by",
    "updated by", "photo", "image", "share ", "view all", "see all", "view more", "more from", "read more",
    "sign in", "sign up", "log in", "subscribe", "about the", "about our", "updated", "last updated",
    "recent posts", "latest posts", "all posts", "visit ", "from ",
};

// Removes a leading by-word ("By ", "by:", "Par ", "Written by ").
std::string_view StripByWord(std::string_view s) {
  for (int round = 0; round < 2; ++round) {
    std::string lower = AsciiLowerCopy(s.substr(0, 16));
    for (std::string_view word : kByWords) {
      if (!lower.starts_with(word) || s.size() <= word.size()) continue;
      char next = s[word.size()];
      if (next != ' ' && next != ':') continue;
      s = s.substr(word.size());
      while (!s.empty() && (s.front() == ' ' || s.front() == ':')) s.remove_prefix(1);
      break;
    }
  }
  return s;
}

bool IsByWordOnly(std::string_view run) {
  std::string lower = AsciiLowerCopy(TrimAscii(run));
  while (!lower.empty() && (lower.back() == ':' || lower.back() == ' ')) lower.pop_back();
  for (std::string_view word : kByWords) {
    if (lower == word) return true;
  }
  return false;
}

struct Separator {
  size_t at;    // s.size() when there is none
  size_t size;
};

// The first separator in a byline line that starts other information:
// "Jane Doe - Staff Writer", "Jane Doe | March 3", "Jane Doe • 5 min read".
Separator FirstSeparator(std::string_view s) {
  Separator first{s.size(), 0};
  for (std::string_view sep : {" - ", " | ", " – ", " — ", " · ", " • ", "•", "|", " on ", " updated ", " published "}) {
    size_t at = s.find(sep);
    if (at != std::string_view::npos && at > 0 && at < first.at) first = {at, sep.size()};
  }
  return first;
}

// Cuts a byline at its first separator: "Jane Doe | March 3" -> "Jane Doe".
std::string_view CutAtSeparator(std::string_view s) { return TrimAscii(s.substr(0, FirstSeparator(s).at)); }

// A date that opens a byline line and a separator after it go: "Dec. 19,
// 2025 · Jane Doe" -> "Jane Doe". A date alone stays, to be rejected.
std::string_view SkipLeadingDate(std::string_view s) {
  Separator sep = FirstSeparator(s);
  if (sep.at == s.size() || !MentionsDate(s.substr(0, sep.at))) return s;
  return TrimAscii(s.substr(sep.at + sep.size));
}

// "Recipe by", "Insights from", "Story by": a label whose name follows in the
// next run, never a name itself.
bool EndsWithByWord(std::string_view run) {
  std::string lower = AsciiLowerCopy(TrimAscii(run));
  for (std::string_view prefix : kNotNamePrefixes) {
    if (lower.starts_with(prefix)) return false;  // "Photo by": someone else's credit
  }
  while (!lower.empty() && (lower.back() == ':' || lower.back() == ' ')) lower.pop_back();
  for (std::string_view word : {" by", " from", " par", " von", " por", " di", " door"}) {
    if (lower.ends_with(word)) return true;
  }
  return IsByWordOnly(lower);
}

bool IsConnector(std::string_view run) {
  std::string lower = AsciiLowerCopy(TrimAscii(run));
  return lower == "," || lower == "and" || lower == "&" || lower == "et" || lower == "und" || lower == "y" ||
         lower == "e" || lower == ", and" || lower == "en" || lower == "og" || lower == "och";
}

// Does a class or id name an element that holds the author's name? Not
// "authority" or "authorization", and not the author's biography
// ("author-description", "author-bio"), whose first words are a job title.
bool IsNameClass(std::string_view marks) {
  for (std::string_view bio : {"description", "author-bio", "author_bio", "authorbio"}) {
    if (marks.find(bio) != std::string_view::npos) return false;
  }
  for (std::string_view word : {"byline", "author", "writtenby", "written-by", "username", "user-name", "poster"}) {
    for (size_t at = marks.find(word); at != std::string_view::npos; at = marks.find(word, at + 1)) {
      if (word != "author" || at + word.size() >= marks.size() || marks[at + word.size()] != 'i') return true;
    }
  }
  return false;
}

// Reads the name out of one marked element: its itemprop=name child when it
// has one, else its text runs from the first that is not a by-word, joining
// runs separated by "," or "and" (several authors).
std::string NameInElement(const Document& doc, const PageText& text, NodeId element, std::string_view site_name) {
  for (std::string_view attr : {"data-author", "author"}) {
    std::string name = CleanAuthorName(doc.Attr(element, attr), site_name);
    if (!name.empty()) return name;
  }
  for (NodeId n = element; n != dom::kNoNode; n = doc.Next(n, element)) {
    if (doc.IsElement(n) && doc.Attr(n, "itemprop") == "name") {
      std::string_view content = doc.Attr(n, "content");
      std::string name = CleanAuthorName(content.empty() ? doc.TextOf(n) : content, site_name);
      if (!name.empty()) return name;
    }
  }
  if (doc.Is(element, GUMBO_TAG_META)) return CleanAuthorName(doc.Attr(element, "content"), site_name);
  std::string joined;
  bool want_name = true;
  for (size_t i = text.FirstRunInside(doc, element); i < text.runs().size(); ++i) {
    const TextRun& run = text.runs()[i];
    if (!doc.IsInside(run.node, element)) break;
    // A date set before the name in a run of its own: "<span>Dec 17,
    // 2025</span><span>Jane Doe</span>".
    if (joined.empty() && (EndsWithByWord(run.text) ||
                           (MentionsDate(run.text) && CleanAuthorName(run.text, site_name).empty()))) {
      continue;
    }
    // "Guide by Jane Doe": what came before the by-word labelled the
    // article (its type, its section), the name follows it.
    if (!want_name && IsByWordOnly(run.text)) {
      joined.clear();
      want_name = true;
      continue;
    }
    if (!want_name) {
      if (!IsConnector(run.text)) break;
      joined += run.text == "," ? ", " : " " + run.text + " ";
      want_name = true;
      continue;
    }
    std::string name = CleanAuthorName(run.text, site_name);
    if (name.empty()) break;
    joined += name;
    want_name = false;
    if (name.size() != CutAtSeparator(StripByWord(run.text)).size()) break;  // the run went on after the name
  }
  while (!joined.empty() && (joined.back() == ' ' || joined.back() == ',')) joined.pop_back();
  return joined;
}

// The first name `name_of` reads out of an element after `heading` (kNoNode
// when the page has none), else the last one before it: a byline sits
// under the headline, while one above it may belong to the site's header.
template <typename NameOf>
std::string NameNearestAfterHeading(const Document& doc, NodeId heading, NameOf name_of) {
  std::string before;
  for (NodeId n = Document::kRoot; n != dom::kNoNode; n = doc.Next(n, Document::kRoot)) {
    if (!doc.IsElement(n)) continue;
    std::string name = name_of(n);
    if (name.empty()) continue;
    bool after_heading = heading == dom::kNoNode || n > heading || doc.IsInside(heading, n);
    if (after_heading) return name;
    before = name;
  }
  return before;
}

// Does `href` lead to a page about one author: a folder of the path named
// "author" or "authors" before the last segment ("/author/jane-doe",
// "https://site/blog/authors/jane/")? CMSs give every writer such a page.
bool LeadsToAuthorPage(std::string_view href) {
  href = href.substr(0, href.find_first_of("?#"));
  size_t scheme = href.find("://");
  if (scheme != std::string_view::npos) {
    size_t path = href.find('/', scheme + 3);
    href = path == std::string_view::npos ? std::string_view() : href.substr(path);
  }
  while (!href.empty() && href.back() == '/') href.remove_suffix(1);
  size_t last = href.rfind('/');
  if (last == std::string_view::npos) return false;
  std::string folders = AsciiLowerCopy(href.substr(0, last + 1));
  return folders.find("/author/") != std::string::npos || folders.find("/authors/") != std::string::npos;
}

// "8:23 PM ET", "3 min read": the time line of a byline or its reading
// time, no name.
bool SaysATime(std::string_view s) {
  for (size_t i = 1; i + 2 < s.size(); ++i) {
    if (s[i] == ':' && IsAsciiDigit(s[i - 1]) && IsAsciiDigit(s[i + 1]) && IsAsciiDigit(s[i + 2])) return true;
  }
  std::string lower = AsciiLowerCopy(s);
  for (std::string_view reading : {" min read", " mins read", " minute read", " minutes read"}) {
    if (lower.find(reading) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

std::string CleanAuthorName(std::string_view raw, std::string_view site_name) {
  std::string cleaned = CleanText(raw);
  std::string_view s = CutAtSeparator(StripByWord(SkipLeadingDate(StripByWord(cleaned))));
  // "Jane Doe, USA TODAY": the site's name after the last comma is not a person.
  size_t comma = s.rfind(", ");
  if (comma != std::string_view::npos && !site_name.empty() && SameWords(s.substr(comma + 2), site_name)) {
    s = s.substr(0, comma);
  }
  while (!s.empty() && (s.back() == ',' || s.back() == ':' || s.back() == ' ')) s.remove_suffix(1);
  if (!IsUsable(s) || s.size() > 120) return {};
  if (s.find('@') != std::string_view::npos) return {};  // a handle or an e-mail address
  if (!site_name.empty() && SameWords(s, site_name)) return {};
  std::vector<std::string> words = Words(s);
  if (words.empty() || words.size() > 16) return {};
  std::string lower = AsciiLowerCopy(s);
  for (std::string_view stock : kNotNames) {
    if (lower == stock) return {};
  }
  for (std::string_view prefix : kNotNamePrefixes) {
    if (lower.starts_with(prefix)) return {};
  }
  // A date or a time where the name should be ("February 8, 2022", "Mar
  // 6", "8:23 PM"): the byline element held only the date line.
  if (MentionsDate(s) || SaysATime(s)) return {};
  if (EndsWithByWord(s)) return {};
  bool has_letter = false;
  for (char c : s) has_letter |= IsAsciiAlpha(c) || static_cast<unsigned char>(c) >= 0x80;
  if (!has_letter) return {};
  return std::string(s);
}

bool LooksLikePersonName(std::string_view text) {
  static constexpr std::string_view kParticles[] = {"van", "de", "der", "den", "von", "da", "di", "du", "del",
                                                    "la", "le", "bin", "al", "y", "dos", "das", "ten", "ter"};
  size_t words = 0;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    size_t start = i;
    while (i < text.size() && text[i] != ' ') ++i;
    if (i == start) break;
    std::string_view word = text.substr(start, i - start);
    ++words;
    unsigned char first = static_cast<unsigned char>(word[0]);
    bool capital = (first >= 'A' && first <= 'Z') || first >= 0x80;
    bool particle = false;
    for (std::string_view p : kParticles) particle |= word == p;
    if (!capital && !particle) return false;
    for (char c : word) {
      if (IsAsciiDigit(c) || c == '!' || c == '?' || c == ':' || c == ';' || c == '/') return false;
    }
  }
  return words >= 1 && words <= 6;
}

std::vector<std::string> SplitAuthorList(std::string_view names) {
  std::string s(names);
  for (std::string_view conj : {" and ", " & ", " und ", " et ", " y ", " e ", "; "}) {
    size_t at;
    while ((at = s.find(conj)) != std::string::npos) s.replace(at, conj.size(), ", ");
  }
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(',', start);
    if (end == std::string::npos) end = s.size();
    std::string name(TrimAscii(std::string_view(s).substr(start, end - start)));
    if (!name.empty()) out.push_back(name);
    start = end + 1;
  }
  return out;
}

std::string JoinAuthors(const std::vector<std::string>& authors) {
  std::string out;
  for (size_t i = 0; i < authors.size(); ++i) {
    if (i > 0) out += ", ";
    out += authors[i];
  }
  return out;
}

std::string BylineFromMarkup(const Document& doc, const PageText& text, NodeId heading, std::string_view site_name) {
  return NameNearestAfterHeading(doc, heading, [&](NodeId n) -> std::string {
    if (doc.Is(n, GUMBO_TAG_LINK) || doc.Is(n, GUMBO_TAG_SCRIPT) || doc.Is(n, GUMBO_TAG_STYLE)) return {};
    std::string marks = AsciiLowerCopy(doc.Attr(n, "class"));
    marks += ' ';
    marks += AsciiLowerCopy(doc.Attr(n, "id"));
    // Forum and social software name a post's author in an attribute
    // (data-author="jane"), as microdata does with itemprop.
    bool explicit_mark = doc.Attr(n, "itemprop") == "author" || doc.Attr(n, "rel") == "author" ||
                         !doc.Attr(n, "data-author").empty() || !doc.Attr(n, "author").empty();
    if (explicit_mark ? InComments(doc, n) : !IsNameClass(marks) || InPageFurniture(doc, n)) return {};
    // A class names what an element is about, not always what it is: themes
    // mark the whole page or post "author-12" after its writer. A byline
    // never holds the headline; an element that does is such a wrapper,
    // and its first words are no name.
    if (!explicit_mark && heading != dom::kNoNode && doc.IsInside(heading, n)) return {};
    return NameInElement(doc, text, n, site_name);
  });
}

std::string BylineFromAuthorLink(const Document& doc, NodeId heading, std::string_view site_name) {
  return NameNearestAfterHeading(doc, heading, [&](NodeId n) -> std::string {
    if (!doc.Is(n, GUMBO_TAG_A) || !LeadsToAuthorPage(doc.Attr(n, "href")) || InPageFurniture(doc, n)) return {};
    std::string text = RenderedText(doc, n);
    // "View all posts by Jane Doe", "Articles by Jane": the name follows the by-word.
    std::string lower = AsciiLowerCopy(text);
    size_t by = lower.rfind(" by ");
    return CleanAuthorName(by == std::string::npos ? text : text.substr(by + 4), site_name);
  });
}

std::string BylineNearHeading(const PageText& text, size_t heading_run, std::string_view site_name) {
  constexpr size_t kMaxRuns = 40;
  constexpr size_t kMaxBytes = 1500;
  const std::vector<TextRun>& runs = text.runs();
  size_t bytes = 0;
  for (size_t i = heading_run; i < runs.size() && i < heading_run + kMaxRuns && bytes < kMaxBytes; ++i) {
    const std::string& run = runs[i].text;
    bytes += run.size();
    std::string name;
    if (EndsWithByWord(run) && run.size() < 40 && i + 1 < runs.size()) {
      name = CleanAuthorName(runs[i + 1].text, site_name);
    } else if (StripByWord(run).size() != run.size() && run.size() < 120) {
      name = CleanAuthorName(run, site_name);
    }
    if (!name.empty() && LooksLikePersonName(name)) return name;
  }
  return {};
}

std::string LabelledByline(const dom::Document& doc, const PageText& text, std::string_view site_name) {
  static constexpr std::string_view kLabels[] = {
      // Lower-cased ASCII only, so a capital É is spelled out too.
      "written by", "author:", "posted by", "article by", "words by", "écrit par", "Écrit par", "auteur :", "auteur:",
      "geschrieben von", "autor:", "escrito por", "scritto da", "geschreven door",
  };
  // A label in an element of its own, the name in the next run: "Author"
  // above "Jane Doe" in a details box, "By" in a <span> before the link.
  // Alone in its element, so that "... by <a>Name</a>" in a sentence is
  // not read as a byline.
  static constexpr std::string_view kWholeRunLabels[] = {"author", "authors", "by", "auteur", "autor", "autore"};
  const std::vector<TextRun>& runs = text.runs();
  for (size_t i = 0; i < runs.size(); ++i) {
    std::string lower = AsciiLowerCopy(runs[i].text);
    std::string_view bare = TrimAscii(std::string_view(lower).substr(0, lower.find_last_not_of(':') + 1));
    bool whole_label = std::find(std::begin(kWholeRunLabels), std::end(kWholeRunLabels), bare) !=
                       std::end(kWholeRunLabels);
    const dom::Node& node = doc.node(runs[i].node);
    bool alone = node.prev_sibling == dom::kNoNode && node.next_sibling == dom::kNoNode;
    if (whole_label && alone && i + 1 < runs.size() && runs[i + 1].text.size() <= 120 &&
        !InPageFurniture(doc, runs[i].node)) {
      std::string name = CleanAuthorName(runs[i + 1].text, site_name);
      if (!name.empty() && LooksLikePersonName(name)) return name;
      continue;
    }
    for (std::string_view label : kLabels) {
      // At the start of a run only: "a book written by" in a sentence is not a byline.
      if (!lower.starts_with(label)) continue;
      std::string rest(TrimAscii(std::string_view(runs[i].text).substr(label.size())));
      if (rest.empty() && i + 1 < runs.size()) rest = runs[i + 1].text;
      if (rest.size() > 120 || InPageFurniture(doc, runs[i].node)) break;
      std::string name = CleanAuthorName(rest, site_name);
      if (!name.empty() && LooksLikePersonName(name)) return name;
      break;
    }
  }
  return {};
}

}  // namespace pagesift::metadata
