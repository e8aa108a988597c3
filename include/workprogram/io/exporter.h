#pragma once

#include "workprogram/core/item.h"
#include "workprogram/core/unit.h"
#include "workprogram/io/columns.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QVector>

namespace wp::io {

/// Writes items as the tables offices exchange: csv, json and xlsx files that the importer
/// reads back with nothing lost or changed.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(wp::io::Exporter)

public:
    Exporter(QVector<Item> items, const QVector<Unit>& units);

    /// The text of each column of @p item, as written in exported tables.
    QStringList row(const Item& item) const;
    /// Items as JSON objects (the keys of `items --format json`).
    QJsonArray json() const;

    void writeCsv(QIODevice& out) const;
    void writeJson(QIODevice& out, const QJsonObject& program = {}) const;
    /// Throws std::runtime_error with a message when the file cannot be written.
    void writeXlsx(const QString& path, const QString& title) const;
    /// Chooses by suffix: .csv, .json or .xlsx. Returns an error message, empty on success.
    QString writeFile(const QString& path, const QString& title, const QJsonObject& program = {}) const;

    /// Makes a value that a spreadsheet would run as a formula (=, +, -, @) show as text.
    static QString protectFormula(const QString& value);

private:
    QString unitName(qint64 id) const;
    QVector<Item> m_items;
    QVector<Unit> m_units;
    QHash<qint64, QString> m_unitNames;
};

} // namespace wp::io
