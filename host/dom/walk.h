// Walk: visit a subtree in document order with enter and leave events,
// without recursion (pages nest hundreds of levels deep; the call stack of
// a pool thread is small).
#ifndef PAGESIFT_DOM_WALK_H_
#define PAGESIFT_DOM_WALK_H_

#include "dom/dom.h"

namespace pagesift::dom {

// Calls enter(id) for each node of the subtree in pre-order; when enter
// returns false, the node's children are skipped. Calls leave(id) once for
// every entered node, after its children.
template <typename Enter, typename Leave>
void Walk(const Document& doc, NodeId root, Enter&& enter, Leave&& leave) {
  NodeId n = root;
  for (;;) {
    if (enter(n) && doc.node(n).first_child != kNoNode) {
      n = doc.node(n).first_child;
      continue;
    }
    leave(n);
    while (n != root && doc.node(n).next_sibling == kNoNode) {
      n = doc.node(n).parent;
      leave(n);
    }
    if (n == root) return;
    n = doc.node(n).next_sibling;
  }
}

}  // namespace pagesift::dom

#endif  // PAGESIFT_DOM_WALK_H_
