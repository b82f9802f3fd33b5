#pragma once
// Synthetic books for tests and benchmarks, reproducible by seed: a tiered supply chain (mines ->
// refiners -> manufacturers -> distributors -> retailers) with ports, carriers and warehouses;
// lending venues with risk parameters for every collateral asset; AMM, exchange and OTC venues
// whose pools trade the pledged assets; positions, loans near and below liquidation, derivatives.

#include "model.h"

#include <cstdint>
#include <string>

namespace ballast {

struct GenerateOptions
{
    int nodes = 200, links = 1000, positions = 2000, loans = 200, venues = 12, assets = 24;
    std::uint64_t seed = 1;
    std::string name = "Generated book";

    static GenerateOptions desk();   // PRODUCT.md desk book: 2,000 / 10,000 / 50,000 / 5,000 / 40 x 100
    static GenerateOptions stress(); // 100,000 nodes, 1,000,000 links and positions, 100,000 loans
};

Book generateBook(const GenerateOptions& options);

} // namespace ballast
