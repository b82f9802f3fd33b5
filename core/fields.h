#pragma once
// One field table per entity: for each plain key (text, number, whole number, flag, time) its
// member, the rule validate() applies to it, and for which kinds of the entity it is required or
// checked. The JSON reader, the JSON writer and validate() walk these tables, and the defaults are
// the model's own (a default-constructed entity, model.h), so a key, its default and its rule are
// written once. What is not plain stays by hand beside the table: kinds and models (enums),
// references between entities, nested objects (riskParams, circuitBreaker, ranges, trigger), lists.

#include "model.h"

#include <variant>
#include <vector>

namespace ballast::fields {

enum class Check : unsigned char {
    None,
    Finite,      // a finite number
    NonNegative, // finite and >= 0
    Positive,    // finite and > 0
    Fraction,    // finite and in [0, 1]
};

enum Flags : unsigned char {
    Optional = 0,
    Required = 1,    // the reader refuses an entity without it (where `applies`)
    WriteAlways = 2, // the writer writes it even at its default (where `applies`); Required implies it
};

template <class T>
struct Field
{
    using Member = std::variant<std::string T::*, double T::*, int T::*, bool T::*, std::optional<Seconds> T::*>;
    const char* key;
    Member member;
    Check check = Check::None;
    unsigned char flags = Optional;
    bool (*applies)(const T&) = nullptr; // the flags and the check hold only where this is true (nullptr: always)

    bool appliesTo(const T& t) const { return !applies || applies(t); }
    bool required(const T& t) const { return (flags & Required) && appliesTo(t); }
    bool writeAlways(const T& t) const { return (flags & (Required | WriteAlways)) && appliesTo(t); }
    /// The model's default of a number field (NaN or infinity: "not set", which no check applies to).
    double defaultNumber() const
    {
        static const T blank{};
        return blank.*std::get<double T::*>(member);
    }
};

template <class T>
using Table = std::vector<Field<T>>;

const Table<Asset>& assetFields();
const Table<Node>& nodeFields();
const Table<Link>& linkFields();
const Table<Pool>& poolFields();
const Table<Position>& positionFields();
const Table<Loan>& loanFields();
const Table<Derivative>& derivativeFields();

} // namespace ballast::fields
