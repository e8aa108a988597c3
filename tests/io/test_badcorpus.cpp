// The malformed-input corpus (tests/data/bad, written by make_corpus.py): every file is
// imported the way the CLI does it, and the outcome must be exactly the one in expected.tsv:
// either "ok N" (N items written) or "error N FIRST" (N errors, the first formatted as the CLI
// prints it with the file named "F", and the database unchanged).
//
// To see the outcomes after changing a reader: WP_BADCORPUS_WRITE=/tmp/expected.tsv
// test_io --gtest_filter='BadCorpus*', then diff against expected.tsv and review every line.
#include "testsupport.h"

#include "workprogram/io/importer.h"
#include "workprogram/io/sampledata.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QTextStream>

#include <gtest/gtest.h>

#include <ostream>
#include <vector>

// gtest prints parameters of failing tests.
static void PrintTo(const QString& s, std::ostream* os)
{
    *os << s.toStdString();
}

namespace {

const QString corpusDir = QStringLiteral(WP_TEST_DATA_DIR "/bad");

struct Expected
{
    QString kind; ///< "ok" or "error"
    int count = 0;
    QString firstError;
};

QMap<QString, Expected> manifest()
{
    QMap<QString, Expected> m;
    QFile f(corpusDir + QStringLiteral("/expected.tsv"));
    if (!f.open(QIODevice::ReadOnly))
        return m;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QStringList parts = QString::fromUtf8(line).split(QLatin1Char('\t'));
        Expected e;
        e.kind = parts.value(1);
        e.count = parts.value(2).toInt();
        e.firstError = parts.value(3);
        m.insert(parts.value(0), e);
    }
    return m;
}

QStringList corpusFiles()
{
    QStringList files = QDir(corpusDir).entryList(QDir::Files, QDir::Name);
    files.removeAll(QStringLiteral("make_corpus.py"));
    files.removeAll(QStringLiteral("expected.tsv"));
    return files;
}

std::vector<QString> corpusVector()
{
    const QStringList files = corpusFiles();
    return std::vector<QString>(files.cbegin(), files.cend());
}

int itemCount(wp::storage::Database& db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM items")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

/// One line of expected.tsv for what importing @p name did.
QString outcomeLine(const QString& name, const wp::io::ImportResult& r, int added)
{
    if (r.ok)
        return QStringLiteral("%1\tok\t%2").arg(name).arg(added);
    QString first = r.errors.isEmpty() ? QString() : r.errors.first().format(QStringLiteral("F"));
    first.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return QStringLiteral("%1\terror\t%2\t%3").arg(name).arg(r.errors.size()).arg(first);
}

class BadCorpus : public ::testing::TestWithParam<QString>
{};

TEST(BadCorpusManifest, CoversEveryFileAndHasAtLeastFifty)
{
    const QStringList files = corpusFiles();
    const QMap<QString, Expected> m = manifest();
    EXPECT_GE(files.size(), 50);
    for (const QString& f : files)
        EXPECT_TRUE(m.contains(f)) << "no expected outcome for " << f.toStdString();
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        EXPECT_TRUE(files.contains(it.key())) << "expected.tsv names a missing file " << it.key().toStdString();
}

TEST_P(BadCorpus, ImportsExactlyAsExpected)
{
    const QString name = GetParam();
    wp::test::TempDb temp;
    wp::io::SampleData::addUnits(temp.db());
    const int before = itemCount(temp.db());
    ASSERT_EQ(before, 0);

    wp::io::ImportOptions options;
    options.year = 2023;
    const wp::io::ImportResult r = wp::io::Importer(temp.db()).run(corpusDir + QLatin1Char('/') + name, options);
    const int after = itemCount(temp.db());
    const QString line = outcomeLine(name, r, after - before);

    if (const QByteArray out = qgetenv("WP_BADCORPUS_WRITE"); !out.isEmpty()) {
        QFile f(QString::fromLocal8Bit(out));
        ASSERT_TRUE(f.open(QIODevice::Append));
        f.write(line.toUtf8() + '\n');
    }

    const QMap<QString, Expected> m = manifest();
    ASSERT_TRUE(m.contains(name)) << "add to expected.tsv: " << line.toStdString();
    const Expected e = m.value(name);
    if (e.kind == QLatin1String("ok")) {
        EXPECT_TRUE(r.ok) << line.toStdString();
        EXPECT_EQ(r.itemsAdded, e.count);
        EXPECT_EQ(after - before, e.count);
    } else {
        ASSERT_FALSE(r.ok) << line.toStdString();
        EXPECT_FALSE(r.written);
        EXPECT_EQ(int(r.errors.size()), e.count) << line.toStdString();
        EXPECT_EQ(r.errors.first().format(QStringLiteral("F")), e.firstError);
        EXPECT_EQ(after, before) << "the database is unchanged";
    }
}

INSTANTIATE_TEST_SUITE_P(Files, BadCorpus, ::testing::ValuesIn(corpusVector()),
                         [](const ::testing::TestParamInfo<QString>& param) {
                             QString n = param.param;
                             for (QChar& c : n)
                                 if (!c.isLetterOrNumber())
                                     c = QLatin1Char('_');
                             return n.toStdString();
                         });

} // namespace
