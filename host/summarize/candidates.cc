#include "summarize/candidates.h"

#include <algorithm>
#include <unordered_set>

namespace pagesift::summarize {
namespace {

// A sentence shorter than this many words ("Read more.", "Photo: AFP.") is
// kept only when the text has no longer ones to offer.
constexpr size_t kMinSubstantialWords = 5;

// A sentence longer than this is rarely prose (a run-on list of tags, a
// table flattened into a paragraph) and would crowd out a whole summary.
constexpr size_t kMaxSubstantialWords = 90;

// Markers of ads and site furniture that extraction can leave inside prose,
// case-folded. A sentence is boilerplate when it starts with one ("Read
// more: ...", "Lire aussi : ...") or has hardly a word besides them; a
// sentence that merely mentions a newsletter is not.
constexpr std::string_view kBoilerplateMarkers[] = {
    // en
    "advertisement", "sponsored content", "continue reading", "read more", "read also",
    "related:", "click here", "sign up", "subscribe", "all rights reserved", "share this",
    "follow us", "story continues below",
    // fr
    "l'article continue sous l'annonce", "la suite après la publicité", "publicité",
    "lire aussi", "à lire aussi", "lire la suite", "abonnez-vous", "inscrivez-vous",
    "tous droits réservés", "voir aussi",
    // de
    "anzeige", "weiterlesen", "lesen sie auch", "mehr zum thema", "jetzt abonnieren",
    "alle rechte vorbehalten", "werbung",
    // es
    "publicidad", "leer más", "lee también", "te puede interesar", "suscríbete",
    "todos los derechos reservados",
    // it
    "pubblicità", "leggi anche", "continua a leggere", "iscriviti", "tutti i diritti riservati",
    // pt
    "publicidade", "leia também", "leia mais", "todos os direitos reservados",
    // nl
    "advertentie", "lees ook", "lees meer", "lees verder", "alle rechten voorbehouden",
};

// Words left in a sentence once its markers are removed, at most this many
// and it is boilerplate ("Advertisement", "Publicité - Continue below").
constexpr size_t kMaxWordsBesideMarkers = 2;

// Words of text outside the byte ranges that covered marks.
size_t CountWordsOutside(std::string_view text, const std::vector<bool>& covered) {
  size_t words = 0;
  bool in_word = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool word_byte = !covered[i] && (static_cast<unsigned char>(c) >= 0x80 || (c >= 'a' && c <= 'z') ||
                                     (c >= '0' && c <= '9'));
    if (word_byte && !in_word) ++words;
    in_word = word_byte;
  }
  return words;
}

bool IsBoilerplate(std::string_view folded) {
  size_t first = folded.find_first_not_of(" \"'([-*");
  std::string_view start = folded.substr(first == std::string_view::npos ? folded.size() : first);
  std::vector<bool> covered(folded.size(), false);
  bool has_marker = false;
  for (std::string_view marker : kBoilerplateMarkers) {
    if (start.substr(0, marker.size()) == marker) return true;
    for (size_t at = folded.find(marker); at != std::string_view::npos; at = folded.find(marker, at + 1)) {
      std::fill_n(covered.begin() + static_cast<std::ptrdiff_t>(at), marker.size(), true);
      has_marker = true;
    }
  }
  return has_marker && CountWordsOutside(folded, covered) <= kMaxWordsBesideMarkers;
}

}  // namespace

bool IsProse(TextBlock::Kind kind) {
  return kind == TextBlock::Kind::kParagraph || kind == TextBlock::Kind::kListItem ||
         kind == TextBlock::Kind::kQuote;
}

std::vector<Candidate> CollectCandidates(const std::vector<TextBlock>& blocks, size_t max_sentences,
                                         SentenceSplitter* splitter, TermExtractor* terms) {
  std::vector<Candidate> candidates;
  std::unordered_set<std::string> seen;  // folded sentences, to drop repeats
  std::vector<std::string> sentences;
  for (const TextBlock& block : blocks) {
    if (candidates.size() >= max_sentences) break;
    if (!IsProse(block.kind)) continue;
    sentences.clear();
    splitter->Split(block.text, max_sentences - candidates.size(), &sentences);
    for (std::string& sentence : sentences) {
      Candidate candidate;
      candidate.words = terms->Extract(sentence, &candidate.terms);
      std::string folded = FoldCase(sentence);
      if (candidate.words == 0 || IsBoilerplate(folded)) continue;
      if (!seen.insert(std::move(folded)).second) continue;
      candidate.substantial = candidate.words >= kMinSubstantialWords &&
                              candidate.words <= kMaxSubstantialWords && !candidate.terms.empty();
      candidate.text = std::move(sentence);
      candidates.push_back(std::move(candidate));
    }
  }
  return candidates;
}

std::vector<TextBlock> BlocksFromText(std::string_view text) {
  std::vector<TextBlock> blocks;
  std::string paragraph;
  auto flush = [&] {
    if (paragraph.find_first_not_of(" \t\r") != std::string::npos) {
      blocks.push_back({TextBlock::Kind::kParagraph, paragraph});
    }
    paragraph.clear();
  };
  while (!text.empty()) {
    size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
      flush();
    } else {
      if (!paragraph.empty()) paragraph += ' ';
      paragraph.append(line);
    }
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  flush();
  return blocks;
}

}  // namespace pagesift::summarize
