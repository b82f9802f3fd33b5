// Fuzz the live feed: parse a message the way a WebSocket frame arrives, then put whatever ticks
// it yields through the filter against a small book. Must never crash, hang or leak.
#include "feed.h"

#include <cstdint>
#include <string_view>

namespace {
const ballast::Book& book()
{
    static const ballast::Book b = [] {
        ballast::Book x;
        ballast::Asset eth;
        eth.id = "WETH";
        eth.price = 2000;
        ballast::Asset usdc;
        usdc.id = "USDC";
        usdc.kind = ballast::AssetKind::Stablecoin;
        usdc.price = 1;
        x.assets = {eth, usdc};
        x.resolve();
        return x;
    }();
    return b;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const ballast::FeedMessage m = ballast::parseFeedMessage(std::string_view(reinterpret_cast<const char*>(data), size));
    ballast::FeedFilter filter(book());
    for (const auto& t : m.ticks) {
        int a = -1;
        (void)filter.check(t, &a);
    }
    return 0;
}
