#pragma once

#include "workprogram/core/item.h"
#include "workprogram/core/unit.h"
#include "workprogram/io/columns.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QJsonObject>
#include <QVector>

#include <functional>
#include <stdexcept>

namespace wp::io {

/// Called once for each item to write.
using ItemVisitor = std::function<void(const Item&)>;
/// Calls the visitor with every item to write, in order; called once per file written. A
/// source can read the items as it goes (storage::ItemRepository::forEach), so that no file
/// ever needs the whole program in memory.
using ItemSource = std::function<void(const ItemVisitor&)>;

/// A file that could not be written (as opposed to items that could not be read).
class ExportError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// Writes items as the tables offices exchange: csv, json and xlsx files that the importer
/// reads back with nothing lost or changed. Every format is written as the items come, in
/// memory that does not grow with their number.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(wp::io::Exporter)

public:
    Exporter(QVector<Item> items, const QVector<Unit>& units);
    Exporter(ItemSource items, const QVector<Unit>& units);

    /// The text of each column of @p item, as written in exported tables.
    QStringList row(const Item& item) const;

    void writeCsv(QIODevice& out) const;
    /// The items as a JSON array (`items --format json`).
    void writeJsonItems(QIODevice& out) const;
    /// An object with the members of @p program and the items under "items" (`export`).
    void writeJson(QIODevice& out, const QJsonObject& program = {}) const;
    /// Throws ExportError with a message when the file cannot be written.
    void writeXlsx(const QString& path, const QString& title) const;
    /// Chooses by suffix: .csv, .json or .xlsx. Returns an error message, empty on success.
    /// What the item source throws passes through, and no file is left behind.
    QString writeFile(const QString& path, const QString& title, const QJsonObject& program = {}) const;

    /// Makes a value that a spreadsheet would run as a formula (=, +, -, @) show as text.
    static QString protectFormula(const QString& value);

private:
    QString unitName(qint64 id) const;
    ItemSource m_items;
    QVector<Unit> m_units;
    QHash<qint64, QString> m_unitNames;
};

} // namespace wp::io
