// Kinds of element: what repeats on a page.
//
// The items of a sequence (the posts of a thread, the cards of a listing,
// the sections of a service page) are made by one template, so they share
// their tag and class. Decisions that see one item alone misjudge it: a
// post named "comment-123" is a comment to drop on an article but the
// content of a thread. These helpers let them look at the whole kind.
#ifndef PAGESIFT_EXTRACT_KINDS_H_
#define PAGESIFT_EXTRACT_KINDS_H_

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "dom/dom.h"
#include "extract/node_stats.h"

namespace pagesift::extract {

// Do `a` and `b` share tag and class? Plain unnamed divs share them by
// accident, so they never count as one kind.
bool SameKind(const dom::Document& doc, dom::NodeId a, dom::NodeId b);

// Do `a` and `b` share tag and the first word of their class? Templates
// add a state to one item's class ("answer accepted-answer", "post
// post-first") without making it another kind of item.
bool SameTemplate(const dom::Document& doc, dom::NodeId a, dom::NodeId b);

// Does the subtree of `section` hold a run of cards: three or more
// consecutive siblings of one kind (SameKind), each with a heading or a
// paragraph and text of its own? Linear in the subtree: each element is
// compared with the element before it only.
bool HoldsCards(const dom::Document& doc, const std::vector<NodeStats>& stats, dom::NodeId section);

// The text of elements by kind, for the elements under `root` that `picked`
// selects. An element inside another picked one is counted in both.
class KindChars {
 public:
  template <typename Picked>
  KindChars(const dom::Document& doc, dom::NodeId root, const std::vector<NodeStats>& stats, Picked picked) {
    for (dom::NodeId n = root; n != dom::kNoNode; n = doc.Next(n, root)) {
      if (!doc.IsElement(n) || !picked(n)) continue;
      Kind& kind = kinds_[KeyOf(doc, n)];
      kind.chars += stats[n].chars;
      kind.largest = std::max(kind.largest, stats[n].chars);
      ++kind.count;
    }
  }

  // Characters held by all picked elements of the kind of `id`.
  uint64_t Of(const dom::Document& doc, dom::NodeId id) const;

  // Whether the picked elements of the kind of `id` look made by one
  // template for a run of items: at least `min_count` of them, none holding
  // half their text (a story set in a "card" among teasers of other ones
  // is no item of theirs).
  bool IsRunOfItems(const dom::Document& doc, dom::NodeId id, size_t min_count) const;

 private:
  struct Kind {
    uint64_t chars = 0;
    uint32_t largest = 0;
    size_t count = 0;
  };
  static std::string KeyOf(const dom::Document& doc, dom::NodeId id);
  std::unordered_map<std::string, Kind> kinds_;
};

// The boxes of replies to the page's own prose. A forum prints its opening
// post apart and the replies in a box named "comments" or "replies", each
// reply's body made by the opening post's template: there the box is the
// rest of the thread, not an article's comments (which are of kinds of
// their own). Built over the subtree of `root` with `is_box` marking, by
// node id, the boxes of clutter there; the kinds of the prose outside every
// box are counted only on pages that have a box named for replies.
class ReplyBoxes {
 public:
  ReplyBoxes(const dom::Document& doc, dom::NodeId root, const std::vector<NodeStats>& stats,
             const std::vector<bool>& is_box);

  // Is `box`, a box of clutter, named for replies and holding text made by
  // the template of that prose? Looks at a bounded number of nodes under
  // `box`: a box kept is entered, and nested boxes would be looked at once
  // per ancestor.
  bool Holds(const dom::Document& doc, dom::NodeId box) const;

 private:
  std::optional<KindChars> prose_;
};

}  // namespace pagesift::extract

#endif  // PAGESIFT_EXTRACT_KINDS_H_
