#include "metadata/title.h"

#include <algorithm>
#include <vector>

#include "base/ascii.h"
#include "metadata/candidate_text.h"
#include "metadata/page_text.h"

namespace pagesift::metadata {
namespace {

using dom::Document;
using dom::NodeId;

// Separators between a title and the site's name. Each needs spaces around
// it, so that "Spider-Man" or "24/7" stay whole.
constexpr std::string_view kSeparators[] = {" | ", " - ", " – ", " — ", " :: ", " » ", " « ", " · ",
                                            " / ", " > ", " • ", " ~ ", ": "};

struct Segments {
  std::vector<std::string> parts;
  std::vector<std::string> separators;  // separators[i] sits between parts[i] and parts[i + 1]
};

Segments Split(std::string_view title) {
  Segments out;
  size_t start = 0;
  while (true) {
    size_t best = std::string_view::npos;
    std::string_view best_sep;
    for (std::string_view sep : kSeparators) {
      size_t at = title.find(sep, start);
      if (at != std::string_view::npos && at < best) {
        best = at;
        best_sep = sep;
      }
    }
    if (best == std::string_view::npos) break;
    out.parts.emplace_back(TrimAscii(title.substr(start, best - start)));
    out.separators.emplace_back(best_sep);
    start = best + best_sep.size();
  }
  out.parts.emplace_back(TrimAscii(title.substr(start)));
  return out;
}

// The registrable-looking label of a host: "www.the-site.co.uk" -> "thesite".
std::string HostLabel(std::string_view host) {
  std::vector<std::string_view> labels;
  size_t start = 0;
  while (start <= host.size()) {
    size_t dot = host.find('.', start);
    if (dot == std::string_view::npos) dot = host.size();
    labels.push_back(host.substr(start, dot - start));
    start = dot + 1;
  }
  // Skip the public suffix, roughly: a last label, and a short second-level one (co.uk, com.au).
  size_t i = labels.size() >= 2 ? labels.size() - 2 : 0;
  if (i > 0 && labels[i].size() <= 3 && labels.back().size() == 2) --i;
  std::string label;
  for (char c : labels[i]) {
    if (IsAsciiAlpha(c) || IsAsciiDigit(c)) label.push_back(AsciiLower(c));
  }
  return label;
}

// "www.the-site.org" -> "thesiteorg": a heading that spells the host out.
std::string HostWithoutWww(std::string_view host) {
  if (host.substr(0, 4) == "www.") host.remove_prefix(4);
  std::string out;
  for (char c : host) {
    if (IsAsciiAlpha(c) || IsAsciiDigit(c)) out.push_back(AsciiLower(c));
  }
  return out;
}

// Is a title segment exactly the site's name ("The Site", "thesite.com",
// "TheSite")?
bool IsSiteName(std::string_view segment, std::string_view site_name, std::string_view host) {
  if (segment.empty()) return false;
  if (!site_name.empty() && SameWords(segment, site_name)) return true;
  std::string joined;
  for (const std::string& w : Words(segment)) joined += w;
  std::string label = HostLabel(host);
  return label.size() >= 3 && (joined == label || joined == label + "com" || joined == HostWithoutWww(host));
}

// Does a title segment name the site, exactly or with a word or two?
bool NamesSite(std::string_view segment, std::string_view site_name, std::string_view host) {
  if (IsSiteName(segment, site_name, host)) return true;
  if (site_name.empty()) return false;
  // "The Site Magazine", "The Site – Home": the site's name with a word or two.
  size_t site_words = Words(site_name).size();
  return site_words >= 1 && WordsContained(site_name, segment) && Words(segment).size() <= site_words + 2;
}

size_t WordCount(std::string_view s) { return Words(s).size(); }

std::string Join(const Segments& s, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end; ++i) {
    if (i > begin) out += s.separators[i - 1];
    out += s.parts[i];
  }
  return out;
}

// `text` is longer than `tail` and ends with its words (two or more).
bool EndsWithWords(std::string_view text, std::string_view tail) {
  std::vector<std::string> all = Words(text), end = Words(tail);
  return end.size() >= 2 && all.size() > end.size() && std::equal(end.rbegin(), end.rend(), all.rbegin());
}

// Sites join the title and their furniture (name, section, slogan) with a
// pipe; no headline uses one for its subtitle. So the title ends at the
// first pipe after two words or more, however long what follows is
// ("Stripe Payments | Global Payment Processing Platform"). Returns the new
// end of parts [begin, end).
size_t EndAtPipe(const Segments& s, size_t begin, size_t end) {
  for (size_t i = begin; i + 1 < end; ++i) {
    if (s.separators[i] == " | " && WordCount(Join(s, begin, i + 1)) >= 2) return i + 1;
  }
  return end;
}

// A template left the page's own part blank: "| Site", "Site -". What
// remains names the site, not the page. A colon at the end leads in to
// what follows ("Lumbar chair: adjustable back:"), it marks no blank; nor
// does a separator that closes a title of two parts or more as an ornament
// ("Post :: Site ::"), whose page part is there.
bool HasBlankEnd(std::string_view title) {
  // Spaces around, so that a separator at either end is one. Appended rather
  // than built with operator+, which GCC 12 at -O3 misreads (-Wrestrict).
  std::string padded = " ";
  padded += CleanText(title);
  padded += ' ';
  Segments s = Split(padded);
  size_t count = s.parts.size();
  if (count < 2) return false;
  return Words(s.parts.front()).empty() || (count == 2 && Words(s.parts.back()).empty() && s.separators.back() != ": ");
}

// The index of the part with the same words as `text`, or the part count.
size_t PartIndex(const Segments& s, std::string_view text) {
  for (size_t i = 0; i < s.parts.size(); ++i) {
    if (SameWords(s.parts[i], text)) return i;
  }
  return s.parts.size();
}

// The heading cleaned like a title, except that a part the titles repeat
// stays: "Best Machines – My Favorites!" under the <title> "Best Machines -
// My Favorites! - Site" is the headline, not a headline and a slogan.
std::string HeadingTitle(std::string_view heading, const TitleSources& sources) {
  std::string cleaned = CleanTitleForSite(heading, sources.site_name, sources.host);
  Segments s = Split(CleanText(heading));
  size_t begin = 0, end = s.parts.size();
  while (end - begin > 1 && IsSiteName(s.parts[end - 1], sources.site_name, sources.host)) --end;
  while (end - begin > 1 && IsSiteName(s.parts[begin], sources.site_name, sources.host)) ++begin;
  std::string whole = Join(s, begin, EndAtPipe(s, begin, end));
  bool titles_repeat_it = WordsContained(whole, sources.metadata_title + " " + sources.document_title);
  return titles_repeat_it ? whole : cleaned;
}

}  // namespace

