// Translations: German and Simplified Chinese are complete (no unfinished, empty or vanished
// entries), keep every placeholder of their source, and cover every string the sources have
// today (lupdate is run on ui/ and app/ into a scratch file and compared).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {
struct Message
{
    QString context, source;
    QStringList translations;
    QString type;
    bool numerus = false;
};

QList<Message> readTs(const QString& path, QString* error)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + path;
        return out;
    }
    QXmlStreamReader x(&f);
    QString context;
    Message m;
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement()) continue;
        const auto name = x.name();
        if (name == QLatin1String("name")) context = x.readElementText();
        else if (name == QLatin1String("message")) {
            m = Message{};
            m.context = context;
            m.numerus = x.attributes().value(QStringLiteral("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) m.source = x.readElementText();
        else if (name == QLatin1String("translation")) {
            m.type = x.attributes().value(QStringLiteral("type")).toString();
            if (m.numerus) {
                while (!(x.isEndElement() && x.name() == QLatin1String("translation")) && !x.atEnd()) {
                    x.readNext();
                    if (x.isStartElement() && x.name() == QLatin1String("numerusform")) m.translations << x.readElementText();
                }
            } else {
                m.translations << x.readElementText();
            }
            out << m;
        }
    }
    if (x.hasError()) *error = path + QStringLiteral(": ") + x.errorString();
    return out;
}

QStringList placeholders(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("%L?[0-9]+|%n"));
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();) out << it.next().captured();
    out.sort();
    out.removeDuplicates();
    return out;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("de") << QStringLiteral(BALLAST_SOURCE_DIR "/translations/ballast_de.ts");
        QTest::newRow("zh_CN") << QStringLiteral(BALLAST_SOURCE_DIR "/translations/ballast_zh_CN.ts");
    }
    void complete()
    {
        QFETCH(QString, file);
        QString error;
        const QList<Message> messages = readTs(file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 300);
        for (const Message& m : messages) {
            const QString where = QStringLiteral("%1: [%2] \"%3\"").arg(QFileInfo(file).fileName(), m.context, m.source);
            QVERIFY2(m.type.isEmpty(), qPrintable(where + QStringLiteral(" is ") + m.type));
            QVERIFY2(!m.translations.isEmpty(), qPrintable(where + QStringLiteral(" has no translation")));
            for (const QString& t : m.translations) {
                QVERIFY2(!t.trimmed().isEmpty() || m.source.trimmed().isEmpty(), qPrintable(where + QStringLiteral(" is empty")));
                QCOMPARE(placeholders(t), placeholders(m.source));
                // a menu accelerator (&F) in the source needs one in the translation
                static const QRegularExpression accel(QStringLiteral("(^|[^&])&[^&\\s]"));
                QCOMPARE(accel.match(t).hasMatch(), accel.match(m.source).hasMatch());
            }
        }
    }

    void coversTheSources()
    {
        const QString lupdate = QStringLiteral(BALLAST_LUPDATE);
        if (!QFileInfo::exists(lupdate)) QSKIP("lupdate not installed");
        QTemporaryDir dir;
        const QString scratch = dir.filePath(QStringLiteral("scratch.ts"));
        QProcess p;
        p.setWorkingDirectory(QStringLiteral(BALLAST_SOURCE_DIR));
        p.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("ui"), QStringLiteral("app"),
                          QStringLiteral("core/messages.cpp"), QStringLiteral("-ts"), scratch});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QString error;
        const QList<Message> now = readTs(scratch, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString& file : {QStringLiteral("ballast_de.ts"), QStringLiteral("ballast_zh_CN.ts")}) {
            const QList<Message> have = readTs(QStringLiteral(BALLAST_SOURCE_DIR "/translations/") + file, &error);
            QSet<QString> keys;
            for (const Message& m : have) keys.insert(m.context + QChar(0) + m.source);
            for (const Message& m : now)
                QVERIFY2(keys.contains(m.context + QChar(0) + m.source),
                         qPrintable(QStringLiteral("%1 lacks [%2] \"%3\" — run the update_translations target and translate it").arg(file, m.context, m.source)));
        }
    }
};

QTEST_APPLESS_MAIN(TestTranslations)
#include "tst_translations.moc"
