#include "library/saved_files.h"

#include <nlohmann/json.hpp>

#include "base/ascii.h"
#include "pagesift/extract.h"
#include "pipeline/derived_fields.h"

namespace pagesift::library {
namespace {

// A saved file larger than this is not one pagesift wrote (a reader view
// is capped at 16 MiB; its JSON holds it twice, escaped).
constexpr size_t kMaxSavedFileBytes = 128u << 20;

bool EndsWith(const std::string& s, std::string_view suffix) { return s.ends_with(suffix); }

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    *out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out += static_cast<char>(0xC0 | (cp >> 6));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out += static_cast<char>(0xE0 | (cp >> 12));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool FromJson(const std::string& bytes, IndexRecord* r) {
  nlohmann::json j = nlohmann::json::parse(bytes, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object() || j.find("title") == j.end() || j.find("textContent") == j.end()) return false;
  auto text = [&](const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  r->title = text("title");
  r->byline = text("byline");
  r->site = text("siteName");
  r->url = text("url");
  r->published = text("publishedTime");
  r->lang = text("lang");
  r->created = text("created");
  r->text = text("textContent");
  auto words = j.find("wordCount");
  r->word_count = words != j.end() && words->is_number_unsigned() ? words->get<size_t>() : CountWords(r->text);
  return true;
}

// Front matter as RenderFrontMatter writes it: `key: "value"` lines and
// `key:` lines followed by `  - "item"` lines.
bool FromMarkdown(const std::string& bytes, IndexRecord* r) {
  if (!bytes.starts_with("---\n")) return false;
  size_t end = bytes.find("\n---\n", 3);
  if (end == std::string::npos) return false;
  bool has_title = false;
  std::string key;
  std::vector<std::string> authors;
  for (size_t start = 4; start < end + 1;) {
    size_t eol = bytes.find('\n', start);
    std::string_view line = std::string_view(bytes).substr(start, eol - start);
    start = eol + 1;
    std::string value;
    if (line.starts_with("  - \"")) {
      if (key == "author" && UnquoteYaml(line.substr(5), &value)) authors.push_back(value);
      continue;
    }
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    key = std::string(line.substr(0, colon));
    std::string_view rest = line.substr(colon + 1);
    if (!rest.starts_with(" \"") || !UnquoteYaml(rest.substr(2), &value)) continue;
    if (key == "title") r->title = value, has_title = true;
    if (key == "source") r->url = value;
    if (key == "published") r->published = value;
    if (key == "created") r->created = value;
    if (key == "site") r->site = value;
    if (key == "lang") r->lang = value;
  }
  for (const std::string& a : authors) r->byline += (r->byline.empty() ? "" : ", ") + a;
  r->text = bytes.substr(end + 5);
  r->word_count = CountWords(r->text);
  return has_title;
}

bool FromStandalonePage(const std::string& bytes, IndexRecord* r) {
  if (bytes.find("<header class=\"pagesift-meta\">") == std::string::npos) return false;
  Options options;
  options.declared_charset = "utf-8";
  Result result;
  if (!Extract(bytes, options, &result).ok()) return false;
  r->title = result.title;
  r->byline = result.byline;
  r->site = result.site_name;
  r->published = result.published_time;
  r->lang = result.lang;
  r->text = result.text_content;
  r->word_count = result.word_count;
  return true;
}

}  // namespace

bool UnquoteYaml(std::string_view quoted, std::string* value) {
  value->clear();
  for (size_t i = 0; i < quoted.size(); ++i) {
    char c = quoted[i];
    if (c == '"') return i + 1 == quoted.size();
    if (c != '\\') {
      *value += c;
      continue;
    }
    if (++i >= quoted.size()) return false;
    char e = quoted[i];
    size_t digits = e == 'x' ? 2 : e == 'u' ? 4 : 0;
    if (digits > 0) {
      if (i + digits >= quoted.size()) return false;
      uint32_t cp = 0;
      for (size_t k = 1; k <= digits; ++k) {
        char h = AsciiLower(quoted[i + k]);
        if (!IsAsciiDigit(h) && !(h >= 'a' && h <= 'f')) return false;
        cp = cp * 16 + static_cast<uint32_t>(IsAsciiDigit(h) ? h - '0' : h - 'a' + 10);
      }
      AppendUtf8(cp, value);
      i += digits;
    } else if (e == 'L' || e == 'P') {
      AppendUtf8(e == 'L' ? 0x2028 : 0x2029, value);
    } else if (e == '"' || e == '\\' || e == '/') {
      *value += e;
    } else {
      return false;
    }
  }
  return false;  // no closing quote
}

bool ReadSavedArticle(const Folder& folder, IndexRecord* record) {
  for (std::string_view kind : {".json", ".md", ".html"}) {
    for (const std::string& file : record->files) {
      if (!EndsWith(file, kind)) continue;
      std::string bytes;
      if (!folder.ReadFile(file, kMaxSavedFileBytes, &bytes).ok()) continue;
      bool read = kind == ".json" ? FromJson(bytes, record)
                  : kind == ".md" ? FromMarkdown(bytes, record)
                                  : FromStandalonePage(bytes, record);
      if (read) return true;
    }
  }
  return false;
}

}  // namespace pagesift::library
