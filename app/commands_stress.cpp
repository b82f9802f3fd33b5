// Monte Carlo stress, reverse stress, predictive margin and benchmarks.
#include "commands.h"

namespace ballast::app {

void registerStressCommands(CLI::App&, CommandLine&) {}

int runStressCommand(const std::string& name, CommandLine&)
{
    std::fprintf(stderr, "ballast-cli: unknown command '%s'\n", name.c_str());
    return kExitBadInput;
}

} // namespace ballast::app
