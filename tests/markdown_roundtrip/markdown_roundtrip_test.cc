// Every page of the Readability corpus: its Markdown, parsed back by
// cmark-gfm with the GFM extensions, must hold the same words as the
// article's textContent (word F1 >= 0.99), and its front matter must parse
// as YAML and give back the title and source.
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <gtest/gtest.h>
#include <yaml.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "clean/clean.h"
#include "pagesift/extract.h"

namespace pagesift {
namespace {

namespace fs = std::filesystem;

const fs::path kCorpus = PAGESIFT_READABILITY_CORPUS;
constexpr double kMinF1 = 0.99;

// Is this link the renderer's stand-in for an embedded video (its text is
// its address, a known video host's)? The reader view's textContent has no
// text for videos, so neither does the rendered text.
bool IsVideoLink(cmark_node* link) {
  const char* url = cmark_node_get_url(link);
  cmark_node* text = cmark_node_first_child(link);
  return url != nullptr && text != nullptr && cmark_node_next(text) == nullptr &&
         cmark_node_get_type(text) == CMARK_NODE_TEXT && cmark_node_get_literal(text) != nullptr &&
         std::string_view(cmark_node_get_literal(text)) == url && !clean::VideoHostOf(url).empty();
}

// The visible text of a GFM document: text, code and footnote labels, with
// blocks and line breaks as spaces. Image descriptions are not visible text
// (nor are they in textContent), so they are skipped, and so are video links.
std::string RenderedText(const std::string& markdown) {
  cmark_gfm_core_extensions_ensure_registered();
  cmark_parser* parser = cmark_parser_new(CMARK_OPT_FOOTNOTES);
  for (const char* name : {"table", "strikethrough", "autolink", "tagfilter"}) {
    cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
  }
  cmark_parser_feed(parser, markdown.data(), markdown.size());
  cmark_node* document = cmark_parser_finish(parser);
  std::string text;
  int hidden = 0;  // inside an image or a video link
  cmark_iter* it = cmark_iter_new(document);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(it);
    cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_IMAGE || (type == CMARK_NODE_LINK && IsVideoLink(node))) {
      hidden += ev == CMARK_EVENT_ENTER ? 1 : -1;
      continue;
    }
    if (hidden > 0) continue;
    bool block = (type & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK;
    if (block || type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) text += ' ';
    if (ev != CMARK_EVENT_ENTER) continue;
    if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK) {
      if (const char* literal = cmark_node_get_literal(node)) text += literal;
    } else if (type == CMARK_NODE_FOOTNOTE_REFERENCE) {
      // A note mark is a word of its own, as "[12]" is in the page's text.
      if (const char* label = cmark_node_get_literal(node)) text += std::string(" ") + label + " ";
    }
  }
  cmark_iter_free(it);
  cmark_node_free(document);
  cmark_parser_free(parser);
  return text;
}

// Words: runs of anything but ASCII whitespace, ASCII punctuation and
// no-break spaces, so that escapes and Markdown syntax never count.
std::map<std::string, int> Words(const std::string& text) {
  std::map<std::string, int> words;
  std::string word;
  for (size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    bool nbsp = c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0;
    if (nbsp || (c < 0x80 && !std::isalnum(c))) {
      if (!word.empty()) ++words[word];
      word.clear();
      i += nbsp ? 1 : 0;
      continue;
    }
    word += text[i];
  }
  if (!word.empty()) ++words[word];
  return words;
}

// The words one text has more often than the other, for a failure message.
std::string WordDifferences(const std::string& expected, const std::string& actual) {
  std::map<std::string, int> want = Words(expected), got = Words(actual);
  std::string missing, extra;
  for (const auto& [w, n] : want) {
    if (got[w] < n && missing.size() < 600) missing += " " + w + "x" + std::to_string(n - got[w]);
  }
  for (const auto& [w, n] : got) {
    if (want[w] < n && extra.size() < 600) extra += " " + w + "x" + std::to_string(n - want[w]);
  }
  return "missing:" + missing + "\nextra:" + extra;
}

