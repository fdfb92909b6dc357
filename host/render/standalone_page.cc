#include "render/standalone_page.h"

#include <cmath>
#include <map>

#include "render/escape.h"
#include "render/reader_html.h"

namespace pagesift::render {
namespace {

// Readable defaults in light and dark; no external resource of any kind.
constexpr const char kStyle[] = R"css(
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #fbfaf7; --muted: #666; --link: #0b57d0; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e3dc; --bg: #1c1b1a; --muted: #a09c94; --link: #8ab4f8; } }
html { background: var(--bg); color: var(--fg); }
body { max-width: 42rem; margin: 2rem auto; padding: 0 1.25rem; font: 1.125rem/1.65 Georgia, "Times New Roman", serif; }
header.pagesift-meta { border-bottom: 1px solid color-mix(in srgb, var(--fg) 20%, transparent); margin-bottom: 1.5rem; }
header.pagesift-meta h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .5rem; }
header.pagesift-meta p { color: var(--muted); font: .9rem/1.4 system-ui, sans-serif; margin: .25rem 0 1rem; }
a { color: var(--link); }
img, video { max-width: 100%; height: auto; }
figure { margin: 1.5rem 0; } figcaption { color: var(--muted); font-size: .9rem; }
pre { overflow-x: auto; padding: .75rem; background: color-mix(in srgb, var(--fg) 6%, transparent); }
code, pre { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em; }
blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 3px solid var(--muted); }
table { border-collapse: collapse; display: block; overflow-x: auto; }
td, th { border: 1px solid color-mix(in srgb, var(--fg) 25%, transparent); padding: .3rem .5rem; }
@media print { body { max-width: none; margin: 0; } a { color: inherit; } }
)css";

std::string Escaped(std::string_view s) {
  std::string out;
  AppendEscapedText(s, /*keep_whitespace=*/false, &out);
  return out;
}

std::string AttributeEscaped(std::string_view s) {
  std::string out;
  AppendEscapedAttribute(s, &out);
  return out;
}

std::string MetaLine(const Result& r) {
  std::string line;
  auto add = [&](const std::string& part) {
    if (part.empty()) return;
    if (!line.empty()) line += " · ";
    line += part;
  };
  add(Escaped(r.byline));
  add(Escaped(r.site_name));
  add(Escaped(r.published_time.substr(0, 10)));
  if (r.reading_time_minutes > 0) add(std::to_string(static_cast<int>(r.reading_time_minutes)) + " min");
  if (IsSafeLinkUrl(r.url)) {
    add("<a href=\"" + AttributeEscaped(r.url) + "\">" + Escaped(r.url) + "</a>");
  }
  return line;
}

// The reader view with each stored image's src pointing at its copy. The
// reader view writes every image as `<img src="VALUE"` with VALUE escaped
// (reader_html.cc) and escapes every "<" of its text, so that exact byte
// sequence is always the start of an img element with that src, never text.
std::string WithLocalImages(const std::string& content, const LocalImages& local_images) {
  if (local_images.empty()) return content;
  std::map<std::string, std::string> tags;  // old start of tag -> new
  for (const auto& [src, href] : local_images) {
    tags["<img src=\"" + AttributeEscaped(src) + "\""] = "<img src=\"" + AttributeEscaped(href) + "\"";
  }
  std::string out;
  size_t done = 0;
  for (size_t at = content.find("<img src=\""); at != std::string::npos; at = content.find("<img src=\"", at + 1)) {
    size_t end = content.find('"', at + 10);
    if (end == std::string::npos) break;
    auto tag = tags.find(content.substr(at, end + 1 - at));
    if (tag == tags.end()) continue;
    out.append(content, done, at - done);
    out += tag->second;
    done = end + 1;
  }
  out.append(content, done);
  return out;
}

}  // namespace

std::string RenderStandalonePage(const Result& r, const LocalImages& local_images) {
  std::string out = "<!DOCTYPE html>\n<html";
  if (!r.lang.empty()) out += " lang=\"" + AttributeEscaped(r.lang) + "\"";
  if (r.dir == "rtl" || r.dir == "ltr") out += " dir=\"" + r.dir + "\"";
  out += ">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src 'self' https: http: data:; style-src 'unsafe-inline'\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<title>" + Escaped(r.title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
  out += "<header class=\"pagesift-meta\">\n<h1>" + Escaped(r.title) + "</h1>\n<p>" + MetaLine(r) + "</p>\n</header>\n";
  out += "<article>\n" + WithLocalImages(r.content, local_images) + "\n</article>\n</body>\n</html>\n";
  return out;
}

}  // namespace pagesift::render
