#pragma once

#include <QString>
#include <QStringList>

namespace wp::io {

/// What an import message is about. Warnings are capped and counted per kind (ImportResult),
/// so a remark that fits every row of a large sheet is said a few times and then counted.
enum class IssueKind
{
    Other,
    OutsideTable,  ///< data right of the table's last header
    UnnamedColumn, ///< data in a column of the table without a header
    ColumnChoice,  ///< which of several columns was taken for a field (deadline: start or end)
    HiddenColumn,  ///< a hidden column lost to a visible one with the same header
    HiddenRow,     ///< a row the file hides, imported or skipped
    CoPhrase,      ///< "Các phòng liên quan" kept as text
    StatedCount,   ///< a number the table states that differs from the rows counted
    Renumbered,    ///< STT assigned anew
    TableChoice,   ///< the table was found on another sheet than the first
};
constexpr int IssueKindCount = 10;

/// A problem found while importing, located as a person finds it: FILE:ROW:COLUMN.
struct ImportIssue
{
    ImportIssue() = default;
    ImportIssue(int row_, QString column_, QString message_, int columnIndex_ = -1, IssueKind kind_ = IssueKind::Other)
        : row(row_), column(std::move(column_)), message(std::move(message_)), columnIndex(columnIndex_), kind(kind_)
    {}

    int row = 0;    ///< 0: the file as a whole
    QString column; ///< the column's header as written, or its letter; empty: the row as a whole
    QString message;
    int columnIndex = -1; ///< 0-based column in the file, -1 when not a cell
    IssueKind kind = IssueKind::Other;
    QString rowLabel; ///< the row as the file's program names it ("bảng 2, dòng 5"); empty: the number
    /// Advice that names commands or options ("thêm bằng lệnh \"units add\" hoặc nhập với
    /// --create-units"): shown by the command line, never by the window.
    QString cliHint;
    /// The same advice in the window's words (the import wizard's own choices), when it has some.
    QString windowHint;
    /// The registry's names the cell probably means ("có phải … không?"), best first; the
    /// message already names them.
    QStringList suggestions;

    /// "FILE:ROW:COLUMN: message (cliHint)" as the command line prints it; without the hint
    /// when @p withCliHint is false (the import wizard).
    QString format(const QString& file, bool withCliHint = true) const;
};

} // namespace wp::io
