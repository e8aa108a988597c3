#pragma once

// Private to wp_io: turns the data rows of a table into planned items.

#include "reconciler.h"

#include "workprogram/core/unitmatcher.h"
#include "workprogram/core/unitsuggester.h"
#include "workprogram/io/importer.h"

#include <QHash>
#include <QSet>

namespace wp::io {

/// A cache of cell interpretations is emptied past this many entries (see RowInterpreter).
constexpr int MaxCachedCells = 10'000;

template <typename Hash>
void boundCache(Hash& cache)
{
    if (cache.size() >= MaxCachedCells)
        cache.clear();
}

/// Reads the rows of a table (rowreader.cpp) and their unit cells (rowreader_units.cpp).
class RowInterpreter
{
    Q_DECLARE_TR_FUNCTIONS(wp::io::RowInterpreter)

public:
    RowInterpreter(const HeaderMatch& header, const QVector<Unit>& units, const ImportOptions& options,
                   bool strictWidth);

    /// Reads one data row into @p plan (an item, a skipped row, or errors).
    void read(const Row& row, ImportPlan& plan);
    /// After the last row: what only the end of the table tells (the last section's count).
    void finish(ImportPlan& plan);
    /// The unit that @p row names when it is a section heading ("I. PHÒNG TƯ PHÁP (12 nội
    /// dung)"), or 0: how a table without a lead unit column says who leads its items.
    qint64 headingUnit(const Row& row) const;

private:
    struct CoUnitsCell
    {
        QVector<qint64> ids;
        QString text; ///< the phrases, kept as written
    };

    QString cellText(const Row& row, Field f) const;
    const Cell* cell(const Row& row, Field f) const;
    QString columnName(Field f) const;
    void error(ImportPlan& plan, int row, Field f, const QString& message, const QString& cliHint = QString(),
               const QStringList& suggestions = {}, const QString& windowHint = QString()) const;
    /// The id of the unit written as @p name, or 0 when it is (to be) created; sets
    /// @p newKey for new units. Returns false after reporting an error.
    bool resolveUnit(const QString& name, int row, Field f, ImportPlan& plan, qint64* id, QString* newKey);
    /// The registry names closest to @p name, for "có phải … không?".
    QStringList suggestionsFor(const QString& name);
    /// A heading row; sets @p stated when it states its number of items in a cell of its own.
    bool isHeading(const Row& row, std::optional<int>* stated) const;
    bool isColumnNumbering(const Row& row) const;
    bool isTotalRow(const Row& row) const;
    void readHeading(const Row& row, std::optional<int> statedInCell, ImportPlan& plan);
    /// A heading's text without its numbering and its count of items (put in @p stated).
    QString headingText(const Row& row, std::optional<int>* stated) const;
    void readTotal(const Row& row, ImportPlan& plan);
    void readLead(const Row& row, PlannedItem& p, ImportPlan& plan);
    void readCoUnits(const Row& row, PlannedItem& p, ImportPlan& plan);
    void readDeadline(const Row& row, Item& it, ImportPlan& plan);
    /// Warnings about the row as a whole: hidden, data outside the table or under no header.
    /// False when the row is to be skipped.
    bool checkRow(const Row& row, ImportPlan& plan);
    /// The row's STT as a usable item number, or 0.
    int itemNumber(const Row& row) const;

    HeaderMatch m_header;
    UnitMatcher m_matcher;
    UnitSuggester m_suggester;
    QHash<qint64, Unit> m_units;
    ImportOptions m_options;
    bool m_strictWidth;
    Reconciler m_reconciler;
    QString m_headingGroup;
    qint64 m_headingUnit = 0;
    QVector<int> m_unnamedColumns;      ///< columns inside the table without a header, not yet reported
    QHash<QString, int> m_newUnitIndex; ///< folded key -> index in plan.newUnits
    QSet<QString> m_phrasesSeen;        ///< folded co-operation phrases already reported
    // What a cell's text resolved to, for the next row that writes the same: office tables repeat
    // a few dozen unit names, deadlines and statuses over thousands of rows. Only successes are
    // kept, so every bad cell is still reported on its own row; each is emptied when it grows past
    // a bound, so a file of all-different cells keeps memory flat.
    QHash<QString, qint64> m_leadCache;
    QHash<QString, CoUnitsCell> m_coUnitsCache;
    QHash<QString, Deadline> m_deadlineCache;
    QHash<QString, Status> m_statusCache;
    QHash<QString, QStringList> m_suggestionCache;
};

} // namespace wp::io
