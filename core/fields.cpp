#include "fields.h"

namespace ballast::fields {
namespace {

bool inventoryToken(const Asset& a) { return a.kind == AssetKind::InventoryToken; }
bool invoiceToken(const Asset& a) { return a.kind == AssetKind::InvoiceToken; }
bool constantProduct(const Pool& p) { return p.model == PoolModel::ConstantProduct; }
bool exponential(const Pool& p) { return p.model == PoolModel::ExponentialImpact; }
bool pricedPool(const Pool& p) { return p.model == PoolModel::Concentrated || p.model == PoolModel::ExponentialImpact; }
bool marketContract(const Derivative& d)
{
    return d.type == DerivativeType::EuropeanCall || d.type == DerivativeType::EuropeanPut || d.type == DerivativeType::Future;
}
bool delayOption(const Derivative& d) { return d.type == DerivativeType::DeliveryDelayOption; }
bool cover(const Derivative& d) { return d.type == DerivativeType::ParametricCover; }

} // namespace

const Table<Asset>& assetFields()
{
    using A = Asset;
    static const Table<A> t = {
        {"id", &A::id, Check::None, Required},
        {"name", &A::name},
        {"unit", &A::unit},
        {"price", &A::price, Check::NonNegative}, // a non-token without one: validate() by hand
        {"oraclePrice", &A::oraclePrice, Check::NonNegative},
        {"volatility", &A::volatility, Check::NonNegative},
        {"oracleHeartbeatSec", &A::oracleHeartbeatSec, Check::NonNegative},
        {"oracleUpdatedAt", &A::oracleUpdatedAt},
        {"underlying", &A::underlying},
        {"location", &A::location},
        {"shipment", &A::shipment},
        {"unitsPerToken", &A::unitsPerToken, Check::Positive, WriteAlways, inventoryToken},
        {"attestedAt", &A::attestedAt},
        {"attestationMaxAgeHours", &A::attestationMaxAgeHours, Check::NonNegative, Optional, inventoryToken},
        {"decayPerDay", &A::decayPerDay, Check::NonNegative, Optional, inventoryToken},
        {"obligation", &A::obligation},
        {"faceValue", &A::faceValue, Check::NonNegative, Optional, invoiceToken},
        {"discount", &A::discount, Check::Fraction, Optional, invoiceToken},
    };
    return t;
}

const Table<Node>& nodeFields()
{
    using N = Node;
    static const Table<N> t = {
        {"id", &N::id, Check::None, Required},
        {"name", &N::name},
        {"region", &N::region},
        {"chain", &N::chain},
        {"tier", &N::tier},
        {"finalitySec", &N::finalitySec, Check::NonNegative},
        {"equity", &N::equity, Check::NonNegative},
        {"externalAssets", &N::externalAssets, Check::NonNegative},
        {"externalLiabilities", &N::externalLiabilities, Check::NonNegative},
        {"cash", &N::cash, Check::NonNegative},
        {"dailyCosts", &N::dailyCosts, Check::NonNegative},
        {"closeFactor", &N::closeFactor, Check::Fraction},
        {"fullCloseBelowHealthFactor", &N::fullCloseBelowHealthFactor, Check::NonNegative},
        {"x", &N::x},
        {"y", &N::y},
    };
    return t;
}

const Table<Link>& linkFields()
{
    using L = Link;
    static const Table<L> t = {
        {"id", &L::id, Check::None, Required},
        {"from", &L::from, Check::None, Required},
        {"to", &L::to, Check::None, Required},
        {"asset", &L::asset},
        {"quantity", &L::quantity, Check::NonNegative},
        {"amount", &L::amount, Check::NonNegative},
        {"share", &L::share, Check::Fraction}, // absent: an equal part of what the given shares leave
        {"leadTimeDays", &L::leadTimeDays, Check::NonNegative},
        {"limit", &L::limit, Check::NonNegative},
        {"latencySec", &L::latencySec, Check::NonNegative},
        {"capacity", &L::capacity, Check::NonNegative},
        {"departed", &L::departed},
        {"eta", &L::eta},
        {"due", &L::due},
    };
    return t;
}

const Table<Pool>& poolFields()
{
    using P = Pool;
    static const Table<P> t = {
        {"id", &P::id, Check::None, Required},
        {"venue", &P::venue, Check::None, Required},
        {"base", &P::base, Check::None, Required},
        {"quote", &P::quote, Check::None, Required},
        {"feeBps", &P::feeBps}, // [0, 10000): validate() by hand
        {"reserveBase", &P::reserveBase, Check::NonNegative, Required, constantProduct},
        {"reserveQuote", &P::reserveQuote, Check::NonNegative, Required, constantProduct},
        {"price", &P::price, Check::Positive, Required, pricedPool},
        {"impact", &P::impact, Check::NonNegative, Optional, exponential},
        {"marketSize", &P::marketSize, Check::Positive, Required, exponential},
        {"utilisation", &P::utilisation, Check::Fraction},
    };
    return t;
}

const Table<Position>& positionFields()
{
    using P = Position;
    static const Table<P> t = {
        {"id", &P::id, Check::None, Required},
        {"owner", &P::owner, Check::None, Required},
        {"asset", &P::asset, Check::None, Required},
        {"quantity", &P::quantity, Check::NonNegative, Required},
        {"venue", &P::venue},
        {"pledgedTo", &P::pledgedTo},
    };
    return t;
}

const Table<Loan>& loanFields()
{
    using L = Loan;
    static const Table<L> t = {
        {"id", &L::id, Check::None, Required},
        {"borrower", &L::borrower, Check::None, Required},
        {"venue", &L::venue, Check::None, Required},
        {"lender", &L::lender},
        {"debtAsset", &L::debtAsset, Check::None, Required},
        {"debt", &L::debt, Check::NonNegative, Required},
    };
    return t;
}

const Table<Derivative>& derivativeFields()
{
    using D = Derivative;
    static const Table<D> t = {
        {"id", &D::id, Check::None, Required},
        {"holder", &D::holder, Check::None, Required},
        {"counterparty", &D::counterparty},
        {"underlying", &D::underlying, Check::None, Required, marketContract},
        {"onFuture", &D::onFuture},
        {"strike", &D::strike, Check::NonNegative, Required, marketContract},
        {"years", &D::years, Check::NonNegative, Required, marketContract},
        {"quantity", &D::quantity, Check::NonNegative},
        {"volatility", &D::volatility, Check::NonNegative, Optional, marketContract},
        {"rate", &D::rate, Check::Finite, Optional, marketContract},
        {"dividendYield", &D::dividendYield, Check::Finite, Optional, marketContract},
        {"shipment", &D::shipment, Check::None, Required, delayOption},
        {"thresholdDays", &D::thresholdDays, Check::NonNegative, Optional, delayOption},
        {"payoutPerDay", &D::payoutPerDay, Check::NonNegative, Required, delayOption},
        {"cap", &D::cap, Check::NonNegative, Optional, delayOption}, // default infinity: no cap
        {"payout", &D::payout, Check::NonNegative, Required, cover},
    };
    return t;
}

} // namespace ballast::fields
