#include "extract/repeated_quotes.h"

#include <cstdint>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/ascii.h"

namespace pagesift::extract {
namespace {

using dom::Document;
using dom::NodeId;

// Eight words in a row agree by chance only in set phrases; a quotation
// shorter than that is not judged.
constexpr size_t kShingleWords = 8;
// A reply may quote a post and add a line of its own inside the quotation,
// or quote two posts of which one is on an earlier page.
constexpr double kMinRepeatedShare = 0.5;
// Ends a run of words where a quotation was cut out of the text around it:
// no run spans the gap.
constexpr uint64_t kGap = 0;

// Appends a hash of each word of `text` (letters and digits of ASCII,
// lower-cased, and every byte of other scripts) to `words`.
void AppendWords(std::string_view text, std::vector<uint64_t>* words) {
  constexpr uint64_t kOffset = 14695981039346656037ull, kPrime = 1099511628211ull;
  uint64_t hash = kOffset;
  bool in_word = false;
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || IsAsciiAlpha(c) || IsAsciiDigit(c)) {
      hash = (hash ^ static_cast<unsigned char>(AsciiLower(c))) * kPrime;
      in_word = true;
    } else if (in_word) {
      words->push_back(hash == kGap ? 1 : hash);
      hash = kOffset;
      in_word = false;
    }
  }
  if (in_word) words->push_back(hash == kGap ? 1 : hash);
}

// Calls `visit` with the hash of each run of kShingleWords words that no
// gap interrupts.
template <typename Visit>
void ForEachShingle(const std::vector<uint64_t>& words, Visit visit) {
  constexpr uint64_t kMultiplier = 0x9E3779B97F4A7C15ull;
  size_t run = 0;  // words since the last gap
  for (size_t i = 0; i < words.size(); ++i) {
    run = words[i] == kGap ? 0 : run + 1;
    if (run < kShingleWords) continue;
    uint64_t hash = 0;
    for (size_t j = i + 1 - kShingleWords; j <= i; ++j) hash = hash * kMultiplier + words[j];
    visit(hash);
  }
}

struct Quotation {
  NodeId node;
  std::vector<uint64_t> words;
};

}  // namespace

void RemoveRepeatedQuotations(Document* doc, NodeId article) {
  if (doc->FindFirst(GUMBO_TAG_BLOCKQUOTE, article) == dom::kNoNode) return;  // most articles: no words to hash
  std::vector<uint64_t> outside;
  std::vector<Quotation> quotations;
  for (NodeId n = article; n != dom::kNoNode;) {
    if (n != article && doc->Is(n, GUMBO_TAG_BLOCKQUOTE)) {
      Quotation q{n, {}};
      for (NodeId d = n; d != dom::kNoNode; d = doc->Next(d, n)) {
        if (doc->IsText(d)) AppendWords(doc->node(d).text, &q.words);
      }
      quotations.push_back(std::move(q));
      outside.push_back(kGap);
      n = doc->Next(n, article, /*skip_children=*/true);
      continue;
    }
    if (doc->IsText(n)) AppendWords(doc->node(n).text, &outside);
    n = doc->Next(n, article);
  }
  std::unordered_set<uint64_t> shown;
  ForEachShingle(outside, [&](uint64_t h) { shown.insert(h); });
  for (const Quotation& q : quotations) {
    size_t runs = 0, repeated = 0;
    ForEachShingle(q.words, [&](uint64_t h) {
      ++runs;
      repeated += shown.count(h);
    });
    if (runs > 0 && static_cast<double>(repeated) >= kMinRepeatedShare * static_cast<double>(runs)) {
      doc->Detach(q.node);
    }
  }
}

}  // namespace pagesift::extract
