// The commands of the `pagesift` command-line tool, one file each.
//
// Each command receives its own arguments (without the command name) and
// returns the process exit status: 0 on success, 1 on failure (after one
// clear line on stderr), 2 on bad usage (after the usage on stderr).
#ifndef PAGESIFT_CLI_COMMANDS_H_
#define PAGESIFT_CLI_COMMANDS_H_

#include <span>
#include <string_view>

namespace pagesift::cli {

using Args = std::span<const std::string_view>;

struct Command {
  std::string_view name;
  std::string_view summary;  // one line, shown by `pagesift --help`
  int (*run)(Args args);
};

// Exit statuses shared by every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

int RunExtract(Args args);
int RunBatch(Args args);
int RunDoctor(Args args);
int RunSummarize(Args args);
int RunSave(Args args);
int RunLibrary(Args args);

// Every command, in the order `pagesift --help` lists them.
std::span<const Command> AllCommands();

}  // namespace pagesift::cli

#endif  // PAGESIFT_CLI_COMMANDS_H_
