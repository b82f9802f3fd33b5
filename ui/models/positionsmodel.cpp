#include "positionsmodel.h"

#include "palette.h"
#include "format.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace ballast::ui {

PositionsModel::PositionsModel(QObject* parent) : QAbstractTableModel(parent) {}

void PositionsModel::setExposure(BookPtr book, std::shared_ptr<const Exposure> x)
{
    const bool sameShape = m_book && book && m_book->positions.size() == book->positions.size() && m_book == book;
    if (!sameShape) beginResetModel();
    m_book = std::move(book);
    m_x = std::move(x);
    if (!sameShape) endResetModel();
    else if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1)); // one signal over the range
}

int PositionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_book || !m_x ? 0 : static_cast<int>(m_x->positions.size());
}
int PositionsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant PositionsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_book || !m_x) return {};
    const Position& p = m_book->positions[index.row()];
    const PositionExposure& x = m_x->positions[index.row()];
    const ballast::Asset* a = p.assetIx >= 0 ? &m_book->assets[p.assetIx] : nullptr;
    const AssetExposure* ax = p.assetIx >= 0 ? &m_x->assets[p.assetIx] : nullptr;
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
        case ExitValue:
            if (x.exitAtMarket) // no venue in the book: the fallback is marked and explained
                return role == Qt::ToolTipRole ? tr("No pool trades %1: the exit value is its market value").arg(QString::fromStdString(p.asset))
                                               : formatMoney(x.exitValue) + QStringLiteral(" *");
            return formatMoney(x.exitValue) + (x.exitExhausted ? QStringLiteral(" ⚠") : QString());
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
            const QColor c = healthTextColor(x.healthFactor);
            if (c.isValid()) return QBrush(c);
        }
        if (index.column() == AttestationAge && token && ax->attestationOverdue) return QBrush(QColor(0xf5, 0x9e, 0x0b));
        if (index.column() == ExitValue && x.exitAtMarket) return QBrush(colors().muted);
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

} // namespace ballast::ui