double WordF1(const std::string& expected, const std::string& actual) {
  std::map<std::string, int> want = Words(expected), got = Words(actual);
  long total_want = 0, total_got = 0, common = 0;
  for (const auto& [w, n] : want) total_want += n;
  for (const auto& [w, n] : got) {
    total_got += n;
    auto found = want.find(w);
    if (found != want.end()) common += std::min(n, found->second);
  }
  if (total_want == 0 && total_got == 0) return 1.0;
  if (total_want == 0 || total_got == 0 || common == 0) return 0.0;
  double precision = static_cast<double>(common) / static_cast<double>(total_got);
  double recall = static_cast<double>(common) / static_cast<double>(total_want);
  return 2 * precision * recall / (precision + recall);
}

// The front matter between the two "---" lines, parsed with libyaml into
// its top-level scalars (sequences become their items joined by "\n").
// Returns false, with the parser's complaint in *error, if it is not YAML.
bool ParseFrontMatter(const std::string& markdown, std::map<std::string, std::string>* fields,
                      std::string* body, std::string* error) {
  if (!markdown.starts_with("---\n")) return *error = "no front matter", false;
  size_t end = markdown.find("\n---\n", 3);
  if (end == std::string::npos) return *error = "front matter not closed", false;
  std::string yaml = markdown.substr(4, end - 3);
  *body = markdown.substr(end + 5);

  yaml_parser_t parser;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(yaml.data()), yaml.size());
  std::string key;
  bool want_key = true;
  int depth = 0;
  for (bool done = false; !done;) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event)) {
      *error = parser.problem != nullptr ? parser.problem : "parse error";
      yaml_parser_delete(&parser);
      return false;
    }
    switch (event.type) {
      case YAML_MAPPING_START_EVENT: case YAML_SEQUENCE_START_EVENT: ++depth; break;
      case YAML_MAPPING_END_EVENT: --depth; break;
      case YAML_SEQUENCE_END_EVENT: --depth; want_key = true; break;
      case YAML_SCALAR_EVENT: {
        std::string value(reinterpret_cast<const char*>(event.data.scalar.value), event.data.scalar.length);
        if (depth == 1 && want_key) {
          key = value;
          want_key = false;
        } else {
          std::string& field = (*fields)[key];
          if (!field.empty()) field += '\n';
          field += value;
          if (depth == 1) want_key = true;
        }
        break;
      }
      case YAML_STREAM_END_EVENT: done = true; break;
      default: break;
    }
    yaml_event_delete(&event);
  }
  yaml_parser_delete(&parser);
  return true;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

TEST(MarkdownRoundTrip, EveryReadabilityPageKeepsItsWordsAndFrontMatter) {
  if (!fs::is_directory(kCorpus)) GTEST_SKIP() << kCorpus << " is absent";
  std::vector<fs::path> pages;
  for (const auto& entry : fs::directory_iterator(kCorpus)) {
    if (fs::exists(entry.path() / "source.html")) pages.push_back(entry.path());
  }
  std::sort(pages.begin(), pages.end());
  ASSERT_FALSE(pages.empty());

  double worst = 1.0;
  std::string worst_page;
  for (const fs::path& page : pages) {
    SCOPED_TRACE(page.filename().string());
    Options options;
    options.url = "http://fakehost/test/page.html";
    options.want_markdown = true;
    Result result;
    ASSERT_TRUE(Extract(ReadFile(page / "source.html"), options, &result).ok());

    std::map<std::string, std::string> fields;
    std::string body, error;
    ASSERT_TRUE(ParseFrontMatter(result.markdown, &fields, &body, &error)) << error;
    EXPECT_EQ(fields["title"], result.title);
    EXPECT_EQ(fields["source"], options.url);

    std::string rendered = RenderedText(body);
    double f1 = WordF1(result.text_content, rendered);
    EXPECT_GE(f1, kMinF1) << WordDifferences(result.text_content, rendered);
    if (f1 < worst) worst = f1, worst_page = page.filename().string();
  }
  std::cout << pages.size() << " pages; lowest word F1 " << worst << " (" << worst_page << ")\n";
}

}  // namespace
}  // namespace pagesift
