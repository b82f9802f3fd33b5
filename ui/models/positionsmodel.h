#pragma once
// Positions and tokenized inventory: one row per position, the columns of PRODUCT.md. Sorting uses
// UnderlyingDataRole (raw numbers), never the display strings.

#include "exposure.h"
#include "roles.h"

#include <QAbstractTableModel>

namespace ballast::ui {


class PositionsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Id, Asset, Underlying, Owner, Quantity, Location, Shipment, AttestationAge, Price, OraclePrice, MarketValue,
        Haircut, CollateralValue, ExitValue, LiquidationCost, PledgedTo, HealthFactor, LiquidationPrice, Venue,
        ColumnCount
    };

    explicit PositionsModel(QObject* parent = nullptr);

    /// Takes a new snapshot; keeps rows when the book is the same (live updates keep selection).
    /// The model shares the snapshot's result, it does not copy it (a million rows: 80 MB).
    void setExposure(BookPtr book, std::shared_ptr<const Exposure> exposure);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    /// The quantity is editable; an edit is not applied here but asked for (quantityEdited), so
    /// that the window can validate it, make it undoable and recompute on a worker.
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    const Book* book() const { return m_book.get(); }

Q_SIGNALS:
    void quantityEdited(int position, double quantity);

private:
    BookPtr m_book;
    std::shared_ptr<const Exposure> m_x;
};

} // namespace ballast::ui
