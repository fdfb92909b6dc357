// Chunker: fits a reply of any size into frames the browser accepts.
//
// A reply whose JSON text exceeds the frame cap is sent as chunk frames
//   {"id":ID,"chunk":{"index":i,"count":n},"data":"<slice of the reply's text>"}
// which the extension concatenates in index order and parses as the reply.
// Slices are cut on UTF-8 code-point boundaries, and the size of each chunk
// frame is computed exactly, escaping included: a slice of control characters
// grows six-fold once escaped, and must still fit.
#ifndef PAGESIFT_NMHOST_CHUNKER_H_
#define PAGESIFT_NMHOST_CHUNKER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "pagesift/status.h"

namespace pagesift::nmhost {

// Sets *frames to the payloads that carry `reply_text` (the reply's complete
// JSON text, valid UTF-8) under `max_frame_bytes` each: the text itself when
// it fits, else chunk frames tagged with `id`. Returns kInternal, leaving
// *frames empty, when the cap is too small to carry the id and any data.
Status SplitReply(const nlohmann::json& id, std::string_view reply_text, size_t max_frame_bytes,
                  std::vector<std::string>* frames);

}  // namespace pagesift::nmhost

#endif  // PAGESIFT_NMHOST_CHUNKER_H_
