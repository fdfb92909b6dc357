#include "doctor/manifest_check.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string_view>

namespace pagesift::doctor {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr std::streamsize kMaxManifestBytes = 1 << 20;

// Collects the problems of one manifest, each with its fix.
class ManifestChecker {
 public:
  ManifestChecker(const fs::path& file, const ManifestExpectation& expect, const Environment& env)
      : file_(file), expect_(expect), env_(env) {}

  ManifestCheck Run() {
    std::string text;
    if (ReadBounded(&text) && CheckReadableByBrowser()) {
      json manifest;
      if (Parse(text, &manifest)) CheckFields(manifest);
    }
    if (result_.findings.empty()) {
      result_.findings.push_back(Ok(Name(), "manifest " + file_.string() + " is valid"));
    } else {
      result_.host_program.clear();
    }
    return std::move(result_);
  }

 private:
  std::string Name() const { return std::string(expect_.browser->name); }
  std::string Reinstall() const { return "run " + expect_.reinstall_command + " to rewrite it"; }

  void Fail(std::string message, std::string fix) {
    result_.findings.push_back(Problem(Name(), std::move(message), std::move(fix)));
  }

  bool ReadBounded(std::string* text) {
    std::ifstream in(file_, std::ios::binary);
    if (!in) {
      Fail("cannot read manifest " + file_.string(), "check its permissions, or " + Reinstall());
      return false;
    }
    text->resize(static_cast<size_t>(kMaxManifestBytes) + 1);
    in.read(text->data(), kMaxManifestBytes + 1);
    text->resize(static_cast<size_t>(in.gcount()));
    if (text->size() > static_cast<size_t>(kMaxManifestBytes)) {
      Fail("manifest " + file_.string() + " is larger than 1 MiB, so it is not ours",
           "remove it and " + Reinstall());
      return false;
    }
    return true;
  }

  // The browser runs as the user: a system manifest only root can read is invisible.
  bool CheckReadableByBrowser() {
    struct stat st;
    if (expect_.scope != Scope::kSystem || stat(file_.c_str(), &st) != 0) return true;
    if ((st.st_mode & S_IROTH) == 0) {
      Fail("manifest " + file_.string() + " is not readable by other users",
           "chmod 0644 '" + file_.string() + "'");
      return false;
    }
    return true;
  }

  bool Parse(const std::string& text, json* manifest) {
    try {
      *manifest = json::parse(text);
    } catch (const json::parse_error& e) {
      // what() reads "[json.exception.parse_error.101] parse error at line 2, ...".
      std::string_view why = e.what();
      if (size_t end = why.find("] "); end != std::string_view::npos) why.remove_prefix(end + 2);
      // Drop the "; last read: '...'" echo of the file: long, and the position says enough.
      std::string reason(why);
      size_t echo = reason.find("; last read: ");
      size_t after = reason.find("'; ", echo == std::string::npos ? 0 : echo);
      if (echo != std::string::npos && after != std::string::npos)
        reason.erase(echo, after + 1 - echo);
      Fail("manifest " + file_.string() + " is not valid JSON (" + reason + ")", Reinstall());
      return false;
    }
    if (!manifest->is_object()) {
      Fail("manifest " + file_.string() + " is not a JSON object", Reinstall());
      return false;
    }
    return true;
  }

  // A string field, or "" (and a problem) when it is missing or not a string.
  std::string StringField(const json& manifest, const char* key) {
    auto it = manifest.find(key);
    if (it == manifest.end() || !it->is_string()) {
      Fail("manifest " + file_.string() + " has no \"" + key + "\" string", Reinstall());
      return "";
    }
    return it->get<std::string>();
  }

  void CheckFields(const json& manifest) {
    std::string name = StringField(manifest, "name");
    if (!name.empty() && name != kHostName) {
      Fail("manifest " + file_.string() + " names host \"" + name + "\", not \"" +
               std::string(kHostName) + "\"",
           Reinstall());
    }
    auto description = manifest.find("description");
    if (description != manifest.end() && description->is_string() &&
        description->get_ref<const std::string&>().empty()) {
      Fail("manifest " + file_.string() + " has an empty \"description\" (Chromium rejects it)",
           Reinstall());
    } else {
      StringField(manifest, "description");
    }
    std::string type = StringField(manifest, "type");
    if (!type.empty() && type != "stdio") {
      Fail("manifest " + file_.string() + " has type \"" + type + "\", not \"stdio\"", Reinstall());
    }
    CheckHostPath(StringField(manifest, "path"));
    if (expect_.browser->family == Family::kChromium) {
      CheckAllowedOrigins(manifest);
    } else {
      CheckAllowedExtensions(manifest);
    }
  }

