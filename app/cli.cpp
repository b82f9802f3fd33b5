// ballast-cli: the engine without a GUI. Every command prints a readable summary, or with --json
// the machine-readable result of FORMAT.md. Exit status: 0 ok, 2 bad input (file, place and
// reason on stderr), 1 anything else.

#include "bookio.h"
#include "commands.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>

int main(int argc, char** argv)
{
    using namespace ballast::app;
    CLI::App app{"Ballast command line: validate, import, export and analyse supply-chain finance books.\n"
                 "BOOK is a .ballast workbook, a workbook .json, or 'demo' for the embedded demo book."};
    app.require_subcommand(1);
    app.set_version_flag("--version", "ballast-cli 0.1.0");
    CommandLine cl;
    registerCommands(app, cl);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int rc = app.exit(e);
        return rc == 0 ? 0 : 2;
    }
    try {
        return runSelected(app, cl);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "ballast-cli: internal error: %s\n", e.what());
        return 1;
    }
}
