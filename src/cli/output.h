#pragma once

// Private to wp_cli: table, csv and json output.

#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>
#include <QVector>

namespace wp::cli {

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

} // namespace wp::cli
