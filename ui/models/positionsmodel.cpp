#include "positionsmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace ballast::ui {

QString formatMoney(double v)
{
    if (std::isnan(v)) return QStringLiteral("–");
    if (std::isinf(v)) return v > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    const double a = std::fabs(v);
    const QLocale loc;
    if (a >= 1e9) return loc.toString(v / 1e9, 'f', 2) + QStringLiteral("bn");
    if (a >= 1e6) return loc.toString(v / 1e6, 'f', 2) + QStringLiteral("m");
    if (a >= 1e3) return loc.toString(v / 1e3, 'f', 1) + QStringLiteral("k");
    if (a == 0) return QStringLiteral("0");
    return loc.toString(v, 'f', a >= 100 ? 0 : 2);
}

QString formatNumber(double v, int decimals)
{
    if (std::isnan(v)) return QStringLiteral("–");
    if (std::isinf(v)) return QStringLiteral("∞");
    return QLocale().toString(v, 'f', decimals);
}

QString formatHealth(double hf)
{
    if (std::isinf(hf)) return QStringLiteral("∞");
    if (std::isnan(hf)) return QStringLiteral("–");
    return QLocale().toString(hf, 'f', 3);
}

QString formatPercent(double f, int decimals)
{
    if (std::isnan(f) || std::isinf(f)) return QStringLiteral("–");
    return QLocale().toString(100.0 * f, 'f', decimals) + QStringLiteral("%");
}

namespace {
QColor healthColour(double hf)
{
    if (hf < 1.0) return QColor(0xe5, 0x48, 0x4d);
    if (hf < 1.1) return QColor(0xf5, 0x9e, 0x0b);
    if (hf < 1.3) return QColor(0xea, 0xc5, 0x4f);
    return {};
}
} // namespace

PositionsModel::PositionsModel(QObject* parent) : QAbstractTableModel(parent) {}

void PositionsModel::setExposure(BookPtr book, const Exposure& x)
{
    const bool sameShape = m_book && book && m_book->positions.size() == book->positions.size() && m_book == book;
    if (!sameShape) beginResetModel();
    m_book = std::move(book);
    m_rows = x.positions;
    m_assets = x.assets;
    if (!sameShape) endResetModel();
    else if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1)); // one signal over the range
}

int PositionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_book ? 0 : static_cast<int>(m_rows.size());
}
int PositionsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant PositionsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_book) return {};
    const Position& p = m_book->positions[index.row()];
    const PositionExposure& x = m_rows[index.row()];
    const ballast::Asset* a = p.assetIx >= 0 ? &m_book->assets[p.assetIx] : nullptr;
    const AssetExposure* ax = p.assetIx >= 0 ? &m_assets[p.assetIx] : nullptr;
    const bool token = a && a->kind == AssetKind::InventoryToken;
    auto shipmentStatus = [&]() -> QString {
        if (!a || a->shipmentIx < 0) return token ? tr("in warehouse") : QString();
        const Link& s = m_book->links[a->shipmentIx];
        const Seconds now = m_book->meta.asOf;
        if (s.eta && now >= *s.eta) return tr("arrived");
        if (s.departed && now >= *s.departed && s.eta)
            return tr("at sea, ETA %1").arg(QString::fromStdString(formatIsoTime(*s.eta)).left(10));
        return tr("booked");
    };
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Id: return QString::fromStdString(p.id);
        case Asset: return QString::fromStdString(p.asset);
        case Underlying: return token ? QString::fromStdString(a->underlying) : QString();
        case Owner: return QString::fromStdString(p.owner);
        case Quantity: return formatNumber(p.quantity, p.quantity < 100 ? 4 : 1);
        case Location: return a ? QString::fromStdString(a->location) : QString();
        case Shipment: return shipmentStatus();
        case AttestationAge:
            if (!token || !a->attestedAt) return QString();
            return tr("%1 h%2").arg(QLocale().toString(ax->attestationAgeHours, 'f', 0),
                                    ax->attestationOverdue ? tr(" (overdue)") : QString());
        case Price: return formatNumber(x.price, x.price < 10 ? 4 : 2);
        case OraclePrice: return formatNumber(x.oraclePrice, x.oraclePrice < 10 ? 4 : 2);
        case MarketValue: return formatMoney(x.marketValue);
        case Haircut: return p.pledgedTo.empty() ? QString() : formatPercent(x.haircut);
        case CollateralValue: return p.pledgedTo.empty() ? QString() : formatMoney(x.collateralValue);
        case ExitValue: return formatMoney(x.exitValue) + (x.exitExhausted ? QStringLiteral(" ⚠") : QString());
        case LiquidationCost: return formatMoney(x.liquidationCost);
        case PledgedTo: return QString::fromStdString(p.pledgedTo);
        case HealthFactor: return p.pledgedTo.empty() ? QString() : formatHealth(x.healthFactor);
        case LiquidationPrice: return p.pledgedTo.empty() ? QString() : formatNumber(x.liquidationPrice, 2);
        case Venue: return QString::fromStdString(p.venue);
        default: return {};
        }
    }
    if (role == UnderlyingDataRole) {
        switch (index.column()) {
        case Quantity: return p.quantity;
        case AttestationAge: return token ? ax->attestationAgeHours : -1.0;
        case Price: return x.price;
        case OraclePrice: return x.oraclePrice;
        case MarketValue: return x.marketValue;
        case Haircut: return x.haircut;
        case CollateralValue: return x.collateralValue;
        case ExitValue: return x.exitValue;
        case LiquidationCost: return x.liquidationCost;
        case HealthFactor: return p.pledgedTo.empty() ? 1e300 : (std::isinf(x.healthFactor) ? 1e299 : x.healthFactor);
        case LiquidationPrice: return std::isnan(x.liquidationPrice) ? -1.0 : x.liquidationPrice;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole) {
        const int c = index.column();
        const bool numeric = c == Quantity || (c >= AttestationAge && c <= LiquidationCost) || c == HealthFactor || c == LiquidationPrice;
        return QVariant::fromValue(numeric ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == HealthFactor && !p.pledgedTo.empty()) {
            const QColor c = healthColour(x.healthFactor);
            if (c.isValid()) return QBrush(c);
        }
        if (index.column() == AttestationAge && token && ax->attestationOverdue) return QBrush(QColor(0xf5, 0x9e, 0x0b));
        if (index.column() == OraclePrice && ax && std::fabs(ax->oracleDeviation) > 0.02) return QBrush(QColor(0xf5, 0x9e, 0x0b));
    }
    return {};
}

