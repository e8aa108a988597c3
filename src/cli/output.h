#pragma once

// Private to wp_cli: table, csv and json output.

#include <QByteArray>
#include <QHash>
#include <QIODevice>
#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>
#include <QVector>

#include <functional>
#include <vector>

namespace wp::cli {

/// A table printed once all its rows are in, columns padded to the widest cell, @p numeric
/// columns right-aligned. The rows wait in a compact form — UTF-8, a cell that repeats (a unit, a
/// status, a deadline) as a two-byte reference, in blocks of 1 MiB that never need copying — so
/// that 100 000 rows of `items` take about 10 MiB instead of the 100 MiB of QStringLists.
class Table
{
public:
    explicit Table(QStringList header, QVector<int> numeric = {});
    void add(const QStringList& row);
    void print(QTextStream& out) const;

private:
    void printLine(QTextStream& out, const QStringList& cells) const;

    QStringList m_header;
    QVector<int> m_numeric;
    QVector<int> m_widths;
    std::vector<QByteArray> m_blocks;        ///< the rows, encoded (see add())
    QVector<QHash<QString, int>> m_repeated; ///< per column: cell text → index in m_values
    QVector<QStringList> m_values;           ///< per column: the texts referenced
    QByteArray m_row;                        ///< add()'s buffer
};

/// Columns padded to the widest cell; @p numeric columns right-aligned.
/// @p text as a terminal may show it: control characters and the invisible direction marks that
/// reorder a line (U+202A-U+202E, U+2066-U+2069, U+200E/F, U+061C) written as escapes ("\n",
/// "\t", "\u202E"), so that data can never steer the terminal or disguise a line.
QString printable(const QString& text);

/// Columns padded to the widest cell (every cell printable()); @p numeric columns right-aligned.
void printTable(QTextStream& out, const QStringList& header, const QVector<QStringList>& rows,
                const QVector<int>& numeric = {});
/// RFC 4180 quoting, one line ending in "\n".
QString csvLine(const QStringList& cells);
void printJson(QTextStream& out, const QJsonDocument& doc);
/// Lets @p write put bytes (UTF-8) straight on the device behind @p out, after what @p out
/// holds; a stream on a string gets them decoded.
void writeBytes(QTextStream& out, const std::function<void(QIODevice&)>& write);

} // namespace wp::cli
