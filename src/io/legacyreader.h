#pragma once

// Private to wp_io: legacy Vietnamese text (TCVN3, VNI) and mojibake in the rows of any reader.

#include "workprogram/io/legacytext.h"
#include "workprogram/io/table.h"

#include <QHash>

#include <deque>
#include <memory>

namespace wp::io {

/// Wraps a reader and converts the text of TCVN3 and VNI columns to Unicode as rows pass.
///
/// In Auto mode the first rows (up to LookaheadRows, or LookaheadChars of text) are held back
/// and each column's cells weighed: a column whose words read as Vietnamese in an old
/// encoding, and not as written, is that encoding's. A cell of such a column is converted when
/// it reads better converted than as written, so Unicode cells typed later into an old table
/// stay as they are; past the look-ahead, a cell of another column is converted only on strong
/// evidence of its own. Text that is UTF-8 read as Windows-1252 stops the reading with a
/// message that says how to get the right text. With a forced encoding, every cell that can be
/// that encoding's text is converted. Each converted column gets one warning.
class LegacyTextReader : public TableReader
{
public:
    static constexpr int LookaheadRows = 500;
    static constexpr qint64 LookaheadChars = 4 * 1024 * 1024;

    /// How the text came to be read with Windows-1252/Latin-1 letters, for the mojibake message.
    enum class Origin
    {
        Unicode,      ///< a Unicode file (xlsx, docx, ods, xls, UTF-8 CSV)
        UserEncoding, ///< a CSV read with --encoding
        Sniffed       ///< a CSV that is not UTF-8, read byte for byte because its text is legacy
    };

    LegacyTextReader(std::unique_ptr<TableReader> inner, LegacyEncoding mode, Origin origin);

    bool next(Row& row) override;
    QVector<ReadError> warnings() const override;
    QString rowLabel(int row) const override { return m_inner->rowLabel(row); }
    QString columnLabel(int column) const override { return m_inner->columnLabel(column); }
    QVector<TableInfo> tables() const override { return m_inner->tables(); }
    int currentTable() const override { return m_inner->currentTable(); }
    bool selectTable(int index) override;
    QVector<bool> hiddenColumns() const override { return m_inner->hiddenColumns(); }

private:
    struct Converted
    {
        LegacyEncoding encoding = LegacyEncoding::None;
        int cells = 0;
        QString from; ///< the first converted cell as written
        QString to;   ///< and converted
    };

    void lookAhead();
    /// Converts the cells of @p row; false after failing on mojibake.
    bool convert(Row& row);
    /// The encoding to convert @p text in column @p column with, or None.
    LegacyEncoding encodingFor(int column, const QString& text) const;
    bool failOnMojibake(int row, int column, const QString& text, const QString& repaired);

    std::unique_ptr<TableReader> m_inner;
    LegacyEncoding m_mode;
    Origin m_origin;
    bool m_primed = false;
    std::deque<Row> m_ahead;
    QHash<int, LegacyEncoding> m_columns; ///< the columns detected in the look-ahead
    QHash<int, Converted> m_converted;
    /// Per column, what a text became (itself when unchanged): office tables repeat a few dozen
    /// unit names and deadlines over thousands of rows. Cleared when it grows past a bound.
    QHash<int, QHash<QString, QString>> m_seen;
};

} // namespace wp::io
