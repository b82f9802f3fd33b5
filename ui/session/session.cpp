#include "session.h"

#include "json_io.h"

#include "issuetext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace ballast::ui {

namespace {
/// Writes the autosave of `book` (and which workbook it belongs to); returns the issues.
Issues writeAutosave(const Book& book, const QString& file, const QString& origin)
{
    QDir().mkpath(Session::autosaveDirectory());
    const Issues issues = writeFileAtomic(file.toStdString(), workbookToJson(book).dump(1) + "\n");
    if (issues.empty()) {
        QFile f(file + QStringLiteral(".origin"));
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) f.write(origin.toUtf8());
    }
    return issues;
}
} // namespace

Session::Session(bool persistent, QObject* parent) : QObject(parent), m_persistent(persistent), m_timer(new QTimer(this))
{
    m_timer->setInterval(60000);
    whenFinished(m_watcher, this, [this] {
        const JobResult<Issues> r = m_watcher.result();
        if (!r) Q_EMIT autosaveFailed(QString::fromStdString(r.error));
        else if (!r.value->empty()) Q_EMIT autosaveFailed(QString::fromStdString(r.value->front().toString()));
    });
}

Session::~Session() { waitFor(m_watcher); }

QString Session::autosaveDirectory() { return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave"); }

QString Session::autosaveFile(const QString& workbook)
{
    const QString key = workbook.isEmpty() ? QStringLiteral("untitled")
                                           : QString::fromLatin1(QCryptographicHash::hash(workbook.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
    return autosaveDirectory() + QStringLiteral("/") + key + QStringLiteral(".json");
}

QString Session::originOf(const QString& autosave)
{
    QFile origin(autosave + QStringLiteral(".origin"));
    return origin.open(QIODevice::ReadOnly) ? QString::fromUtf8(origin.readAll()).trimmed() : QString();
}

QString Session::newestAutosave()
{
    const QDir dir(autosaveDirectory());
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Time);
    return files.isEmpty() ? QString() : dir.filePath(files.front());
}

void Session::discard(const QString& autosave)
{
    if (autosave.isEmpty()) return;
    QFile::remove(autosave);
    QFile::remove(autosave + QStringLiteral(".origin"));
}

void Session::discardAll() { QDir(autosaveDirectory()).removeRecursively(); }

QString Session::autosaveNow(const Book& book, const QString& workbook)
{
    const QString file = autosaveFile(workbook);
    const Issues issues = writeAutosave(book, file, workbook);
    if (!issues.empty()) {
        Q_EMIT autosaveFailed(issueLine(issues.front()));
        return {};
    }
    return file;
}

void Session::startPeriodic(std::function<bool()> dirty, std::function<std::pair<BookPtr, QString>()> current)
{
    if (!m_persistent) return;
    connect(m_timer, &QTimer::timeout, this, [this, dirty = std::move(dirty), current = std::move(current)] {
        if (!dirty() || m_watcher.isRunning()) return;
        auto [book, workbook] = current();
        if (!book) return;
        // serialising a desk-sized book takes about a second: never on the GUI thread
        m_watcher.setFuture(runJob([book, file = autosaveFile(workbook), workbook] { return writeAutosave(*book, file, workbook); }));
    });
    m_timer->start();
}

QStringList Session::recentFiles() const { return m_persistent ? QSettings().value(QStringLiteral("recent")).toStringList() : QStringList(); }

void Session::addRecent(const QString& path)
{
    if (!m_persistent || path.isEmpty()) return;
    QSettings s;
    QStringList recent = s.value(QStringLiteral("recent")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 10) recent.removeLast();
    s.setValue(QStringLiteral("recent"), recent);
    Q_EMIT recentChanged();
}

} // namespace ballast::ui
