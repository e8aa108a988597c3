#pragma once

// Reading the PDFs the reports write with poppler's command-line tools.

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVector>

#include <gtest/gtest.h>

#include <functional>

namespace wp::test {

inline QString runTool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// `pdftotext -layout`, all pages or pages @p first to @p last.
inline QString pdfText(const QString& pdf, int first = 0, int last = 0)
{
    QStringList args{QStringLiteral("-layout")};
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l") << QString::number(last);
    args << pdf << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), args);
}

/// The text of every page (pdftotext ends each page with a form feed).
inline QStringList pdfPages(const QString& pdf)
{
    QStringList pages = pdfText(pdf).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

inline QString pdfInfo(const QString& pdf)
{
    return runTool(QStringLiteral("pdfinfo"), {pdf});
}

inline int pdfPageCount(const QString& pdf)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(pdfInfo(pdf));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

/// The rows of `pdffonts` under its two header lines.
inline QStringList pdfFontRows(const QString& pdf)
{
    QStringList rows = runTool(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return rows.mid(2);
}

/// A word as `pdftotext -bbox` places it on its page, in points from the top-left corner.
struct PdfWord
{
    QString text;
    double xMin = 0;
    double yMin = 0;
    double xMax = 0;
    double yMax = 0;
    double height() const { return yMax - yMin; }
};

/// The words of page @p page (from 1) with their boxes.
inline QVector<PdfWord> pdfWords(const QString& pdf, int page)
{
    const QString html =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page),
                                              QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    const QRegularExpression re(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QVector<PdfWord> words;
    for (auto it = re.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        words.append({m.captured(5), m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble(),
                      m.captured(4).toDouble()});
    }
    return words;
}

/// The words of @p text, split at white space and after the hyphens and slashes a line may
/// break at ("2023-" / "2024").
inline QStringList words(const QString& text)
{
    QString spaced = text;
    spaced.replace(QLatin1Char('-'), QStringLiteral("- ")).replace(QLatin1Char('/'), QStringLiteral("/ "));
    return spaced.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

/// Where @p phrase is found in @p tokens from @p from on: its words in order, each within
/// @p maxGap other words of the one before (a table cell wrapped over lines is read with the
/// other columns' words between its lines). The index after its last word, or -1.
inline int findWords(const QStringList& tokens, const QString& phrase, int from = 0, int maxGap = 16)
{
    const QStringList wanted = words(phrase);
    if (wanted.isEmpty())
        return from;
    for (int start = from; start < tokens.size(); ++start) {
        if (tokens.at(start) != wanted.first())
            continue;
        int at = start;
        int matched = 1;
        while (matched < wanted.size()) {
            int next = -1;
            for (int j = at + 1; j < tokens.size() && j <= at + 1 + maxGap; ++j)
                if (tokens.at(j) == wanted.at(matched)) {
                    next = j;
                    break;
                }
            if (next < 0)
                break;
            at = next;
            ++matched;
        }
        if (matched == wanted.size())
            return at + 1;
    }
    return -1;
}

/// True when @p text holds @p phrase, a table cell's text possibly wrapped over several lines.
inline bool containsWords(const QString& text, const QString& phrase)
{
    return findWords(words(text), phrase) >= 0;
}

/// One line of text with its runs of spaces collapsed, for matching table rows.
inline QString squeeze(const QString& line)
{
    return line.simplified();
}

/// The header block of every report, the issuing body's and the national motto's lines, is in
/// @p text (a page's text with its white space folded to single spaces).
inline void expectHeaderBlock(const QString& text)
{
    EXPECT_TRUE(text.contains(QStringLiteral("UBND THÀNH PHỐ HÀ NỘI")));
    EXPECT_TRUE(text.contains(QStringLiteral("ỦY BAN NHÂN DÂN")));
    EXPECT_TRUE(text.contains(QStringLiteral("QUẬN NAM TỪ LIÊM")));
    EXPECT_TRUE(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    EXPECT_TRUE(text.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
}

/// Every font of @p pdf is embedded, and @p typeface accepts its row of `pdffonts` (the row, and
/// its columns).
inline void expectFontsEmbedded(const QString& pdf,
                                const std::function<bool(const QString& row, const QStringList& cols)>& typeface)
{
    const QStringList rows = pdfFontRows(pdf);
    ASSERT_FALSE(rows.isEmpty());
    for (const QString& row : rows) {
        const QStringList cols = row.simplified().split(QLatin1Char(' '));
        // name type... encoding emb sub uni object ID: emb is the 5th column from the end
        ASSERT_GE(cols.size(), 6) << row.toStdString();
        EXPECT_TRUE(typeface(row, cols)) << row.toStdString();
        EXPECT_EQ(cols.at(cols.size() - 5), QStringLiteral("yes")) << "embedded: " << row.toStdString();
    }
}

} // namespace wp::test
