// Result: everything pagesift learns about one page.
//
// Every front end (CLI, native-messaging host, library) serialises this one
// struct the same way, through ResultToJson (json.h). JSON field names follow
// Mozilla Readability.js where the two overlap (title, byline, dir, lang,
// excerpt, siteName, publishedTime, content, textContent, length, readerable).
#ifndef PAGESIFT_RESULT_H_
#define PAGESIFT_RESULT_H_

#include <cstddef>
#include <string>
#include <vector>

namespace pagesift {

// One block of the main content as plain text, in document order. The
// summarizer and the text renderer read these; kind tells what the block was
// so that headings, captions and code never pass for prose.
struct TextBlock {
  enum class Kind { kParagraph, kHeading, kListItem, kQuote, kCode, kCaption, kTableCell, kOther };
  Kind kind = Kind::kParagraph;
  std::string text;
};

struct Result {
  std::string url;             // the page's URL as given by the caller (may be empty)

  // Metadata (see metadata/ for the sources and their order of trust).
  std::string title;           // cleaned of site-name prefixes and suffixes
  std::string byline;          // display string of the author(s)
  std::vector<std::string> authors;
  std::string published_time;  // ISO 8601, with the offset when the page gives one
  std::string modified_time;
  std::string site_name;
  std::string lang;            // BCP 47
  std::string dir;             // "ltr", "rtl" or empty
  std::string excerpt;         // the page's description, else the first real paragraph
  std::string image;           // lead image, absolute URL
  std::string canonical_url;
  std::vector<std::string> tags;
  std::string section;

  // Main content.
  std::string content;         // the reader view: sanitized HTML, safe to insert
  std::string text_content;    // plain text: blocks separated by blank lines, no title
  std::vector<TextBlock> blocks;
  std::string markdown;        // GitHub-flavoured Markdown, only when Options::want_markdown
  size_t length = 0;           // characters (code points) in text_content
  size_t word_count = 0;       // words; CJK counted by characters
  double reading_time_minutes = 0;
  bool readerable = false;     // is the page worth a reader view?
  bool truncated = false;      // a size limit cut the content; the reader view says so
};

}  // namespace pagesift

#endif  // PAGESIFT_RESULT_H_
