#pragma once

// Reading the PDFs the reports write with poppler's command-line tools.

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

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

/// One line of text with its runs of spaces collapsed, for matching table rows.
inline QString squeeze(const QString& line)
{
    return line.simplified();
}

} // namespace wp::test
