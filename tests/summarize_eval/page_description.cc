#include "summarize_eval/page_description.h"

#include <charconv>
#include <functional>

#include <nlohmann/json.hpp>
#include <re2/re2.h>

#include "summarize/sentence_splitter.h"

namespace pagesift::eval {
namespace {

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    *out += static_cast<char>(c);
  } else if (c < 0x800) {
    *out += static_cast<char>(0xC0 | (c >> 6));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    *out += static_cast<char>(0xE0 | (c >> 12));
    *out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (c >> 18));
    *out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

struct NamedReference {
  std::string_view name;
  std::string_view text;
};
constexpr NamedReference kNamed[] = {
    {"amp", "&"},       {"lt", "<"},        {"gt", ">"},       {"quot", "\""},    {"apos", "'"},
    {"nbsp", "\u00a0"}, {"rsquo", "\u2019"}, {"lsquo", "\u2018"}, {"rdquo", "\u201d"}, {"ldquo", "\u201c"},
    {"hellip", "\u2026"}, {"mdash", "\u2014"}, {"ndash", "\u2013"}, {"laquo", "\u00ab"}, {"raquo", "\u00bb"},
    {"eacute", "é"},    {"egrave", "è"},    {"agrave", "à"},   {"ccedil", "ç"},   {"uuml", "ü"},
    {"ouml", "ö"},      {"auml", "ä"},      {"szlig", "ß"},    {"ntilde", "ñ"},   {"aacute", "á"},
    {"iacute", "í"},    {"oacute", "ó"},    {"uacute", "ú"},   {"ecirc", "ê"},    {"ocirc", "ô"},
};

std::string AttributeValue(std::string_view tag, std::string_view name) {
  static const re2::RE2 kAttribute(R"re((?i)([a-z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))re");
  re2::StringPiece input(tag.data(), tag.size());
  std::string key, quoted, single, bare;
  while (re2::RE2::FindAndConsume(&input, kAttribute, &key, &quoted, &single, &bare)) {
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (key == name) return !quoted.empty() ? quoted : !single.empty() ? single : bare;
  }
  return "";
}

std::string MetaContent(std::string_view html, std::string_view attribute, std::string_view value) {
  static const re2::RE2 kMeta(R"re((?is)(<meta\s[^>]*>))re");
  re2::StringPiece input(html.data(), html.size());
  std::string tag;
  while (re2::RE2::FindAndConsume(&input, kMeta, &tag)) {
    std::string found = AttributeValue(tag, attribute);
    for (char& c : found) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (found == value) return AttributeValue(tag, "content");
  }
  return "";
}

bool IsArticleType(const nlohmann::json& type) {
  auto matches = [](const nlohmann::json& t) {
    if (!t.is_string()) return false;
    std::string s = t.get<std::string>();
    return s.find("Article") != std::string::npos || s.find("BlogPosting") != std::string::npos ||
           s == "Report";
  };
  if (type.is_array()) {
    for (const auto& t : type) {
      if (matches(t)) return true;
    }
    return false;
  }
  return matches(type);
}

std::string ArticleDescription(const nlohmann::json& node, int depth) {
  if (depth > 8) return "";
  if (node.is_object()) {
    auto type = node.find("@type");
    auto description = node.find("description");
    if (type != node.end() && IsArticleType(*type) && description != node.end() && description->is_string()) {
      return description->get<std::string>();
    }
  }
  if (node.is_object() || node.is_array()) {
    for (const auto& child : node) {
      std::string found = ArticleDescription(child, depth + 1);
      if (!found.empty()) return found;
    }
  }
  return "";
}

std::string JsonLdDescription(std::string_view html) {
  static const re2::RE2 kScript(R"re((?is)<script[^>]*application/ld\+json[^>]*>(.*?)</script>)re");
  re2::StringPiece input(html.data(), html.size());
  std::string body;
  while (re2::RE2::FindAndConsume(&input, kScript, &body)) {
    nlohmann::json data = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
    std::string found = ArticleDescription(data, 0);
    if (!found.empty()) return found;
  }
  return "";
}

}  // namespace

std::string DecodeCharacterReferences(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    size_t semicolon = text[i] == '&' ? text.find(';', i) : std::string_view::npos;
    if (semicolon == std::string_view::npos || semicolon - i > 10) {
      out += text[i++];
      continue;
    }
    std::string_view name = text.substr(i + 1, semicolon - i - 1);
    bool decoded = false;
    if (!name.empty() && name[0] == '#') {
      bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
      uint32_t code = 0;
      std::string_view digits = name.substr(hex ? 2 : 1);
      auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), code, hex ? 16 : 10);
      if (error == std::errc() && end == digits.data() + digits.size() && code > 0 && code < 0x110000) {
        AppendUtf8(static_cast<char32_t>(code), &out);
        decoded = true;
      }
    } else {
      for (const NamedReference& ref : kNamed) {
        if (ref.name == name) {
          out += ref.text;
          decoded = true;
        }
      }
    }
    if (decoded) {
      i = semicolon + 1;
    } else {
      out += text[i++];
    }
  }
  return out;
}

std::string PageDescription(std::string_view html) {
  std::string description = MetaContent(html, "property", "og:description");
  if (description.empty()) description = JsonLdDescription(html);
  if (description.empty()) description = MetaContent(html, "name", "description");
  // JSON-LD strings can hold markup references too.
  return summarize::CollapseWhitespace(DecodeCharacterReferences(description));
}

}  // namespace pagesift::eval
