// The shock-engine commands (shock, stress, replay, reverse, margin, clearing, debtrank, bench).
#include "commands.h"

namespace ballast::app {

void registerEngineCommands(CLI::App&, CommandLine&) {}

int runEngineCommand(const std::string& name, CommandLine&)
{
    std::fprintf(stderr, "ballast-cli: unknown command '%s'\n", name.c_str());
    return kExitBadInput;
}

} // namespace ballast::app
