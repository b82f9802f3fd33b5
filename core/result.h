#pragma once
// Error reporting for the core: every problem carries a code, the file, the place in it (a JSON
// pointer such as "/positions/12/quantity" or "line 14, column quantity") and a reason. The core
// never aborts on the first bad item: validators collect every issue (ORE's ErrorPolicy). The
// reason is a message code with its arguments (messages.h); `message` is its English text, which
// the CLI prints, and the desk shows the translated text instead (ui/issuetext.h).

#include "messages.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ballast {

enum class ErrorCode {
    Io,                // file missing, unreadable, unwritable
    Parse,             // malformed JSON/CSV syntax
    Type,              // a value of the wrong JSON type
    MissingField,      // a required key or column is absent
    UnknownId,         // a reference to an id that does not exist
    DuplicateId,       // two entities of one kind share an id
    Negative,          // a quantity that must be >= 0 is negative
    NotFinite,         // NaN or infinity
    OutOfRange,        // a fraction outside [0,1] or another bound violated
    PledgeOwner,       // a pledged position is not owned by the loan's borrower
    PledgeTwice,       // one position pledged to two loans
    MissingRiskParams, // a loan's venue has no risk parameters for its collateral
    BadDate,           // not an ISO 8601 UTC time
    BadEnum,           // an unknown kind/type/model
    NewerVersion,      // written by a newer Ballast
    Limit,             // a size, count, length or nesting limit exceeded
    Cycle,             // a cycle where the model forbids one
    Storage,           // SQLite failure
    Integrity,         // SQLite integrity check failed / not a workbook
    Cancelled,         // the caller cancelled
    NotApplicable,     // the book lacks what the command needs (no scenario, no risk factor, ...)
    Invalid,           // any other semantic problem
};

const char* errorCodeName(ErrorCode code);

struct Issue
{
    ErrorCode code = ErrorCode::Invalid;
    std::string file;
    std::string place;
    std::string message;  // the English text of `msg` with `args` filled in
    bool warning = false; // reported but does not make the input invalid
    Msg msg = Msg::Verbatim;
    std::vector<std::string> args;

    Issue() = default;
    Issue(ErrorCode c, std::string f, std::string p, Msg m, std::vector<std::string> a = {}, bool w = false)
        : code(c), file(std::move(f)), place(std::move(p)), message(fillMessage(messageSource(m), a)), warning(w), msg(m),
          args(std::move(a))
    {
    }

    /// "file: place: message" — the form the CLI prints on stderr.
    std::string toString() const;
};

using Issues = std::vector<Issue>;

inline bool hasErrors(const Issues& issues)
{
    for (const auto& i : issues)
        if (!i.warning) return true;
    return false;
}

/// A value or the issues that prevented it. Warnings may accompany a value.
template <class T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Issues issues) : m_issues(std::move(issues)) {}
    Result(T value, Issues warnings) : m_value(std::move(value)), m_issues(std::move(warnings)) {}
    static Result fail(ErrorCode code, std::string file, std::string place, Msg msg, std::vector<std::string> args = {})
    {
        return Result(Issues{Issue{code, std::move(file), std::move(place), msg, std::move(args)}});
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T& value() { return *m_value; }
    const T& value() const { return *m_value; }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    T& operator*() { return *m_value; }
    const T& operator*() const { return *m_value; }
    const Issues& issues() const { return m_issues; }
    Issues takeIssues() { return std::move(m_issues); }

private:
    std::optional<T> m_value;
    Issues m_issues;
};

} // namespace ballast
