// ballast-mpi against ballast-cli stress: the same book, seed and options give the same result, to
// the bit, on 1 to 4 ranks (and any threads per rank); a run whose rank dies half way ends with a
// non-zero status and no result, and its checkpoint resumes to the identical result (on another rank
// count); a book that does not open, or another run's checkpoint, ends every rank with status 2 and
// leaves the file as it was.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out, err;
};

Run run(const QString& program, const QStringList& args, const QStringList& env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString& kv : env) e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(e);
    p.start(program, args);
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

Run mpi(int ranks, const QStringList& args, const QStringList& env = {})
{
    return run(QStringLiteral(BALLAST_MPIEXEC), QStringList{QStringLiteral("--oversubscribe"), QStringLiteral("-np"), QString::number(ranks),
                                                             QStringLiteral(BALLAST_MPI)} + args,
               env);
}

/// The stress object without what depends on the machine or the ranks (times, threads, ranks).
QJsonObject result(const QByteArray& json)
{
    QJsonObject o = QJsonDocument::fromJson(json).object();
    for (const char* k : {"elapsedMs", "scenariosPerSecond", "threads", "ranks", "rankTiming", "openMs", "resumedBlocks"})
        o.remove(QLatin1String(k));
    return o;
}

} // namespace

class TestMpi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_generated;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_generated = m_dir.filePath(QStringLiteral("gen.ballast"));
        const Run g = run(QStringLiteral(BALLAST_CLI), {QStringLiteral("generate"), QStringLiteral("--seed"), QStringLiteral("3"),
                                                        QStringLiteral("-o"), m_generated});
        QVERIFY2(g.code == 0, g.err.constData());
    }

    void identicalToOneProcess_data()
    {
        QTest::addColumn<QString>("book");
        QTest::addColumn<int>("ranks");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("mpiOnly");
        const QStringList plain{QStringLiteral("--scenarios"), QStringLiteral("2500"), QStringLiteral("--seed"), QStringLiteral("11")};
        for (int k = 1; k <= 4; ++k)
            QTest::newRow(qPrintable(QStringLiteral("demo, %1 rank(s)").arg(k))) << QStringLiteral("demo") << k << plain << QStringList{};
        QTest::newRow("demo, blocks of 333, 4 ranks") << QStringLiteral("demo") << 4 << plain
                                                      << QStringList{QStringLiteral("--block"), QStringLiteral("333")};
        QTest::newRow("demo, fat tails and jumps, 3 ranks x 1 thread")
            << QStringLiteral("demo") << 3
            << QStringList{QStringLiteral("--scenarios"), QStringLiteral("1500"), QStringLiteral("--seed"), QStringLiteral("4"),
                           QStringLiteral("--student-t"), QStringLiteral("5"), QStringLiteral("--jumps"), QStringLiteral("12"),
                           QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--no-breakers")}
            << QStringList{};
        const QStringList small{QStringLiteral("--scenarios"), QStringLiteral("1100"), QStringLiteral("--seed"), QStringLiteral("2")};
        QTest::newRow("generated, 2 ranks") << QStringLiteral("generated") << 2 << small << QStringList{};
        QTest::newRow("generated, 3 ranks") << QStringLiteral("generated") << 3 << small << QStringList{};
    }
    void identicalToOneProcess()
    {
        QFETCH(QString, book);
        QFETCH(int, ranks);
        QFETCH(QStringList, options);
        QFETCH(QStringList, mpiOnly);
        const QString path = book == QStringLiteral("generated") ? m_generated : book;
        const Run cli = run(QStringLiteral(BALLAST_CLI), QStringList{QStringLiteral("stress"), path, QStringLiteral("--json"),
                                                                     QStringLiteral("--no-save")} + options);
        QVERIFY2(cli.code == 0, cli.err.constData());
        const Run m = mpi(ranks, QStringList{QStringLiteral("stress"), path, QStringLiteral("--json")} + options + mpiOnly);
        QVERIFY2(m.code == 0, m.err.constData());
        const QJsonObject all = QJsonDocument::fromJson(m.out).object();
        QCOMPARE(all.value(QStringLiteral("ranks")).toInt(), ranks);
        QCOMPARE(all.value(QStringLiteral("rankTiming")).toArray().size(), ranks);
        long long shares = 0;
        for (const auto& t : all.value(QStringLiteral("rankTiming")).toArray()) shares += t.toObject().value(QStringLiteral("scenarios")).toInteger();
        QCOMPARE(shares, all.value(QStringLiteral("scenarios")).toInteger());
        QVERIFY(m.err.contains("scenarios,")); // rank 0's progress lines
        const QJsonObject a = result(cli.out), b = result(m.out);
        QVERIFY(!a.isEmpty());
        QVERIFY(a.contains(QStringLiteral("var")) && a.contains(QStringLiteral("histogram")));
        // bit for bit: JSON prints doubles with all their digits
        QCOMPARE(QJsonDocument(b).toJson(QJsonDocument::Compact), QJsonDocument(a).toJson(QJsonDocument::Compact));
    }

    void aDyingRankEndsTheRunAndItsCheckpointResumes()
    {
        const QString ckpt = m_dir.filePath(QStringLiteral("run.ckpt"));
        const QStringList args{QStringLiteral("stress"), QStringLiteral("demo"), QStringLiteral("--json"), QStringLiteral("--scenarios"),
                               QStringLiteral("5000"), QStringLiteral("--seed"), QStringLiteral("8"), QStringLiteral("--checkpoint"), ckpt};
        // rank 1 of 2 exits after two blocks: no result, a non-zero status, two blocks kept
        const Run died = mpi(2, args, {QStringLiteral("BALLAST_MPI_FAIL_RANK=1"), QStringLiteral("BALLAST_MPI_FAIL_AFTER_BLOCKS=2")});
        QVERIFY(died.code != 0);
        QVERIFY2(died.out.trimmed().isEmpty(), died.out.constData()); // never a partial result
        QVERIFY(QFile::exists(ckpt));
        const qint64 kept = QFile(ckpt).size();
        QVERIFY(kept > 2 * 1024 * 28); // two blocks of 1,024 scenarios (28 bytes each) and a header
        // resumed on 3 ranks: the same result as one process
        const Run resumed = mpi(3, args);
        QVERIFY2(resumed.code == 0, resumed.err.constData());
        QCOMPARE(QJsonDocument::fromJson(resumed.out).object().value(QStringLiteral("resumedBlocks")).toInt(), 2);
        QVERIFY(resumed.err.contains("resuming"));
        const Run cli = run(QStringLiteral(BALLAST_CLI), {QStringLiteral("stress"), QStringLiteral("demo"), QStringLiteral("--json"),
                                                          QStringLiteral("--no-save"), QStringLiteral("--scenarios"), QStringLiteral("5000"),
                                                          QStringLiteral("--seed"), QStringLiteral("8")});
        QCOMPARE(QJsonDocument(result(resumed.out)).toJson(QJsonDocument::Compact),
                 QJsonDocument(result(cli.out)).toJson(QJsonDocument::Compact));
        // another run (another seed) does not take this checkpoint, and leaves it as it is
        QFile f(ckpt);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        QStringList other = args;
        other[other.indexOf(QStringLiteral("8"))] = QStringLiteral("9");
        const Run wrong = mpi(2, other);
        QCOMPARE(wrong.code, 2);
        QVERIFY(wrong.err.contains("another run"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    // shock --all: the book's scenarios dealt to the ranks come back in the book's order, each the
    // same what-if as in one process (times aside)
    void shockAllIsTheSameOnAnyRankCount_data()
    {
        QTest::addColumn<int>("ranks");
        for (int k : {1, 2, 3}) QTest::newRow(qPrintable(QStringLiteral("%1 rank(s)").arg(k))) << k;
    }
    void shockAllIsTheSameOnAnyRankCount()
    {
        QFETCH(int, ranks);
        auto untimed = [](const QByteArray& json) {
            QJsonArray a = QJsonDocument::fromJson(json).array();
            for (int i = 0; i < a.size(); ++i) {
                QJsonObject o = a[i].toObject();
                QJsonObject summary = o.value(QStringLiteral("summary")).toObject();
                summary.remove(QStringLiteral("elapsedMs"));
                o.insert(QStringLiteral("summary"), summary);
                a[i] = o;
            }
            return QJsonDocument(a).toJson(QJsonDocument::Compact);
        };
        const Run cli = run(QStringLiteral(BALLAST_CLI), {QStringLiteral("shock"), QStringLiteral("demo"), QStringLiteral("--all"),
                                                          QStringLiteral("--json"), QStringLiteral("--no-save")});
        QVERIFY2(cli.code == 0, cli.err.constData());
        const Run m = mpi(ranks, {QStringLiteral("shock"), QStringLiteral("demo"), QStringLiteral("--all")});
        QVERIFY2(m.code == 0, m.err.constData());
        QCOMPARE(QJsonDocument::fromJson(m.out).array().size(), 10); // the demo's scenarios
        QCOMPARE(untimed(m.out), untimed(cli.out));
    }

    // reverse: the halvings evaluated ahead across the ranks; the same answer to the bit as ballast-cli
    // reverse, in fewer batches (3 ranks: two halvings per batch)
    void reverseIsTheSameOnAnyRankCount_data()
    {
        QTest::addColumn<int>("ranks");
        QTest::addColumn<bool>("generated");
        QTest::addColumn<QString>("outcome");
        for (int k : {1, 2, 3, 4}) {
            QTest::newRow(qPrintable(QStringLiteral("demo, %1 rank(s)").arg(k))) << k << false << QStringLiteral("bad-debt");
            QTest::newRow(qPrintable(QStringLiteral("generated, %1 rank(s)").arg(k))) << k << true << QStringLiteral("loss:1000000");
        }
    }
    void reverseIsTheSameOnAnyRankCount()
    {
        QFETCH(int, ranks);
        QFETCH(bool, generated);
        QFETCH(QString, outcome);
        const QString book = generated ? m_generated : QStringLiteral("demo");
        const QStringList ask{book, QStringLiteral("--family"), QStringLiteral("crypto"), QStringLiteral("--outcome"), outcome,
                              QStringLiteral("--json")};
        const Run cli = run(QStringLiteral(BALLAST_CLI), QStringList{QStringLiteral("reverse")} + ask + QStringList{QStringLiteral("--no-save")});
        QVERIFY2(cli.code == 0, cli.err.constData());
        const Run m = mpi(ranks, QStringList{QStringLiteral("reverse")} + ask);
        QVERIFY2(m.code == 0, m.err.constData());
        QJsonObject o = QJsonDocument::fromJson(m.out).object();
        QCOMPARE(o.value(QStringLiteral("ranks")).toInt(), ranks);
        const int rounds = o.value(QStringLiteral("rounds")).toInt();
        const QJsonObject one = QJsonDocument::fromJson(cli.out).object();
        const int evaluations = one.value(QStringLiteral("evaluations")).toInt();
        QVERIFY2(one.value(QStringLiteral("found")).toBool(), cli.out.constData()); // a real search, not the first probe
        // one process: a batch per evaluation but the final run; K ranks: round 0 holds the largest size and
        // zero, then floor(log2(K + 1)) halvings per batch
        int depth = 0;
        while ((2 << depth) - 1 <= ranks) ++depth;
        const int halvings = evaluations - 3;
        QCOMPARE(rounds, ranks == 1 ? evaluations - 1 : 1 + (halvings + depth - 1) / depth);
        for (const char* k : {"ranks", "threads", "rounds", "evaluated", "rankTiming", "elapsedMs"}) o.remove(QLatin1String(k));
        QCOMPARE(QJsonDocument(o).toJson(QJsonDocument::Compact), QJsonDocument(one).toJson(QJsonDocument::Compact));
    }

    void aReverseQuestionThatDoesNotParseIsSaidOnce()
    {
        const Run r = mpi(3, {QStringLiteral("reverse"), QStringLiteral("demo"), QStringLiteral("--family"), QStringLiteral("price:NOPE"),
                              QStringLiteral("--outcome"), QStringLiteral("bad-debt")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.trimmed().isEmpty());
        QCOMPARE(r.err.count("NOPE"), 1);
    }

    void aBookThatDoesNotOpenEndsEveryRank()
    {
        const Run r = mpi(3, {QStringLiteral("stress"), m_dir.filePath(QStringLiteral("missing.ballast")), QStringLiteral("--scenarios"),
                              QStringLiteral("10")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.trimmed().isEmpty());
        QVERIFY2(r.err.contains("failed to open on 3 of 3 rank(s)"), r.err.constData());
        QCOMPARE(r.err.count("missing.ballast"), 3); // each rank names the file and the reason
    }
};

QTEST_GUILESS_MAIN(TestMpi)
#include "tst_mpi.moc"
