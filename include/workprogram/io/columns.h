#pragma once

#include "workprogram/core/itemfields.h"
#include "workprogram/io/issue.h"
#include "workprogram/io/table.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <array>
#include <optional>

namespace wp::io {

/// The columns of a work-program table: the item's fields (wp::ItemFields), in their order.
using Field = wp::ItemField;
constexpr int FieldCount = ItemFieldCount;

class FieldInfo
{
    Q_DECLARE_TR_FUNCTIONS(wp::io::FieldInfo)

public:
    static const std::array<Field, FieldCount>& all() { return ItemFields::all(); }
    /// The Vietnamese header written on export ("Cơ quan chủ trì").
    static QString header(Field f) { return ItemFields::header(f); }
    /// The key used in JSON ("lead_unit").
    static QString jsonKey(Field f) { return ItemFields::key(f); }
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
    int rowNumber = 0;    ///< the header's row as a person sees it
    int subHeaderRow = 0; ///< the second header row under it ("Bắt đầu | Kết thúc"), 0 when none
    ColumnMap map;
    /// Header texts by column, as written (line breaks as spaces); under a merged group header,
    /// "Thời gian / Kết thúc".
    QVector<QString> names;
    int lastColumn = -1;       ///< the last column with a header
    QVector<int> startColumns; ///< columns of start dates ("Bắt đầu"): never the deadline
    /// What the choice of columns should tell the person importing (a column chosen among
    /// several, a hidden duplicate, a start date left out): warnings with the header's row.
    QVector<ImportIssue> notes;
};

/// Recognises header cells in Vietnamese or English, ignoring case, accents and punctuation.
class HeaderMatcher
{
    Q_DECLARE_TR_FUNCTIONS(wp::io::HeaderMatcher)

public:
    /// How well @p header names a field: 2 exact, 1 by prefix ("Thời gian trình"), 0 no.
    static std::optional<std::pair<Field, int>> match(const QString& header);
    /// A header of start dates ("Bắt đầu", "Ngày bắt đầu", "Thời gian bắt đầu", "Từ ngày"): a
    /// deadline is when work ends, so such a column is never taken as one.
    static bool isStart(const QString& header);

    /// Tries @p row as the header row. Sets @p error when two visible columns name the same
    /// field equally well; of a hidden and a visible one the visible wins (with a note).
    /// @p hidden: the table's hidden columns (TableReader::hiddenColumns()).
    static std::optional<HeaderMatch> tryRow(const Row& row, QString* error, const QVector<bool>& hidden = {});

    /// Whether @p sub is a second header row under @p top: text only, nothing under the content
    /// column, and some of it under a header that spans several columns ("Thời gian" over "Bắt
    /// đầu | Kết thúc", "Cơ quan thực hiện" over "Chủ trì | Phối hợp") or under an empty one.
    static bool isSubHeader(const Row& top, const Row& sub);
    /// The header of two rows: each column named by its second-row text read within the group
    /// above it (under "Thời gian", "Kết thúc" is the deadline and "Bắt đầu" a start date).
    static std::optional<HeaderMatch> tryRows(const Row& top, const Row& sub, QString* error,
                                              const QVector<bool>& hidden = {});
};

} // namespace wp::io