bool IsGenericTitle(std::string_view title) {
  static constexpr std::string_view kGeneric[] = {
      "main menu", "menu", "home", "homepage", "home page", "untitled", "untitled document", "navigation",
      "skip to content", "skip to main content", "search", "page not found", "404", "index", "welcome", "loading",
  };
  std::string lower = AsciiLowerCopy(TrimAscii(title));
  for (std::string_view g : kGeneric) {
    if (lower == g) return true;
  }
  return Words(title).empty();
}

std::string CleanTitleForSite(std::string_view title, std::string_view site_name, std::string_view host) {
  std::string text = CleanText(title);
  Segments s = Split(text);
  size_t begin = 0, end = s.parts.size();
  // The site's name at either end goes, whatever the separator. Before a
  // colon only the name itself does: "Acme announces X: details" is a
  // headline about the site, not the site's banner.
  while (end - begin > 1 && NamesSite(s.parts[end - 1], site_name, host)) --end;
  while (end - begin > 1 && (s.separators[begin] == ": " ? IsSiteName(s.parts[begin], site_name, host)
                                                         : NamesSite(s.parts[begin], site_name, host))) {
    ++begin;
  }
  end = EndAtPipe(s, begin, end);
  // A short trailing part after a long head is a section or a slogan of the
  // site ("Big News Story | Politics"). Colons are left alone: after a
  // colon comes a subtitle, which belongs to the title.
  while (end - begin > 1 && s.separators[end - 2] != ": " && WordCount(s.parts[end - 1]) <= 4 &&
         WordCount(Join(s, begin, end - 1)) >= 3) {
    --end;
  }
  std::string cleaned = Join(s, begin, end);
  return Words(cleaned).empty() ? text : cleaned;
}

std::string CleanTitle(std::string_view title, std::string_view site_name) {
  return CleanTitleForSite(title, site_name, {});
}

