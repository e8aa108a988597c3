#pragma once

// Private to wp_cli: table, csv and json output.

#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>
#include <QVector>

namespace wp::cli {

/// Columns padded to the widest cell; @p numeric columns right-aligned.
void printTable(QTextStream& out, const QStringList& header, const QVector<QStringList>& rows,
                const QVector<int>& numeric = {});
/// RFC 4180 quoting, one line ending in "\n".
QString csvLine(const QStringList& cells);
void printJson(QTextStream& out, const QJsonDocument& doc);

} // namespace wp::cli
