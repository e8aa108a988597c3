#pragma once

#include "workprogram/io/table.h"

#include <QCoreApplication>

namespace wp::io {

/// Reads the JSON the program exports (an array of item objects, or an object with an
/// "items" array) as a table: a header row of the keys, then one row per item numbered
/// from 1 so that errors name the item as "item N".
class JsonReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(wp::io::JsonReader)

public:
    /// Returns nullptr and fills @p error when the file is not such a JSON document.
    static std::unique_ptr<JsonReader> open(const QString& path, ReadError* error);
    bool next(Row& row) override;

private:
    QVector<Row> m_rows;
    int m_next = 0;
};

} // namespace wp::io
