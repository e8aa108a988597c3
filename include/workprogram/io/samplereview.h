#pragma once

#include "workprogram/storage/database.h"

#include <QCoreApplication>
#include <QString>

namespace wp::io {

// In its own library, wp_sampledata (src/sampledata), not in wp_io: the CLI's demo command, the
// screenshot tour, the tests and the benchmarks link it.

/// A program in review, for the screenshot tour and the GUI tests of the review screens:
/// next year's program (state "review") with part of the sample program's items proposed,
/// some already in the draft and some returned with a reason, and one account per role.
/// Everything goes through WorkflowService, so the history is the one a real round writes.
class SampleReview
{
    Q_DECLARE_TR_FUNCTIONS(wp::io::SampleReview)

public:
    static constexpr int Year = 2024;
    /// The password of every sample account (never for a real database).
    static QString password() { return QStringLiteral("matkhau"); }
    static QString adminLogin() { return QStringLiteral("quantri"); }
    static QString officeLogin() { return QStringLiteral("vanphong"); }
    static QString leaderLogin() { return QStringLiteral("chutich"); }
    /// The unit account; it belongs to the second sample unit (Phòng Tài chính - Kế hoạch).
    static QString unitLogin() { return QStringLiteral("donvi"); }

    /// Needs the sample units and program (SampleData). Adds the accounts and the program of
    /// Year with @p perUnit items for each of the first @p units units: the first of each unit
    /// in the draft, the second returned, the rest proposed. Returns the program's id.
    static qint64 add(storage::Database& db, int units = 6, int perUnit = 4);
};

} // namespace wp::io
