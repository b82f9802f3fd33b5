#pragma once
// Semantic validation of a resolved book: reports every problem (unknown and duplicate ids,
// negative or non-finite numbers, fractions outside [0,1], pledges, missing risk parameters,
// cycles in supply relations and token underlyings), each at its JSON pointer or CSV line.

#include "model.h"
#include "result.h"

namespace ballast {

Issues validate(const Book& book, const std::string& file);

/// The place of a field of an entity: "/positions/3/quantity" or "line 4, column quantity".
std::string placeOf(const Origin& origin, std::string_view field);

} // namespace ballast
