// The XSS corpus (tests/xss/vectors.json) through the whole pipeline: each
// vector, embedded in an article with enough prose to be kept, must come out
// of Extract with no executable construct in Result::content, as a browser
// would read it (executable_markup.h). A vector that once survived stays in
// the corpus as its regression test.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "pagesift/extract.h"
#include "executable_markup.h"

namespace pagesift {
namespace {

const char kVectorsPath[] = PAGESIFT_FIXTURES_DIR "/../xss/vectors.json";

const char kLeadProse[] =
    "The harbour committee met on Tuesday evening, and after a long debate about the old pier, "
    "the repairs, the budget and the ferry timetable, it agreed to publish its findings.";
const char kTailProse[] =
    "Residents who attended said the meeting was calm, thorough and, for once, short enough that "
    "everyone could still catch the last bus home, which several of them did.";

struct Vector {
  std::string cls;
  std::string html;
  bool in_head = false;
};

// A vector marked "bytes" spells raw bytes as code points U+0000..U+00FF (a
// page in a legacy encoding, or bytes that are not UTF-8 at all).
std::string CodePointsToBytes(const std::string& utf8) {
  std::string out;
  for (size_t i = 0; i < utf8.size(); ++i) {
    auto c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else {  // two-byte UTF-8 for U+0080..U+00FF
      out += static_cast<char>(((c & 0x1F) << 6) | (static_cast<unsigned char>(utf8[++i]) & 0x3F));
    }
  }
  return out;
}

std::vector<Vector> LoadVectors() {
  std::ifstream in(kVectorsPath, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  nlohmann::json list = nlohmann::json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
  std::vector<Vector> vectors;
  if (!list.is_array()) return vectors;
  for (const nlohmann::json& v : list) {
    Vector vector;
    vector.cls = v.value("class", "");
    vector.html = v.value("html", "");
    if (v.value("bytes", false)) vector.html = CodePointsToBytes(vector.html);
    vector.in_head = v.value("in", "body") == "head";
    vectors.push_back(std::move(vector));
  }
  return vectors;
}

// The vector between paragraphs, and inside a paragraph's text; a head
// vector in the head.
std::vector<std::string> PagesFor(const Vector& v) {
  std::string head = "<html><head><title>Harbour committee</title>";
  std::string article_start = "<body><article><h1>Harbour committee</h1><p>" + std::string(kLeadProse) + "</p>";
  std::string article_end = "<p>" + std::string(kTailProse) + "</p></article></body></html>";
  if (v.in_head) return {head + v.html + "</head>" + article_start + article_end};
  return {head + "</head>" + article_start + v.html + article_end,
          head + "</head>" + article_start + "<p>Before the vector, " + v.html + " and after it.</p>" + article_end};
}

TEST(XssCorpus, CoversEveryClassAndHasAtLeast300Vectors) {
  std::vector<Vector> vectors = LoadVectors();
  ASSERT_GE(vectors.size(), 300u) << "corpus missing or short: " << kVectorsPath;
  std::set<std::string> classes;
  for (const Vector& v : vectors) classes.insert(v.cls);
  auto has_prefix = [&](const std::string& prefix) {
    for (const std::string& c : classes) {
      if (c.starts_with(prefix)) return true;
    }
    return false;
  };
  for (const char* required :
       {"owasp/basic-script", "owasp/polyglot", "owasp/malformed-img", "owasp/decimal-refs", "owasp/hex-refs",
        "owasp/embedded-tab", "owasp/null-break", "owasp/non-alpha-non-digit", "owasp/no-closing-script",
        "owasp/half-open", "owasp/end-title", "owasp/input-image", "owasp/body-image", "owasp/img-dynsrc",
        "owasp/list-style-image", "owasp/vbscript-image", "owasp/svg-object", "owasp/ecmascript6",
        "owasp/bgsound", "owasp/style-sheet", "owasp/remote-style-sheet", "owasp/style-attr-comment",
        "owasp/anonymous-style", "owasp/local-htc", "owasp/meta-refresh", "owasp/iframe", "owasp/frame",
        "owasp/table-background", "owasp/div-background-image", "owasp/div-expression",
        "owasp/downlevel-hidden", "owasp/base", "owasp/object", "owasp/embed-svg", "owasp/xml-data-island",
        "owasp/html-time", "owasp/cookie-manipulation", "owasp/quote-encapsulation", "owasp/url-string-evasion",
        "owasp/character-encoding", "owasp/utf7-encoding", "owasp/us-ascii-encoding", "event-handler",
        "url-scheme/", "mxss/namespace-svg", "mxss/namespace-math", "mxss/annotation-xml", "mxss/raw-text/noscript",
        "mxss/raw-text/style", "mxss/raw-text/xmp", "mxss/raw-text/textarea", "mxss/comment", "mxss/cdata",
        "mxss/foster-parenting", "mxss/form-nesting", "mxss/srcdoc", "mxss/formaction", "mxss/xlink-href",
        "mxss/meta-refresh", "mxss/base", "mxss/svg-animation", "mxss/template", "mxss/dom-clobbering"}) {
    EXPECT_TRUE(has_prefix(required)) << "no vector of class " << required;
  }
}

TEST(XssCorpus, NoVectorSurvivesThePipeline) {
  std::vector<Vector> vectors = LoadVectors();
  ASSERT_FALSE(vectors.empty());
  size_t runs = 0, survived = 0;
  for (size_t i = 0; i < vectors.size(); ++i) {
    for (const std::string& page : PagesFor(vectors[i])) {
      SCOPED_TRACE("vector " + std::to_string(i) + " [" + vectors[i].cls + "]: " + vectors[i].html);
      ++runs;
      Options options;
      options.url = "https://news.example/harbour/committee.html";
      Result result;
      Status status = Extract(page, options, &result);
      ASSERT_TRUE(status.ok()) << status.message();
      // The article was kept, so the vector really went through the writer.
      EXPECT_NE(result.content.find("harbour committee met on Tuesday"), std::string::npos) << result.content;
      std::vector<std::string> findings = security::FindExecutableMarkup(result.content);
      if (!findings.empty()) ++survived;
      for (const std::string& f : findings) ADD_FAILURE() << f << "\n  in: " << result.content;
    }
  }
  EXPECT_EQ(survived, 0u) << "of " << runs << " runs";
  RecordProperty("vectors", static_cast<int>(vectors.size()));
  RecordProperty("runs", static_cast<int>(runs));
}

// The checker itself: each of these is executable and must be found, so a
// clean corpus run means something.
TEST(XssCorpus, CheckerFindsWhatABrowserWouldRun) {
  for (const char* html : {
           "<a href=\"JaVa&#x09;script:alert(1)\">x</a>", "<a href=\" &#14; javascript:alert(1)\">x</a>",
           "<img src=x onerror=alert(1)>", "<p style=\"color:red\">x</p>", "<svg><animate onbegin=alert(1)>",
           "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<iframe srcdoc=x></iframe>",
           "<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">", "<a href=\"data:image/png;base64,AA\">x</a>",
           "<form><button formaction=https://x/>b</button></form>", "<base href=https://x/>",
           "<meta http-equiv=refresh content=0>", "<a href=\"relative\">x</a>", "<p id=x>x</p>",
           "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
           "<svg><a xlink:href=\"https://x/\"><text>t</text></a></svg>", "<math href=\"javascript:alert(1)\"></math>"}) {
    EXPECT_FALSE(security::FindExecutableMarkup(html).empty()) << html;
  }
  for (const char* html : {"<p id=\"ps-x\">text &lt;script&gt;</p>", "<a href=\"https://ok.example/\">ok</a>",
                           "<a href=\"#ps-note\">n</a>", "<a href=\"mailto:a@example.com\">m</a>",
                           "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"a\">",
                           "<math><mi>x</mi><mo>=</mo><mn>1</mn></math>", "<pre><code class=\"language-js\">a&lt;b</code></pre>"}) {
    EXPECT_TRUE(security::FindExecutableMarkup(html).empty()) << html;
  }
}

}  // namespace
}  // namespace pagesift
