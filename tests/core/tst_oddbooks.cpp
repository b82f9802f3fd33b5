// Every engine entry point on a few hundred odd books (core/oddbook.h): empty books, supply chains
// without finance, boundary values, supply cycles, unicode and 4,000-character names, and a few
// huge ones (10,000-node chains, a loan with 500 collateral positions). Nothing may crash, hang,
// or put NaN/Inf into a result (tests/common/exercise.h says what is checked).
#include "exercise.h"
#include "oddbook.h"
#include "validate.h"

#include <QtTest>

using namespace ballast;

class TestOddBooks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatorIsReproducible()
    {
        Choices a = Choices::seeded(42), b = Choices::seeded(42);
        QCOMPARE(workbookToJson(generateOddBook(a)).dump(), workbookToJson(generateOddBook(b)).dump());
        Choices c = Choices::seeded(43);
        QVERIFY(workbookToJson(generateOddBook(c)).dump() != workbookToJson(generateOddBook(a)).dump());
    }

    void generatorCoversTheOddCases()
    {
        // the sample must contain what the issue lists, or the test below proves little
        int empty = 0, chainOnly = 0, noScenarios = 0, emptyScenario = 0, zeroDebt = 0, oneAsset = 0, noVolatility = 0,
            zeroEquity = 0, isolated = 0, cycles = 0, valid = 0;
        for (std::uint64_t seed = 1; seed <= 300; ++seed) {
            Choices ch = Choices::seeded(seed);
            const Book b = generateOddBook(ch);
            const Issues issues = validate(b, "odd.json");
            if (hasErrors(issues)) continue;
            ++valid;
            empty += b.nodes.empty() && b.assets.empty();
            chainOnly += !b.nodes.empty() && !b.links.empty() && b.assets.empty() && b.loans.empty();
            noScenarios += b.scenarios.empty();
            for (const auto& s : b.scenarios) emptyScenario += s.shocks.empty();
            for (const auto& l : b.loans) zeroDebt += l.debt == 0;
            oneAsset += b.assets.size() == 1;
            noVolatility += !b.assets.empty() && riskFactors(b).empty();
            for (const auto& n : b.nodes) zeroEquity += n.equity == 0;
            std::vector<int> degree(b.nodes.size(), 0);
            for (const auto& l : b.links) {
                if (l.fromIx >= 0) ++degree[l.fromIx];
                if (l.toIx >= 0) ++degree[l.toIx];
            }
            isolated += std::count(degree.begin(), degree.end(), 0) > 0;
            for (const auto& i : issues) cycles += i.code == ErrorCode::Cycle;
        }
        qInfo("%d of 300 valid: %d empty, %d chain-only, %d without scenarios, %d empty scenarios, %d zero-debt loans, "
              "%d one-asset, %d without volatility, %d zero-equity nodes, %d with an isolated node, %d supply cycles",
              valid, empty, chainOnly, noScenarios, emptyScenario, zeroDebt, oneAsset, noVolatility, zeroEquity, isolated, cycles);
        QVERIFY(valid >= 270);
        for (int n : {empty, chainOnly, noScenarios, emptyScenario, zeroDebt, oneAsset, noVolatility, zeroEquity, isolated, cycles})
            QVERIFY(n > 0);
    }

    void everyEntryPoint_data()
    {
        QTest::addColumn<quint64>("first");
        QTest::addColumn<quint64>("last");
        // 600 books; BALLAST_ODD_BOOKS lowers it where the build is slow (CI's -O0 sanitizer run: 200)
        const quint64 books = qEnvironmentVariableIsSet("BALLAST_ODD_BOOKS") ? qEnvironmentVariable("BALLAST_ODD_BOOKS").toULongLong() : 600;
        for (quint64 k = 0; k < std::max<quint64>(1, books / 50); ++k) QTest::newRow(qPrintable(QStringLiteral("seeds %1-%2").arg(k * 50 + 1).arg(k * 50 + 50))) << k * 50 + 1 << k * 50 + 50;
    }
    void everyEntryPoint()
    {
        QFETCH(quint64, first);
        QFETCH(quint64, last);
        for (quint64 seed = first; seed <= last; ++seed) {
            Choices ch = Choices::seeded(seed);
            const Book b = generateOddBook(ch);
            if (hasErrors(validate(b, "odd.json"))) continue;
            const auto problems = test::exerciseBook(b);
            QString text;
            for (const auto& p : problems) text += QString::fromStdString(p) + QLatin1Char('\n');
            QVERIFY2(problems.empty(), qPrintable(QStringLiteral("seed %1 (%2):\n%3").arg(seed).arg(QString::fromStdString(describeBook(b)), text)));
        }
    }

    void hugeOnes()
    {
        // 10,000+ node chains and a loan with 500 collateral positions (the generator's allowHuge)
        OddBookOptions o;
        o.allowHuge = true;
        int huge = 0, bigLoans = 0;
        for (std::uint64_t seed = 1; seed <= 400 && (huge < 2 || bigLoans < 2); ++seed) {
            Choices ch = Choices::seeded(seed);
            const Book b = generateOddBook(ch, o);
            bool bigLoan = false;
            for (const auto& l : b.loans) bigLoan |= l.collateral.size() >= 500;
            if (!(b.nodes.size() >= 10000 && huge < 2) && !(bigLoan && bigLoans < 2)) continue;
            if (hasErrors(validate(b, "odd.json"))) continue;
            huge += b.nodes.size() >= 10000;
            bigLoans += bigLoan;
            test::ExerciseOptions eo;
            eo.layouts = b.nodes.size() < 10000; // the force layout of 10,000 nodes is the desk's, tested there
            eo.reverse = false;
            const auto problems = test::exerciseBook(b, eo);
            QVERIFY2(problems.empty(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(problems.empty() ? QString() : QString::fromStdString(problems.front()))));
        }
        QCOMPARE(huge, 2);
        QCOMPARE(bigLoans, 2);
    }
};

QTEST_APPLESS_MAIN(TestOddBooks)
#include "tst_oddbooks.moc"
