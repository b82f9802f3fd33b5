#pragma once
// The book's network of obligations, as the clearing and DebtRank read it.
//
// Claims are the book's `obligation` links (debtor owes creditor `amount`), with each node's
// externalAssets and externalLiabilities. Loans are not claims here, on purpose: a loan is secured
// by its collateral and settled by the liquidation cascade, whose bad debt is charged to the venue
// (the `default` loss channel); adding the loan's debt as an unsecured claim as well would count the
// same loss twice and let a fully collateralised borrower default in the clearing.

#include "clearing.h"
#include "debtrank.h"
#include "model.h"

#include <vector>

namespace ballast {

/// The unshocked obligation network: obligations between distinct nodes with a positive amount.
ObligationNetwork obligationNetwork(const Book& book);

/// Greatest clearing vector of `net` with the book's settings.clearing (Rogers–Veraart, or
/// Eisenberg–Noe when α = β = 1).
ClearingSolution clearNetwork(const Book& book, const ObligationNetwork& net);

/// Clearing of the unshocked book (`ballast-cli clearing`); `externalAssetsOut` receives e.
ClearingSolution clearBook(const Book& book, std::vector<double>* externalAssetsOut = nullptr);

/// DebtRank's exposures: each creditor exposed to its debtor by the claim, equity from the nodes;
/// settings.debtRank chooses the impact (capped or leverage) and the weights (equity, or external
/// assets + receivables of the unshocked book).
ExposureNetwork exposureNetwork(const Book& book, const ObligationNetwork& net);

} // namespace ballast
