#pragma once
// Graph layouts for the desk's supply-chain view.
// Layered: supply-chain nodes in columns by their longest upstream path over supply and shipment
// links (raw material on the left, retail on the right); ports that routes pass through between
// columns; financial nodes linked to the chain in bands around it (over, under, before or after:
// wherever their links cross the chain least), the rest in bands under everything (a blockchain's
// nodes side by side). The order in
// each column comes from barycentre sweeps and transposition (dot's mincross), then the drawing
// itself is refined: neighbours exchange places, or a node moves along its row, while that lowers
// the crossings of the straight links. Force: Fruchterman-Reingold (igraph) over every link and
// loan, seeded by the layered layout so that it is deterministic. Layout hints (node x, y) win
// when every node has one.

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

/// Pairs of links that cross when each is drawn as a straight line between its nodes' points
/// (links sharing a node, touching or collinear ones do not count); `physicalOnly` counts the
/// supply and shipment links alone. Quadratic in the links: for measuring layouts.
long long countCrossings(const Book& book, const std::vector<LayoutPoint>& points, bool physicalOnly);

/// True for nodes of the physical chain (supplier .. retailer, carrier, port, warehouse).
bool isSupplyChainNode(NodeType type);

} // namespace ballast
