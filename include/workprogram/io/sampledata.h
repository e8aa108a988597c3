#pragma once

#include "workprogram/storage/database.h"

#include <QCoreApplication>
#include <QVector>

#include <array>

namespace wp::io {

// In its own library, wp_sampledata (src/sampledata), not in wp_io: the CLI's demo command, the
// screenshot tour, the tests and the benchmarks link it.

/// The sample organisation of the article the project started from: Nam Từ Liêm district's
/// 17 units of 2023 and a 2023 program with the article's per-unit counts (sum 535).
class SampleData
{
    Q_DECLARE_TR_FUNCTIONS(wp::io::SampleData)

public:
    static constexpr int Year = 2023;

    /// The 17 units with their official names, the article's short forms as aliases, and the
    /// number of items the article lists for each.
    struct SampleUnit
    {
        const char* code;
        const char* name;
        const char* shortName;
        std::array<const char*, 2> aliases; ///< unused entries are nullptr
        int items;
    };
    static const QVector<SampleUnit>& units();

    /// Adds the units that are missing (by code). Returns how many were added.
    static int addUnits(storage::Database& db);
    /// How far the sample program has gone.
    enum class Stage
    {
        Signed,  ///< issued: nothing in it is unapproved, every item frozen until an amendment
        Amending ///< signed, then an amendment opened: 5 % of the items are back in the draft
    };
    /// Adds the sample program of 2023 with its 535 items. Throws StorageError; returns false
    /// when the year already has items.
    static bool addProgram(storage::Database& db, Stage stage = Stage::Signed);
};

} // namespace wp::io
