#pragma once
// A tiered supply chain written as nodes.csv and links.csv (FORMAT.md "CSV import"), for the
// graph benchmark and for trying the desk on a big network: `bench_ui` writes one of 2,000 nodes
// and 16,000 links; File > Import CSV loads it.

#include <QDir>
#include <QFile>
#include <QString>
#include <QTextStream>

#include <random>
#include <vector>

namespace ballast::bench {

inline bool writeSupplyChainCsv(const QString& dir, int nodes, int links, unsigned seed = 3)
{
    std::mt19937 rng(seed);
    // tiers from raw material (4) to retail (0)
    const double share[] = {0.15, 0.15, 0.2, 0.2, 0.3}; // tier 0..4 of the nodes
    const char* type[] = {"retailer", "distributor", "manufacturer", "manufacturer", "supplier"};
    const char* regions[] = {"EU", "CN", "US", "LATAM", "AFR", "SEA", "IN", "JP"};
    std::vector<std::vector<int>> tier(5);
    QFile nf(QDir(dir).filePath(QStringLiteral("nodes.csv"))), lf(QDir(dir).filePath(QStringLiteral("links.csv")));
    if (!nf.open(QIODevice::WriteOnly | QIODevice::Truncate) || !lf.open(QIODevice::WriteOnly | QIODevice::Truncate)) return false;
    QTextStream n(&nf), l(&lf);
    n << "id,type,name,tier,region,equity,externalAssets,externalLiabilities\n";
    int id = 0;
    for (int t = 0; t < 5; ++t) {
        const int count = t == 4 ? nodes - id : static_cast<int>(nodes * share[t]);
        for (int k = 0; k < count; ++k, ++id) {
            tier[t].push_back(id);
            n << "n" << id << ',' << type[t] << ",Node " << id << ',' << t << ',' << regions[rng() % 8] << ','
              << 1e6 + (rng() % 1000) * 1e4 << ',' << 5e5 << ',' << 2e5 << '\n';
        }
    }
    l << "id,type,from,to,asset,quantity,amount,due,share,leadTimeDays\n";
    // each link goes one tier downstream (a DAG, as supply must be)
    for (int k = 0; k < links; ++k) {
        const int t = 1 + static_cast<int>(rng() % 4);
        const auto& from = tier[t];
        const auto& to = tier[t - 1];
        l << "s" << k << ",supply,n" << from[rng() % from.size()] << ",n" << to[rng() % to.size()] << ",,,,," << 0.01 << ',' << 7 + rng() % 60
          << '\n';
    }
    return true;
}

} // namespace ballast::bench
