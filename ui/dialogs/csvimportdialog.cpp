#include "csvimportdialog.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace ballast::ui {

std::optional<CsvInputs> askCsvImport(QWidget* parent)
{
    QDialog d(parent);
    d.setWindowTitle(QCoreApplication::translate("CsvImportDialog", "Import CSV"));
    auto* form = new QFormLayout(&d);
    QLineEdit* edits[4];
    const QString labels[4] = {QCoreApplication::translate("CsvImportDialog", "Nodes"), QCoreApplication::translate("CsvImportDialog", "Links"), QCoreApplication::translate("CsvImportDialog", "Positions"), QCoreApplication::translate("CsvImportDialog", "Prices")};
    for (int i = 0; i < 4; ++i) {
        auto* row = new QWidget(&d);
        auto* h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        edits[i] = new QLineEdit(row);
        auto* browse = new QPushButton(QCoreApplication::translate("CsvImportDialog", "Browse…"), row);
        QLineEdit* e = edits[i];
        QObject::connect(browse, &QPushButton::clicked, &d, [e, &d] {
            const QString f = QFileDialog::getOpenFileName(&d, QCoreApplication::translate("CsvImportDialog", "CSV file"), {}, QCoreApplication::translate("CsvImportDialog", "CSV (*.csv)"));
            if (!f.isEmpty()) e->setText(f);
        });
        h->addWidget(edits[i], 1);
        h->addWidget(browse);
        form->addRow(labels[i], row);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    form->addRow(buttons);
    if (d.exec() != QDialog::Accepted) return std::nullopt;
    return CsvInputs{edits[0]->text().toStdString(), edits[1]->text().toStdString(), edits[2]->text().toStdString(),
                     edits[3]->text().toStdString()};
}

} // namespace ballast::ui
