// Structure-aware fuzzing of the engine: the input's bytes are the choices of the odd-book
// generator (core/oddbook.h), one byte per decision, so every input is a book to compute rather
// than JSON text to reject. Each valid book runs every entry point of tests/common/exercise.h —
// exposure, ticks, quotes and routes, every scenario with and without breakers, a small Monte
// Carlo, reverse stress, margin, clearing, DebtRank, both layouts — and a result with NaN, an
// infinity where the contract has none, or a broken invariant aborts like a crash: it is a bug.
#include "exercise.h"
#include "oddbook.h"
#include "validate.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    ballast::Choices choices = ballast::Choices::bytes(data, size);
    ballast::OddBookOptions options;
    options.maxPerKind = 8;
    const ballast::Book book = ballast::generateOddBook(choices, options);
    if (ballast::hasErrors(ballast::validate(book, "fuzz.json"))) return 0;
    ballast::test::ExerciseOptions exercise;
    exercise.monteCarloScenarios = 8;
    const auto problems = ballast::test::exerciseBook(book, exercise);
    if (!problems.empty()) {
        std::fprintf(stderr, "%s\n", ballast::describeBook(book).c_str());
        for (const auto& p : problems) std::fprintf(stderr, "  %s\n", p.c_str());
        std::abort();
    }
    return 0;
}
