#include "issuetext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ballast::ui {

QString issueText(const Issue& issue)
{
    if (issue.msg == Msg::Verbatim && issue.args.empty()) return QString::fromStdString(issue.message);
    QString text = QCoreApplication::translate("Issue", messageSource(issue.msg));
    // one pass over the placeholders, so that an argument holding "%2" is not replaced again
    QString out;
    out.reserve(text.size() + 32);
    for (qsizetype k = 0; k < text.size(); ++k) {
        const QChar c = text.at(k);
        if (c == QLatin1Char('%') && k + 1 < text.size() && text.at(k + 1) >= QLatin1Char('1') && text.at(k + 1) <= QLatin1Char('9')) {
            const auto n = static_cast<size_t>(text.at(k + 1).unicode() - '1');
            if (n < issue.args.size()) {
                out += QString::fromStdString(issue.args[n]);
                ++k;
                continue;
            }
        }
        out += c;
    }
    return out;
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
