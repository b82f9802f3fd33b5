#pragma once
// A scratch file per fuzzing process, in $TMPDIR, removed (with SQLite's side files) when the run
// ends.

#include <cstdlib>
#include <string>
#include <unistd.h>

struct ScratchFile
{
    std::string path;
    explicit ScratchFile(const char* ext)
    {
        const char* dir = std::getenv("TMPDIR");
        path = std::string(dir && *dir ? dir : "/tmp") + "/ballast-fuzz-" + std::to_string(::getpid()) + ext;
    }
    ~ScratchFile()
    {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) ::unlink((path + suffix).c_str());
    }
};
