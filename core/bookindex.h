#pragma once
// The reverse lookups of a book, built once per book and shared (read-only) by the exposure engine,
// the shock engine, Monte Carlo and the live worker. Forward lookups (id -> index) are Book::assetIx()
// and its siblings; these answer "who refers to this": the pools trading an asset, the loan pledging a
// position, the lending venues in row order. One builder, so the engines cannot disagree on them.

#include "model.h"

#include <vector>

namespace ballast {

struct BookIndex
{
    explicit BookIndex(const Book& book);

    std::vector<int> priceOrder;                      // assets, underlyings before the tokens priced from them
    std::vector<std::vector<int>> poolsOfAsset;       // base asset -> pools trading it
    std::vector<std::vector<int>> poolsQuotedIn;      // quote asset -> pools quoted in it
    std::vector<std::vector<int>> positionsOfAsset;   // asset -> positions in it
    std::vector<std::vector<int>> loansOfAsset;       // asset -> loans with it as collateral or debt (each loan once)
    std::vector<std::vector<int>> derivativesOfAsset; // underlying -> derivatives on it
    std::vector<int> loanOfPosition;                  // position -> the loan pledging it, or -1
    std::vector<RiskParams> positionRisk;             // pledged position: the venue's parameters, the loan's overrides on top
    std::vector<double> positionThreshold;            // the same liquidation threshold, 0 when unset or unpledged
    std::vector<double> positionLtv;                  // the same LTV, 0 when unset or unpledged
    std::vector<int> venues;                          // lending venues and lenders, in node order (a venue's row)
    std::vector<int> venueRow;                        // node -> its row in `venues`, or -1
    std::vector<std::vector<int>> inbound;            // node -> supply and shipment links into it
};

} // namespace ballast
