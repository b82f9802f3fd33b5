#pragma once
// Loans: one row per loan — borrower, venue, debt, collateral at market and after haircuts,
// borrowing power, health factor, LTV, liquidation price and distance. Sorting on raw numbers.

#include "exposure.h"
#include "roles.h"

#include <QAbstractTableModel>

namespace ballast::ui {

class LoansModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Id, Borrower, Venue, DebtAsset, Debt, CollateralMarket, CollateralValue, BorrowingPower, HealthFactor, Ltv,
        LiquidationPrice, Distance, ColumnCount
    };
    explicit LoansModel(QObject* parent = nullptr);
    /// Takes a new snapshot (shared, not copied); keeps rows when the book is the same.
    void setExposure(BookPtr book, std::shared_ptr<const Exposure> exposure);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    BookPtr m_book;
    std::shared_ptr<const Exposure> m_x;
};

} // namespace ballast::ui
