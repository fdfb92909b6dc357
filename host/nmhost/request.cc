#include "nmhost/request.h"

#include <utility>

namespace pagesift::nmhost {
namespace {

using nlohmann::json;

// Builds the tree like the library's own DOM parser, but stops at the first
// value past the depth or count limit instead of allocating without bound.
class BoundedSax {
 public:
  explicit BoundedSax(json* root) : builder_(*root, /*allow_exceptions=*/false) {}

  bool null() { return Count() && builder_.null(); }
  bool boolean(bool v) { return Count() && builder_.boolean(v); }
  bool number_integer(json::number_integer_t v) { return Count() && builder_.number_integer(v); }
  bool number_unsigned(json::number_unsigned_t v) {
    return Count() && builder_.number_unsigned(v);
  }
  bool number_float(json::number_float_t v, const json::string_t& s) {
    return Count() && builder_.number_float(v, s);
  }
  bool string(json::string_t& v) { return Count() && builder_.string(v); }
  bool binary(json::binary_t& v) { return Count() && builder_.binary(v); }
  bool start_object(std::size_t n) { return Open() && builder_.start_object(n); }
  bool key(json::string_t& k) { return builder_.key(k); }
  bool end_object() { --depth_; return builder_.end_object(); }
  bool start_array(std::size_t n) { return Open() && builder_.start_array(n); }
  bool end_array() { --depth_; return builder_.end_array(); }

  bool parse_error(std::size_t /*position*/, const std::string& /*last_token*/,
                   const json::exception& e) {
    // The library's message ends with the last token read, which may be
    // megabytes of page text: keep only the diagnosis before it.
    std::string_view what = e.what();
    if (const size_t bracket = what.find("] "); bracket != what.npos) {
      what.remove_prefix(bracket + 2);
    }
    what = what.substr(0, what.find("; last read"));
    problem_ = "malformed JSON: " + std::string(what.substr(0, 300));
    return false;
  }

  const std::string& problem() const { return problem_; }

 private:
  bool Count() {
    if (++values_ <= kMaxJsonValues) return true;
    problem_ = "request has more than " + std::to_string(kMaxJsonValues) + " JSON values";
    return false;
  }
  bool Open() {
    if (++depth_ > kMaxJsonDepth) {
      problem_ = "request nests JSON deeper than " + std::to_string(kMaxJsonDepth) + " levels";
      return false;
    }
    return Count();
  }

  nlohmann::detail::json_sax_dom_parser<json> builder_;
  size_t depth_ = 0;
  size_t values_ = 0;
  std::string problem_;
};

Status BadRequest(std::string message) {
  return Status(ErrorCode::kInvalidArgument, std::move(message));
}

std::string_view TypeName(const json& value) { return value.type_name(); }

}  // namespace

Status CheckId(const json& id, std::string_view field) {
  if (id.is_number()) return Status::Ok();
  if (!id.is_string()) {
    return BadRequest("field '" + std::string(field) + "' must be a string or a number, not " +
                      std::string(TypeName(id)));
  }
  if (id.get_ref<const std::string&>().size() > kMaxIdBytes) {
    return BadRequest("field '" + std::string(field) + "' is longer than " +
                      std::to_string(kMaxIdBytes) + " bytes");
  }
  return Status::Ok();
}

Status ParseRequest(std::string_view payload, Request* request) {
  request->id = nullptr;
  request->type.clear();
  request->message = nullptr;
  if (payload.empty()) return BadRequest("empty frame: a request must be a JSON object");

  json message;
  BoundedSax sax(&message);
  if (!json::sax_parse(payload, &sax)) {
    return BadRequest(sax.problem().empty() ? "malformed JSON" : sax.problem());
  }
  if (!message.is_object()) {
    return BadRequest("a request must be a JSON object, not " + std::string(TypeName(message)));
  }
  const auto id = message.find("id");
  if (id == message.end()) return BadRequest("missing field 'id'");
  if (Status s = CheckId(*id, "id"); !s.ok()) return s;
  request->id = *id;

  const auto type = message.find("type");
  if (type == message.end()) return BadRequest("missing field 'type'");
  if (!type->is_string()) {
    return BadRequest("field 'type' must be a string, not " + std::string(TypeName(*type)));
  }
  request->type = type->get<std::string>();
  request->message = std::move(message);
  return Status::Ok();
}

std::string IdKey(const json& id) { return id.dump(); }

Status TakeRequiredString(json* message, std::string_view field, std::string* out) {
  if (!message->contains(field)) {
    return BadRequest("missing field '" + std::string(field) + "'");
  }
  return TakeOptionalString(message, field, out);
}

Status TakeOptionalString(json* message, std::string_view field, std::string* out) {
  const auto it = message->find(field);
  if (it == message->end() || it->is_null()) return Status::Ok();
  if (!it->is_string()) {
    return BadRequest("field '" + std::string(field) + "' must be a string, not " +
                      std::string(TypeName(*it)));
  }
  *out = std::move(it->get_ref<std::string&>());
  return Status::Ok();
}

Status ReadOptionalBool(const json& message, std::string_view field, bool* out) {
  const auto it = message.find(field);
  if (it == message.end() || it->is_null()) return Status::Ok();
  if (!it->is_boolean()) {
    return BadRequest("field '" + std::string(field) + "' must be a boolean, not " +
                      std::string(TypeName(*it)));
  }
  *out = it->get<bool>();
  return Status::Ok();
}

}  // namespace pagesift::nmhost
