#pragma once

#include "workprogram/io/table.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <array>
#include <optional>

namespace wp::io {

/// The columns of a work-program table.
enum class Field
{
    Number,
    Content,
    LeadUnit,
    CoUnits,
    Deadline,
    Leader,
    Group,
    Form,
    Level,
    Status,
    Note
};
constexpr int FieldCount = 11;

class FieldInfo
{
    Q_DECLARE_TR_FUNCTIONS(wp::io::FieldInfo)

public:
    static const std::array<Field, FieldCount>& all();
    /// The Vietnamese header written on export ("Cơ quan chủ trì").
    static QString header(Field f);
    /// The key used in JSON ("lead_unit").
    static QString jsonKey(Field f);
    static bool required(Field f) { return f == Field::Content || f == Field::LeadUnit; }
};

/// Which file column holds which field. -1: not present.
struct ColumnMap
{
    std::array<int, FieldCount> column;
    ColumnMap() { column.fill(-1); }
    int operator[](Field f) const { return column[size_t(f)]; }
    int& operator[](Field f) { return column[size_t(f)]; }
    bool has(Field f) const { return (*this)[f] >= 0; }
};

/// The header row found in a table and what it maps.
struct HeaderMatch
{
    int rowNumber = 0; ///< the header's row as a person sees it
    ColumnMap map;
    QVector<QString> names; ///< header texts by column, as written (line breaks as spaces)
    int lastColumn = -1;    ///< the last column with a header
};

/// Recognises header cells in Vietnamese or English, ignoring case, accents and punctuation.
class HeaderMatcher
{
    Q_DECLARE_TR_FUNCTIONS(wp::io::HeaderMatcher)

public:
    /// How well @p header names a field: 2 exact, 1 by prefix ("Thời gian trình"), 0 no.
    static std::optional<std::pair<Field, int>> match(const QString& header);

    /// Tries @p row as the header row. Sets @p error when two columns name the same field.
    static std::optional<HeaderMatch> tryRow(const Row& row, QString* error);
};

} // namespace wp::io