Qt::ItemFlags PositionsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Quantity) f |= Qt::ItemIsEditable;
    return f;
}

bool PositionsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != Quantity) return false;
    bool ok = false;
    const double q = QLocale().toDouble(value.toString(), &ok);
    const double v = ok ? q : value.toString().toDouble(&ok);
    if (!ok) return false;
    Q_EMIT quantityEdited(index.row(), v);
    return false; // the view shows the new value once the edited book is computed
}

QVariant PositionsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Id: return tr("Position");
    case Asset: return tr("Token / asset");
    case Underlying: return tr("Underlying");
    case Owner: return tr("Owner");
    case Quantity: return tr("Quantity");
    case Location: return tr("Location");
    case Shipment: return tr("Shipment");
    case AttestationAge: return tr("Attested");
    case Price: return tr("Market px");
    case OraclePrice: return tr("Oracle px");
    case MarketValue: return tr("Market value");
    case Haircut: return tr("Haircut");
    case CollateralValue: return tr("Collateral value");
    case ExitValue: return tr("Exit value");
    case LiquidationCost: return tr("Liq. cost");
    case PledgedTo: return tr("Pledged to");
    case HealthFactor: return tr("HF");
    case LiquidationPrice: return tr("Liq. price");
    case Venue: return tr("Venue");
    default: return {};
    }
}

LoansModel::LoansModel(QObject* parent) : QAbstractTableModel(parent) {}

void LoansModel::setExposure(BookPtr book, const Exposure& x)
{
    const bool same = m_book && m_book == book;
    if (!same) beginResetModel();
    m_book = std::move(book);
    m_rows = x.loans;
    if (!same) endResetModel();
    else if (!m_rows.empty()) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int LoansModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_book ? 0 : static_cast<int>(m_rows.size());
}
int LoansModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant LoansModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_book) return {};
    const Loan& l = m_book->loans[index.row()];
    const LoanExposure& x = m_rows[index.row()];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Id: return QString::fromStdString(l.id);
        case Borrower: return QString::fromStdString(l.borrower);
        case Venue: return QString::fromStdString(l.venue);
        case DebtAsset: return QString::fromStdString(l.debtAsset);
        case Debt: return formatMoney(x.debtValue);
        case CollateralMarket: return formatMoney(x.collateralMarketValue);
        case CollateralValue: return formatMoney(x.collateralValue);
        case BorrowingPower: return formatMoney(x.borrowingPower);
        case HealthFactor: return formatHealth(x.healthFactor);
        case Ltv: return formatPercent(x.ltv);
        case LiquidationPrice: return formatNumber(x.liquidationPrice, 2);
        case Distance: return formatPercent(x.distanceToLiquidation);
        default: return {};
        }
    }
    if (role == UnderlyingDataRole) {
        switch (index.column()) {
        case Debt: return x.debtValue;
        case CollateralMarket: return x.collateralMarketValue;
        case CollateralValue: return x.collateralValue;
        case BorrowingPower: return x.borrowingPower;
        case HealthFactor: return std::isinf(x.healthFactor) ? 1e300 : x.healthFactor;
        case Ltv: return std::isnan(x.ltv) ? 1e300 : x.ltv; // no collateral behind the debt: the worst
        case LiquidationPrice: return std::isnan(x.liquidationPrice) ? -1.0 : x.liquidationPrice;
        case Distance: return std::isnan(x.distanceToLiquidation) ? 1e300 : x.distanceToLiquidation;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(index.column() >= Debt ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == HealthFactor) {
        const QColor c = healthColour(x.healthFactor);
        if (c.isValid()) return QBrush(c);
    }
    return {};
}

QVariant LoansModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Id: return tr("Loan");
    case Borrower: return tr("Borrower");
    case Venue: return tr("Venue");
    case DebtAsset: return tr("Debt asset");
    case Debt: return tr("Debt");
    case CollateralMarket: return tr("Collateral (mkt)");
    case CollateralValue: return tr("Collateral (risk)");
    case BorrowingPower: return tr("Borrowing power");
    case HealthFactor: return tr("HF");
    case Ltv: return tr("LTV");
    case LiquidationPrice: return tr("Liq. price");
    case Distance: return tr("To liquidation");
    default: return {};
    }
}

} // namespace ballast::ui
