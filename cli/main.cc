// kg: one binary, one subcommand per job. main() only wires the subcommands and turns failures
// into exit codes: 0 ok, 1 not found or partial (some inputs skipped), 2 usage or fatal error.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>
#include <iostream>

#include "cli/common.h"

int main(int argc, char** argv) {
  CLI::App app{"kg: knowledge graphs of armed groups, their leaders and attacks, from Arabic news"};
  app.set_version_flag("--version", std::string("kg ") + KG_VERSION);
  app.add_option("--store", kg::cli::Globals().store,
                 "SQLite store to use (default: $KG_STORE, else ./kg.db)");
  app.require_subcommand(1);
  app.fallthrough();
  kg::cli::SetupIngest(app);
  kg::cli::SetupQueryCommands(app);
  kg::cli::SetupExport(app);
  kg::cli::SetupCorrections(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : kg::cli::kExitError;
  } catch (const std::exception& e) {
    kg::cli::PrintError(e.what());
    return kg::cli::kExitError;
  }
  std::fflush(stdout);
  if (std::ferror(stdout)) {
    kg::cli::PrintError("could not write the output (disk full or closed pipe?)");
    return kg::cli::kExitError;
  }
  return kg::cli::ExitCode();
}
