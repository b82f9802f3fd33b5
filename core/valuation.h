#pragma once
// How a token is valued, in one place for the exposure engine, the shock engine, Monte Carlo and
// the live worker: an inventory token is its underlying x unitsPerToken x quality, quality =
// exp(-decayPerDay x days since attestation, counted to the book's asOf); an invoice token is its
// face value (faceValue, or the obligation's amount) x (1 - discount) unless it has a price.

#include "model.h"

#include <vector>

namespace ballast {

/// Asset indices with every underlying before the tokens priced from it (validate() refuses loops).
std::vector<int> priceOrder(const Book& book);

/// Days from an inventory token's attestation to the book's asOf (0 when either is missing, or in the future).
double attestationAgeDays(const Book& book, const Asset& asset);

/// exp(-decayPerDay x attestationAgeDays): what is left of a perishable good (1 for non-tokens).
double inventoryQuality(const Book& book, const Asset& asset);

/// Face value x (1 - discount) of an invoice token; NaN when neither a faceValue nor an obligation gives one.
double invoiceTokenValue(const Book& book, const Asset& asset);

/// Cash is worth its price wherever it is: fiat, stablecoins and the base currency itself.
bool isCashLike(const Book& book, int asset);

} // namespace ballast
