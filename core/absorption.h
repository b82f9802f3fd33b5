#pragma once
// How much forced selling each venue x asset cell of the liquidity heatmap can take, against the
// collateral that would be sold there. Absorption is the value that can be sold into the cell's
// pools before the price falls 1, 2 and 5% (the exposure's pool depths). Collateral at risk is,
// for a scenario run with recordPrices, what its cascade's liquidators sold into the cell (market
// value before the sale); without a run, the market value of collateral in loans below the
// warning band (HF < 1.1) whose exit is the cell's asset (the asset itself, or the metal an
// inventory token redeems into), split across the asset's venues by their 2% depth, as the router
// splits a sale. Coverage = absorption at 2% / collateral at risk.
//
// For a run, each cell also lists its sales round by round: the pool, the quantity and value sold,
// the price impact, the loans whose seized collateral it was (pro rata to what each liquidation
// seized of that asset in that round) and the loans it pushed under next: first liquidated in the
// next round that liquidated anything (an oracle's lag can put quiet rounds between), holding
// collateral whose price the sale moved (the pool's asset, or a token redeemable into it). The
// latter is attribution by exposure, not a proof of cause.

#include "exposure.h"
#include "shock.h"

#include <array>
#include <vector>

namespace ballast {

struct AbsorbedPart
{
    int loan = -1;
    double quantity = 0, marketValue = 0; // the loan's part of the sale
};

struct AbsorbedSale
{
    int round = 0; // RoundRecord::round
    int pool = -1;
    int asset = -1; // the seized asset sold (a token sells into its metal's pools)
    double quantity = 0, marketValue = 0, proceeds = 0;
    double impact = 0;               // 1 - the pool's mid after / before the sale
    std::vector<AbsorbedPart> loans; // largest first
    std::vector<int> pushedUnder;
};

struct AbsorptionCell
{
    int venue = -1, asset = -1; // the pools' venue node and base asset
    std::vector<int> pools;
    std::array<double, 3> depthValue{}; // sellable before a 1 / 2 / 5% impact, base currency
    double collateralAtRisk = 0;
    double coverage = kInf; // depthValue[1] / collateralAtRisk; inf with nothing at risk
    double sold = 0, proceeds = 0, maxImpact = 0; // the run's sales into it
    std::vector<AbsorbedSale> sales;
    std::vector<AbsorbedPart>
        atRisk; // without a run: the loans whose collateral makes up collateralAtRisk, largest first
};

struct AbsorptionMap
{
    std::vector<int> venues,
        assets; // rows (venue nodes with a pool) and columns (pool base assets), in book order
    std::vector<AbsorptionCell> cells; // row-major; a cell without pools has none
    bool fromRun = false;              // collateral at risk is the run's sales
    double atRiskBand = 1.1;
    const AbsorptionCell* cell(int row, int column) const
    {
        const size_t ix = static_cast<size_t>(row) * assets.size() + static_cast<size_t>(column);
        return row >= 0 && column >= 0 && ix < cells.size() ? &cells[ix] : nullptr;
    }
};

/// `run` (optional) must be of the same book, run with recordPrices. An `exposure` of another
/// size (an empty one) leaves the depths, and without a run the collateral at risk, at zero.
AbsorptionMap absorptionMap(const Book& book, const Exposure& exposure, const ShockResult* run = nullptr);

} // namespace ballast
