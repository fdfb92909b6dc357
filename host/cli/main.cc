// pagesift: the command-line front end. Dispatches to one command a file.
#include <iostream>
#include <string_view>
#include <vector>

#include "cli/commands.h"

namespace pagesift::cli {

std::span<const Command> AllCommands() {
  static constexpr Command kCommands[] = {
      {"extract", "print one page's reader view and metadata", RunExtract},
      {"batch", "extract many pages listed in a JSON Lines manifest", RunBatch},
      {"doctor", "check that every browser can find, start and talk to the host", RunDoctor},
      {"summarize", "print a short summary of a page or text, in its own sentences", RunSummarize},
      {"save", "extract a page and save it into the library (Markdown, HTML, JSON)", RunSave},
      {"library", "list, search, show or delete saved articles; rebuild the index", RunLibrary},
  };
  return kCommands;
}

namespace {

void PrintUsage(std::ostream& out) {
  out << "usage: pagesift COMMAND [OPTIONS] [ARGS]\n\ncommands:\n";
  for (const Command& c : AllCommands()) {
    out << "  " << c.name << std::string(12 - std::min<size_t>(c.name.size(), 11), ' ')
        << c.summary << "\n";
  }
  out << "\n'pagesift COMMAND --help' tells more about a command.\n";
}

}  // namespace
}  // namespace pagesift::cli

int main(int argc, char** argv) {
  using namespace pagesift::cli;
  std::vector<std::string_view> args(argv + 1, argv + argc);
  if (args.empty()) {
    PrintUsage(std::cerr);
    return kExitUsage;
  }
  if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    PrintUsage(std::cout);
    return kExitOk;
  }
  if (args[0] == "--version") {
    std::cout << "pagesift " << PAGESIFT_VERSION << "\n";
    return kExitOk;
  }
  for (const Command& c : AllCommands()) {
    if (c.name == args[0]) return c.run(Args(args).subspan(1));
  }
  std::cerr << "pagesift: unknown command '" << args[0] << "' (see pagesift --help)\n";
  return kExitUsage;
}
