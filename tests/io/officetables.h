#pragma once

// Reading the office-file corpus (tests/data/office) in the reader tests: every row of a file,
// its texts, and what the reader said.

#include "workprogram/io/importer.h"
#include "workprogram/io/table.h"

#include <QStringList>

#include <ostream>
#include <vector>

namespace wp::test {

inline QString officeFile(const QString& name)
{
    return QStringLiteral(WP_TEST_DATA_DIR "/office/") + name;
}

struct TableRead
{
    bool opened = false;
    io::ReadError error; ///< the open or reading error
    QVector<io::Row> rows;
    QStringList labels;   ///< rowLabel() of each row
    QStringList warnings; ///< warnings(), "column: message" when a column is named
};

inline TableRead readOffice(const QString& path, const io::ReadOptions& options = {})
{
    TableRead r;
    std::unique_ptr<io::TableReader> reader = io::openTable(path, options, &r.error);
    r.opened = reader != nullptr;
    if (!reader)
        return r;
    io::Row row;
    while (reader->next(row)) {
        r.rows.append(row);
        r.labels.append(reader->rowLabel(row.number));
    }
    if (reader->failed())
        r.error = reader->error();
    for (const io::ReadError& w : reader->warnings())
        r.warnings.append(w.column >= 0 ? reader->columnLabel(w.column) + QStringLiteral(": ") + w.message : w.message);
    return r;
}

/// The texts of a row's cells, trailing empty ones left out: {"1.", "Việc A", "Phòng Y tế"}.
inline QStringList texts(const io::Row& row)
{
    QStringList out;
    for (const io::Cell& c : row.cells)
        out.append(c.text);
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

/// A row's texts as one string, for compact expectations: "1. | Việc A | Phòng Y tế".
inline QString joined(const io::Row& row)
{
    return texts(row).join(QStringLiteral(" | "));
}

/// What an import makes of a file: each item's number, content, lead unit, co-units and deadline,
/// one line an item, to compare two files item by item.
inline QStringList described(const io::ImportPlan& p)
{
    QStringList out;
    for (const io::PlannedItem& it : p.items) {
        QStringList co;
        for (const qint64 id : it.item.coUnitIds)
            co.append(QString::number(id));
        out.append(QStringLiteral("%1 | %2 | %3 | %4 | %5")
                       .arg(it.item.number)
                       .arg(it.item.content)
                       .arg(it.item.leadUnitId)
                       .arg(co.join(QLatin1Char(',')))
                       .arg(it.item.deadline.text()));
    }
    return out;
}

} // namespace wp::test

inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << s.toStdString();
}

inline void PrintTo(const QStringList& l, std::ostream* os)
{
    *os << l.join(QStringLiteral(" ‖ ")).toStdString();
}
