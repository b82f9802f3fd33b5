#pragma once
// Graph layouts for the desk's supply-chain view.
// Layered: supply-chain nodes in columns by their longest upstream path over supply and shipment
// links (raw material on the left, retail on the right), ordered within a column by barycentre
// sweeps to reduce crossings; financial nodes (lenders, venues, oracles, insurers, funds) in a band
// below, grouped by type. Force: Fruchterman-Reingold (igraph) over every link and loan, seeded by
// the layered layout so that it is deterministic. Layout hints (node x, y) win when every node has one.

#include "model.h"
#include "progress.h"

#include <vector>

namespace ballast {

enum class LayoutKind { Layered, Force };

struct LayoutPoint
{
    double x = 0, y = 0;
};

/// One point per node, in an abstract unit square-ish space (about 0..columns x 0..rows).
/// Returns an empty vector when cancelled.
std::vector<LayoutPoint> layoutBook(const Book& book, LayoutKind kind, Progress* progress = nullptr);

/// True for nodes of the physical chain (supplier .. retailer, carrier, port, warehouse).
bool isSupplyChainNode(NodeType type);

} // namespace ballast
