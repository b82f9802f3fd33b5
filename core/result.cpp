#include "result.h"

namespace ballast {

const char* errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Io: return "io";
    case ErrorCode::Parse: return "parse";
    case ErrorCode::Type: return "type";
    case ErrorCode::MissingField: return "missing-field";
    case ErrorCode::UnknownId: return "unknown-id";
    case ErrorCode::DuplicateId: return "duplicate-id";
    case ErrorCode::Negative: return "negative";
    case ErrorCode::NotFinite: return "not-finite";
    case ErrorCode::OutOfRange: return "out-of-range";
    case ErrorCode::PledgeOwner: return "pledge-owner";
    case ErrorCode::PledgeTwice: return "pledge-twice";
    case ErrorCode::MissingRiskParams: return "missing-risk-params";
    case ErrorCode::BadDate: return "bad-date";
    case ErrorCode::BadEnum: return "bad-enum";
    case ErrorCode::NewerVersion: return "newer-version";
    case ErrorCode::Limit: return "limit";
    case ErrorCode::Cycle: return "cycle";
    case ErrorCode::Storage: return "storage";
    case ErrorCode::Integrity: return "integrity";
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::NotApplicable: return "not-applicable";
    case ErrorCode::Invalid: return "invalid";
    }
    return "invalid";
}

std::string Issue::toString() const
{
    std::string s = file.empty() ? std::string("<input>") : file;
    if (!place.empty()) s += ": " + place;
    s += warning ? ": warning: " : ": ";
    s += message;
    s += " [";
    s += errorCodeName(code);
    s += "]";
    return s;
}

} // namespace ballast
