#include "doctor/install_record.h"

#include <algorithm>
#include <fstream>
#include <string_view>

namespace pagesift::doctor {

namespace fs = std::filesystem;

namespace {

constexpr std::streamsize kMaxRecordBytes = 1 << 20;

void ReadRecord(const fs::path& record, Scope scope, const Environment& env,
                std::vector<RecordedManifest>* out) {
  std::ifstream in(record, std::ios::binary);
  if (!in) return;
  std::string text(static_cast<size_t>(kMaxRecordBytes), '\0');
  in.read(text.data(), kMaxRecordBytes);
  text.resize(static_cast<size_t>(in.gcount()));

  std::string_view rest = text;
  while (!rest.empty()) {
    std::string_view line = rest.substr(0, rest.find('\n'));
    rest.remove_prefix(std::min(rest.size(), line.size() + 1));
    size_t tab1 = line.find('\t');
    size_t tab2 = tab1 == std::string_view::npos ? tab1 : line.find('\t', tab1 + 1);
    if (tab2 == std::string_view::npos || line.substr(0, tab1) != "manifest") continue;
    fs::path file(line.substr(tab2 + 1));
    if (!file.is_absolute()) continue;
    out->push_back({std::string(line.substr(tab1 + 1, tab2 - tab1 - 1)),
                    scope == Scope::kSystem ? env.UnderRoot(file) : file, scope});
  }
}

}  // namespace

std::vector<RecordedManifest> ReadInstallRecords(const Environment& env) {
  std::vector<RecordedManifest> manifests;
  ReadRecord(env.data_home / "pagesift/install-record", Scope::kUser, env, &manifests);
  ReadRecord(env.UnderRoot("/var/lib/pagesift/install-record"), Scope::kSystem, env, &manifests);
  return manifests;
}

}  // namespace pagesift::doctor
