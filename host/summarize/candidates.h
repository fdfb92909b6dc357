// Candidates: the sentences of an article that a summary may quote.
#ifndef PAGESIFT_SUMMARIZE_CANDIDATES_H_
#define PAGESIFT_SUMMARIZE_CANDIDATES_H_

#include <string>
#include <string_view>
#include <vector>

#include "pagesift/result.h"
#include "summarize/sentence_splitter.h"
#include "summarize/term_extractor.h"

namespace pagesift::summarize {

struct Candidate {
  std::string text;                // as shown: whitespace collapsed
  std::vector<std::string> terms;  // stemmed, without stopwords
  size_t words = 0;
  // Long enough and with enough content to stand in a summary on its own.
  bool substantial = false;
};

// The sentences of the prose blocks (paragraphs, list items, quotes) of
// blocks, in document order, at most max_sentences of them. Headings,
// captions, code and table cells are skipped; so are boilerplate lines
// ("Advertisement", "Lire aussi : ...") and repeats of an earlier sentence.
std::vector<Candidate> CollectCandidates(const std::vector<TextBlock>& blocks, size_t max_sentences,
                                         SentenceSplitter* splitter, TermExtractor* terms);

// Plain text as blocks: one paragraph a run of lines between blank lines.
std::vector<TextBlock> BlocksFromText(std::string_view text);

// True for the blocks whose sentences may be quoted.
bool IsProse(TextBlock::Kind kind);

}  // namespace pagesift::summarize

#endif  // PAGESIFT_SUMMARIZE_CANDIDATES_H_