namespace {

bool IsAcceptable(const std::string& t, const TitleSources& sources) {
  return IsUsable(t) && !IsGenericTitle(t) && !NamesSite(t, sources.site_name, {}) && !HasBlankEnd(t);
}

// Does `text` (two words or more) say one part of `title`, or a run of
// consecutive parts ("Digital Cameras: A status symbol?" in "News - Digital
// Cameras: A status symbol? | Site")?
bool SpellsTitleParts(std::string_view text, std::string_view title) {
  // Bounds the pairs of parts tried on a hostile title full of separators.
  constexpr size_t kMaxParts = 12;
  if (WordCount(text) < 2) return false;
  Segments s = Split(CleanText(title));
  if (s.parts.size() > kMaxParts) return false;
  for (size_t begin = 0; begin < s.parts.size(); ++begin) {
    for (size_t end = begin + 1; end <= s.parts.size(); ++end) {
      if (SameWords(Join(s, begin, end), text)) return true;
    }
  }
  return false;
}

// Is every text of `heading` other than `title` in an element of its own,
// one that does not hold `title`? "Welcome to <em>Site</em>" is one phrase,
// "<span>News</span> Post" a label and a title.
bool LabelsStandApart(const Document& doc, NodeId heading, NodeId title) {
  for (NodeId n = heading; n != dom::kNoNode; n = doc.Next(n, heading)) {
    if (n == title || !doc.IsText(n) || Words(doc.node(n).text).empty()) continue;
    NodeId parent = doc.node(n).parent;
    if (parent == heading || doc.IsInside(title, parent)) return false;
  }
  return true;
}

// Forums and aggregators set labels beside the title inside the heading,
// each in an element of its own: a thread's prefix ("<span
// class=label>News</span> Post"), the linked story's source and a comment
// count ("<a>Post</a> <span>(site.com)</span> 87"). When one text of the
// heading says the <title> or its metadata title (or a run of their parts)
// and the rest is a few words, that text is the heading's title; the rest
// says nothing a reader would name the page by. Otherwise the heading's
// whole text.
std::string HeadingText(const Document& doc, NodeId heading, const TitleSources& sources) {
  constexpr size_t kMaxLabelWords = 3;
  std::string whole = RenderedText(doc, heading);
  size_t whole_words = WordCount(whole);
  for (NodeId n = heading; n != dom::kNoNode; n = doc.Next(n, heading)) {
    if (!doc.IsText(n)) continue;
    std::string text = CleanText(doc.node(n).text);
    size_t words = WordCount(text);
    if (words >= whole_words || whole_words - words > kMaxLabelWords) continue;
    if (!SpellsTitleParts(text, sources.document_title) && !SpellsTitleParts(text, sources.metadata_title)) continue;
    return LabelsStandApart(doc, heading, n) ? text : whole;
  }
  return whole;
}

// The page's main heading cleaned like a title, or empty when it cannot be
// one (too long, generic, the site's name).
std::string HeadingCandidate(const Document& doc, NodeId heading, const TitleSources& sources) {
  if (heading == dom::kNoNode) return {};
  std::string h1 = HeadingTitle(HeadingText(doc, heading, sources), sources);
  if (h1.size() > 400 || !IsAcceptable(h1, sources) || NamesSite(h1, sources.site_name, sources.host)) return {};
  return h1;
}

// The title of the page itself, or empty when every source names only the
// site (or nothing). `h1` is the HeadingCandidate, may be empty.
std::string PageTitle(const std::string& h1, const TitleSources& sources) {
  std::string raw = IsAcceptable(sources.metadata_title, sources) ? sources.metadata_title : std::string();
  if (raw.empty() && IsAcceptable(sources.document_title, sources)) raw = sources.document_title;
  std::string cleaned = raw.empty() ? std::string() : CleanTitleForSite(raw, sources.site_name, sources.host);
  if (h1.empty()) return cleaned;
  if (cleaned.empty() || SameWords(h1, cleaned)) return h1;
  // The <title> (or the metadata title) joins parts: "Post | Blog",
  // "Blog: Post". A heading equal to one part says how the page splits.
  for (const std::string* joined : {&sources.document_title, &sources.metadata_title}) {
    Segments parts = Split(CleanText(*joined));
    size_t count = parts.parts.size();
    size_t h1_part = PartIndex(parts, h1);
    if (count < 2 || h1_part == count) continue;
    // The metadata title, as written, is a different part: the heading is
    // the site's banner ("Blog: Post" with og:title "Post", <h1>Blog</h1>).
    size_t metadata_part = PartIndex(parts, sources.metadata_title);
    if (metadata_part != count && metadata_part != h1_part) return cleaned;
    // Sites put their name or a section last ("Post | Blog"): a heading
    // equal to the last part is that banner, the title is what precedes it.
    // After a colon comes the post itself ("Blog: Post"), unless the
    // metadata title is what precedes it ("Post : forum").
    std::string before = Join(parts, 0, count - 1);
    bool post_after_colon = parts.separators[count - 2] == ": " && !SameWords(before, sources.metadata_title);
    if (h1_part == count - 1 && !post_after_colon) return CleanTitleForSite(before, sources.site_name, sources.host);
    // The heading is a leading or middle part: the rest is the site's.
    return h1;
  }
  // The heading repeats the metadata title (perhaps shortened), or rewords
  // it while keeping at least half of its words: the reader sees the
  // heading. A short heading that rewords is a label (a product's or a
  // section's name); the metadata says in full what the page is.
  std::string all_metadata = sources.metadata_title + " " + sources.document_title;
  size_t h1_words = WordCount(h1);
  // The heading ends with the whole title after words no title has (a
  // date, a category, "Thread:"): a label set inside the <h1>.
  if (EndsWithWords(h1, cleaned) && !WordsContained(h1, all_metadata)) return cleaned;
  if (h1_words >= 2 && WordsContained(h1, all_metadata)) return h1;
  if (h1_words >= 4 && 2 * SharedWordCount(h1, all_metadata) >= h1_words) return h1;
  return cleaned;
}

// The words of `text` at least `min_size` bytes long, joined by spaces.
std::string LongWords(std::string_view text, size_t min_size) {
  std::string out;
  for (const std::string& w : Words(text)) {
    if (w.size() < min_size) continue;
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

// The words of the last segment of the URL's path, its extension dropped:
// "https://host/blog/best-laptops-2026.html?x=1" -> "best laptops 2026".
// Words under three letters are left out: joiners ("of", "a") or fragments
// of escaped characters ("%C3%A9").
std::string SlugWords(std::string_view url) {
  url = url.substr(0, url.find_first_of("?#"));
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  size_t path = url.find('/', scheme + 3);
  if (path == std::string_view::npos) return {};
  std::string_view segment = url.substr(path);
  while (!segment.empty() && segment.back() == '/') segment.remove_suffix(1);
  segment = segment.substr(segment.rfind('/') + 1);
  size_t dot = segment.rfind('.');
  if (dot != std::string_view::npos && segment.size() - dot <= 5) segment = segment.substr(0, dot);
  return LongWords(segment, 3);
}

// Does the URL's slug spell the heading rather than the title? A CMS makes
// the slug from the headline the editor typed; the <title> is what an SEO
// field made of it. Half the slug's words more is a clear lead: a slug
// shared by both ("best-laptops") or with few words of either decides nothing.
// Only two wordings of one headline are weighed so: a title that shares no
// word of four letters or more with the heading (joiners like "the" do not
// count) is no rewording of it but a slogan or a label, which the rules
// above have placed.
bool SlugPrefersHeading(std::string_view url, std::string_view heading, std::string_view title) {
  if (SharedWordCount(LongWords(title, 4), heading) == 0) return false;
  std::string slug = SlugWords(url);
  size_t words = WordCount(slug);
  if (words < 2) return false;
  // Half the slug's words more, counted in whole words: 2 * (h - t) >= words.
  size_t in_heading = SharedWordCount(slug, heading), in_title = SharedWordCount(slug, title);
  return in_heading > in_title && 2 * (in_heading - in_title) >= words;
}

}  // namespace

std::string ChooseTitle(const Document& doc, NodeId heading, const TitleSources& sources) {
  std::string h1 = HeadingCandidate(doc, heading, sources);
  std::string title = PageTitle(h1, sources);
  if (!h1.empty() && !title.empty() && SlugPrefersHeading(sources.url, h1, title)) return h1;
  if (!title.empty()) return title;
  // A home page or a brand's page names only the site: that name, whole,
  // tells the reader more than no title at all.
  for (const std::string* t : {&sources.metadata_title, &sources.document_title}) {
    if (IsUsable(*t) && !IsGenericTitle(*t) && !HasBlankEnd(*t)) return CleanText(*t);
  }
  return {};
}

}  // namespace pagesift::metadata
