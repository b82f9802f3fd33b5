#pragma once
// Small hand-made books shared by the core suites.

#include "json_io.h"

#include <QtTest>

namespace ballast::test {

/// The FORMAT.md example reduced to one Aave loan: 10 WETH at 1816.855 (Aave's oracle price of
/// 2023-10-31), liquidation threshold 0.83, debt 14,000 USDC.
inline const char* kOneLoanBook = R"({
  "format": "ballast.workbook", "version": 1,
  "meta": {"name": "one loan", "baseCurrency": "USD", "asOf": "2026-11-20T00:00:00Z"},
  "assets": [
    {"id": "WETH", "kind": "crypto", "price": 1816.855, "volatility": 0.65},
    {"id": "USDC", "kind": "stablecoin", "price": 1.0},
    {"id": "CU", "kind": "commodity", "unit": "t", "price": 9400, "volatility": 0.22},
    {"id": "wCU", "kind": "inventory-token", "underlying": "CU", "unitsPerToken": 1.0, "location": "wh",
     "attestedAt": "2026-11-19T00:00:00Z", "attestationMaxAgeHours": 12, "decayPerDay": 0.01}
  ],
  "nodes": [
    {"id": "treasury", "type": "treasury", "equity": 1000000},
    {"id": "wh", "type": "warehouse"},
    {"id": "bank", "type": "lender", "equity": 5000000},
    {"id": "aave-eth", "type": "lending-venue", "chain": "ethereum", "finalitySec": 768,
     "closeFactor": 0.5, "fullCloseBelowHealthFactor": 0.95,
     "riskParams": {"WETH": {"ltv": 0.805, "liquidationThreshold": 0.83, "liquidationBonus": 1.05, "protocolFee": 0.10}}},
    {"id": "uni-eth", "type": "amm-venue", "chain": "ethereum"}
  ],
  "links": [
    {"id": "inv-1", "type": "obligation", "from": "treasury", "to": "bank", "amount": 250000, "due": "2026-12-15T00:00:00Z"}
  ],
  "pools": [
    {"id": "uni-weth-usdc", "venue": "uni-eth", "model": "constant-product", "base": "WETH", "quote": "USDC",
     "reserveBase": 1000, "reserveQuote": 1816855, "feeBps": 30}
  ],
  "positions": [
    {"id": "pos-1", "owner": "treasury", "asset": "WETH", "quantity": 10, "venue": "aave-eth", "pledgedTo": "loan-1"},
    {"id": "pos-2", "owner": "treasury", "asset": "wCU", "quantity": 5},
    {"id": "pos-3", "owner": "bank", "asset": "WETH", "quantity": 30}
  ],
  "loans": [
    {"id": "loan-1", "borrower": "treasury", "venue": "aave-eth", "debtAsset": "USDC", "debt": 14000, "collateral": ["pos-1"]}
  ]
})";

inline Book parse(const char* text)
{
    auto r = parseWorkbookJson(text, "test.json");
    if (!r) {
        for (const auto& i : r.issues()) qWarning("%s", i.toString().c_str());
        qFatal("test book does not parse");
    }
    return std::move(*r);
}

inline BookPtr share(Book b) { return std::make_shared<const Book>(std::move(b)); }

} // namespace ballast::test
