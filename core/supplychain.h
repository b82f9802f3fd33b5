#pragma once
// The structure of the physical chain, for books with or without finance: tiers (the longest
// upstream path over supply and shipment links; nodes on a cycle keep the depth reached before
// it), each node's suppliers and customers, the single-sourced (one supplier), the isolated (no
// physical link), and how many nodes depend on each one downstream (a default there stops them).
// Book-only: computed once per book, on the worker that opens it.

#include "model.h"

#include <vector>

namespace ballast {

struct SupplyChainNode
{
    int depth = 0;             // longest path from the sources (0 = raw material)
    int tier = 0;              // the book's own tier where it gives tiers (tiersGiven), else depth
    int suppliers = 0, customers = 0; // distinct nodes linked upstream / downstream
    int dependants = -1;       // nodes reachable downstream (-1: not computed, see below)
    bool singleSourced = false; // exactly one supplier
    bool isolated = false;     // a chain node with no supply or shipment link
};

struct SupplyChainStructure
{
    std::vector<SupplyChainNode> nodes; // per node of the book (financial nodes stay at their defaults)
    int chainNodes = 0, physicalLinks = 0, singleSourced = 0, isolated = 0;
    int tiers = 0;             // distinct tiers among the linked chain nodes
    bool tiersGiven = false;   // some chain node has a tier other than 0 (nodes.csv's `tier`)
    int mostDependedOn = -1;   // the node the most others depend on, or -1
    /// Reach is counted by a search from every node: up to a budget of nodes x links (about 5e8,
    /// the 2,000-stage / 16,000-arc chain is 3.2e7); above it only for the 20 nodes with the
    /// most customers (the stress book: 20 searches of a million links, about 0.1 s).
    bool dependantsComplete = true;
};

SupplyChainStructure analyseSupplyChain(const Book& book);

} // namespace ballast
