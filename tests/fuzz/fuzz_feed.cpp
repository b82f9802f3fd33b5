// Fuzz the live feed: parse a message the way a WebSocket frame arrives, then put whatever ticks
// it yields through the filter against a small book. The first byte picks the format (0 Ballast,
// 1 Coinbase, 2 Pyth, modulo 3), the rest is the message; the book maps a Coinbase product and a
// Pyth feed id. Must never crash, hang or leak.
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
        x.settings.feedSymbols = {
            {"ETH-USD", "WETH"},
            {"0xff61491a931112ddf1bd8147cd1b641375f79f5825126d665480874634fd0ace", "WETH"}};
        x.resolve();
        return x;
    }();
    return b;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) return 0;
    static const ballast::FeedFormat formats[] = {ballast::FeedFormat::Ballast, ballast::FeedFormat::Coinbase,
                                                  ballast::FeedFormat::Pyth};
    const ballast::FeedFormat format = formats[data[0] % 3];
    const ballast::FeedMessage m =
        ballast::parseFeedMessage(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1), format,
                                  book().settings.feedSymbols);
    ballast::FeedFilter filter(book());
    for (const auto& t : m.ticks) {
        int a = -1;
        (void)filter.check(t, &a);
    }
    return 0;
}
