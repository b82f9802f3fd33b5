#include "dialogs/issuesdialog.h"

#include "issuetext.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>

namespace ballast::ui {
namespace {

QString errorTitle(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Io: return QCoreApplication::translate("ballast::ui::IssuesDialog", "File error");
    case ErrorCode::Parse: return QCoreApplication::translate("ballast::ui::IssuesDialog", "Malformed file");
    case ErrorCode::NewerVersion: return QCoreApplication::translate("ballast::ui::IssuesDialog", "Written by a newer Ballast");
    case ErrorCode::Integrity: return QCoreApplication::translate("ballast::ui::IssuesDialog", "Damaged or foreign file");
    case ErrorCode::Limit: return QCoreApplication::translate("ballast::ui::IssuesDialog", "Input too large");
    case ErrorCode::Storage: return QCoreApplication::translate("ballast::ui::IssuesDialog", "Workbook storage error");
    default: return QCoreApplication::translate("ballast::ui::IssuesDialog", "The book has problems");
    }
}

} // namespace

void showIssues(QWidget* parent, const QString& title, const Issues& issues)
{
    QString details;
    int shown = 0;
    for (const auto& i : issues) {
        if (++shown > 200) {
            details += QCoreApplication::translate("ballast::ui::IssuesDialog", "… and %1 more\n").arg(issues.size() - 200);
            break;
        }
        details += issueLine(i) + QLatin1Char('\n');
    }
    if (QApplication::platformName() == QStringLiteral("offscreen")) { // no one to click OK
        qWarning("%s\n%s", qPrintable(title), qPrintable(details));
        return;
    }
    QMessageBox box(QMessageBox::Warning, issues.empty() ? title : errorTitle(issues.front().code), title, QMessageBox::Ok, parent);
    box.setInformativeText(QCoreApplication::translate("ballast::ui::IssuesDialog", "%n problem(s). The first: %1", nullptr, static_cast<int>(issues.size()))
                               .arg(issues.empty() ? QString() : issueLine(issues.front())));
    box.setDetailedText(details);
    box.exec();
}

} // namespace ballast::ui
