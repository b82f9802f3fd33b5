#pragma once
// The desk's main window: the KPI strip, positions and loans tables (with filters and raw-value
// sorting), File actions (open, save, save as, import JSON/CSV, export JSON), and a status bar.
// Books load and compute on worker threads; the window never waits on the engine.

#include "workers/booktask.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <functional>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;

namespace ballast::ui {

class KpiStrip;
class PositionsModel;
class LoansModel;

/// How the window reads and writes books; app/ supplies it (the embedded demo book lives there).
struct BookIo
{
    std::function<Result<Book>(const std::string&)> load;
    std::function<Issues(const std::string&, const Book&)> save;
};

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(BookIo io, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Loads a book in the background ("demo" = the embedded demo book).
    void openBook(const QString& path);
    /// Loads from CSV files into a new book in the background.
    void importCsv(const QString& nodes, const QString& links, const QString& positions, const QString& prices);

    BookPtr book() const { return m_book; }
    std::shared_ptr<ExposureEngine> engine() const { return m_engine; }
    QString currentPath() const { return m_path; }
    KpiStrip* kpis() const { return m_kpis; }
    QTableView* positionsView() const { return m_positionsView; }
    PositionsModel* positionsModel() const { return m_positions; }

Q_SIGNALS:
    void bookLoaded(bool ok);
    void saved(bool ok);

private:
    void buildMenus();
    void startLoad(const QString& label, BookLoader loader);
    void applyLoaded(const LoadedBook& loaded);
    void refreshKpis();
    void showIssues(const QString& title, const Issues& issues);
    void saveTo(const QString& path);
    void onOpen();
    void onSave();
    void onSaveAs();
    void onImportJson();
    void onImportCsv();
    void onExportJson();

    BookIo m_io;
    BookPtr m_book;
    std::shared_ptr<ExposureEngine> m_engine;
    QString m_path;   // the workbook the book saves to; empty for the demo / imports
    QString m_source; // what was opened
    KpiStrip* m_kpis = nullptr;
    QTabWidget* m_tabs = nullptr;
    PositionsModel* m_positions = nullptr;
    LoansModel* m_loans = nullptr;
    QSortFilterProxyModel* m_positionsProxy = nullptr;
    QSortFilterProxyModel* m_loansProxy = nullptr;
    QTableView* m_positionsView = nullptr;
    QTableView* m_loansView = nullptr;
    QLabel* m_statusBook = nullptr;
    QLabel* m_statusCompute = nullptr;
    QFutureWatcher<LoadedBook> m_loadWatcher;
    QFutureWatcher<Issues> m_saveWatcher;
};

} // namespace ballast::ui
