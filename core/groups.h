#pragma once
// The book in groups, for drawing networks too big to read node by node: chain nodes on physical
// links grouped by tier and region, the chain's other nodes (ports, traders, idle warehouses) by
// type and region, financial nodes by type. A group the user opens shows its members one by one;
// a group of one is always its member. The result is a small book of its own (nodes, links merged
// by their ends and type, shipments' ports) that the layered layout lays out like any other, with
// the maps back to the book's nodes and links.

#include "model.h"
#include "supplychain.h"

#include <set>
#include <string>
#include <vector>

namespace ballast {

struct NodeGroup
{
    enum class Kind
    {
        Member,
        Tier,
        TypeAndRegion,
        Type
    };
    Kind kind = Kind::Member;
    int tier = 0;       // Tier: the supply-chain tier (the book's own, or the depth from the sources)
    NodeType type{};    // the members' most common type
    std::string region; // Tier and TypeAndRegion
    std::string key;    // what opens it (see groupNodes); a member's group's key
};

struct NodeGroups
{
    Book book;                             // a node per group or opened member, a link per (ends, type)
    std::vector<NodeGroup> groups;         // per node of `book`
    std::vector<std::vector<int>> members; // per node of `book`: the book's nodes it stands for (ascending)
    std::vector<int> drawnAs;              // per node of the book: its node in `book` (-1: never)
    std::vector<std::vector<int>> linkMembers; // per link of `book`: the book's links it merges
    std::vector<int> innerLinks;               // per node of `book`: the book's links inside the group
};

/// Groups `book` with `structure` (its supply-chain analysis); the groups whose keys are in `open`
/// show their members. Linear in nodes and links.
NodeGroups groupNodes(const Book& book, const SupplyChainStructure& structure,
                      const std::set<std::string>& open);

/// More nodes than a screen can show with their names: the desk draws such a book in groups.
inline bool groupsByDefault(const Book& book)
{
    return book.nodes.size() > 300;
}

} // namespace ballast
