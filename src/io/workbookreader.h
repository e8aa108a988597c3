#pragma once

// Private to wp_io.

#include "workprogram/io/table.h"

#include <QCoreApplication>

namespace wp::io {

/// A reader of a workbook (xlsx, xls, ods): the list of its sheets and the one being read, kept
/// here once for the three formats.
class WorkbookReader : public TableReader
{
public:
    QVector<TableInfo> tables() const override { return m_tables; }
    int currentTable() const override { return m_current; }

protected:
    explicit WorkbookReader(int current = 0) : m_current(current) {}

    /// For selectTable(): clears the last sheet's failure, and fails when the workbook has no
    /// sheet @p index.
    bool beginSelect(int index)
    {
        clearFailure();
        if (index >= 0 && index < m_tables.size())
            return true;
        return fail(0, -1, QCoreApplication::translate("wp::io", "không có trang tính số %1").arg(index + 1));
    }

    QVector<TableInfo> m_tables;
    int m_current;
};

} // namespace wp::io
