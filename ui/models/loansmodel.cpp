#include "loansmodel.h"

#include "palette.h"
#include "format.h"

#include <QBrush>
#include <QColor>

namespace ballast::ui {

LoansModel::LoansModel(QObject* parent) : QAbstractTableModel(parent) {}

void LoansModel::setExposure(BookPtr book, std::shared_ptr<const Exposure> x)
{
    const bool same = m_book && m_book == book;
    if (!same) beginResetModel();
    m_book = std::move(book);
    m_x = std::move(x);
    if (!same) endResetModel();
    else if (rowCount() > 0) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int LoansModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_book || !m_x ? 0 : static_cast<int>(m_x->loans.size());
}
int LoansModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant LoansModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_book || !m_x) return {};
    const Loan& l = m_book->loans[index.row()];
    const LoanExposure& x = m_x->loans[index.row()];
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
        const QColor c = healthTextColor(x.healthFactor);
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
