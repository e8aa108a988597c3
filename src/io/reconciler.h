#pragma once

// Private to wp_io: the numbers a table states about itself, compared with the rows counted.

#include "workprogram/io/importer.h"

#include <optional>

namespace wp::io {

/// Follows the sections of a table as its rows are read and compares what the table states —
/// "I. VĂN PHÒNG HĐND - UBND QUẬN (30 nội dung)", a count on a heading row, "Tổng cộng: 534" —
/// with the item rows actually under it. Every stated number goes to ImportResult::stated; a
/// mismatch is a warning naming its row, or an error when the import is strict.
class Reconciler
{
    Q_DECLARE_TR_FUNCTIONS(wp::io::Reconciler)

public:
    explicit Reconciler(bool strict) : m_strict(strict) {}

    /// A section heading at @p row: closes the section before it and opens this one.
    void heading(int row, const QString& label, qint64 unitId, std::optional<int> stated, ImportResult& result);
    /// One more item row in the current section and the table.
    void item()
    {
        ++m_section;
        ++m_table;
    }
    /// A total row stating @p stated. "Cộng" right under a section counts that section;
    /// "Tổng cộng", "Tổng số" the whole table so far.
    void total(int row, const QString& label, int stated, bool sectionOnly, ImportResult& result);
    /// The end of the table: closes the last section.
    void finish(ImportResult& result);

    /// "(30 nội dung)" and the like at the end of a heading: the number, and @p label (when
    /// given) set to the heading without it.
    static std::optional<int> statedInHeading(const QString& heading, QString* label);

private:
    void record(const StatedCount& s, ImportResult& result);

    bool m_strict;
    int m_table = 0;
    int m_section = 0;
    std::optional<StatedCount> m_open; ///< the open section's heading, when it states a number
    bool m_inSection = false;
};

} // namespace wp::io
