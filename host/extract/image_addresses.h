// RemoveImageAddresses: the address of an image printed as text.
//
// A shop's theme may list every custom field of a product, name and value
// ("cat_thumb_Bone:" then "https://cdn.example/bone_thumb.jpg"), fields
// its scripts read (the thumbnail of each colour) as well as the ones
// written for buyers. An image's address alone in a block is no text for a
// reader: the image is what it stood for. The block goes, and with it the
// name that labels it (the <dt> before a <dd>). An address in a sentence,
// or in a table's cell or code (documentation shows sample values), stays.
#ifndef PAGESIFT_EXTRACT_IMAGE_ADDRESSES_H_
#define PAGESIFT_EXTRACT_IMAGE_ADDRESSES_H_

#include "dom/dom.h"

namespace pagesift::extract {

void RemoveImageAddresses(dom::Document* doc, dom::NodeId article);

}  // namespace pagesift::extract

#endif  // PAGESIFT_EXTRACT_IMAGE_ADDRESSES_H_
