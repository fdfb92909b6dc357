#include "extract/class_hints.h"

#include <re2/re2.h>

#include <string>

#include "base/ascii.h"

namespace pagesift::extract {
namespace {

// RE2's budget for a pattern's compiled program and the DFA it builds as it
// matches. The default (8 MiB) is too small for the page-control pattern:
// its counted repetitions ("[^\n]{0,300}") make a program of some 20,000
// instructions, its DFA cannot start, and every match falls back to an engine
// that allocates and clears a bitmap per call, about 150 times slower (a
// timeout under AddressSanitizer on a page of 20,000 paragraphs). The DFA
// takes memory only as it builds states, and the texts matched are short.
constexpr int64_t kRegexMemoryBytes = int64_t{32} << 20;

std::unique_ptr<re2::RE2> Compile(const char* pattern) {
  re2::RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  options.set_max_mem(kRegexMemoryBytes);
  return std::make_unique<re2::RE2>(pattern, options);
}

// Word-ish boundaries: class names join words with '-', '_' or camelCase,
// so "(^|[^a-z])" is as close to a boundary as names allow.
constexpr const char kPositive[] =
    R"((^|[^a-z])(article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|)"
    R"(prose|markdown|rich-?text|documentation|docs?-content|answer|question|product|recipe)([^a-z]|$))";

constexpr const char kNegative[] =
    R"((^|[^a-z])(hidden|banner|combx|comment|com-|contact|footer|masthead|media|meta|outbrain|)"
    R"(taboola|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|)"
    R"(nav|menu|breadcrumb|cookie|consent|gdpr|newsletter|subscribe|signup|social|popup|modal|)"
    R"(advert|ad|ads|adsense|dfp|recommend|trending|popular|byline|author-?bio|toolbar|pagination|pager)([^a-z]|$))";

constexpr const char kUnlikely[] =
    R"((^|[^a-z])(-ad-|ai2html|banner|breadcrumbs?|combx|comments?|community|cover-wrap|disqus|)"
    R"(extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|)"
    R"(skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|)"
    R"(cookie|consent|newsletter|subscribe|share|sharing|navbar|topbar|masthead|skip-link|modal)([^a-z]|$))";

// "cookie" alone names a recipe's cookies or a policy page; these name the notice.
constexpr const char kConsent[] =
    R"((^|[^a-z])(consent|gdpr|onetrust|cookie-?(banner|notice|bar|consent|popup|modal|law|dialog)s?)([^a-z]|$))";

constexpr const char kHeader[] = R"((^|[^a-z])header([^a-z]|$))";

constexpr const char kMaybe[] = R"(and|article|body|column|content|main|shadow|post|entry|story|text)";

constexpr const char kBoilerplate[] =
    R"((^|[^a-z])(share|sharing|social|sociable|related|reviews|customer-?reviews|upsells?|cross-?sells?|recently-?viewed|recommend(ed|ations)?|read-?more|more-stories|)"
    R"(newsletter|subscribe|subscription|signup|promo|advert(isement)?|ad-?slot|ad-?container|)"
    R"(ad-?wrapper|ad-?unit|ads|adsense|dfp|sponsor(ed)?|outbrain|taboola|comments?|disqus|)"
    R"(author-?(bio|box|info)|about-?the-?author|user-?(info|extras?|stats|title|banner|rank)|extra-?user-?info|)"
    R"(signatures?|signature-?container|disclaimers?|)"
    R"(cookie|consent|popup|modal|breadcrumbs?|)"
    R"(tags|tag-?list|tag-?cloud|post-?tags|print|toolbar|follow-?us|you-?may-?also|)"
    R"(jp-relatedposts|yarpp|wp-block-buttons|navigation|nav-links|post-navigation|)"
    R"(table-?of-?contents|popular-?posts|most-?popular|)"
    R"(byline|entry-meta|post-meta|article-meta|posted-on|dateline)([^a-z]|$))";

// Labels that stand alone where an ad was or will be. Anchored: the whole
// block must be the label (repeated labels, as some themes emit, included).
constexpr const char kAdLabel[] =
    R"(^\s*((advertisement|advertisements|advertising|sponsored|sponsored content|anzeige|werbung|)"
    R"(publicit[ée]|annonce|publicidad|pubblicit[àa]|reklame|reklama|annons|mainos|advertentie|)"
    R"(l[’']article continue (sous|apr[èe]s) (l[’']annonce|la publicit[ée])|)"
    R"(article continues (below|after) (this )?(advertisement|ad)|)"
    R"(advertisement\s*[-–—:]\s*continue reading below|continue reading below|)"
    R"(der artikel wird unter der anzeige fortgesetzt|weiter nach der anzeige|)"
    R"(la noticia contin[úu]a (tras|despu[ée]s de) la publicidad|)"
    R"(scroll to continue( with content)?|story continues below( advertisement)?)\s*[.:]?\s*)+$)";

// Whole-heading matches only: "Related work" or "Popular culture" in an
// article's own headings are content, so the patterns stop at the phrases
// that only ever announce other pages.
constexpr const char kRelatedHeading[] =
    R"(^\s*(((other |more )?(posts|articles|stories|recipes|guides|videos) )?(we think )?you([’']ll| (may|might|will|could)) (also )?(like|love|enjoy|be interested in)( this| these)?|)"
    R"(you may like|related( (posts?|articles?|stories|content|reading|reads|products|items|searches|links|guides|news|videos))?|)"
    R"((explore )?(related|similar) (threads|topics|questions|discussions|items|products)|hot network questions|)"
    R"(more (from( [^ ]+){0,3}|like this|stories|articles|to (read|explore|love)|in [^ ]+( [^ ]+)?)|)"
    R"(recommended( for you| (reading|articles|stories|posts|products|videos))?|read (more|next)|also read|)"
    R"((most )?popular( (posts|articles|stories|now|products))?|trending( now| stories| articles)?|most read|)"
    R"(latest (posts|articles|stories|news)|recent posts|similar (items|products|articles|posts)|)"
    R"((this is what )?(customers|people|shoppers) (also|who) (bought|viewed|purchased)[^.]*|frequently bought together|recently viewed( items| products)?|)"
    R"(sponsored (content|stories|links)|don[’']?t miss|keep reading|(à )?lire aussi|sur le m[êe]me (sujet|th[èe]me)|)"
    R"(das k[öo]nnte (sie|dich) auch interessieren|mehr zum thema|weitere artikel|)"
    R"((tambi[ée]n )?te puede interesar|(noticias|art[íi]culos) relacionad[oa]s|potrebbe interessarti|)"
    R"(articoli correlati|leia tamb[ée]m|veja tamb[ée]m)\s*[.:!…]*\s*$)";

// Boxes of what a product's buyers wrote about it: the reviews as a whole
// or one customer's review. Plural or qualified names only: "review" alone
// names the body of a review article, which is content.
constexpr const char kReviews[] =
    R"((^|[^a-z])(reviews|(customer|product|user|buyer|member)-?reviews?|testimonials)([^a-z]|$))";

constexpr const char kContentsLabel[] =
    R"(^\s*((table of )?contents|in this (article|post|guide|page|section)|on this page|jump to( section)?|)"
    R"(what[’']?s (inside|in this (article|post|guide))|sommaire|table des mati[èe]res|dans cet article|)"
    R"(inhalt|inhaltsverzeichnis|in diesem artikel|[íi]ndice|contenido|tabla de contenidos?|)"
    R"(en este art[íi]culo|indice|sommario|in questo articolo|[íi]ndice do artigo|neste artigo|)"
    R"(inhoud(sopgave)?|spis tre[śs]ci|obsah|目次|目录|목차|содержание)\s*[.:!…]*\s*(\[?(show|hide|toggle)\]?)?\s*$)";

// Controls the page prints among its paragraphs. Anchored, like ad labels:
// the whole block must be the control.
constexpr const char kPageControl[] =
    R"(^\s*(edit (this|the) (page|article|post|doc(ument)?|section)( on github)?|edit on (github|gitlab)|)"
    R"(improve this (page|doc|article|answer|question)|suggest (an )?edits?|view (page )?source|)"
    R"(was this (page |article |post |answer |information )?(helpful|useful)\??( *(yes|no|thumbs up|thumbs down))*|)"
    R"(((is|did) this (page|article) help(ful)?( you)?\??)( *(yes|no))*|(rate|rating for) this (page|article)|)"
    R"((report|submit) (an? )?(issue|problem|bug|feedback|correction|typo)( with this (page|article))?|send feedback|)"
    R"(last (updated|modified|edited|reviewed)( on| at)?:?[^.!?]{0,40}|updated:? [^.!?]{0,30}|)"
    R"((back|scroll|return|go) to (the )?top|top of page|(skip|jump) to (the )?(main )?(content|navigation|search|menu)|)"
    R"(share( (this|the) (article|post|page|story|recipe|video))?( (on|via))?|print( (this )?(page|article|recipe))?|)"
    R"(share on other sites|link to (this )?(post|comment|answer|reply)|code: select all|)"
    R"(copy link|link copied|save (this )?(article|story)( for later)?|listen to (this )?(article|story)|)"
    R"((\d+ )?min(ute)?s? read|reading time:? ?\d+ ?min(ute)?s?|)"
    R"((read|learn|see|show|view|load) more|(book|buy|shop|order) now|get started|sign in|log ?in|loading( paragraph)?\.*|)"
    R"(\(?((image|photo|picture)s? )?credits?: [^\n)]{0,80}\)?|(photo|image|picture): [^\n]{0,80}|)"
    R"(like this|like loading\.*|share this|(\d+ )?comments?|leave a (comment|reply)|no comments( yet)?|)"
    R"((written|posted|published|reviewed|edited|fact[- ]checked) (by|on|in) [^.!?]{0,60}|)"
    R"((subscribe|sign up)( now| today| for free| (to|for) (our|the) (free )?newsletter)?|)"
    R"(join (our|the) (newsletter|mailing list|community)[^.!?]{0,40}|subscribe to get [^.!?]{0,80}|)"
    R"(pin (this|it)( for later)?|pin for later|sponsor this (newsletter|post|podcast|episode)|follow (me|us)( on [^.!?\n]{1,50})?|)"
    R"(join (our|the|my) ([^.!?\n]{1,30} )?(facebook|discord|slack|telegram|whatsapp) (group|community|server|channel)[^\n]{0,80}|)"
    R"((©|copyright|\(c\)) [^\n]{0,150}|(affiliate )?disclosure: [^\n]{0,300}|)"
    R"(as an amazon associate,? (we|i) earn from qualifying purchases[^\n]{0,150}|)"
    // A thread's own chrome, as forum and Q&A engines word it: who opened
    // it and when, its state, who is reading it, the invitation to join,
    // the edit notes and gaps between posts, the posting rules.
    R"(thread starter:? [^\n]{1,60}|start date:? [^\n]{1,40}|(status:? )?not open for further replies|)"
    R"(users who are viewing this (thread|topic)|recently browsing( \d+ members?)?|no registered users viewing this page|)"
    R"((create an account|sign in|log ?in|register)( or (create (an|your( free)?) account|sign in|log ?in|register|sign up))? to (comment|reply)[^\n]{0,120}|)"
    R"(you need to be a member in order to leave a comment|create an account|expand|users browsing this (thread|topic|forum):? [^\n]{1,80}|)"
    // A template's placeholder that no script filled in ("{{ errors[3].message }}").
    R"(\{\{[^{}]{1,200}\}\}|)"
    R"(sign up for a new account in our community\. it[’']s easy!|already have an account\? sign in here|)"
    R"((you must )?(log ?in|sign in)( or (register|sign up))? to (answer|reply|post|comment)( this (question|topic|thread)| here)?|)"
    R"(go to topic listing|join the (discussion|conversation)|explore related questions|last reply [^\n]{1,30}|)"
    R"(start asking to get answers|find the answer to your question by asking|see similar questions with these tags|)"
    R"((last )?edited( on)? [^\n]{1,40} by [^\n]{1,60}|\d+ (days?|weeks?|months?|years?) later|)"
    R"(posted (on )?[^.!?\n]{1,30}( \(edited\))?|sort by (date|votes)( sort by (date|votes))?|upvote \d+ downvote|)"
    R"(jump to|return to “[^”]{1,60}”|«? ?previous (thread|topic) \| next (thread|topic) »?|)"
    R"(posting (rules|permissions)|you may( not)? (post new threads|post replies|post attachments|edit your posts)|)"
    R"((bb code|smilies|\[img\] code|\[video\] code|html code) is (on|off)|all times are gmt[^\n]{0,60}|click to expand\.*)\s*[.:!…]*\s*$)";

// Previous and next: the word alone or with what it names, then a
// separator or the end ("Next up is..." opens a sentence, not a link to the
// next page). Taxonomies: "Tags:", "Filed under", "Posted in"...
constexpr const char kNavigationLine[] =
    R"(^\s*([«‹←<]?\s*(previous|prev|next|older|newer|précédent|suivant|zurück|weiter|anterior|siguiente))"
    R"(( (post|posts|article|page|chapter|entry|story|lesson|topic|section|episode|tutorial)\b|)"
    R"(\s*[:»›→>|–—-]|\s*$)|)"
    R"((tags?|labels?|categories|category|topics?|schlagw[öo]rter|étiquettes|cat[ée]gories?|etiquetas)\s*:|)"
    R"((tagged( with)?|filed (under|in)|posted in)\s*:?\s)(.{0,150})$)";

// Paragraphs of prose, beyond a tagline or a promotion bar: what a site's
// header never holds.
bool HoldsProse(const NodeStats& s) {
  constexpr uint32_t kMinProseChars = 200;
  return s.paragraphs > 0 && s.chars - s.link_chars >= kMinProseChars;
}

}  // namespace

ClassHints::ClassHints()
    : positive_(Compile(kPositive)),
      negative_(Compile(kNegative)),
      unlikely_(Compile(kUnlikely)),
      maybe_(Compile(kMaybe)),
      boilerplate_(Compile(kBoilerplate)),
      ad_label_(Compile(kAdLabel)),
      related_heading_(Compile(kRelatedHeading)),
      contents_label_(Compile(kContentsLabel)),
      header_(Compile(kHeader)),
      page_control_(Compile(kPageControl)),
      navigation_line_(Compile(kNavigationLine)),
      consent_(Compile(kConsent)),
      reviews_(Compile(kReviews)) {}

ClassHints::~ClassHints() = default;

const ClassHints& ClassHints::Get() {
  static const ClassHints hints;  // immutable once built; C++ makes the first call thread-safe
  return hints;
}

std::string ClassAndId(const dom::Document& doc, dom::NodeId id) {
  std::string s;
  // Utility classes with a variant or an arbitrary value ("lg:hidden",
  // "site-header:min-h-[100vh]", "[&>*]:mt-5") say how an element looks
  // under some condition, not what it is.
  AnyAsciiToken(doc.Attr(id, "class"), [&](std::string_view token) {
    if (token.find(':') == std::string_view::npos && token.find('[') == std::string_view::npos) {
      if (!s.empty()) s += ' ';
      s += token;
    }
    return false;
  });
  std::string_view element_id = doc.Attr(id, "id");
  if (!element_id.empty()) {
    s += ' ';
    s += element_id;
  }
  return s;
}

int ClassHints::Weight(const dom::Document& doc, dom::NodeId id) const {
  std::string names = ClassAndId(doc, id);
  if (names.empty()) return 0;
  int weight = 0;
  if (re2::RE2::PartialMatch(names, *negative_)) weight -= 25;
  if (re2::RE2::PartialMatch(names, *positive_)) weight += 25;
  return weight;
}

bool ClassHints::IsUnlikelyCandidate(const dom::Document& doc, dom::NodeId id, const NodeStats& stats) const {
  std::string names = ClassAndId(doc, id);
  std::string_view role = doc.Attr(id, "role");
  if (role == "navigation" || role == "menu" || role == "menubar" || role == "complementary" ||
      role == "banner" || role == "contentinfo" || role == "dialog" || role == "alertdialog" ||
      role == "search" || role == "tooltip") {
    return true;
  }
  if (names.empty()) return false;
  return re2::RE2::PartialMatch(names, *unlikely_) && !re2::RE2::PartialMatch(names, *maybe_) &&
         !(HoldsProse(stats) && re2::RE2::PartialMatch(names, *header_));
}

bool ClassHints::IsBoilerplate(const dom::Document& doc, dom::NodeId id) const {
  std::string names = ClassAndId(doc, id);
  return !names.empty() && re2::RE2::PartialMatch(names, *boilerplate_);
}

bool ClassHints::IsReviews(const dom::Document& doc, dom::NodeId id) const {
  // A blog engine names a post after its category ("category-reviews",
  // "tag-product-reviews"): a review article, which is content.
  auto names_reviews = [&](std::string_view token) {
    std::string lower = AsciiLowerCopy(token);
    return lower.rfind("category", 0) != 0 && lower.rfind("tag-", 0) != 0 && re2::RE2::PartialMatch(lower, *reviews_);
  };
  return AnyAsciiToken(doc.Attr(id, "class"), names_reviews) || AnyAsciiToken(doc.Attr(id, "id"), names_reviews);
}

bool ClassHints::IsConsentNotice(const dom::Document& doc, dom::NodeId id) const {
  std::string names = ClassAndId(doc, id);
  return !names.empty() && re2::RE2::PartialMatch(names, *consent_);
}

bool ClassHints::IsAdLabel(std::string_view text) const {
  return text.size() < 200 && re2::RE2::FullMatch(text, *ad_label_);
}

bool ClassHints::IsRelatedHeading(std::string_view text) const {
  return text.size() < 100 && re2::RE2::FullMatch(text, *related_heading_);
}

bool ClassHints::IsContentsLabel(std::string_view text) const {
  return text.size() < 100 && re2::RE2::FullMatch(text, *contents_label_);
}

bool ClassHints::IsPageControlLabel(std::string_view text) const {
  return text.size() < 400 && re2::RE2::FullMatch(text, *page_control_);
}

bool ClassHints::IsNavigationLine(std::string_view text) const {
  return text.size() < 220 && re2::RE2::FullMatch(text, *navigation_line_);
}

}  // namespace pagesift::extract