  void CheckHostPath(const std::string& path) {
    if (path.empty()) return;  // already reported
    const std::string where = "manifest " + file_.string() + " names host path " + path;
    if (path.find("@HOST_PATH@") != std::string::npos) {
      Fail(where + ", a placeholder that was never filled in", Reinstall());
      return;
    }
    if (!fs::path(path).is_absolute()) {
      Fail(where + ", which is not absolute", Reinstall());
      return;
    }
    const fs::path program =
        expect_.scope == Scope::kSystem ? env_.UnderRoot(path) : fs::path(path);
    struct stat st;
    if (stat(program.c_str(), &st) != 0) {
      Fail(where + ", which does not exist",
           "build pagesift-host and " + Reinstall() + " with the right path");
      return;
    }
    if (!S_ISREG(st.st_mode)) {
      Fail(where + ", which is not a file", Reinstall());
      return;
    }
    if ((st.st_mode & (S_IXUSR | S_IXGRP | S_IXOTH)) == 0 || access(program.c_str(), X_OK) != 0) {
      Fail(where + ", which is not executable", "chmod 0755 '" + program.string() + "'");
      return;
    }
    result_.host_program = program;
  }

  // The list of strings under `key`; false (and a problem) when it is not one.
  bool StringList(const json& manifest, const char* key, std::vector<std::string>* out) {
    auto it = manifest.find(key);
    if (it == manifest.end() || !it->is_array() ||
        !std::all_of(it->begin(), it->end(), [](const json& v) { return v.is_string(); })) {
      Fail("manifest " + file_.string() + " has no \"" + key + "\" list of strings", Reinstall());
      return false;
    }
    for (const json& v : *it) out->push_back(v.get<std::string>());
    return true;
  }

  static std::string Joined(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& s : items) out += (out.empty() ? "" : ", ") + s;
    return out.empty() ? "nothing" : out;
  }

  void CheckAllowedOrigins(const json& manifest) {
    if (manifest.contains("allowed_extensions") && !manifest.contains("allowed_origins")) {
      Fail("manifest " + file_.string() + " is a Firefox manifest (allowed_extensions) in " +
               std::string(expect_.browser->display_name) + "'s folder",
           Reinstall());
      return;
    }
    std::vector<std::string> origins;
    if (!StringList(manifest, "allowed_origins", &origins)) return;
    if (expect_.extension_id.empty()) {
      Fail("cannot check allowed_origins in " + file_.string() +
               ": this build of pagesift does not know the extension ID",
           "pass --extension-id ID (the ID in extension/EXTENSION_ID.txt)");
      return;
    }
    const std::string wanted = "chrome-extension://" + expect_.extension_id + "/";
    if (std::find(origins.begin(), origins.end(), wanted) != origins.end()) return;
    if (std::find(origins.begin(), origins.end(), wanted.substr(0, wanted.size() - 1)) !=
        origins.end()) {
      Fail("manifest " + file_.string() + " lists " + wanted.substr(0, wanted.size() - 1) +
               " without the trailing slash Chromium requires",
           Reinstall());
      return;
    }
    Fail("manifest " + file_.string() + " allows " + Joined(origins) +
             ", not pagesift's extension " + wanted,
         Reinstall());
  }

  void CheckAllowedExtensions(const json& manifest) {
    if (manifest.contains("allowed_origins") && !manifest.contains("allowed_extensions")) {
      Fail("manifest " + file_.string() +
               " is a Chromium manifest (allowed_origins) in Firefox's folder",
           Reinstall());
      return;
    }
    std::vector<std::string> extensions;
    if (!StringList(manifest, "allowed_extensions", &extensions)) return;
    if (std::find(extensions.begin(), extensions.end(), kFirefoxExtensionId) != extensions.end()) {
      return;
    }
    Fail("manifest " + file_.string() + " allows " + Joined(extensions) +
             ", not pagesift's add-on " + std::string(kFirefoxExtensionId),
         Reinstall());
  }

  const fs::path& file_;
  const ManifestExpectation& expect_;
  const Environment& env_;
  ManifestCheck result_;
};

}  // namespace

ManifestCheck CheckManifest(const fs::path& file, const ManifestExpectation& expect,
                            const Environment& env) {
  return ManifestChecker(file, expect, env).Run();
}

}  // namespace pagesift::doctor
