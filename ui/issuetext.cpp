#include "issuetext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ballast::ui {

QString issueText(const Issue& issue)
{
    if (issue.msg == Msg::Verbatim && issue.args.empty()) return QString::fromStdString(issue.message);
    // the translated text filled as the CLI fills the English one (one pass: an argument holding
    // "%2" is not replaced again)
    const QByteArray text = QCoreApplication::translate("Issue", messageSource(issue.msg)).toUtf8();
    return QString::fromStdString(fillMessage(text.constData(), issue.args));
}

QString issuePlace(const Issue& issue)
{
    static const QRegularExpression csv(QStringLiteral("^line (\\d+)(?:, column (.+))?$"));
    const QString place = QString::fromStdString(issue.place);
    const auto m = csv.match(place);
    if (!m.hasMatch()) return place;
    return m.captured(2).isEmpty() ? QCoreApplication::translate("Issue", "line %1").arg(m.captured(1))
                                   : QCoreApplication::translate("Issue", "line %1, column %2").arg(m.captured(1), m.captured(2));
}

QString issueLine(const Issue& issue)
{
    QString s = issue.file.empty() ? QCoreApplication::translate("Issue", "<input>") : QString::fromStdString(issue.file);
    if (!issue.place.empty()) s += QStringLiteral(": ") + issuePlace(issue);
    s += issue.warning ? QCoreApplication::translate("Issue", ": warning: ") : QStringLiteral(": ");
    s += issueText(issue);
    s += QStringLiteral(" [%1]").arg(QLatin1String(errorCodeName(issue.code)));
    return s;
}

} // namespace ballast::ui
